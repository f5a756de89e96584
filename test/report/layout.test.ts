// The printed layout the builders decide: what must not be cut or run together.
import { analyse } from "../../src/engine/analyse";
import { buildSheets } from "../../src/report/build";
import { lookOf } from "../../src/report/styles";
import { wrappedLines } from "../../src/report/text-width";
import { referenceTable } from "../helpers/tables";

const r = analyse(referenceTable(), { includeStrengths: true });
if (!r.ok) throw new Error("reference must analyse");
const [ranking, comparison, measures] = buildSheets(r.analysis, { lang: "th", digits: "thai", agency: "เทศบาลเมืองเขลางค์นคร", owners: [] });
const text = (v: unknown) => (typeof v === "string" ? v : "");

describe("printed layout", () => {
  it("centres the rank and row numbers, so they do not run into the indicator name", () => {
    for (const s of [ranking, comparison, measures]) {
      const first = s.rows[s.headerRow + 1];
      expect(lookOf(first[0]).horizontal).toBe("center");
      expect(lookOf(first[1]).horizontal).not.toBe("right");
    }
  });

  it("prints the measures period on one line", () => {
    const row = measures.rows[measures.headerRow + 1];
    expect(row[4].value).toBe("ต.ค. ๖๕ - ก.ย. ๖๖");
    expect(wrappedLines(String(row[4].value), measures.columns[4].width)).toBe(1);
  });

  it("keeps the ranking's score header on one line and gives every header row room for its wrapped lines", () => {
    expect(wrappedLines(text(ranking.rows[ranking.headerRow][3].value), ranking.columns[3].width)).toBe(1);
    for (const s of [ranking, comparison, measures]) {
      const lines = Math.max(...s.rows[s.headerRow].map((c, i) => wrappedLines(text(c.value), s.columns[i].width)));
      const oneLine = s.rowHeights?.[1] ?? 0;
      expect(s.rowHeights?.[s.headerRow]).toBeGreaterThanOrEqual(oneLine + (lines - 1) * 26);
    }
  });

  it("keeps each sheet's printed width within about 1.5 landscape A4 pages, so fit to width shrinks it no more than that", () => {
    // A4 landscape minus margins: 10.69 in = 1026 px; a column unit is 7 px (+5 px padding).
    for (const s of [comparison, measures]) {
      const px = s.columns.slice(0, 6).reduce((sum, c) => sum + c.width * 7 + 5, 0);
      expect(px).toBeLessThan(1026 * 1.5);
    }
  });
});
