// Order statistics over many agencies. Every value here is a 2-decimal
// score, so it is held as an integer number of hundredths: sorting and
// counting on integers is exact and avoids a Big object per comparison.
// Means, quartiles and shares are rounded half up on integers too (big.js
// only for a negative value, whose "-0.00" big.js prints its own way).
import Big from "big.js";
import { fixed2 } from "../decimal";

/** "88.53" → 8853, "-1.2" → -120. Exact for texts with at most 2 decimals (fixed2 output). */
export function parseHundredths(s: string): number {
  const neg = s.startsWith("-");
  const t = neg || s.startsWith("+") ? s.slice(1) : s;
  const dot = t.indexOf(".");
  const whole = dot < 0 ? t : t.slice(0, dot);
  const frac = dot < 0 ? "" : t.slice(dot + 1);
  if (frac.length > 2 || !/^\d*$/.test(whole) || !/^\d*$/.test(frac)) throw new RangeError(`not a 2-decimal number: ${s}`);
  const v = Number(whole || "0") * 100 + Number((frac + "00").slice(0, 2));
  return neg ? -v : v;
}

// A national file repeats the same few thousand score texts: remember them.
const parsed = new Map<string, number>();

/** parseHundredths, remembered (scores take at most 10,001 values). */
export function hundredths(s: string): number {
  let v = parsed.get(s);
  if (v === undefined) {
    v = parseHundredths(s);
    if (parsed.size > 100_000) parsed.clear();
    parsed.set(s, v);
  }
  return v;
}

const texts: string[] = [];

/** 8853 → "88.53", -120 → "-1.20" (integer arithmetic, exact). */
export function fromHundredths(h: number): string {
  if (h >= 0 && h <= 10000 && texts[h] !== undefined) return texts[h];
  const a = Math.abs(h);
  const s = `${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
  if (h >= 0 && h <= 10000) texts[h] = s;
  return h < 0 ? `-${s}` : s;
}

/**
 * Excel QUARTILE.INC (= PERCENTILE.INC at p) of ascending hundredths:
 * position h = (n − 1)·p, linear between the two neighbours. With p a
 * quarter, the fraction is 0, ¼, ½ or ¾, so the interpolated hundredths
 * are exact binary numbers; the result is rounded half up to 2 decimals.
 */
export function quartile(sorted: ArrayLike<number>, p: 0 | 0.25 | 0.5 | 0.75 | 1): string {
  if (sorted.length === 0) return "0.00";
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const frac = h - lo;
  const v = frac === 0 ? sorted[lo] : sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
  // v is a whole number of quarter-hundredths: v + 0.5 and its floor are exact.
  return v >= 0 ? fromHundredths(Math.floor(v + 0.5)) : fixed2(new Big(v).div(100));
}

/** Mean of hundredths, 2 decimals half up. */
export function meanOf(values: readonly number[]): string {
  let s = 0;
  for (const v of values) s += v; // integers well below 2^53: exact
  return meanOfSum(s, values.length);
}

/** The mean of `count` hundredths that add up to `sum`, 2 decimals half up ("0.00" for none). */
export function meanOfSum(sum: number, count: number): string {
  if (count === 0) return "0.00";
  return sum >= 0 ? fromHundredths(divHalfUp(sum, count)) : fixed2(new Big(sum).div(count).div(100));
}

/** part / whole in percent, 2 decimals half up ("0.00" for an empty whole). */
export function percent(part: number, whole: number): string {
  if (whole === 0) return "0.00";
  return part >= 0 && whole > 0 ? fromHundredths(divHalfUp(part * 10000, whole)) : fixed2(new Big(part).times(100).div(whole));
}

/** Integer a / b rounded half up, for a ≥ 0, b > 0 (exact while 2a + b < 2^53). */
export const divHalfUp = (a: number, b: number): number => Math.floor((2 * a + b) / (2 * b));

/**
 * Competition ranks (1, 2, 2, 4) of values already sorted best first;
 * `same(i)` says whether item i ties with item i − 1.
 */
export function competitionRanks(n: number, same: (i: number) => boolean): number[] {
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; i++) ranks[i] = i > 0 && same(i) ? ranks[i - 1] : i + 1;
  return ranks;
}

/** From this many values on, sortHundredths counts rather than compares. */
const COUNTING_FROM = 1024;
let bins = new Int32Array(0);

/**
 * Sorts hundredths ascending in place, as `values.sort()` does. Scores are
 * whole hundredths 0..10000, so a large array is sorted by counting (one
 * histogram of 10,001 bins, O(n) rather than O(n log n)); a small one, or
 * one with a value outside 0..10000, by the typed array's own sort.
 */
export function sortHundredths(values: Int32Array): Int32Array {
  const n = values.length;
  if (n < COUNTING_FROM) return values.sort();
  if (bins.length === 0) bins = new Int32Array(10001);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v < 0 || v > 10000) {
      bins.fill(0);
      return values.sort();
    }
    bins[v]++;
  }
  let at = 0;
  for (let v = 0; at < n; v++) {
    const c = bins[v];
    if (c === 0) continue;
    bins[v] = 0; // (left clear for the next array)
    for (const end = at + c; at < end;) values[at++] = v;
  }
  return values;
}

/** Ascending copy (a typed array sorts numerically without a comparator; hundredths are whole). */
export const ascending = (values: readonly number[]): Int32Array => new Int32Array(values).sort();

/** Count of values strictly below v and strictly above v in an ascending array (binary search). */
export function countBelowAbove(sorted: ArrayLike<number>, v: number): { below: number; above: number } {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  const below = lo;
  hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return { below, above: sorted.length - lo };
}
