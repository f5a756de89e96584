// Node only (CLI): read a score file from disk. Browsers use readScoreFile.
import { readFile } from "node:fs/promises";
import { unreadable } from "./errors";
import { readScoreFile, type ScoreFileCells } from "./read";

export async function readScoreFileFromDisk(path: string, opts: { sheet?: string } = {}): Promise<ScoreFileCells> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    throw unreadable(path, code === "ENOENT" ? "not-found" : "read-failed", typeof code === "string" ? { cause: code } : {});
  }
  return readScoreFile(path, bytes, opts);
}
