// Clipboard text → grid values, as Excel takes a paste: tab-separated
// columns, line-separated rows, quoted fields may hold tabs and line breaks.
// CSV text pasted as one column is split by the engine's rule
// (engine/input/one-column-csv, paste-limit.ts), the one parse applies to
// Excel's cells.
import type { CellValue } from "../report/spec";
import { readQuoted } from "../engine/input/one-column-csv";

export function parseTabText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const s = text.replace(/\r\n?/g, "\n");
  let atFieldStart = true;
  while (i < s.length) {
    const ch = s[i];
    if (atFieldStart && ch === '"') {
      // Quoted field: "" is a quote; ends at the closing quote.
      const { text: q, end: j, closed } = readQuoted(s, i);
      if (closed && (j >= s.length || s[j] === "\t" || s[j] === "\n")) {
        field = q;
        i = j;
        atFieldStart = false;
        continue;
      }
      // Not a well-formed quoted field: take the quote literally.
    }
    atFieldStart = false;
    if (ch === "\t") {
      row.push(field);
      field = "";
      atFieldStart = true;
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      atFieldStart = true;
    } else field += ch;
    i++;
  }
  // Excel ends a copied block with a line break; no empty last row for it.
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** Typed or pasted text → a cell value: plain Arabic-digit numbers become numbers (as Excel does), the rest stays text. */
export function cellFromText(text: string): CellValue {
  const t = text.trim();
  if (t === "") return null;
  if (PLAIN_NUMBER.test(t) || GROUPED_NUMBER.test(t)) return Number(t.replace(/,/g, ""));
  return text;
}
