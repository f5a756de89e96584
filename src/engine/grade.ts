// Scoring one year: instrument means, the weighted overall, the official
// overall (stated vs recomputed), grade on the year's scale, pass.
import type { Big } from "big.js";
import { dec, fixed2, round2, sum } from "./decimal";
import type { Check, Framework, GradeBand, InstrumentId, InstrumentResult, YearResult, YearScores } from "./types";

/** A stated overall this close to the recomputed one is NACC's rounding of unrounded data. */
export const ROUNDING_TOLERANCE = "0.01";

/** Weighted overall, unrounded: Σ score × weight / 100. */
export function weightedOverall(scores: Record<number, string>, fw: Framework): Big {
  return sum(fw.indicators.map((i) => dec(scores[i.number]).times(i.weight))).div(100);
}

export function instrumentResults(scores: Record<number, string>, fw: Framework): InstrumentResult[] {
  return fw.instruments.flatMap(({ id }) => {
    const defs = fw.indicators.filter((i) => i.instrument === id);
    if (defs.length === 0) return [];
    const total = sum(defs.map((i) => dec(scores[i.number])));
    const share = sum(defs.map((i) => dec(i.weight))).div(100);
    // Multiply before dividing: (Σ × share) ÷ n is exact where Σ ÷ n is not.
    return [{ id, mean: fixed2(total.div(defs.length)), weighted: fixed2(total.times(share).div(defs.length)) }];
  });
}

/**
 * The instruments a band's "each instrument ≥" condition looks at: those the
 * framework weights. One a custom framework gives no weight (all on IIT and
 * OIT, say) adds nothing to the overall, so it cannot hold a grade back; its
 * mean is still reported (its indicators are scored) with a weighted 0.00.
 */
export function ratedInstruments(instruments: InstrumentResult[], fw: Framework): InstrumentResult[] {
  return instruments.filter((r) => !dec(instrumentWeight(fw, r.id)).eq(0));
}

/** An instrument's share of the overall, percent: the sum of its indicators' weights ("30"). */
export function instrumentWeight(fw: Framework, id: InstrumentId): string {
  return sum(fw.indicators.filter((i) => i.instrument === id).map((i) => dec(i.weight))).toString();
}

/**
 * What instrument `id` must reach for `band`: its own threshold for the band
 * if the framework sets one, else the band's minEachInstrument; undefined
 * when the band looks at the overall only.
 */
export function instrumentBar(fw: Framework, band: GradeBand, id: InstrumentId): string | undefined {
  if (band.minEachInstrument === undefined) return undefined;
  return fw.instruments.find((i) => i.id === id)?.thresholds?.[band.id] ?? band.minEachInstrument;
}

/** The first band whose conditions all hold (bands run from best to worst). */
export function gradeOf(overall: string, instruments: InstrumentResult[], fw: Framework): GradeBand {
  const o = dec(overall);
  const rated = ratedInstruments(instruments, fw);
  const band = fw.scale.bands.find(
    (b) =>
      o.gte(b.minOverall) &&
      rated.every((i) => {
        const bar = instrumentBar(fw, b, i.id);
        return bar === undefined || dec(i.mean).gte(bar);
      })
  );
  // Scales end with a band at 0 (validated for custom frameworks), so this holds.
  return band ?? fw.scale.bands[fw.scale.bands.length - 1];
}

export interface ScoredYear {
  result: YearResult;
  check: Check | null;
}

export function scoreYear(y: YearScores & { year: number }, fw: Framework, passMark: string): ScoredYear {
  const scores: Record<number, string> = {};
  for (const i of fw.indicators) scores[i.number] = fixed2(dec(y.scores[i.number]));
  const instruments = instrumentResults(scores, fw);
  const computed = fixed2(weightedOverall(scores, fw));
  let overall = computed;
  let check: Check | null = null;
  if (y.stated !== null) {
    const stated = fixed2(dec(y.stated));
    const diff = dec(stated).minus(computed).abs();
    if (!diff.eq(0)) {
      const rounding = diff.lte(ROUNDING_TOLERANCE);
      if (rounding) overall = stated; // the published figure is the official one
      check = {
        kind: "overall",
        year: y.year,
        where: y.statedCell ?? undefined,
        stated,
        computed,
        verdict: rounding ? "rounding" : "mismatch",
      };
    }
  }
  const grade = gradeOf(overall, instruments, fw);
  return {
    result: {
      year: y.year,
      framework: fw,
      scores,
      instruments,
      computed,
      stated: y.stated === null ? null : fixed2(dec(y.stated)),
      overall,
      grade,
      passed: round2(dec(overall)).gte(passMark),
    },
    check,
  };
}
