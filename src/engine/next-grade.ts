// What stands between this year's result and the next better grade: the
// planner's first question after "what did we get" (an agency at 95.86 rated
// only ผ่าน wants to know that its EIT, not its overall, held it back).
import { dec, fixed2 } from "./decimal";
import { ratedInstruments } from "./grade";
import type { NextGrade, YearResult } from "./types";

/** The next band up and each condition of it not yet met; null at the top band. */
export function nextGrade(r: YearResult): NextGrade | null {
  const bands = r.framework.scale.bands;
  const at = bands.findIndex((b) => b.id === r.grade.id);
  if (at <= 0) return null;
  const band = bands[at - 1];
  const short = dec(band.minOverall).minus(r.overall);
  const min = band.minEachInstrument;
  return {
    band,
    overallGap: short.gt(0) ? fixed2(short) : null,
    instrumentGaps:
      min === undefined
        ? []
        : ratedInstruments(r.instruments, r.framework).filter((i) => dec(i.mean).lt(min)).map((i) => ({ id: i.id, mean: i.mean, needed: min, gap: fixed2(dec(min).minus(i.mean)) })),
  };
}
