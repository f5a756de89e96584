// Row heights, decided once in the report layer so every writer sets the
// same ones. Excel's default (15 pt) fits Calibri 11, not a 16 pt Thai
// font, and neither ExcelJS nor LibreOffice autofits on opening: without a
// height, wrapped text (and even one line at 16 pt) is cut off in print.
import type { CellSpec, ColumnSpec, SheetSpec } from "./spec";
import { lookOf } from "./styles";
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

/** Width of each one-row merge, at its first cell ("r:c" → total of its columns' widths). */
function mergedWidths(merges: string[], columns: ColumnSpec[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of merges) {
    const x = parseA1(m)?.range;
    if (!x || x.firstRow !== x.lastRow) continue; // a taller merge shares its lines between rows: not measured here
    let width = 0;
    for (let c = x.firstCol; c <= x.lastCol; c++) width += columns[c]?.width ?? DEFAULT_WIDTH;
    out.set(`${x.firstRow}:${x.firstCol}`, width);
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
    cells.forEach((cell, c) => {
      if (cell.value === null || cell.value === "") return;
      const look = lookOf(cell);
      const size = font.size + look.sizeDelta;
      // Text widths are measured at 16 pt: a larger font fills the column sooner.
      const width = ((spans.get(`${r}:${c}`) ?? columns[c]?.width ?? DEFAULT_WIDTH) * 16) / size;
      const lines = look.wrap ? wrappedLines(String(cell.value), width) : 1;
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
