import fc from "fast-check";
import Big from "big.js";
import { builtInFramework } from "../../../src/engine/frameworks/years";
import { scoreYear } from "../../../src/engine/grade";
import { scoreAgencyYear } from "../../../src/engine/group/score";
import { fromHundredths, hundredths, quartile } from "../../../src/engine/group/stats";
import type { Framework } from "../../../src/engine/types";

const score = fc.oneof(
  fc.integer({ min: 0, max: 10000 }).map((h) => new Big(h).div(100).toFixed()),
  fc.integer({ min: 0, max: 100000 }).map((h) => new Big(h).div(1000).toFixed()) // 3 decimals: rounded half up first
);

describe("scoreAgencyYear (hundredths) agrees with scoreYear", () => {
  it.each([2565, 2566])("on random scores and published overalls, %s", (year) => {
    const fw = builtInFramework(year) as Framework;
    fc.assert(
      fc.property(fc.array(score, { minLength: 10, maxLength: 10 }), fc.option(score), (s, stated) => {
        const y = {
          year,
          scores: Object.fromEntries(s.map((v, i) => [i + 1, v])),
          cells: {},
          stated,
          statedCell: stated ? "O2" : null,
          statedGrade: null,
        };
        const fast = scoreAgencyYear(y, fw, "85");
        const slow = scoreYear(y, fw, "85");
        expect(fast.check).toEqual(slow.check);
        const { instruments: fi, ...fr } = fast.result;
        const { instruments: si, ...sr } = slow.result;
        expect(fr).toEqual(sr);
        expect(fi.map((i) => [i.id, i.mean])).toEqual(si.map((i) => [i.id, i.mean]));
        // Each instrument's weighted share, exact: Σ scores × share / count (division last).
        fi.forEach((ins) => {
          const defs = fw.indicators.filter((d) => d.instrument === ins.id);
          const sum = defs.reduce((acc, d) => acc.plus(fast.result.scores[d.number]), new Big(0));
          const share = defs.reduce((acc, d) => acc.plus(d.weight), new Big(0)).div(100);
          expect(ins.weighted).toBe(sum.times(share).div(defs.length).round(2, Big.roundHalfUp).toFixed(2));
        });
      }),
      { numRuns: 400 }
    );
  });

  it.each([2565, 2566])(
    "gives the same result from the parser's hundredths as from the texts, and shares them as its points, %s",
    (year) => {
      const fw = builtInFramework(year) as Framework;
      fc.assert(
        fc.property(fc.array(score, { minLength: 10, maxLength: 10 }), fc.option(score), (s, stated) => {
          const scores = Object.fromEntries(s.map((v, i) => [i + 1, v]));
          const y = { year, scores, cells: {}, stated, statedCell: stated ? "O2" : null };
          // Each score rounded half up to hundredths by big.js, indexed by indicator number.
          const given: number[] = [];
          s.forEach((v, i) => (given[i + 1] = Number(new Big(v).round(2, Big.roundHalfUp).times(100).toFixed())));
          const fast = scoreAgencyYear({ ...y, hundredths: given }, fw, "85");
          const slow = scoreAgencyYear(y, fw, "85");
          expect(fast.result).toEqual(slow.result);
          expect(fast.check).toEqual(slow.check);
          expect(fast.points.overall).toBe(slow.points.overall);
          expect(fast.points.scores).toBe(given);
          fw.indicators.forEach((i) => expect(given[i.number]).toBe(slow.points.scores[i.number]));
        }),
        { numRuns: 300 }
      );
    }
  );

  it("keeps the exact instrument share where dividing first would round down (EIT 240.25 × 10 % = 24.025 → 24.03)", () => {
    const fw = builtInFramework(2565) as Framework;
    const y = {
      year: 2565,
      scores: { 1: "90", 2: "90", 3: "90", 4: "90", 5: "90", 6: "80.09", 7: "80.08", 8: "80.08", 9: "90", 10: "90" },
      cells: {},
      stated: null,
      statedCell: null,
    };
    expect(scoreAgencyYear(y, fw, "85").result.instruments[1]).toEqual({ id: "EIT", mean: "80.08", weighted: "24.03" });
  });

  it("lets an instrument with no weight hold no grade back, as scoreYear does", () => {
    const rating = builtInFramework(2566) as Framework;
    const weight: Record<string, string> = { IIT: "10", EIT: "0", OIT: "25" };
    const fw: Framework = { ...rating, id: "no-eit", indicators: rating.indicators.map((i) => ({ ...i, weight: weight[i.instrument] })) };
    const eit = new Set(fw.indicators.filter((i) => i.instrument === "EIT").map((i) => i.number));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }), (high, low) => {
        const scores = Object.fromEntries(fw.indicators.map((i) => [i.number, fromHundredths(eit.has(i.number) ? low : high)]));
        const y = { year: 2566, scores, cells: {}, stated: null, statedCell: null };
        const fast = scoreAgencyYear(y, fw, "85").result;
        expect(fast).toEqual(scoreYear({ ...y, statedGrade: null }, fw, "85").result);
        // Overall = the IIT and OIT score; EIT, however low, leaves the top band the overall reaches.
        expect(fast.grade).toBe(fw.scale.bands.find((b) => hundredths(b.minOverall) <= high));
      }),
      { numRuns: 300 }
    );
  });

  it("falls back to scoreYear for a framework whose weights are not whole hundredths", () => {
    const base = builtInFramework(2565) as Framework;
    const fw: Framework = {
      ...base,
      id: "custom",
      indicators: base.indicators.map((i) => ({ ...i, weight: i.number === 1 ? "6.005" : i.number === 2 ? "5.995" : i.weight })),
    };
    const y = {
      year: 2565,
      scores: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i + 1, String(80 + i)])),
      cells: {},
      stated: null,
      statedCell: null,
    };
    expect(scoreAgencyYear(y, fw, "85").result).toEqual(scoreYear({ ...y, statedGrade: null }, fw, "85").result);
  });
});

describe("stats", () => {
  it("hundredths round-trip exactly", () => {
    fc.assert(fc.property(fc.integer({ min: -10000, max: 10000 }), (h) => hundredths(fromHundredths(h)) === h));
    expect(hundredths("88.5")).toBe(8850);
    expect(() => hundredths("88.531")).toThrow();
  });

  it("quartiles as Excel QUARTILE.INC, rounded half up", () => {
    // 85.01, 85.02: Q1 at 0.25 → 85.0125 → 85.01; median 85.015 → 85.02 (half up); Q3 85.0175 → 85.02.
    expect([0.25, 0.5, 0.75].map((p) => quartile([8501, 8502], p as 0.25))).toEqual(["85.01", "85.02", "85.02"]);
    // Excel: QUARTILE.INC({1,2,3,4},1) = 1.75, ({1,2,3,4},3) = 3.25.
    expect(quartile([100, 200, 300, 400], 0.25)).toBe("1.75");
    expect(quartile([100, 200, 300, 400], 0.75)).toBe("3.25");
  });
});
