// The frame every sheet shares: a title, a subtitle, a blank row, then the
// table's header row (index 3).
import { columnLetters } from "../engine/a1";
import type { CellSpec, CellValue } from "./spec";

export const HEADER_ROW = 3;

export const title = (text: string): CellSpec[] => [{ value: text, style: "title" }];
export const subtitle = (text: string): CellSpec[] => [{ value: text, style: "subtitle" }];
export const header = (labels: string[]): CellSpec[] => labels.map((value) => ({ value, style: "header" }));

export const text = (value: CellValue, style: CellSpec["style"] = "body"): CellSpec => ({ value, style });
export const num = (value: number, format: string, style: CellSpec["style"] = "number"): CellSpec => ({ value, format, style });

/** Height of each row a chart is drawn over (points, before the print zoom). */
export const CHART_ROW_POINTS = 22;

/**
 * Rows appended under the printed content for a chart to print on: a blank
 * row, then `count` empty rows of CHART_ROW_POINTS; the chart's anchor
 * covers them from column A to `lastColumn` (0-based), inside the print area.
 */
export function appendChartRows(rows: CellSpec[][], count: number, lastColumn: number) {
  rows.push([]);
  const from = rows.length;
  for (let k = 0; k < count; k++) rows.push([]);
  const to = rows.length - 1;
  const letter = columnLetters(lastColumn);
  return {
    from,
    to,
    anchor: { from: `A${from + 1}`, to: `${letter}${to + 1}` },
    heights: Object.fromEntries(Array.from({ length: count }, (_, k) => [from + k, CHART_ROW_POINTS])) as Record<number, number>,
  };
}
