// A1 references, once for every layer: column letters, one rectangle type,
// one parser and one formatter. Pure TypeScript like the rest of the engine,
// so the Office.js, ExcelJS and preview writers and the report specs share it.

/**
 * A rectangle of cells: 0-based rows and columns, both ends inclusive, and
 * normalised (firstRow ≤ lastRow, firstCol ≤ lastCol). "B2:E14" is
 * { firstRow: 1, firstCol: 1, lastRow: 13, lastCol: 4 }; "C5" is one cell.
 */
export interface CellRange {
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A" → 0, "AA" → 26 (case-insensitive). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (1, 2) → "C2". */
export const cellA1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

/** The rectangle with these corners, in either order (one cell when only the first is given). */
export function cellRange(row: number, col: number, toRow = row, toCol = col): CellRange {
  return { firstRow: Math.min(row, toRow), firstCol: Math.min(col, toCol), lastRow: Math.max(row, toRow), lastCol: Math.max(col, toCol) };
}

/** One cell: "$" optional before the letters and the digits; at most Excel's 3 letters and 7 digits, rows from 1. */
const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/;

/**
 * "B2:E14", "C5", "$E$14:$B$2", "Scores!B2" or "'it''s'!$A$1:$B$2" → the sheet
 * ("" when the address names none; quotes undone) and the normalised range;
 * null for anything that is no A1 cell or range (R1C1, whole columns, a name).
 * Callers that must fail throw with their own message.
 */
export function parseA1(address: string): { sheet: string; range: CellRange } | null {
  const bang = address.lastIndexOf("!");
  let sheet = bang < 0 ? "" : address.slice(0, bang);
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const corners = address.slice(bang + 1).split(":");
  if (corners.length > 2) return null;
  const p = CELL.exec(corners[0]);
  const q = CELL.exec(corners[corners.length - 1]);
  if (!p || !q) return null;
  return { sheet, range: cellRange(Number(p[2]) - 1, columnIndex(p[1]), Number(q[2]) - 1, columnIndex(q[1])) };
}

/**
 * The range as A1: "A1:C4", and "A1" for one cell — or, with "both", "A1:A1"
 * (report specs keep that form: their text reaches the .xlsx as written).
 */
export function formatRange(r: CellRange, corners: "short" | "both" = "short"): string {
  const first = cellA1(r.firstRow, r.firstCol);
  const one = r.firstRow === r.lastRow && r.firstCol === r.lastCol;
  return one && corners === "short" ? first : `${first}:${cellA1(r.lastRow, r.lastCol)}`;
}

export const inRange = (r: CellRange, row: number, col: number): boolean =>
  row >= r.firstRow && row <= r.lastRow && col >= r.firstCol && col <= r.lastCol;

/** Every cell address in the range, row by row ("D5:E6" → D5, E5, D6, E6). */
export function cellsOf(r: CellRange): string[] {
  const out: string[] = [];
  for (let row = r.firstRow; row <= r.lastRow; row++) for (let col = r.firstCol; col <= r.lastCol; col++) out.push(cellA1(row, col));
  return out;
}

/** A sheet name quoted for a formula reference: "ITA lists" → "'ITA lists'", "it's" → "'it''s'". */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Whole rows as a print title ("$4:$4", "5:3") → the first and last 0-based row; null for anything else. */
export function parseRowSpan(address: string | undefined): { firstRow: number; lastRow: number } | null {
  const m = /^\$?([1-9]\d{0,6}):\$?([1-9]\d{0,6})$/.exec((address ?? "").trim());
  if (!m) return null;
  const [a, b] = [Number(m[1]) - 1, Number(m[2]) - 1];
  return { firstRow: Math.min(a, b), lastRow: Math.max(a, b) };
}
