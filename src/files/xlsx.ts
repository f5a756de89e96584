// .xlsx → cells via ExcelJS. Kept in its own module so browsers load ExcelJS
// (~1 MB) only when a workbook is actually opened (readScoreFile imports it lazily).
import ExcelJS from "exceljs";
import { matchKey } from "../engine/text";
import { sizeTooLarge } from "../engine/input/limits";
import { emptyFile, FileError, unreadable } from "./errors";

/** A cell's value as a reader sees it: numbers stay numbers, formulas give their result. */
export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
  if ("formula" in o || "sharedFormula" in o) return plainValue(o.result);
  if ("hyperlink" in o && "text" in o) return plainValue(o.text);
  if ("error" in o) return String(o.error);
  if ("text" in o) return plainValue(o.text);
  return null;
}

export async function readXlsx(
  bytes: Uint8Array,
  sheet?: string,
  fileName = "workbook"
): Promise<{ cells: unknown[][]; sheets: string[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS types say Buffer; JSZip underneath reads any Uint8Array / ArrayBuffer.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable(fileName, "bad-xlsx");
  }
  const sheets = wb.worksheets.map((w) => w.name);
  if (sheets.length === 0) throw unreadable(fileName, "no-sheet");
  let ws = wb.worksheets[0];
  if (sheet !== undefined) {
    const found = wb.worksheets.find((w) => w.name === sheet) ?? wb.worksheets.find((w) => matchKey(w.name) === matchKey(sheet));
    if (!found) throw unreadable(fileName, "sheet-not-found", { sheet, sheets: sheets.join(", ") });
    ws = found;
  }
  const cells: unknown[][] = [];
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  // One cell at XFD1048576 makes a tiny file a 17-billion-cell grid: measure before filling it.
  const big = sizeTooLarge(rows, cols, `${fileName} [${ws.name}]`);
  if (big) throw new FileError(big);
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const out: unknown[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      // A merged block's value belongs to its top-left cell only, or a merged title would look like a header row.
      if (cell.isMerged && cell.master.address !== cell.address) out.push(null);
      else out.push(plainValue(cell.value));
    }
    cells.push(out);
  }
  if (cells.every((r) => r.every((v) => v === null || v === ""))) throw emptyFile(`${fileName} [${ws.name}]`);
  return { cells, sheets };
}
