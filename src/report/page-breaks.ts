// Where printed pages break, decided once here so Excel, the .xlsx and the
// preview print the same pages: whole rows move, blocks a builder marks
// (a table with its totals, the analysis with its heading, a chart, the
// last measure with the signatures) stay on one page when they fit one,
// and the last page never carries a lonely remainder.
//
// The sheets keep "fit to one page wide, any number tall" and get manual
// breaks: LibreOffice honours them under it (test/print sees the pages).
// Whether Excel does under Fit To is not verified on this machine. The
// zoom fit-to-width will use is estimated here (Excel's column pixels), to
// know how much of a page each row takes.
import { parseA1, parseRowSpan, type CellRange } from "../engine/a1";
import type { PrintSpec, SheetSpec } from "./spec";

/** A4 in points (210 × 297 mm). */
export const A4_POINTS = { short: 595.3, long: 841.9 };
/** Excel's default row height (points), for the empty rows the spec leaves unset. */
export const DEFAULT_ROW_POINTS = 15;
/** Excel's default column width (characters). */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Excel column width (characters of Calibri 11, 7 px each, plus 5 px padding) → pixels (96 per inch). */
export const columnPixels = (width: number): number => Math.round(width * 7 + 5);
export const columnPoints = (width: number): number => (columnPixels(width) * 72) / 96;
/**
 * What our heights may be short of the printer's (LibreOffice rounds row
 * heights to its own units; Excel's fonts differ): a page is planned this
 * much shorter than the paper allows, so no page breaks where we did not.
 */
const HEIGHT_SLACK = 0.96;
/** A last page holding less than this share of a page, or one row, is a lonely remainder. */
const LONELY_SHARE = 0.25;

/** A run of rows (0-based, inclusive) printed on one page when it fits one. */
export type KeepBlock = NonNullable<PrintSpec["keep"]>[number];

/** The area inside the margins, in points, for the spec's orientation. */
export function printablePoints(p: PrintSpec): { width: number; height: number } {
  const landscape = p.orientation === "landscape";
  const [w, h] = landscape ? [A4_POINTS.long, A4_POINTS.short] : [A4_POINTS.short, A4_POINTS.long];
  const m = p.margins;
  return { width: w - (m.left + m.right) * 72, height: h - (m.top + m.bottom) * 72 };
}

export const rowPoints = (spec: SheetSpec, r: number): number => spec.rowHeights?.[r] ?? DEFAULT_ROW_POINTS;

/** The zoom (whole percent, as Excel keeps it) that fits the area's columns on one page wide (onePage: and tall). */
export function fitZoom(spec: SheetSpec): number {
  const bounds = parseA1(spec.print.area)?.range;
  const page = printablePoints(spec.print);
  let tableWidth = 0;
  for (let c = 0; c <= (bounds?.lastCol ?? spec.columns.length - 1); c++)
    tableWidth += columnPoints(spec.columns[c]?.width ?? DEFAULT_COLUMN_WIDTH);
  let zoom = Math.min(1, page.width / tableWidth);
  if (spec.print.onePage && bounds) zoom = Math.min(zoom, page.height / sum(spec, bounds.firstRow, bounds.lastRow));
  // Whole percent, rounded down, and one less: a printer measuring columns a little wider shrinks more, never less.
  return Math.max(10, Math.floor(zoom * 100) - 1);
}

function sum(spec: SheetSpec, from: number, to: number): number {
  let h = 0;
  for (let r = from; r <= to; r++) h += rowPoints(spec, r);
  return h;
}

const repeated = (spec: SheetSpec) => parseRowSpan(spec.print.repeatRows);

/** Height of the rows repeated at the top of a page starting at `row` (none until the sheet has printed past them). */
function titleHeight(spec: SheetSpec, row: number): number {
  const t = repeated(spec);
  return t && row > t.lastRow ? sum(spec, t.firstRow, t.lastRow) : 0;
}

/**
 * Rows that start a new page (0-based, ascending), at `zoom` percent: a
 * greedy fill that breaks before a block that would split but fits a page
 * of its own, then a last page too thin to stand alone is balanced with the
 * page before it (whole rows, never inside a block).
 */
export function placeBreaks(spec: SheetSpec, zoom: number, blocks: KeepBlock[]): number[] {
  const bounds = parseA1(spec.print.area)?.range;
  if (!bounds) return [];
  const page = (printablePoints(spec.print).height * HEIGHT_SLACK * 100) / zoom;
  const fits = (from: number, to: number) => sum(spec, from, to) + titleHeight(spec, from) <= page;
  const blockAt = (r: number) => blocks.find((b) => b.from === r && b.to > b.from);

  const breaks: number[] = [];
  let start = bounds.firstRow;
  for (let r = bounds.firstRow; r <= bounds.lastRow; r++) {
    const block = blockAt(r);
    const end = block && fits(r, Math.min(block.to, bounds.lastRow)) ? Math.min(block.to, bounds.lastRow) : r;
    if (r > start && !fits(start, end)) {
      breaks.push(r);
      start = r;
    }
    // A block placed whole: its rows need no further test.
    if (end > r && fits(start, end)) r = end;
  }
  return balanceLast(spec, breaks, bounds, page, blocks);
}

/** Rows and blocks (each counted once) from `from` to `to`. */
function units(from: number, to: number, blocks: KeepBlock[]): number {
  let n = 0;
  for (let r = from; r <= to; r++, n++) {
    const b = blocks.find((x) => x.from === r);
    if (b) r = Math.max(r, b.to);
  }
  return n;
}

function balanceLast(spec: SheetSpec, breaks: number[], bounds: CellRange, page: number, blocks: KeepBlock[]): number[] {
  if (breaks.length === 0) return breaks;
  const inside = (r: number) => blocks.some((b) => r > b.from && r <= b.to);
  const last = breaks[breaks.length - 1];
  const prev = breaks.length > 1 ? breaks[breaks.length - 2] : bounds.firstRow;
  const height = (from: number, to: number) => sum(spec, from, to) + titleHeight(spec, from);
  // One row, or one block (the last measure with the signatures), or a sliver of a page.
  const lonely = units(last, bounds.lastRow, blocks) === 1 || sum(spec, last, bounds.lastRow) < page * LONELY_SHARE;
  if (!lonely) return breaks;
  let best = last;
  let bestMax = Math.max(height(prev, last - 1), height(last, bounds.lastRow));
  const empty = (r: number) => !(spec.rows[r] ?? []).some((c) => c.value !== null && c.value !== "");
  for (let b = last - 1; b > prev; b--) {
    // Never inside a block, nor a page starting with a blank row.
    if (inside(b) || empty(b)) continue;
    if (height(b, bounds.lastRow) > page) break;
    const worst = Math.max(height(prev, b - 1), height(b, bounds.lastRow));
    if (worst < bestMax) [best, bestMax] = [b, worst];
  }
  return [...breaks.slice(0, -1), best];
}

/** The spec with the page breaks its blocks ask for (none: one page, or none needed), columns widened where a block asks. */
export function withPageBreaks(spec: SheetSpec, blocks: KeepBlock[]): SheetSpec {
  const widened = blocks.reduce(widenFor, spec);
  const breaks = placeBreaks(widened, fitZoom(widened), blocks);
  return { ...widened, print: { ...widened.print, breaks } };
}

/** Widens the block's column, a unit at a time, until the fit-to-width zoom prints the block on one page. */
function widenFor(spec: SheetSpec, block: KeepBlock): SheetSpec {
  const col = block.widen;
  if (col === undefined || !spec.columns[col]) return spec;
  const page = printablePoints(spec.print).height * HEIGHT_SLACK;
  const tall = sum(spec, block.from, block.to) + titleHeight(spec, block.from);
  let out = spec;
  // A bound: a table twice the page's height is left to break across pages.
  for (let n = 0; n < 400 && (tall * fitZoom(out)) / 100 > page; n++) {
    const columns = out.columns.map((c, i) => (i === col ? { width: c.width + 1 } : c));
    out = { ...out, columns };
  }
  return (tall * fitZoom(out)) / 100 > page ? spec : out;
}
