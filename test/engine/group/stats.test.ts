// Means, shares and quartiles on integer hundredths round exactly as big.js does.
import fc from "fast-check";
import Big from "big.js";
import { ascending, meanOf, percent, quartile, sortHundredths } from "../../../src/engine/group/stats";

const fixed2 = (b: Big) => b.round(2, Big.roundHalfUp).toFixed(2);
const values = fc.array(fc.integer({ min: -20000, max: 20000 }), { minLength: 1, maxLength: 60 });

describe("group statistics on hundredths", () => {
  it("meanOf is the big.js mean rounded half up", () => {
    fc.assert(fc.property(values, (v) => expect(meanOf(v)).toBe(fixed2(new Big(v.reduce((s, x) => s + x, 0)).div(v.length).div(100)))));
  });

  it("percent is part × 100 / whole rounded half up", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60000 }), fc.integer({ min: 1, max: 60000 }), (part, whole) =>
        expect(percent(part, whole)).toBe(fixed2(new Big(part).times(100).div(whole)))
      )
    );
  });

  it("quartiles interpolate as QUARTILE.INC and round .xx5 up", () => {
    fc.assert(
      fc.property(values, fc.constantFrom(0, 0.25, 0.5, 0.75, 1) as fc.Arbitrary<0 | 0.25 | 0.5 | 0.75 | 1>, (v, p) => {
        const s = ascending(v);
        const h = (s.length - 1) * p;
        const lo = Math.floor(h);
        const ref = lo + 1 < s.length ? new Big(s[lo]).plus(new Big(h - lo).times(s[lo + 1] - s[lo])) : new Big(s[lo]);
        expect(quartile(s, p)).toBe(fixed2(ref.div(100)));
      })
    );
    // 8852 and 8853 at the median: 88.525 → 88.53.
    expect(quartile(ascending([8852, 8853]), 0.5)).toBe("88.53");
  });

  it("sortHundredths sorts as Int32Array.prototype.sort (counting from 1,024 values, in 0..10000 only)", () => {
    const many = (min: number, max: number) =>
      fc.oneof(
        fc.array(fc.integer({ min, max }), { maxLength: 50 }),
        fc.array(fc.integer({ min, max }), { minLength: 1024, maxLength: 3000 })
      );
    fc.assert(
      fc.property(fc.oneof(many(0, 10000), many(8000, 8100), many(-5, 10005)), (v) => {
        expect(Array.from(sortHundredths(new Int32Array(v)))).toEqual(Array.from(new Int32Array(v).sort()));
      }),
      { numRuns: 200 }
    );
    // The histogram is left clear: a second, different array sorts from zero counts.
    expect(Array.from(sortHundredths(new Int32Array(2000).fill(7)))).toEqual(new Array(2000).fill(7));
    expect(Array.from(sortHundredths(Int32Array.from({ length: 1500 }, (_, i) => 1500 - i)))).toEqual(
      Array.from({ length: 1500 }, (_, i) => i + 1)
    );
  });
});
