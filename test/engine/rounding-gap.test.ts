import Big from "big.js";
import { analyse } from "../../src/engine/analyse";
import { weightedRoundingGap } from "../../src/engine/rounding-gap";
import { REPORT_2565, referenceTable, table, yearScores } from "../helpers/tables";

/** Each instrument's weighted share rounded half up, from the report's indicator scores (1–5 IIT 30 %, 6–8 EIT 30 %, 9–10 OIT 40 %). */
function roundedColumn(scores: string[]): Big {
  const share = (from: number, to: number, weight: number) =>
    scores
      .slice(from, to)
      .reduce((s, v) => s.plus(v), new Big(0))
      .times(weight)
      .div(100 * (to - from))
      .round(2, Big.roundHalfUp);
  return share(0, 5, 30)
    .plus(share(5, 8, 30))
    .plus(share(8, 10, 40));
}

describe("weightedRoundingGap", () => {
  it("finds the reference report's 0.01: the weighted column adds to 88.52 beside its overall 88.53", () => {
    const r = analyse(referenceTable());
    if (!r.ok) throw new Error("reference must analyse");
    const expected = roundedColumn(REPORT_2565);
    expect(expected.toFixed(2)).toBe("88.52");
    expect(weightedRoundingGap(r.analysis.current)).toEqual({
      sum: expected.toFixed(2),
      overall: "88.53",
      gap: new Big("88.53").minus(expected).toFixed(2),
    });
  });

  it("is null when the rounded column adds up to the overall exactly", () => {
    // Every indicator 90: each share is exact, the column adds to 90.00.
    const r = analyse(table(yearScores(2565, Array(10).fill("90"))));
    if (!r.ok) throw new Error("must analyse");
    expect(roundedColumn(Array(10).fill("90")).toFixed(2)).toBe("90.00");
    expect(weightedRoundingGap(r.analysis.current)).toBeNull();
  });
});
