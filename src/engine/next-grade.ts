// What stands between this year's result and the next better grade: the
// planner's first question after "what did we get" (an agency at 95.86 rated
// only ผ่าน wants to know that its EIT, not its overall, held it back).
import { dec, fixed2 } from "./decimal";
import { instrumentBar, ratedInstruments } from "./grade";
import type { NextGrade, YearResult } from "./types";

/** The next band up and each condition of it not yet met; null at the top band. */
export function nextGrade(r: YearResult): NextGrade | null {
  const bands = r.framework.scale.bands;
  const at = bands.findIndex((b) => b.id === r.grade.id);
  if (at <= 0) return null;
  const band = bands[at - 1];
  const short = dec(band.minOverall).minus(r.overall);
  const instrumentGaps = ratedInstruments(r.instruments, r.framework).flatMap((i) => {
    const needed = instrumentBar(r.framework, band, i.id);
    return needed !== undefined && dec(i.mean).lt(needed)
      ? [{ id: i.id, mean: i.mean, needed, gap: fixed2(dec(needed).minus(i.mean)) }]
      : [];
  });
  return { band, overallGap: short.gt(0) ? fixed2(short) : null, instrumentGaps };
}
