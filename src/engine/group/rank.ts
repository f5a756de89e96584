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
 * Overall descending, ties by name then groups. The items are bucketed by
 * their integer overall first, so the (slow) Thai collation only orders
 * agencies of equal overall, not every comparison of a full sort.
 */
function rankOrder(items: Scored[]): Scored[] {
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
