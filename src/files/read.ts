// Bytes of a score file → cells, by extension. Shared by the CLI and the
// preview; every failure is a FileError carrying a Problem.
import { gridTooLarge, INPUT_LIMITS, tooLarge } from "../engine/input/limits";
import { decodeText } from "./decode";
import { emptyFile, FileError, isFileError, unreadable } from "./errors";
import { textToCells, type TextKind } from "./text-cells";
import { zipTooLarge } from "./zip-check";

export interface ScoreFileCells {
  cells: unknown[][];
  /** "line" for text files (problems say "line 7, column 2"), "a1" for workbooks. */
  addressStyle: "a1" | "line";
  /** The text encoding found, for text files. */
  encoding?: string;
  /** Sheet names, for workbooks. */
  sheets?: string[];
}

export const SUPPORTED_EXTENSIONS = [".csv", ".tsv", ".txt", ".xlsx"] as const;

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf(".");
  return dot < 0 ? "" : base.slice(dot).toLowerCase();
}

export async function readScoreFile(name: string, bytes: Uint8Array, opts: { sheet?: string } = {}): Promise<ScoreFileCells> {
  const ext = extensionOf(name);
  // Refused before anything is decoded or inflated: memory stays bounded.
  if (bytes.length > INPUT_LIMITS.bytes) throw new FileError(tooLarge(name, "bytes", bytes.length, INPUT_LIMITS.bytes));
  if (ext === ".xlsx" || ext === ".xlsm") {
    const bomb = zipTooLarge(bytes, name);
    if (bomb) throw new FileError(bomb);
    try {
      const { readXlsx } = await import("./xlsx");
      const { cells, sheets } = await readXlsx(bytes, opts.sheet, name);
      return { cells, addressStyle: "a1", sheets };
    } catch (e) {
      if (isFileError(e)) throw e;
      throw unreadable(name, "read-failed");
    }
  }
  if (ext === ".xls") throw unreadable(name, "legacy-xls");
  const kind: TextKind | null = ext === ".csv" ? "csv" : ext === ".tsv" || ext === ".tab" ? "tsv" : ext === ".txt" ? "txt" : null;
  if (kind === null) throw unreadable(name, "unsupported-type", { ext: ext || name, supported: SUPPORTED_EXTENSIONS.join(" ") });
  if (bytes.length === 0) throw emptyFile(name);
  const { text, encoding } = decodeText(bytes);
  const cells = textToCells(text, kind);
  const big = gridTooLarge(cells, name);
  if (big) throw new FileError(big);
  if (cells.every((r) => r.every((c) => c.trim() === ""))) throw emptyFile(name);
  return { cells, addressStyle: "line", encoding };
}
