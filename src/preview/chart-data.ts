// A ChartSpec's ranges read back from the sheet's cells, as Excel charts
// them: the spec says where the labels and values are, the cells (which a
// user may have edited) say what they are.
import type { CellValue, ChartSpec } from "../report/spec";
import { parseA1 } from "../engine/a1";
import { formatValue } from "./number-format";

/** A cell's current value and its number format (0-based row and column). */
export interface CellSource {
  value: (row: number, col: number) => CellValue;
  format: (row: number, col: number) => string | undefined;
}

export interface ChartSeriesData {
  name: string;
  /** One per category; null where the cell holds no number (Excel leaves a gap). */
  values: (number | null)[];
}

export interface ChartData {
  kind: ChartSpec["kind"];
  title: string;
  categories: string[];
  series: ChartSeriesData[];
  reference?: ChartSeriesData;
  /** Format code for the value axis: "0" in the digits the series cells print in. */
  axisFormat: string;
  /** The first series cell's own format, for a value shown in full. */
  valueFormat?: string;
}

/** The cells of an A1 range, row by row; none for an address that does not parse. */
function rangeCells(address: string): { row: number; col: number }[] {
  const r = parseA1(address)?.range;
  if (!r) return [];
  const out: { row: number; col: number }[] = [];
  for (let row = r.firstRow; row <= r.lastRow; row++) for (let col = r.firstCol; col <= r.lastCol; col++) out.push({ row, col });
  return out;
}

function numbers(address: string, src: CellSource): (number | null)[] {
  return rangeCells(address).map(({ row, col }) => {
    const v = src.value(row, col);
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  });
}

/** The locale tag of a format ("[$-D00041E]" for Thai digits), so axis numbers print as the cells do. */
function localeTag(format: string | undefined): string {
  return /^\[\$-[0-9A-Fa-f]+\]/.exec(format ?? "")?.[0] ?? "";
}

export function chartData(chart: ChartSpec, src: CellSource): ChartData {
  const categories = rangeCells(chart.categories).map(({ row, col }) => formatValue(src.value(row, col), src.format(row, col)));
  const series = chart.series.map((s) => ({ name: s.name, values: numbers(s.values, src) }));
  const first = chart.series[0] ? rangeCells(chart.series[0].values)[0] : undefined;
  const ref = chart.referenceLine;
  const valueFormat = first ? src.format(first.row, first.col) : undefined;
  return {
    kind: chart.kind,
    title: chart.title,
    categories,
    series,
    ...(ref ? { reference: { name: ref.name, values: numbers(ref.values, src) } } : {}),
    axisFormat: `${localeTag(valueFormat)}0`,
    valueFormat,
  };
}
