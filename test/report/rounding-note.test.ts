import { analyse } from "../../src/engine/analyse";
import { buildSheets } from "../../src/report/build";
import { referenceSpecs } from "../xlsx/fixture";
import { table, yearScores } from "../helpers/tables";

const notes = (rows: { value: unknown; style?: string }[][]) =>
  rows
    .flat()
    .filter((c) => c.style === "caveat")
    .map((c) => String(c.value));

describe("ranking sheet: the rounding note under the instrument table", () => {
  it("says the weighted column's ๘๘.๕๒ differs from the overall ๘๘.๕๓ by ๐.๐๑ because of rounding, in Thai digits", () => {
    const ranking = referenceSpecs()[0];
    const [note] = notes(ranking.rows);
    expect(note).toBe("หมายเหตุ: ผลรวมคะแนนถ่วงน้ำหนัก (๘๘.๕๒) ต่างจากคะแนนรวม (๘๘.๕๓) ๐.๐๑ เนื่องจากการปัดเศษ คะแนนรวมคำนวณจากคะแนนก่อนปัดเศษ");
    // Right under the OIT row, across the printed columns, and printed with the tables (before the analysis page).
    const r = ranking.rows.findIndex((row) => row[0]?.style === "caveat");
    expect(String(ranking.rows[r - 1][1].value)).toContain("(OIT)");
    expect(ranking.merges).toContain(`A${r + 1}:E${r + 1}`);
    expect(ranking.print.breaks?.[0]).toBeGreaterThan(r);
  });

  it("in English with Arabic digits", () => {
    const [note] = notes(referenceSpecs({ lang: "en", digits: "arabic" })[0].rows);
    expect(note).toBe(
      "Note: the weighted scores add up to 88.52, 0.01 from the overall 88.53, because each is rounded; the overall is computed before rounding"
    );
  });

  it("is absent when the column adds up", () => {
    const r = analyse(table(yearScores(2565, Array(10).fill("90"))));
    if (!r.ok) throw new Error("must analyse");
    const [ranking] = buildSheets(r.analysis, { lang: "th", digits: "thai", agency: "อบต.", owners: [] });
    expect(notes(ranking.rows)).toEqual([]);
  });
});
