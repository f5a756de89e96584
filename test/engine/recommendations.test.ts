import { analyse } from "../../src/engine/analyse";
import { RECOMMENDATIONS } from "../../src/engine/recommendations";
import { buildSheets } from "../../src/report/build";
import { referenceTable } from "../helpers/tables";

const THAI_DIGIT = /[\u0e50-\u0e59]/;

describe("the recommendation library", () => {
  it("holds Arabic digits only: every renderer converts them to Thai digits when asked, never back", () => {
    const texts = Object.values(RECOMMENDATIONS).flatMap((r) => [r.improve, r.maintain, r.monitoring].flatMap((t) => [t.th, t.en]));
    expect(texts.filter((t) => THAI_DIGIT.test(t))).toEqual([]);
  });

  it("has steps and monitoring in both languages for all ten indicators", () => {
    for (let n = 1; n <= 10; n++) {
      const r = RECOMMENDATIONS[n];
      for (const t of [r.improve, r.maintain, r.monitoring]) expect(t.th.length > 0 && t.en.length > 0).toBe(true);
    }
  });

  it("prints the measures sheet in the digits chosen, the six-month rounds included", () => {
    const r = analyse(referenceTable(), { includeStrengths: true });
    if (!r.ok) throw new Error("reference must analyse");
    const measures = (digits: "thai" | "arabic") =>
      buildSheets(r.analysis, { lang: "th", digits, agency: "", owners: [] })[2]
        .rows.flat()
        .map((c) => String(c.value ?? ""));
    expect(measures("arabic").filter((t) => THAI_DIGIT.test(t))).toEqual([]);
    expect(measures("arabic").some((t) => t.includes("รอบ 6 เดือน และ 12 เดือน"))).toBe(true);
    expect(measures("thai").some((t) => t.includes("รอบ ๖ เดือน และ ๑๒ เดือน"))).toBe(true);
  });
});
