// Where a sheet's printed pages break, as Excel decides it for our print
// settings (A4, fit to one page wide, rows repeated at the top). Pure
// arithmetic so it can be tested without a browser.
import type { SheetSpec } from "../report/spec";
import { parseA1, parseRowSpan, type CellRange } from "../engine/a1";
import { widestRow } from "../engine/input/limits";

export const PX_PER_INCH = 96;
/** A4 in inches (210 × 297 mm). */
const A4_INCHES = { short: 210 / 25.4, long: 297 / 25.4 };
import { DEFAULT_ROW_POINTS, columnPixels } from "../report/page-breaks";

export { DEFAULT_ROW_POINTS };
/** Excel's default column width (characters). */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/** Excel column width (characters of the default font) → pixels. */
export const columnPx = columnPixels;

/** A sheet column's width in pixels (Excel's default where the spec sets none). */
export const sheetColumnPx = (spec: SheetSpec, c: number): number => columnPx(spec.columns[c]?.width ?? DEFAULT_COLUMN_WIDTH);

/** Points → CSS pixels. */
export const pointsPx = (pt: number): number => (pt * PX_PER_INCH) / 72;

export interface PageLayout {
  /** The sheet of paper in pixels (orientation applied). */
  paper: { width: number; height: number };
  /** The area inside the margins, in page pixels (before scaling the table). */
  printable: { width: number; height: number };
  /** The print area (0-based, inclusive). */
  area: CellRange;
  /** Column widths in pixels, unscaled, for the area's columns. */
  columnWidths: number[];
  /** Unscaled table width. */
  tableWidth: number;
  /** Fit-to-width factor applied to the table (≤ 1). */
  scale: number;
  /** Unscaled height in pixels of a row (any row index). */
  rowHeight: (row: number) => number;
  /** Each printed page's rows (0-based sheet rows), repeated title rows first. */
  pages: { rows: number[] }[];
}

/** The sheet's extent when it names no print area: every row and column it holds. */
function usedRange(spec: SheetSpec, rowCount: number): CellRange {
  const cols = Math.max(spec.columns.length, widestRow(spec.rows), 1);
  return { firstRow: 0, firstCol: 0, lastRow: Math.max(rowCount, spec.rows.length, 1) - 1, lastCol: cols - 1 };
}

/**
 * Split the print area into A4 pages. `rowCount` is how many rows the
 * current values hold (a user may have added some) when there is no
 * print area.
 */
export function paginate(spec: SheetSpec, rowCount = spec.rows.length): PageLayout {
  const landscape = spec.print.orientation === "landscape";
  const paperIn = landscape ? { w: A4_INCHES.long, h: A4_INCHES.short } : { w: A4_INCHES.short, h: A4_INCHES.long };
  const m = spec.print.margins;
  const printable = {
    width: (paperIn.w - m.left - m.right) * PX_PER_INCH,
    height: (paperIn.h - m.top - m.bottom) * PX_PER_INCH,
  };

  const area = parseA1(spec.print.area)?.range ?? usedRange(spec, rowCount);
  const columnWidths: number[] = [];
  for (let c = area.firstCol; c <= area.lastCol; c++) columnWidths.push(sheetColumnPx(spec, c));
  const tableWidth = columnWidths.reduce((a, b) => a + b, 0);
  const rowHeight = (r: number) => pointsPx(spec.rowHeights?.[r] ?? DEFAULT_ROW_POINTS);
  // Fit to one page wide (and tall, if asked) shrinks, never enlarges; the smaller scale wins, as in Excel.
  // A sheet with manual breaks prints at its set scale instead (report/page-breaks.ts).
  let scale = spec.print.fitToWidth && tableWidth > printable.width ? printable.width / tableWidth : 1;
  if (spec.print.scale !== undefined) scale = spec.print.scale / 100;
  else if (spec.print.onePage) {
    let tall = 0;
    for (let r = area.firstRow; r <= area.lastRow; r++) tall += rowHeight(r);
    if (tall > printable.height) scale = Math.min(scale, printable.height / tall);
  }

  const scaled = (r: number) => rowHeight(r) * scale;

  const repeat = parseRowSpan(spec.print.repeatRows);
  const titleRows: number[] = [];
  if (repeat) for (let r = repeat.firstRow; r <= repeat.lastRow; r++) titleRows.push(r);
  const titleHeight = titleRows.reduce((s, r) => s + scaled(r), 0);

  const pages: { rows: number[] }[] = [];
  let rows: number[] = [];
  let used = 0;
  // A tiny tolerance: heights are sums of fractions of a pixel.
  const fits = (h: number) => used + h <= printable.height + 1e-6;
  // The report's manual breaks (page-breaks.ts: no orphan rows, blocks kept whole), as Excel honours them.
  const manual = new Set(spec.print.breaks ?? []);
  for (let r = area.firstRow; r <= area.lastRow; r++) {
    const h = scaled(r);
    if (rows.length > 0 && (!fits(h) || manual.has(r))) {
      pages.push({ rows });
      // Later pages start with the title rows, once the sheet has printed past them.
      const withTitles = repeat !== null && r > repeat.lastRow;
      rows = withTitles ? [...titleRows] : [];
      used = withTitles ? titleHeight : 0;
      // Titles alone leave no room for this row: it goes on a page of its own, as Excel does.
      if (withTitles && !fits(h)) {
        rows = [];
        used = 0;
      }
    }
    rows.push(r);
    used += h;
  }
  if (rows.length > 0) pages.push({ rows });

  return {
    // Whole pixels for the drawn paper (210 mm → 794 px); the arithmetic above stays exact.
    paper: { width: Math.round(paperIn.w * PX_PER_INCH), height: Math.round(paperIn.h * PX_PER_INCH) },
    printable,
    area,
    columnWidths,
    tableWidth,
    scale,
    rowHeight,
    pages,
  };
}
