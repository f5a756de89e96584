// A report table: its header, rows and column shares, widened where a word
// would not fit. Word and LibreOffice break a word that is wider than its
// column in the middle ("Instrume|nt", "Secretar|y"); a share that is only
// a guess for Thai text is too small for some English words.
import { BOLD_WIDTH, breakPieces, textWidth } from "../text-width";
import type { CellText, TableSpec } from "./spec";
import { DOCUMENT_FONT, TEXT_WIDTH_CM } from "./options";

export const cell = (text: string, align: CellText["align"] = "left", bold = false): CellText => ({ text, align, bold });

/** Points per text-width unit at 16 pt (text-width.ts: a unit is 5.25 pt), and a cell's left and right padding (80 twips each). */
const UNIT_PT = 5.25;
const PADDING_PT = 8;
const TEXT_WIDTH_PT = (TEXT_WIDTH_CM / 2.54) * 72;

/** The share of the text width a column needs for its widest unbreakable piece. */
function neededShare(texts: CellText[], sizePt: number): number {
  // A printer also breaks after a hyphen between letters ("client-|satisfaction").
  const pieces = (c: CellText) =>
    c.keepWhole
      ? [c.text]
      : c.text
          .split("\n")
          .flatMap(breakPieces)
          .flatMap((p) => p.split(/(?<=\p{L}-)(?=\p{L})/u));
  // Thai words are left to the shares as given: they were set for Thai text, and the printer breaks a Thai word by syllable.
  const measured = (c: CellText) => (c.keepWhole ? [c.text] : pieces(c).filter((p) => !/[\u0e01-\u0e4e]/.test(p)));
  const widest = Math.max(0, ...texts.flatMap((c) => measured(c).map((p) => textWidth(p.trim()) * (c.bold ? BOLD_WIDTH : 1))));
  return (((widest * UNIT_PT * sizePt) / 16 + PADDING_PT) / TEXT_WIDTH_PT) * 100;
}

/** Each column's cells, leaving out cells that span several (a total row's label). */
function columnsOf(rows: CellText[][], count: number): CellText[][] {
  const cols: CellText[][] = Array.from({ length: count }, () => []);
  for (const row of rows) {
    let col = 0;
    for (const c of row) {
      if ((c.span ?? 1) === 1 && col < count) cols[col].push(c);
      col += c.span ?? 1;
    }
  }
  return cols;
}

/**
 * Columns too narrow for a word take what they lack from the columns with
 * room to spare, in proportion to that room; when there is not room enough,
 * the shares stay as given (the printer breaks the word, as it would have).
 */
export function fitColumns(widths: number[], rows: CellText[][], sizePt: number): number[] {
  const need = columnsOf(rows, widths.length).map((cells) => neededShare(cells, sizePt));
  const lack = widths.reduce((s, w, i) => s + Math.max(0, need[i] - w), 0);
  const room = widths.reduce((s, w, i) => s + Math.max(0, w - need[i]), 0);
  if (lack === 0 || room < lack) return widths;
  return widths.map((w, i) => (need[i] > w ? need[i] : w - ((w - need[i]) * lack) / room));
}

export function tableSpec(widths: number[], header: string[], rows: CellText[][], size?: number): TableSpec {
  const head = [header.map((h) => cell(h, "center", true))];
  return {
    kind: "table",
    widths: fitColumns(widths, [...head, ...rows], size ?? DOCUMENT_FONT.size),
    header: head,
    rows,
    ...(size ? { size } : {}),
  };
}
