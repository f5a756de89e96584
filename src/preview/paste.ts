// Clipboard text → grid values, as Excel takes a paste: tab-separated
// columns, line-separated rows, quoted fields may hold tabs and line breaks.
import Papa from "papaparse";
import type { CellValue } from "../report/spec";

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
      let j = i + 1;
      let q = "";
      let closed = false;
      while (j < s.length) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            q += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        q += s[j++];
      }
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

/**
 * CSV text pasted as one column (a .csv opened in a text editor, or copied
 * from a mail): every line one field, most lines holding the same number of
 * commas (or semicolons) → the lines split as CSV. Null when it is not that,
 * e.g. one column of numbers written with thousands commas ("1,234").
 */
export function splitCsvColumn(rows: string[][], text: string): string[][] | null {
  if (rows.length < 2 || rows.some((r) => r.length > 1)) return null;
  const lines = rows.map((r) => r[0] ?? "").filter((l) => l.trim() !== "");
  for (const d of [",", ";"]) {
    const counts = lines.map((l) => l.replace(/"[^"]*"/g, "").split(d).length - 1);
    const common = counts.filter((n) => n === Math.max(...counts)).length;
    if (Math.max(...counts) === 0 || common < Math.ceil(lines.length * 0.6)) continue;
    if (d === "," && lines.every((l) => GROUPED_NUMBER.test(l.trim()))) return null;
    const out = Papa.parse<string[]>(text.replace(/\r\n?/g, "\n"), { delimiter: d, skipEmptyLines: false });
    const data = out.data.map((r) => (Array.isArray(r) ? r.map((c) => (c == null ? "" : String(c))) : [String(r)]));
    // Excel ends a copied block with a line break; no empty last row for it.
    while (data.length > 0 && data[data.length - 1].every((c) => c === "")) data.pop();
    return data;
  }
  return null;
}
