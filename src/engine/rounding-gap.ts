// The instrument table's weighted column is rounded row by row, the overall
// once from unrounded figures (as NACC computes it): their sum can miss the
// overall by a few hundredths (the reference report: 25.36 + 24.05 + 39.11
// = 88.52 beside 88.53). A planner then needs the note that says why.
import { dec, sum } from "./decimal";
import type { YearResult } from "./types";

export interface RoundingGap {
  /** The rounded weighted figures added up, 2 decimals. */
  sum: string;
  /** The overall printed beside them. */
  overall: string;
  /** |overall − sum|, 2 decimals. */
  gap: string;
}

/** The gap between the weighted column's sum and the overall, or null when they agree (exactly). */
export function weightedRoundingGap(y: YearResult): RoundingGap | null {
  const total = sum(y.instruments.map((i) => dec(i.weighted)));
  const gap = dec(y.overall).minus(total).abs();
  return gap.eq(0) ? null : { sum: total.toFixed(2), overall: dec(y.overall).toFixed(2), gap: gap.toFixed(2) };
}
