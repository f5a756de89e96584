// Decimal-exact arithmetic for scores. big.js rounds half up (RM 1) like
// Excel's ROUND and like NACC's published figures; binary floats do not
// ((85.005).toFixed(2) === "85.00").
import Big from "big.js";

export type Dec = Big;

export const dec = (v: string | number | Big): Big => new Big(v);

/** Round half up to 2 decimals, as NACC publishes. */
export const round2 = (v: Big): Big => v.round(2, Big.roundHalfUp);

/** Fixed 2-decimal text in Arabic digits ("88.53", "100.00"). */
export const fixed2 = (v: Big): string => round2(v).toFixed(2);

/** A plain JSON number with at most 2 decimals. */
export const num2 = (v: Big): number => Number(fixed2(v));

const TWO_DECIMALS = /^-?\d+(?:\.\d{1,2})?$/;

/** num2 of a decimal text: a text with at most 2 decimals is already that number (no big.js object per figure of a national JSON). */
export const num2Text = (s: string): number => (TWO_DECIMALS.test(s) ? Number(s) : num2(new Big(s)));

export const sum = (values: readonly Big[]): Big => values.reduce((acc, v) => acc.plus(v), new Big(0));

export const mean = (values: readonly Big[]): Big => (values.length === 0 ? new Big(0) : sum(values).div(values.length));

/** Signed 2-decimal text: "+0.81", "-0.64", "0.00". */
export function signed2(v: Big): string {
  const r = round2(v);
  const s = r.abs().toFixed(2);
  if (r.eq(0)) return s;
  return (r.gt(0) ? "+" : "-") + s;
}
