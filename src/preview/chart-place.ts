// Where a chart's anchor cells are in pixels: on the grid, and on the printed
// page. Excel places a chart from the top-left of its `from` cell to the
// bottom-right of its `to` cell, and prints only what lies in the print area.
import type { ChartSpec } from "../report/spec";
import { parseA1, type CellRange } from "../engine/a1";
import type { PageLayout } from "./pages";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The cells a chart covers, or null when its anchor does not parse. */
export function anchorRange(anchor: ChartSpec["anchor"]): CellRange | null {
  return parseA1(`${anchor.from}:${anchor.to}`)?.range ?? null;
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
    x: span(colPx, origin.c, cells.firstCol),
    y: span(rowPx, origin.r, cells.firstRow),
    width: span(colPx, cells.firstCol, cells.lastCol + 1),
    height: span(rowPx, cells.firstRow, cells.lastRow + 1),
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
  let page = pages.findIndex((p) => p.rows.includes(cells.firstRow));
  let at = cells.firstRow;
  if (page < 0) {
    page = pages.findIndex((p) => p.rows.some((r) => r >= cells.firstRow && r <= cells.lastRow));
    if (page < 0) return null;
    at = pages[page].rows.find((r) => r >= cells.firstRow && r <= cells.lastRow) as number;
  }
  const rows = pages[page].rows;
  // Rows above `at` on this page, then back up over the anchor rows that printed elsewhere.
  const yAt = rows.slice(0, rows.indexOf(at)).reduce((s, r) => s + rowHeight(r), 0);
  const box = { ...anchorBox(cells, colPx, rowHeight, { r: at, c: area.firstCol }), y: yAt - span(rowHeight, cells.firstRow, at) };
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
