// Row heights, decided once in the report layer so every writer sets the
// same ones. Excel's default (15 pt) fits Calibri 11, not a 16 pt Thai
// font, and neither ExcelJS nor LibreOffice autofits on opening: without a
// height, wrapped text (and even one line at 16 pt) is cut off in print.
import type { CellSpec, ColumnSpec, SheetSpec } from "./spec";
import { PLAIN_LOOK, STYLE_LOOKS } from "./styles";
import { parseA1 } from "../engine/a1";
import { withinExcelLimits } from "./excel-limits";
import { wrappedLines } from "./text-width";
import { withPageBreaks } from "./page-breaks";
import { withSheetThaiBreaks } from "./thai-breaks";

/**
 * Points for n lines at 16 pt, in proportion for other sizes. Measured on
 * LibreOffice's PDF (TH SarabunPSK's metric twin Laksaman): a line's glyph
 * box is 21 pt tall, and wrapped lines follow every 26.5 pt (the font's
 * line spacing leaves room for stacked Thai marks). Excel spaces lines a
 * little tighter: there the rows keep some air, nothing is cut.
 */
export const LINE_METRICS = {
  /** A line's glyph box, in points at 16 pt. */
  box: 21,
  /** Distance between wrapped lines, in points at 16 pt. */
  pitch: 26.5,
};
const linesHeight = (lines: number, size: number) => (size / 16) * (LINE_METRICS.box + LINE_METRICS.pitch * (lines - 1));
/** Room above and below the lines (Thai tone marks and lower vowels reach past the line). */
const PADDING = 6;
/** Excel's default column width, for a cell past the spec's columns. */
const DEFAULT_WIDTH = 8.43;

/** Width of each one-row merge, at its first cell (row → column → total of its columns' widths). */
function mergedWidths(merges: string[], columns: ColumnSpec[]): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (const m of merges) {
    const x = parseA1(m)?.range;
    if (!x || x.firstRow !== x.lastRow) continue; // a taller merge shares its lines between rows: not measured here
    let width = 0;
    for (let c = x.firstCol; c <= x.lastCol; c++) width += columns[c]?.width ?? DEFAULT_WIDTH;
    let row = out.get(x.firstRow);
    if (!row) out.set(x.firstRow, (row = new Map()));
    row.set(x.firstCol, width);
  }
  return out;
}

/**
 * Height in points of every non-empty row: its tallest cell, from the
 * cell's look (font size; wrapped text counted in lines at its column's
 * width, or across its merge, anything else one line). Titles do not wrap: one line.
 */
export function fitRowHeights(
  rows: CellSpec[][],
  columns: ColumnSpec[],
  font: SheetSpec["font"],
  merges: string[] = []
): Record<number, number> {
  const heights: Record<number, number> = {};
  const spans = mergedWidths(merges, columns);
  rows.forEach((cells, r) => {
    let height = 0;
    const merged = spans.get(r);
    cells.forEach((cell, c) => {
      if (cell.value === null || cell.value === "") return;
      // The cell's named style decides its size and wrapping (its own colour
      // and alignment, which lookOf adds, change neither).
      const look = cell.style ? STYLE_LOOKS[cell.style] : PLAIN_LOOK;
      const size = font.size + look.sizeDelta;
      let lines = 1;
      if (look.wrap) {
        // Text widths are measured at 16 pt: a larger font fills the column sooner.
        const width = ((merged?.get(c) ?? columns[c]?.width ?? DEFAULT_WIDTH) * 16) / size;
        lines = wrappedLines(String(cell.value), width);
      }
      height = Math.max(height, Math.ceil(linesHeight(lines, size) + PADDING));
    });
    if (height > 0) heights[r] = height;
  });
  return heights;
}

/**
 * What every sheet builder's spec goes through last: Excel's text limits
 * (so every writer shows the same text), break opportunities between Thai
 * words in wrapped running text, then row heights for the rows the
 * builder left unset (a builder's own heights win), then page breaks.
 */
export function finishSheet(built: SheetSpec): SheetSpec {
  const spec = withSheetThaiBreaks(withinExcelLimits(built));
  const sized = { ...spec, rowHeights: { ...fitRowHeights(spec.rows, spec.columns, spec.font, spec.merges), ...spec.rowHeights } };
  // Page breaks last, on the final heights; only for sheets whose builder marked its blocks.
  return spec.print.keep ? withPageBreaks(sized, spec.print.keep) : sized;
}
