// Cells as Excel or a file gives them, made uniform: text normalised, numbers
// read decimal-exact, and every cell able to name its own place.
import Big from "big.js";
import { columnLetters } from "../a1";
import { normalizeText, thaiToArabicDigits } from "../text";

export type AddressStyle = "a1" | "line";

export interface Place {
  origin: { row: number; col: number };
  style: AddressStyle;
  /**
   * Set when the cells are CSV lines of one column read split
   * (one-column-csv.ts): a row is a cell of that column (0-based, from the
   * origin), a column one of its fields, so a place is "A5, field 3".
   */
  csvColumn?: number;
}

/** The place of the cells the fields came from: the column itself, no fields. */
const linesOf = (p: Place, csvColumn: number): Place => ({ origin: { row: p.origin.row, col: p.origin.col + csvColumn }, style: p.style });

/** A cell's address: "B7", or "line 7, column 2" for text files (a CSV field's: "A7, field 3"). */
export function cellAddress(p: Place, row: number, col: number): string {
  if (p.csvColumn !== undefined) return `${cellAddress(linesOf(p, p.csvColumn), row, 0)}, field ${col + 1}`;
  const r = p.origin.row + row;
  const c = p.origin.col + col;
  return p.style === "line" ? `line ${r + 1}, column ${c + 1}` : `${columnLetters(c)}${r + 1}`;
}

/** A column's stretch: "B2:B11", or "lines 2–11, column 2" (a CSV field's: "A2:A11, field 3"). */
export function columnRange(p: Place, fromRow: number, toRow: number, col: number): string {
  if (p.csvColumn !== undefined) return `${columnRange(linesOf(p, p.csvColumn), fromRow, toRow, 0)}, field ${col + 1}`;
  if (fromRow === toRow) return cellAddress(p, fromRow, col);
  const c = p.origin.col + col;
  const a = p.origin.row + fromRow + 1;
  const b = p.origin.row + toRow + 1;
  return p.style === "line" ? `lines ${a}–${b}, column ${c + 1}` : `${columnLetters(c)}${a}:${columnLetters(c)}${b}`;
}

/** The whole block: "A1:E14", or "lines 1–14" (split CSV lines: the cells they are in, "A1:A14"). */
export function blockRange(p: Place, rows: number, cols: number): string {
  if (p.csvColumn !== undefined) return blockRange(linesOf(p, p.csvColumn), rows, 1);
  const r0 = p.origin.row + 1;
  const r1 = p.origin.row + Math.max(rows, 1);
  if (p.style === "line") return r0 === r1 ? `line ${r0}` : `lines ${r0}–${r1}`;
  const c0 = columnLetters(p.origin.col);
  const c1 = columnLetters(p.origin.col + Math.max(cols, 1) - 1);
  return r0 === r1 && c0 === c1 ? `${c0}${r0}` : `${c0}${r0}:${c1}${r1}`;
}

export interface Cell {
  /** The cell as a user would read it (numbers as written, text normalised). */
  text: string;
  /** The value as given, for messages that quote it. */
  raw: string;
  empty: boolean;
  /** Set when the value came as a number (Excel), not text. */
  isNumber: boolean;
}

/** Dashes and "n/a" stand for "no value" in pasted tables. */
const NO_VALUE = /^(?:-|–|—|n\/a|na|ไม่มี)$/i;

/** Trim float noise Excel leaves on computed cells (88.53000000000001). */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

export function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return { text: "", raw: "", empty: true, isNumber: false };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { text: String(v), raw: String(v), empty: false, isNumber: false };
    const t = numberText(v);
    return { text: t, raw: t, empty: false, isNumber: true };
  }
  if (typeof v === "boolean") {
    const t = v ? "TRUE" : "FALSE";
    return { text: t, raw: t, empty: false, isNumber: false };
  }
  if (v instanceof Date) {
    const t = Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
    return { text: t, raw: t, empty: t === "", isNumber: false };
  }
  const raw = String(v);
  const text = normalizeText(raw);
  return { text, raw: raw.trim(), empty: text === "", isNumber: false };
}

/** Blank, or a dash standing for "no value". */
export const isBlankValue = (c: Cell): boolean => c.empty || NO_VALUE.test(c.text);

export type NumberRead = { kind: "empty" } | { kind: "number"; value: Big; signed: boolean } | { kind: "not-a-number" };

const PREFIX = /^(?:ร้อยละ|คะแนน)\s*:?\s*/;
const SUFFIX = /\s*(?:%|ร้อยละ|คะแนน|points?|pts?\.?)$/i;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Read a cell as a number: "88.53", "๘๘.๕๓", "ร้อยละ 88.53", "88.53%",
 * "1,000.5", 100. Never goes through binary floats for text.
 */
export function readNumber(c: Cell): NumberRead {
  if (isBlankValue(c)) return { kind: "empty" };
  let t = thaiToArabicDigits(c.text).replace(/\s+/g, " ");
  t = t.replace(PREFIX, "").replace(SUFFIX, "").trim();
  if (THOUSANDS.test(t)) t = t.replace(/,/g, "");
  if (!PLAIN.test(t)) return { kind: "not-a-number" };
  const value = new Big(t.replace(/^\+/, "").replace(/\.$/, ""));
  return { kind: "number", value: value.eq(0) ? new Big(0) : value, signed: /^[+-]/.test(t) };
}

/** Canonical decimal text: "88.53", "89.4", "100". */
export const canonical = (v: Big): string => v.toFixed();

export const inScoreRange = (v: Big): boolean => v.gte(0) && v.lte(100);

/** A whole number 1–n, as rank columns hold. */
export function readSmallInteger(c: Cell): number | null {
  const r = readNumber(c);
  if (r.kind !== "number" || r.signed) return null;
  if (!r.value.round(0).eq(r.value)) return null;
  return r.value.toNumber();
}
