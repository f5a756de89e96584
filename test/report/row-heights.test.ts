import { analyse } from "../../src/engine/analyse";
import { buildSheets } from "../../src/report/build";
import { CHART_ROW_POINTS } from "../../src/report/frame";
import { finishSheet, fitRowHeights } from "../../src/report/row-heights";
import type { CellSpec } from "../../src/report/spec";
import { wrappedLines } from "../../src/report/text-width";
import { referenceTable } from "../helpers/tables";

const FONT = { name: "TH SarabunPSK", size: 16 };
const LONG = "จัดทำแนวทางปฏิบัติและขั้นตอนการขออนุญาตยืมทรัพย์สินของราชการที่ชัดเจน เผยแพร่ให้บุคลากรทราบ";

describe("fitRowHeights", () => {
  it("gives every non-empty row a height and leaves empty rows to the default", () => {
    const rows: CellSpec[][] = [[{ value: "ชื่อ", style: "title" }], [], [{ value: "", style: "body" }], [{ value: 1, style: "number" }]];
    const h = fitRowHeights(rows, [{ width: 10 }], FONT);
    expect(Object.keys(h)).toEqual(["0", "3"]);
    // One line of 16 pt Thai needs more than Excel's 15 pt default; a 20 pt title more still.
    expect(h[3]).toBeGreaterThanOrEqual(24);
    expect(h[0]).toBeGreaterThan(h[3]);
  });

  it("counts wrapped lines only where the look wraps, at the column's width", () => {
    const wrap = fitRowHeights([[{ value: LONG, style: "bodyWrap" }]], [{ width: 30 }], FONT)[0];
    const plain = fitRowHeights([[{ value: LONG, style: "body" }]], [{ width: 30 }], FONT)[0];
    const wide = fitRowHeights([[{ value: LONG, style: "bodyWrap" }]], [{ width: 90 }], FONT)[0];
    expect(wrappedLines(LONG, 30)).toBeGreaterThan(2);
    expect(wrap).toBeGreaterThan(plain * 2);
    expect(wide).toBeLessThan(wrap);
    // Each extra line adds the same step (the font's line spacing).
    const two = fitRowHeights([[{ value: "ก\nข", style: "bodyWrap" }]], [{ width: 30 }], FONT)[0];
    const three = fitRowHeights([[{ value: "ก\nข\nค", style: "bodyWrap" }]], [{ width: 30 }], FONT)[0];
    expect(Math.abs(three - two - (two - plain))).toBeLessThanOrEqual(1); // whole points, rounded up
  });

  it("takes the tallest cell of the row and scales with the font size", () => {
    const row: CellSpec[] = [
      { value: "x", style: "body" },
      { value: "ก\nข\nค", style: "bodyWrap" },
    ];
    expect(fitRowHeights([row], [{ width: 10 }, { width: 10 }], FONT)[0]).toBe(fitRowHeights([[row[1]]], [{ width: 10 }], FONT)[0]);
    expect(fitRowHeights([[{ value: "x", style: "body" }]], [], { ...FONT, size: 20 })[0]).toBeGreaterThan(
      fitRowHeights([[{ value: "x", style: "body" }]], [], FONT)[0]
    );
  });
});

describe("finishSheet and buildSheets", () => {
  const r = analyse(referenceTable(), { includeStrengths: true });
  if (!r.ok) throw new Error("reference must analyse");
  const sheets = buildSheets(r.analysis, { lang: "th", digits: "thai", agency: "เทศบาลเมืองเขลางค์นคร", owners: [] });

  it("gives every sheet a height for each of its non-empty rows, from the same rule", () => {
    for (const s of sheets) {
      // The empty rows a chart prints over have the builder's own height (frame.ts, CHART_ROW_POINTS).
      const chartRows = new Set(
        Object.entries(s.rowHeights ?? {})
          .filter(([r, h]) => h === CHART_ROW_POINTS && (s.rows[Number(r)] ?? []).length === 0)
          .map(([r]) => Number(r))
      );
      const fitted = Object.fromEntries(Object.entries(s.rowHeights ?? {}).filter(([r]) => !chartRows.has(Number(r))));
      expect(fitted).toEqual(fitRowHeights(s.rows, s.columns, s.font, s.merges));
      s.rows.forEach(
        (row, i) => chartRows.has(i) || expect(s.rowHeights?.[i] !== undefined).toBe(row.some((c) => c.value !== null && c.value !== ""))
      );
      if (s.chart) expect(chartRows.size).toBeGreaterThanOrEqual(12);
    }
  });

  it("makes a measures row as tall as its longest wrapped text", () => {
    const m = sheets[2];
    const row = m.headerRow + 1;
    const lines = Math.max(...m.rows[row].map((c, i) => (typeof c.value === "string" ? wrappedLines(c.value, m.columns[i].width) : 1)));
    expect(lines).toBeGreaterThanOrEqual(3);
    const oneLine = m.rowHeights?.[1] ?? 0;
    expect(m.rowHeights?.[row]).toBeGreaterThan(oneLine * (lines - 1));
  });

  it("keeps a height the builder set itself", () => {
    const s = finishSheet({ ...sheets[0], rowHeights: { 4: 99 } });
    expect(s.rowHeights?.[4]).toBe(99);
    expect(s.rowHeights?.[5]).toBe(sheets[0].rowHeights?.[5]);
  });
});
