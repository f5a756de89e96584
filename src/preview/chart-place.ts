// Where a chart's anchor cells are in pixels: on the grid, and on the printed
// page. Excel places a chart from the top-left of its `from` cell to the
// bottom-right of its `to` cell, and prints only what lies in the print area.
import type { ChartSpec } from "../report/spec";
import { type CellRange, parseRange } from "./a1";
import type { PageLayout } from "./pages";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The cells a chart covers, or null when its anchor does not parse. */
export function anchorRange(anchor: ChartSpec["anchor"]): CellRange | null {
  return parseRange(`${anchor.from}:${anchor.to}`);
}

/** Sum of sizes over [from, to): negative when `to` comes before `from`. */
function span(size: (i: number) => number, from: number, to: number): number {
  let s = 0;
  for (let i = Math.min(from, to); i < Math.max(from, to); i++) s += size(i);
  return to >= from ? s : -s;
}

/** The anchor's box, measured from the top-left of cell (origin.r, origin.c). */
export function anchorBox(
  cells: CellRange,
  colPx: (c: number) => number,
  rowPx: (r: number) => number,
  origin: { r: number; c: number } = { r: 0, c: 0 }
): Box {
  return {
    x: span(colPx, origin.c, cells.c0),
    y: span(rowPx, origin.r, cells.r0),
    width: span(colPx, cells.c0, cells.c1 + 1),
    height: span(rowPx, cells.r0, cells.r1 + 1),
  };
}

export interface PrintedChart {
  /** 0-based page it prints on. */
  page: number;
  /** The chart's box, unscaled, from the top-left of the page's printed table. */
  box: Box;
  /** The part of the page the print area covers there: the chart is cut to it. */
  clip: Box;
}

/**
 * Where a chart prints: on the page of its top-left cell (the first page a
 * row of it prints on, if that cell does not), cut to the print area's
 * columns, and to its last row on the page that ends the area. Null when no
 * part of it lies in the print area, as Excel then prints no chart.
 */
export function printedChart(layout: PageLayout, cells: CellRange, colPx: (c: number) => number): PrintedChart | null {
  const { area, pages, rowHeight } = layout;
  let page = pages.findIndex((p) => p.rows.includes(cells.r0));
  let at = cells.r0;
  if (page < 0) {
    page = pages.findIndex((p) => p.rows.some((r) => r >= cells.r0 && r <= cells.r1));
    if (page < 0) return null;
    at = pages[page].rows.find((r) => r >= cells.r0 && r <= cells.r1) as number;
  }
  const rows = pages[page].rows;
  // Rows above `at` on this page, then back up over the anchor rows that printed elsewhere.
  const yAt = rows.slice(0, rows.indexOf(at)).reduce((s, r) => s + rowHeight(r), 0);
  const box = { ...anchorBox(cells, colPx, rowHeight, { r: at, c: area.c0 }), y: yAt - span(rowHeight, cells.r0, at) };
  const pageHeight = rows.reduce((s, r) => s + rowHeight(r), 0);
  const endsArea = page === pages.length - 1;
  const clip: Box = {
    x: 0,
    y: 0,
    width: layout.tableWidth,
    // Beyond the area's last row nothing prints; elsewhere the chart may run on down the paper.
    height: endsArea ? pageHeight : Number.POSITIVE_INFINITY,
  };
  const visible = box.x < clip.width && box.x + box.width > 0 && box.y < clip.height && box.y + box.height > 0;
  return visible ? { page, box, clip } : null;
}
