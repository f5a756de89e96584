import { placeBreaks, printablePoints, rowPoints, fitZoom, withPageBreaks } from "../../src/report/page-breaks";
import type { SheetSpec } from "../../src/report/spec";
import { referenceSpecs } from "../xlsx/fixture";

const byKind = (specs: SheetSpec[], kind: SheetSpec["kind"]) => specs.find((s) => s.kind === kind) as SheetSpec;

/** The print area's columns (A to its last), in points at 100 % (Excel's pixel rule). */
function colsPoints(spec: SheetSpec): number {
  const lastCol = spec.print.area.charCodeAt(spec.print.area.indexOf(":") + 1) - 65;
  return spec.columns.slice(0, lastCol + 1).reduce((w, c) => w + (Math.round(c.width * 7) + 5) * 0.75, 0);
}

/** Each page's rows (0-based) from the spec's breaks. */
function pages(spec: SheetSpec): number[][] {
  const last = Number(/(\d+)$/.exec(spec.print.area)?.[1]) - 1;
  const starts = [0, ...(spec.print.breaks ?? [])];
  return starts.map((s, i) => Array.from({ length: (starts[i + 1] ?? last + 1) - s }, (_, k) => s + k));
}

describe("page breaks from the report's blocks", () => {
  it("prints the ranking's tables on page 1 and the whole analysis with its heading on page 2", () => {
    const ranking = byKind(referenceSpecs(), "ranking");
    const heading = ranking.rows.findIndex((r) => r[0]?.value === "สรุปผลการวิเคราะห์");
    expect(ranking.print.breaks).toEqual([heading]);
    const [first, second] = pages(ranking);
    // Page 1 holds the instrument table's last row (OIT) and the note under it; page 2 ends with the last sentence.
    const oit = ranking.rows.findIndex((r) => /^แบบตรวจ.*\(OIT\)$/.test(String(r[1]?.value)));
    expect(first).toContain(oit);
    expect(first).toContain(oit + 1);
    expect(second[second.length - 1]).toBe(ranking.rows.length - 1);
  });

  it.each([false, true])("never leaves a measure alone on the plan's last page (strengths kept up: %s)", (strengths) => {
    const measures = byKind(referenceSpecs({}, strengths), "measures");
    const body = pages(measures).map((p) => p.filter((r) => r > 3 && measures.rows[r]?.[0]?.style === "number").length);
    expect(body.reduce((a, b) => a + b, 0)).toBe(strengths ? 10 : 6);
    expect(body.length).toBeGreaterThanOrEqual(2);
    for (const n of body) expect(n).toBeGreaterThanOrEqual(2);
  });

  it("plans every page to fit the paper at the fit-to-width zoom, the header row repeated", () => {
    for (const spec of referenceSpecs({}, true)) {
      const zoom = fitZoom(spec) / 100;
      const room = printablePoints(spec.print).height;
      pages(spec).forEach((rows, i) => {
        const title = i > 0 && spec.print.repeatRows ? rowPoints(spec, 3) : 0;
        const tall = rows.reduce((h, r) => h + rowPoints(spec, r), title) * zoom;
        expect(tall).toBeLessThanOrEqual(room);
      });
    }
  });

  it("prints a sheet with breaks at the zoom they were placed at, and one without breaks fit to width", () => {
    // Excel ignores manual breaks under Fit To (sources in page-breaks.ts): the breaks come with a scale.
    for (const spec of [...referenceSpecs({}, true), ...referenceSpecs({}, false)]) {
      expect(spec.print.breaks?.length).toBeGreaterThan(0);
      expect(spec.print.scale).toBe(fitZoom(spec));
      // The print area's columns (A to its last) fill at most 95 % of the page at that scale: room for a printer's wider measure
      // (LibreOffice's is 2–4.6 % wider).
      expect(spec.print.scale).toBeLessThanOrEqual(Math.floor((100 * printablePoints(spec.print).width) / colsPoints(spec)) - 2);
      expect((colsPoints(spec) * spec.print.scale!) / 100).toBeLessThanOrEqual(printablePoints(spec.print).width * 0.95);
    }
    const ranking = byKind(referenceSpecs(), "ranking");
    const short = withPageBreaks({ ...ranking, rows: ranking.rows.slice(0, 10), print: { ...ranking.print, area: "A$1:E$10" } }, []);
    expect([short.print.breaks, short.print.scale]).toEqual([[], undefined]);
  });

  it("balances a thin last page with the one before it, moving whole rows", () => {
    const rows = Array.from({ length: 21 }, () => [{ value: "x", style: "body" as const }]);
    const base = byKind(referenceSpecs(), "measures");
    // 20 rows of 40 pt after a header; a landscape page holds ~11 of them at 100 %.
    const spec: SheetSpec = {
      ...base,
      rows,
      columns: [{ width: 10 }],
      rowHeights: Object.fromEntries(rows.map((_, r) => [r, 40])),
      print: { ...base.print, area: "A$1:A$21", repeatRows: undefined },
    };
    const greedy = placeBreaks({ ...spec, rowHeights: { ...spec.rowHeights, 20: 5 } }, 100, []);
    // 11 rows fit a page (11 × 40 = 440 ≤ 487 × 0.96), so 21 rows with a 5 pt last row: pages of 11 and 10.
    expect(greedy).toEqual([11]);
    const lonely = placeBreaks({ ...spec, rows: rows.slice(0, 12), print: { ...spec.print, area: "A$1:A$12" } }, 100, []);
    // 12 rows: greedy would leave one alone; balanced, 6 and 6.
    expect(lonely).toEqual([6]);
  });
});
