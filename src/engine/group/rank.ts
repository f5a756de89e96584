// Phase 3 of a group analysis: a year's agencies in rank order. Highest
// overall first; equal overalls share a rank (competition ranking: 1, 2, 2,
// 4) and are listed by name in Thai order, then by their group values. The
// rank within the chosen group follows the same order.
import type { Scored } from "./grade-records";
import { competitionRanks } from "./stats";
import type { AgencyResult } from "./types";

const collator = new Intl.Collator("th");

/** Equal overalls: by name, then by group values (Thai order). */
const byNameThenGroups = (a: Scored, b: Scored) =>
  collator.compare(a.agency, b.agency) || collator.compare(a.groups.join("\u0001"), b.groups.join("\u0001"));

/**
 * Overall descending, ties by name then groups. The items are first put in
 * order of their integer overall (counted: overalls are hundredths 0..10000;
 * by buckets otherwise), keeping input order within an overall, so the (slow)
 * Thai collation only orders agencies of equal overall, not every comparison
 * of a full sort.
 */
function rankOrder(items: Scored[]): Scored[] {
  const n = items.length;
  const counts = new Int32Array(10002);
  for (const s of items) {
    const o = s.points.overall;
    if (!(o >= 0 && o <= 10000 && Number.isInteger(o))) return rankByBuckets(items);
    counts[10000 - o + 1]++; // best first: slot 10000 − overall
  }
  for (let v = 1; v < counts.length; v++) counts[v] += counts[v - 1]; // counts[v]: where slot v starts
  const sorted = new Array<Scored>(n);
  for (const s of items) sorted[counts[10000 - s.points.overall]++] = s;
  const run: Scored[] = [];
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && sorted[j].points.overall === sorted[i].points.overall) j++;
    if (j - i > 1) {
      run.length = 0;
      for (let k = i; k < j; k++) run.push(sorted[k]);
      run.sort(byNameThenGroups);
      for (let k = i; k < j; k++) sorted[k] = run[k - i];
    }
    i = j;
  }
  return sorted;
}

/** rankOrder for overalls outside 0..10000 (a framework scoring above 100, a negative score). */
function rankByBuckets(items: Scored[]): Scored[] {
  const buckets = new Map<number, Scored[]>();
  for (const s of items) {
    const b = buckets.get(s.points.overall);
    if (b) b.push(s);
    else buckets.set(s.points.overall, [s]);
  }
  const overalls = Float64Array.from(buckets.keys()).sort().reverse();
  const sorted: Scored[] = [];
  for (const o of overalls) {
    const b = buckets.get(o) as Scored[];
    if (b.length > 1) b.sort(byNameThenGroups);
    for (const s of b) sorted.push(s);
  }
  return sorted;
}

/**
 * A year's graded agencies by rank, each given its rank overall and within
 * its group (each item's `group`, set when it was graded; "" for none). The
 * items themselves are ranked, not copied.
 */
export function rankYear(items: Scored[]): AgencyResult[] {
  const sorted = rankOrder(items);
  const ranks = competitionRanks(sorted.length, (i) => sorted[i].points.overall === sorted[i - 1].points.overall);
  // Within a group the global order still holds, so one pass ranks every group.
  const lastIn = new Map<string, { overall: number; rank: number; count: number }>();
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i];
    const g = s.group;
    const overall = s.points.overall;
    let last = lastIn.get(g);
    if (!last) lastIn.set(g, (last = { overall, rank: 1, count: 0 }));
    last.count++;
    if (last.overall !== overall || last.count === 1) last.rank = last.count;
    last.overall = overall;
    s.rank = ranks[i];
    s.groupRank = last.rank;
  }
  return sorted;
}
