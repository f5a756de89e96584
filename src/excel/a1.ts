// A1 addresses: the adapter builds every range address itself, so one
// tested module does the column-letter arithmetic.

import { cellA1, columnIndex, columnLetters } from "../engine/a1";

/** 0-based column index → letters (0 → "A", 26 → "AA"). */
export const colName = columnLetters;
/** Letters → 0-based column index ("A" → 0). */
export const colIndex = columnIndex;
/** 0-based row/col → "B3". */
export const cellName = cellA1;

/** Rectangle (0-based, inclusive) → "A1:C4" (or "A1" for one cell). */
export function rangeName(r1: number, c1: number, r2: number, c2: number): string {
  const a = cellName(r1, c1);
  return r1 === r2 && c1 === c2 ? a : `${a}:${cellName(r2, c2)}`;
}

export interface Bounds {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/**
 * Splits what Excel returns as `range.address` ("Sheet1!B2:E14",
 * "'My sheet'!A1", "'it''s'!$A$1:$B$2") into sheet and bounds.
 */
export function parseAddress(address: string): { sheet: string; range: string; bounds: Bounds } {
  let sheet = "";
  let rest = address;
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    rest = address.slice(bang + 1);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const range = rest.replace(/\$/g, "");
  const [a, b = a] = range.split(":");
  const pa = parseCell(a);
  const pb = parseCell(b);
  if (!pa || !pb) throw new Error(`not an A1 range: ${address}`);
  const row = Math.min(pa.row, pb.row);
  const col = Math.min(pa.col, pb.col);
  return {
    sheet,
    range,
    bounds: { row, col, rowCount: Math.abs(pb.row - pa.row) + 1, colCount: Math.abs(pb.col - pa.col) + 1 },
  };
}

function parseCell(s: string): { row: number; col: number } | null {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(s);
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}

/** Quotes a sheet name for use in a formula reference ("'ITA lists'!"). */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
