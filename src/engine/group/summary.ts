// Phase 4 of a group analysis: each group's figures, and the whole set's.
// How many agencies passed against the national target (80 % of agencies),
// how many hold each grade, and the mean and quartiles of the overall and of
// every indicator (Excel QUARTILE.INC on the official 2-decimal scores).
import type { Framework } from "../types";
import { hundredths, meanOfSum, percent, quartile } from "./stats";
import type { AgencyResult, GradeCount, GroupSummary, IndicatorStats } from "./types";

const collator = new Intl.Collator("th");

export interface Summaries {
  /** The agencies of each group value, in rank order (empty without a group column). */
  members: Map<string, AgencyResult[]>;
  /** One per group value in Thai order, the blank group last. */
  groups: GroupSummary[];
  /** Every agency of the year. */
  all: GroupSummary;
}

export function summariseGroups(agencies: AgencyResult[], grouped: boolean, fw: Framework, target: string): Summaries {
  const members = new Map<string, AgencyResult[]>();
  if (grouped) {
    for (const a of agencies) {
      const m = members.get(a.group);
      if (m) m.push(a);
      else members.set(a.group, [a]);
    }
  }
  const groups = [...members.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : collator.compare(a, b)))
    .map(([name, list]) => summarise(name, list, fw, target));
  return { members, groups, all: summarise("", agencies, fw, target) };
}

/** One set of agencies: pass rate against the target, grade counts, statistics. */
export function summarise(name: string, list: AgencyResult[], fw: Framework, target: string): GroupSummary {
  const count = list.length;
  let passed = 0;
  const byGrade = new Map<string, number>();
  for (const a of list) {
    if (a.result.passed) passed++;
    byGrade.set(a.result.grade.id, (byGrade.get(a.result.grade.id) ?? 0) + 1);
  }
  const grades: GradeCount[] = fw.scale.bands.map((grade) => {
    const n = byGrade.get(grade.id) ?? 0;
    return { grade, count: n, share: percent(n, count) };
  });
  // Every series read in one pass over the agencies (each agency's points
  // visited once, not once per indicator), one typed array per series.
  const numbers = fw.indicators.map((i) => i.number);
  const columns = Array.from({ length: numbers.length + 1 }, () => new Int32Array(count));
  const sums = new Array<number>(numbers.length + 1).fill(0); // integers well below 2^53: exact
  const overalls = columns[0];
  for (let k = 0; k < count; k++) {
    const p = list[k].points;
    sums[0] += overalls[k] = p.overall;
    const scores = p.scores;
    for (let j = 0; j < numbers.length; j++) sums[j + 1] += columns[j + 1][k] = scores[numbers[j]];
  }
  const series = (indicator: number | null, j: number): IndicatorStats => {
    const values = columns[j].sort();
    return {
      indicator,
      count,
      mean: meanOfSum(sums[j], count),
      min: quartile(values, 0),
      q1: quartile(values, 0.25),
      median: quartile(values, 0.5),
      q3: quartile(values, 0.75),
      max: quartile(values, 1),
    };
  };
  const passRate = percent(passed, count);
  return {
    name,
    count,
    passed,
    passRate,
    // The printed 2-decimal rate is compared, as grades and pass are decided on the
    // printed overall: 6,658 of 8,323 (79.995…) shows 80.00 % and meets an 80 % target.
    meetsTarget: count > 0 && hundredths(passRate) >= hundredths(fixedTarget(target)),
    grades,
    stats: [series(null, 0), ...numbers.map((n, j) => series(n, j + 1))],
  };
}

/** The target as a 2-decimal text ("80" → "80.00"); finer targets are not meaningful. */
const fixedTarget = (t: string) => {
  const [w, f = ""] = t.split(".");
  return `${w}.${(f + "00").slice(0, 2)}`;
};
