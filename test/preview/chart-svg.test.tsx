/** @jest-environment jsdom */
// The reference report's sheets written by the preview host and their charts
// drawn from the in-memory workbook's cells: the grid (where the sheet's
// charts sit, as in Excel's normal view) and the print view.
import { act, render } from "@testing-library/react";
import { analyse } from "../../src/engine/analyse";
import { arabicToThaiDigits } from "../../src/engine/text";
import { parseA1 } from "../../src/engine/a1";
import { Grid } from "../../src/preview/grid";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { PreviewHost } from "../../src/preview/preview-host";
import { SheetPrintView } from "../../src/preview/render-sheet";
import { buildSheets } from "../../src/report/build";
import type { ChartSpec, SheetSpec } from "../../src/report/spec";
import { referenceTable } from "../helpers/tables";

function referenceSpecs(): SheetSpec[] {
  const r = analyse(referenceTable());
  if (!r.ok) throw new Error("the reference table should analyse");
  return buildSheets(r.analysis, { lang: "th", digits: "thai", agency: "เทศบาลเมืองเขลางค์นคร", owners: [] });
}

async function written(specs: SheetSpec[]): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  const host = new PreviewHost(wb, { storage: { getItem: () => null, setItem: () => undefined } });
  const res = await host.writeSheets(specs, []);
  expect(res.skipped.filter((s) => s.feature === "charts")).toEqual([]);
  return wb;
}

/** The cells of a chart range (row by row), as (row, col). */
const cellsOf = (address: string) => {
  const r = parseA1(address)!.range;
  const out: [number, number][] = [];
  for (let i = r.firstRow; i <= r.lastRow; i++) for (let j = r.firstCol; j <= r.lastCol; j++) out.push([i, j]);
  return out;
};
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));
const bars = (svg: Element, series = 0) =>
  Array.from(svg.querySelectorAll(`rect[data-bar][data-series="${series}"]`)).sort(
    (a, b) => num(a, "data-category") - num(b, "data-category")
  );
const heights = (svg: Element, series = 0) => bars(svg, series).map((b) => num(b, "height"));
/** Pixels per score point, from one drawn bar. */
const pxPerPoint = (svg: Element) => {
  const b = bars(svg).find((x) => num(x, "data-value") > 0)!;
  return num(b, "height") / num(b, "data-value");
};

function gridChart(wb: MemoryWorkbook, sheet: string): SVGSVGElement {
  const { container } = render(<Grid wb={wb} sheet={sheet} />);
  const svg = container.querySelector<SVGSVGElement>("svg[data-chart]");
  expect(svg).not.toBeNull();
  return svg!;
}

describe("charts drawn from the sheet's cells", () => {
  it("ranking: one bar per indicator, heights in the order and proportion of the scores in the cells", async () => {
    const [ranking] = referenceSpecs();
    const wb = await written([ranking]);
    const chart = ranking.chart!;
    expect(wb.sheet(ranking.name)?.charts).toEqual([chart]);
    const svg = gridChart(wb, ranking.name);

    const scores = cellsOf(chart.series[0].values).map(([r, c]) => wb.getCell(ranking.name, r, c) as number);
    expect(scores).toHaveLength(10);
    const h = heights(svg);
    expect(h).toHaveLength(10);
    const k = pxPerPoint(svg);
    h.forEach((x, i) => expect(x).toBeCloseTo(scores[i] * k, 6));
    // Ranked best first: the bars never grow from left to right, as the scores.
    for (let i = 1; i < 10; i++) expect(Math.sign(h[i] - h[i - 1])).toBe(Math.sign(scores[i] - scores[i - 1]));

    // Category labels are the indicator names of the cells, under their bars.
    const labels = Array.from(svg.querySelectorAll("[data-category-label]")).map((t) => (t.textContent ?? "").replace(/\s/g, ""));
    const names = cellsOf(chart.categories).map(([r, c]) => String(wb.getCell(ranking.name, r, c)).replace(/\s/g, ""));
    expect(labels).toEqual(names);

    // Title, and a value axis from 0 to 100 in the cells' Thai digits.
    expect(svg.getAttribute("aria-label")).toBe(chart.title);
    const title = Array.from(svg.querySelectorAll('[data-part="title"]'))
      .map((t) => t.textContent)
      .join("");
    expect(title.replace(/\s/g, "")).toBe(chart.title.replace(/\s/g, ""));
    const ticks = Array.from(svg.querySelectorAll("[data-tick]"));
    expect(ticks.map((t) => num(t, "data-tick"))).toEqual(expect.arrayContaining([0, 100]));
    expect(Math.max(...ticks.map((t) => num(t, "data-tick")))).toBe(100);
    for (const t of ticks) expect(t.textContent).toBe(arabicToThaiDigits(t.getAttribute("data-tick")!));
  });

  it("ranking: the pass line crosses the whole plot at the pass mark, with its name", async () => {
    const [ranking] = referenceSpecs();
    const ref = ranking.chart!.referenceLine!;
    const svg = gridChart(await written([ranking]), ranking.name);
    const lines = svg.querySelectorAll("line[data-reference]");
    expect(lines).toHaveLength(1); // the same mark in every cell: one straight line
    const line = lines[0];
    const bar = bars(svg)[0];
    const base = num(bar, "y") + num(bar, "height"); // where 0 is
    expect(num(line, "y1")).toBe(num(line, "y2"));
    expect(num(line, "y1")).toBeCloseTo(base - ref.value * pxPerPoint(svg), 6);
    const zero = svg.querySelector('line[data-gridline="0"]')!;
    expect([num(line, "x1"), num(line, "x2")]).toEqual([num(zero, "x1"), num(zero, "x2")]);
    expect(svg.querySelector('[data-part="reference-label"]')?.textContent).toBe(ref.name);
  });

  it("comparison: two bars per indicator, one per year, side by side, and a legend naming both years", async () => {
    const [, comparison] = referenceSpecs();
    const wb = await written([comparison]);
    const chart = comparison.chart!;
    const svg = gridChart(wb, comparison.name);
    expect(svg.querySelectorAll("rect[data-bar]")).toHaveLength(20);
    const k = pxPerPoint(svg);
    chart.series.forEach((s, i) => {
      const values = cellsOf(s.values).map(([r, c]) => wb.getCell(comparison.name, r, c) as number);
      heights(svg, i).forEach((h, j) => expect(h).toBeCloseTo(values[j] * k, 6));
    });
    // Within each category the earlier year is drawn first (left).
    const [a, b] = [bars(svg, 0), bars(svg, 1)];
    a.forEach((x, j) => expect(num(x, "x")).toBeLessThan(num(b[j], "x")));
    const legend = Array.from(svg.querySelectorAll("[data-legend]")).map((t) => t.textContent);
    expect(legend).toEqual(chart.series.map((s) => s.name));
    expect(legend.join(" ")).toContain("๒๕๖๔");
    expect(legend.join(" ")).toContain("๒๕๖๕");
  });

  it("keeps names a user typed as text, never markup or formulas", async () => {
    const [ranking] = referenceSpecs();
    const [[r0, c0], [r1, c1]] = cellsOf(ranking.chart!.categories);
    const rows = ranking.rows.map((row) => row.map((c) => ({ ...c })));
    rows[r0][c0].value = "<b>x</b>";
    rows[r1][c1].value = "=1+1";
    const spec: SheetSpec = { ...ranking, rows, chart: { ...ranking.chart!, title: '<img src=x onerror="alert(1)">' } };
    const svg = gridChart(await written([spec]), spec.name);
    expect(svg.querySelector("b, img, script")).toBeNull();
    const labels = Array.from(svg.querySelectorAll("[data-category-label]")).map((t) => t.textContent);
    expect(labels[0]).toBe("<b>x</b>");
    expect(labels[1]).toBe("=1+1");
    expect(svg.querySelector("title")?.textContent).toBe('<img src=x onerror="alert(1)">');
  });

  it("redraws a bar when its score cell is edited, and only that bar", async () => {
    const [ranking] = referenceSpecs();
    const wb = await written([ranking]);
    const { container } = render(<Grid wb={wb} sheet={ranking.name} />);
    const svg = () => container.querySelector("svg[data-chart]")!;
    const before = heights(svg());
    const k = pxPerPoint(svg());
    const [r, c] = cellsOf(ranking.chart!.series[0].values)[2];
    act(() => wb.setCell(ranking.name, r, c, 50));
    const after = heights(svg());
    expect(after[2]).toBeCloseTo(50 * k, 6);
    expect(after[2]).not.toBeCloseTo(before[2], 3);
    expect(after.filter((_, i) => i !== 2)).toEqual(before.filter((_, i) => i !== 2));
  });

  it("a text or empty score cell leaves a gap, as Excel does", async () => {
    const [ranking] = referenceSpecs();
    const wb = await written([ranking]);
    const cells = cellsOf(ranking.chart!.series[0].values);
    wb.setCell(ranking.name, cells[0][0], cells[0][1], "n/a");
    wb.setCell(ranking.name, cells[1][0], cells[1][1], null);
    const svg = gridChart(wb, ranking.name);
    expect(bars(svg).map((b) => num(b, "data-category"))).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe("charts on the printed page", () => {
  const papers = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLElement>(".sheet-paper"));

  it("prints no chart anchored outside the print area, as Excel prints only the area", async () => {
    // The ranking's chart moved beside the table (H:P), outside the print area (A:E).
    const [report] = referenceSpecs();
    const ranking: SheetSpec = { ...report, chart: { ...report.chart!, anchor: { from: "H5", to: "P20" } } };
    const area = parseA1(ranking.print.area)!.range;
    expect(parseA1(`${ranking.chart!.anchor.from}:${ranking.chart!.anchor.to}`)!.range.firstCol).toBeGreaterThan(area.lastCol);
    const wb = await written([ranking]);
    const s = wb.sheet(ranking.name)!;
    const { container } = render(<SheetPrintView spec={s.spec!} values={s.cells} charts={s.charts} />);
    expect(container.querySelector("svg[data-chart]")).toBeNull();
  });

  it("prints the report's charts inside its pages: the ranking's under the tables on page 1, the comparison's on a page of its own", async () => {
    const [ranking, comparison] = referenceSpecs();
    const wb = await written([ranking, comparison]);
    const drawn = (spec: SheetSpec) => {
      const s = wb.sheet(spec.name)!;
      const { container } = render(<SheetPrintView spec={s.spec!} values={s.cells} charts={s.charts} />);
      return papers(container).map((p) => ({
        charts: p.querySelectorAll("svg[data-chart]").length,
        cells: Array.from(p.querySelectorAll("td")).filter((td) => td.textContent !== "").length,
      }));
    };
    const r = drawn(ranking);
    expect(r.map((p) => p.charts)).toEqual([1, 0]);
    const c = drawn(comparison);
    expect(c.map((p) => p.charts)).toEqual([0, 1]);
    expect(c[0].cells).toBeGreaterThan(50); // the table's page, then the chart's, with no cell text
    expect(c[1].cells).toBe(0);
  });

  /** The ranking with its chart below the table, inside a print area extended over it. */
  function chartBelow(ranking: SheetSpec, rowsOfChart: number, heights: Record<number, number> = ranking.rowHeights ?? {}): SheetSpec {
    const area = parseA1(ranking.print.area)!.range;
    const top = area.lastRow + 3; // 1-based row two below the table
    const chart: ChartSpec = { ...ranking.chart!, anchor: { from: `A${top}`, to: `E${top + rowsOfChart - 1}` } };
    return { ...ranking, chart, rowHeights: heights, print: { ...ranking.print, area: `A1:E${top + rowsOfChart - 1}` } };
  }

  it("draws a chart in the print area at its anchor cells, scaled as the table, from the current values", async () => {
    const [ranking] = referenceSpecs();
    const spec = chartBelow(ranking, 20);
    const wb = await written([spec]);
    const s = wb.sheet(spec.name)!;
    const [r, c] = cellsOf(spec.chart!.series[0].values)[0];
    wb.setCell(spec.name, r, c, 40); // an edit in the sheet
    const { container } = render(<SheetPrintView spec={s.spec!} values={s.cells} charts={s.charts} />);
    const svg = container.querySelector<SVGSVGElement>("svg[data-chart]")!;
    expect(svg).not.toBeNull();
    expect(heights(svg)[0]).toBeCloseTo(40 * pxPerPoint(svg), 6);

    // Its box: from the top of row `from` (the table rows above it) to the bottom of row `to`, columns A to E.
    const { paginate, sheetColumnPx, pointsPx, DEFAULT_ROW_POINTS } = await import("../../src/preview/pages");
    const layout = paginate(spec);
    const anchor = parseA1(`${spec.chart!.anchor.from}:${spec.chart!.anchor.to}`)!.range;
    const rowPx = (i: number) => pointsPx(spec.rowHeights?.[i] ?? DEFAULT_ROW_POINTS);
    // The page its top-left cell prints on (the ranking has no repeated header row): the rows above it there.
    const page = layout.pages.find((p) => p.rows.includes(anchor.firstRow))!;
    let above = 0;
    for (const i of page.rows) if (i < anchor.firstRow) above += rowPx(i);
    let tall = 0;
    for (let i = anchor.firstRow; i <= anchor.lastRow; i++) tall += rowPx(i);
    let wide = 0;
    for (let j = 0; j <= 4; j++) wide += sheetColumnPx(spec, j);
    expect(spec.print.repeatRows).toBeUndefined();
    const placed = svg.parentElement as HTMLElement;
    expect(parseFloat(placed.style.top)).toBeCloseTo(above * layout.scale, 6);
    expect(parseFloat(placed.style.left)).toBeCloseTo(0, 6);
    expect(svg.getAttribute("viewBox")).toBe(`0 0 ${wide} ${tall}`);
    expect(Number(svg.getAttribute("width"))).toBeCloseTo(wide * layout.scale, 6);
  });

  it("draws a chart whose anchor crosses a page break on the page of its top-left cell only", async () => {
    const [ranking] = referenceSpecs();
    // 40 tall rows for the chart: the area runs onto a second page, the anchor across the break.
    const base = chartBelow(ranking, 40);
    const anchor = parseA1(`${base.chart!.anchor.from}:${base.chart!.anchor.to}`)!.range;
    const heights = { ...ranking.rowHeights };
    for (let i = anchor.firstRow; i <= anchor.lastRow; i++) heights[i] = 30;
    const spec = chartBelow(ranking, 40, heights);
    const { paginate } = await import("../../src/preview/pages");
    const pages = paginate(spec).pages;
    const first = pages.findIndex((p) => p.rows.includes(anchor.firstRow));
    const last = pages.findIndex((p) => p.rows.includes(anchor.lastRow));
    expect(last).toBeGreaterThan(first); // the case under test: it spans a break

    const wb = await written([spec]);
    const s = wb.sheet(spec.name)!;
    const { container } = render(<SheetPrintView spec={s.spec!} values={s.cells} charts={s.charts} />);
    const drawn = papers(container).map((p) => p.querySelectorAll("svg[data-chart]").length);
    expect(drawn).toEqual(pages.map((_, i) => (i === first ? 1 : 0)));
  });

  it("a workbook written without chart support keeps no chart and says so", async () => {
    const [ranking] = referenceSpecs();
    const wb = new MemoryWorkbook();
    const host = new PreviewHost(wb, {
      capabilities: { conditionalFormats: true, dataValidation: false, pageLayout: true, charts: false, autoFilter: false },
    });
    const res = await host.writeSheets([ranking], []);
    expect(res.skipped).toContainEqual({ sheet: ranking.name, feature: "charts" });
    expect(wb.sheet(ranking.name)?.charts).toBeUndefined();
    const { container } = render(<Grid wb={wb} sheet={ranking.name} />);
    expect(container.querySelector("svg[data-chart]")).toBeNull();
  });
});
