// Where printed pages break, decided once here so Excel, the .xlsx and the
// preview print the same pages: whole rows move, blocks a builder marks
// (a table with its totals, the analysis with its heading, a chart, the
// last measure with the signatures) stay on one page when they fit one,
// and the last page never carries a lonely remainder.
//
// Manual breaks and Excel's "Fit To". Microsoft's support article on page
// breaks ("Insert, move, or delete page breaks in a worksheet", as issue 13
// quotes it; the page itself is not in the corpora searched here) says Excel
// ignores manual page breaks when the Fit To option is used; XlsxWriter's
// documentation, written against Excel's files, says the same of its
// fit_to_pages() and lists fit_to_pages(1, 0), "1 page wide and as long as
// necessary", with no exception (jmcnamara/XlsxWriter,
// dev/docs/source/page_setup.rst: "fit_to_pages() will override any manual
// page breaks that are defined in the worksheet"). Nothing found documents
// fit-to-width alone (fitToHeight 0) as keeping them: VBA's
// PageSetup.FitToPagesTall ("If this property is False, Microsoft Excel
// scales the worksheet according to the FitToPagesWide property") is
// silent on breaks, and Excel itself is not on this machine to try.
// So a sheet that gets breaks prints at a computed scale instead
// (print.scale, Excel's "Adjust to N %", under which manual breaks are
// Excel's ordinary behaviour): the zoom fit-to-width would give, estimated
// here from Excel's column pixels (the same rule the writers size columns
// by: Office.js in points, ExcelJS in characters), with WIDTH_SLACK to
// spare. The breaks are placed at exactly that zoom, so what prints is what
// was planned, row heights being fixed in points. What being wrong costs: a
// printer measuring the columns wider than the slack (Microsoft KB Q163621,
// "XL: Column Width Not the Same When Printed": proportional fonts measure
// differently on screen and printer; LibreOffice measures 2–4.6 % wider)
// would push the last column onto a page of its own; test/print checks the
// last column on every LibreOffice page. A sheet that needs no break, even
// at the larger zoom fit-to-width itself gives, keeps fit-to-width, Excel's
// own measure, which also refits when the planner widens a column; one that
// would need a break only at that zoom prints at the planned scale. LibreOffice
// honours manual breaks both ways.
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
/**
 * The share of the page's width the columns are planned to fill at the set
 * scale. LibreOffice 7.4 prints the reference sheets' columns 2–4.6 % wider
 * than Excel's pixel rule (the widest scale each still fits one page wide:
 * ranking 68 % of an estimated 70.4, comparison 84 of 86.6, measures 70 of
 * 73.2; one percent more and the last column goes to a page of its own), so
 * 5 % are kept: the page prints that much smaller than fit-to-width would.
 */
const WIDTH_SLACK = 0.95;
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

/**
 * The zoom (whole percent, as Excel keeps it) the breaks are planned at: the
 * area's columns on one page wide with WIDTH_SLACK of the width to spare
 * (onePage: and tall), rounded down. Columns narrower than the page print
 * at 100 %.
 */
export function fitZoom(spec: SheetSpec): number {
  return zoomFor(spec, WIDTH_SLACK, Math.floor);
}

/**
 * What fit-to-width itself would give, rounded up: the largest the rows can
 * print, so a sheet that needs no break at it needs none however the
 * printer measures its columns (wider columns only shrink it more).
 */
function fitToWidthZoom(spec: SheetSpec): number {
  return zoomFor(spec, 1, Math.ceil);
}

function zoomFor(spec: SheetSpec, widthShare: number, round: (x: number) => number): number {
  const bounds = parseA1(spec.print.area)?.range;
  const page = printablePoints(spec.print);
  let tableWidth = 0;
  for (let c = 0; c <= (bounds?.lastCol ?? spec.columns.length - 1); c++)
    tableWidth += columnPoints(spec.columns[c]?.width ?? DEFAULT_COLUMN_WIDTH);
  let zoom = Math.min(1, (page.width * widthShare) / tableWidth);
  if (spec.print.onePage && bounds) zoom = Math.min(zoom, page.height / sum(spec, bounds.firstRow, bounds.lastRow));
  return Math.max(10, Math.min(100, round(zoom * 100)));
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

/**
 * The spec with the page breaks its blocks ask for (none: one page, or none
 * needed), columns widened where a block asks; with breaks, the scale they
 * were placed at (printed instead of fit-to-width: see the top).
 */
export function withPageBreaks(spec: SheetSpec, blocks: KeepBlock[]): SheetSpec {
  const planned = planPages(blocks.reduce(widenFor, spec), blocks);
  // A table with a `header` that still runs over pages gets that row on each (Excel keeps one set of print titles a sheet).
  const breaks = planned.print.breaks ?? [];
  const spilt = blocks.find((b) => b.header !== undefined && breaks.some((r) => r > b.from && r <= b.to));
  if (spilt?.header === undefined || planned.print.repeatRows) return planned;
  const row = spilt.header + 1;
  return planPages({ ...planned, print: { ...planned.print, repeatRows: `$${row}:$${row}` } }, blocks);
}

function planPages(widened: SheetSpec, blocks: KeepBlock[]): SheetSpec {
  const zoom = fitZoom(widened);
  const breaks = placeBreaks(widened, zoom, blocks);
  const print = { ...widened.print, breaks };
  // Fit-to-width only when it too needs no break (it prints larger than the plan); otherwise the planned scale.
  // A spec built again drops the scale it had.
  if (breaks.length > 0 || placeBreaks(widened, fitToWidthZoom(widened), blocks).length > 0) print.scale = zoom;
  else delete print.scale;
  return { ...widened, print };
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
