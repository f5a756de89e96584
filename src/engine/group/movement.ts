// Phase 5 of a group analysis: year over year. Each agency graded in both
// years (the same name and group values) moves by the difference of its
// official 2-decimal overalls; the largest rises and falls are listed, ties
// by name in Thai order.
import { fromHundredths } from "./stats";
import type { AgencyResult, Movement } from "./types";

const collator = new Intl.Collator("th");

export interface Movements {
  /** Agencies present in both years, in rank order of the later year. */
  movements: Movement[];
  mostImproved: Movement[];
  mostDeclined: Movement[];
}

interface Moved {
  m: Movement;
  /** The change in hundredths. */
  d: number;
}

export function compareYears(agencies: AgencyResult[], previous: AgencyResult[], movers: number): Movements {
  const before = new Map<string, AgencyResult>();
  for (const p of previous) before.set(p.key, p);
  const moved: Moved[] = [];
  for (const a of agencies) {
    const p = before.get(a.key);
    if (!p) continue;
    const d = a.points.overall - p.points.overall;
    moved.push({
      m: {
        agency: a.agency,
        key: a.key,
        group: a.group,
        where: a.where,
        previous: p.result.overall,
        current: a.result.overall,
        delta: fromHundredths(d),
        direction: d > 0 ? "up" : d < 0 ? "down" : "same", // compare.direction, on the integer
        gradeFrom: p.result.grade,
        gradeTo: a.result.grade,
        sameScale: p.result.framework.scale.kind === a.result.framework.scale.kind,
        previousRank: p.rank,
        rank: a.rank,
      },
      d,
    });
  }
  return {
    movements: moved.map((x) => x.m),
    mostImproved: largest(moved, movers, 1),
    mostDeclined: largest(moved, movers, -1),
  };
}

/**
 * The `k` largest rises (sign 1) or falls (−1), largest first, ties by name.
 * Only changes at least as large as the k-th largest can be among them, so
 * only those are sorted by name.
 */
function largest(moved: Moved[], k: number, sign: 1 | -1): Movement[] {
  const sizes = new Float64Array(moved.length);
  let n = 0;
  for (const x of moved) if (x.d * sign > 0) sizes[n++] = x.d * sign;
  // (k not a whole number ≥ 1: every change is a candidate, and slice decides as it would.)
  const kth = Number.isInteger(k) && k >= 1 && k < n ? sizes.subarray(0, n).sort()[n - k] : 0;
  return moved
    .filter((x) => x.d * sign > 0 && x.d * sign >= kth)
    .sort((a, b) => (b.d - a.d) * sign || collator.compare(a.m.agency, b.m.agency))
    .slice(0, k)
    .map((x) => x.m);
}
