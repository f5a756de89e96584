// CSV text in one column: a .csv opened in a text editor (or copied from a
// mail) and pasted into Excel lands one line a cell, all in column A. The
// add-in reads cells, so the split happens here, before the parse: the
// lines are read as their fields (the cells themselves stay as they are),
// the parse result says it was done, and every place still names the real
// cell with its field ("A5, field 3", engine/input/cells.ts).
// Taken for CSV: at least two lines, every one in the same column, most of
// them (60 %) holding the same number, above zero, of commas (or of
// semicolons: Excel's CSV in comma-decimal locales) outside quotes; when
// both qualify, the one more lines agree on (";" lines with decimal commas
// "83,97" are ";" CSV; equal, the comma). Not
// taken: one column of numbers written with thousands commas ("1,234"),
// anything spread over two columns (tab-separated text is already split).
// A small splitter rather than papaparse: papaparse's types bring Node's
// into the engine, which is built without them (tsconfig.engine.json).

import type { CsvSplit } from "../types";
import { blockRange, type Place } from "./cells";

export type CsvDelimiter = "," | ";";

export interface OneColumnCsv {
  /** Each input row's fields, row for row (a blank row stays an empty row, so row numbers stay the cells'). */
  rows: string[][];
  /** The column (0-based, within the input) the lines are in. */
  col: number;
  delimiter: CsvDelimiter;
  /** The widest line's number of fields. */
  width: number;
}

const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** A line's text: text cells as given, numbers as written; null for a cell that holds neither (a date, TRUE). */
function lineText(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return null;
}

const isEmpty = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Delimiters outside double quotes. */
function delimiterCount(line: string, d: CsvDelimiter): number {
  return line.replace(/"[^"]*"/g, "").split(d).length - 1;
}

/**
 * The quoted field that starts at `start` (a '"'): its text with "" read as
 * one quote, the index just past its closing quote, and whether it closed.
 */
export function readQuoted(s: string, start: number): { text: string; end: number; closed: boolean } {
  let j = start + 1;
  let text = "";
  while (j < s.length) {
    if (s[j] === '"') {
      if (s[j + 1] !== '"') return { text, end: j + 1, closed: true };
      text += '"';
      j += 2;
    } else text += s[j++];
  }
  return { text, end: j, closed: false };
}

/**
 * One CSV line → its fields: a field that starts with a quote runs to the
 * closing quote ("" inside is one quote); a quote elsewhere, or one never
 * closed, is taken literally. Fields are not trimmed (the parse normalises).
 */
export function splitCsvLine(line: string, d: CsvDelimiter): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      const { text: q, end: j, closed } = readQuoted(line, i);
      if (closed && (j >= line.length || line[j] === d)) {
        out.push(q);
        if (j >= line.length) return out;
        i = j + 1;
        continue;
      }
    }
    const next = line.indexOf(d, i);
    out.push(next < 0 ? line.slice(i) : line.slice(i, next));
    if (next < 0) return out;
    i = next + 1;
  }
}

/** The cells as CSV split at its delimiter, or null when they are not CSV text in one column. */
export function splitOneColumnCsv(cells: readonly unknown[][]): OneColumnCsv | null {
  let col = -1;
  const lines: { row: number; text: string }[] = [];
  for (let r = 0; r < cells.length; r++) {
    const row = Array.isArray(cells[r]) ? cells[r] : [];
    for (let c = 0; c < row.length; c++) {
      if (isEmpty(row[c])) continue;
      if (col >= 0 && c !== col) return null;
      col = c;
      const text = lineText(row[c]);
      if (text === null) return null;
      lines.push({ row: r, text });
    }
  }
  if (lines.length < 2) return null;
  if (lines.every((l) => GROUPED_NUMBER.test(l.text.trim()))) return null;
  // Of the delimiters most lines agree on, the one more lines agree on: ";" lines with decimal commas ("83,97") are ";" CSV.
  let best: { d: CsvDelimiter; agree: number } | null = null;
  for (const d of [",", ";"] as const) {
    const counts = lines.map((l) => delimiterCount(l.text, d));
    const most = Math.max(...counts);
    const agree = counts.filter((n) => n === most).length;
    if (most === 0 || agree < Math.ceil(lines.length * 0.6)) continue;
    if (!best || agree > best.agree) best = { d, agree };
  }
  if (!best) return null;
  const d = best.d;
  const rows: string[][] = cells.map(() => []);
  for (const l of lines) rows[l.row] = splitCsvLine(l.text, d);
  return { rows, col, delimiter: d, width: rows.reduce((w, r) => Math.max(w, r.length), 0) };
}

/**
 * The cells a parse reads: CSV lines in one column as their fields, with a
 * place that names the cell and the field and the split said in `csvSplit`;
 * anything else as given. One rule for the single-agency and group readers.
 */
export function readableCells(given: unknown[][], lines: Place): { input: unknown[][]; place: Place; csvSplit?: CsvSplit } {
  const csv = splitOneColumnCsv(given);
  if (!csv) return { input: given, place: lines };
  const place: Place = { ...lines, csvColumn: csv.col };
  return { input: csv.rows, place, csvSplit: { where: blockRange(place, given.length, 1), delimiter: csv.delimiter, columns: csv.width } };
}
