// A1 addresses for the in-memory workbook (0-based rows and columns inside).

export interface CellRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

import { cellA1, columnIndex, columnLetters } from "../engine/a1";

/** 0 → "A", 25 → "Z", 26 → "AA". */
export const colLetters = columnLetters;
export { cellA1 };

export function rangeA1(r: CellRange): string {
  const a = cellA1(r.r0, r.c0);
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : `${a}:${cellA1(r.r1, r.c1)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(s: string): { row: number; col: number } | null {
  const m = CELL.exec(s.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "B2:E14" or "B2" (a sheet prefix "Scores!" is dropped) → range; null if not an address. */
export function parseRange(address: string): CellRange | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const p = parseCell(a ?? "");
  const q = b === undefined ? p : parseCell(b);
  if (!p || !q) return null;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}

export const inRange = (r: CellRange, row: number, col: number): boolean => row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
