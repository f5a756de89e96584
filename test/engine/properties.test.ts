// Properties of the engine over random score tables (fast-check).
import fc from "fast-check";
import Big from "big.js";
import { analyse } from "../../src/engine/analyse";
import { table, yearScores } from "../helpers/tables";

/** A 2-decimal score 0.00–100.00 as text. */
const score = fc.integer({ min: 0, max: 10000 }).map((n) => (n / 100).toFixed(2));
const scores = fc.array(score, { minLength: 10, maxLength: 10 });

function run(prev: string[], cur: string[], year = 2565) {
  const r = analyse(table(yearScores(year - 1, prev), yearScores(year, cur)));
  if (!r.ok) throw new Error("must analyse");
  return r.analysis;
}

describe("engine properties", () => {
  it("the overall lies between the lowest and highest score", () => {
    fc.assert(
      fc.property(scores, scores, (p, c) => {
        const a = run(p, c);
        const o = new Big(a.current.overall);
        const nums = c.map((s) => new Big(s));
        const min = nums.reduce((m, x) => (x.lt(m) ? x : m));
        const max = nums.reduce((m, x) => (x.gt(m) ? x : m));
        return o.gte(min.round(2, 0)) && o.lte(max.round(2, 3));
      })
    );
  });

  it("the ranking is a permutation, non-increasing, with ranks 1, 2, 2, 4 for ties", () => {
    fc.assert(
      fc.property(scores, (c) => {
        const r = run(c, c).ranking;
        expect(r.map((x) => x.indicator).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        r.forEach((x, i) => {
          if (i === 0) return expect(x.rank).toBe(1);
          const prev = r[i - 1];
          expect(new Big(prev.score).gte(x.score)).toBe(true);
          if (new Big(prev.score).eq(x.score)) {
            expect(x.rank).toBe(prev.rank);
            expect(x.indicator).toBeGreaterThan(prev.indicator);
          } else expect(x.rank).toBe(i + 1);
        });
      })
    );
  });

  it("each delta is current − previous exactly, and the direction matches its sign", () => {
    fc.assert(
      fc.property(scores, scores, (p, c) => {
        const a = run(p, c);
        a.changes.forEach((ch) => {
          const d = new Big(ch.current).minus(ch.previous);
          expect(new Big(ch.delta).eq(d)).toBe(true);
          expect(ch.direction).toBe(d.gt(0) ? "up" : d.lt(0) ? "down" : "same");
        });
        const od = new Big(a.current.overall).minus(a.previous!.overall);
        expect(new Big(a.overallChange!.delta).eq(od)).toBe(true);
      })
    );
  });

  it("strengths and weaknesses split the indicators at the pass mark", () => {
    fc.assert(
      fc.property(scores, (c) => {
        const a = run(c, c);
        expect([...a.strengths, ...a.weaknesses].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        a.strengths.forEach((n) => expect(new Big(c[n - 1]).gte(85)).toBe(true));
        a.weaknesses.forEach((n) => expect(new Big(c[n - 1]).lt(85)).toBe(true));
        expect(a.measures.map((m) => m.indicator).sort((x, y) => x - y)).toEqual([...a.weaknesses].sort((x, y) => x - y));
      })
    );
  });

  it("on the rating scale a higher grade never needs less, and pass means overall ≥ 85", () => {
    fc.assert(
      fc.property(scores, (c) => {
        const a = run(c, c, 2567);
        const o = new Big(a.current.overall);
        expect(a.current.passed).toBe(o.gte(85));
        const minInstrument = a.current.instruments.map((i) => new Big(i.mean)).reduce((m, x) => (x.lt(m) ? x : m));
        const id = a.current.grade.id;
        if (id === "ผ่านดีเยี่ยม") expect(o.gte(95) && minInstrument.gte(95)).toBe(true);
        if (id === "ผ่านดี") expect(o.gte(85) && minInstrument.gte(85) && !(o.gte(95) && minInstrument.gte(95))).toBe(true);
        if (id === "ผ่าน") expect(o.gte(85) && minInstrument.lt(85)).toBe(true);
      })
    );
  });
});
