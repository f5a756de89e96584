// Phase 4 of a group analysis: each group's figures, and the whole set's.
// How many agencies passed against the national target (80 % of agencies),
// how many hold each grade, and the mean and quartiles of the overall and of
// every indicator (Excel QUARTILE.INC on the official 2-decimal scores).
import type { Framework } from "../types";
import { hundredths, meanOfSum, percent, quartile, sortHundredths } from "./stats";
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
  const at = new Map<string, number[]>(); // each group's members by their place in `agencies`
  if (grouped) {
    for (let k = 0; k < agencies.length; k++) {
      const a = agencies[k];
      const m = members.get(a.group);
      if (m) {
        m.push(a);
        (at.get(a.group) as number[]).push(k);
      } else {
        members.set(a.group, [a]);
        at.set(a.group, [k]);
      }
    }
  }
  const table = readAgencies(agencies, fw);
  const groups = [...at.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : collator.compare(a, b)))
    .map(([name, list]) => summarise(name, table, list, fw, target));
  return { members, groups, all: summarise("", table, null, fw, target) };
}

/**
 * Every agency's figures read once into flat typed arrays (the overall, then
 * each indicator's points, a row per agency; whether it passed; its grade's
 * place in the scale), so the whole set and each group are summarised from
 * these, not by visiting every agency's objects again per set.
 */
interface AgencyTable {
  count: number;
  /** Overall + indicators. */
  width: number;
  points: Int32Array;
  passed: Uint8Array;
  /** Index into fw.scale.bands by grade id, −1 for a grade not in the scale. */
  grade: Int16Array;
}

function readAgencies(list: AgencyResult[], fw: Framework): AgencyTable {
  const count = list.length;
  const numbers = fw.indicators.map((i) => i.number);
  const width = numbers.length + 1;
  const bandOf = new Map<string, number>();
  fw.scale.bands.forEach((b, i) => {
    if (!bandOf.has(b.id)) bandOf.set(b.id, i);
  });
  const points = new Int32Array(count * width);
  const passed = new Uint8Array(count);
  const grade = new Int16Array(count);
  for (let k = 0, row = 0; k < count; k++, row += width) {
    const a = list[k];
    const p = a.points;
    points[row] = p.overall;
    const scores = p.scores;
    for (let j = 0; j < numbers.length; j++) points[row + j + 1] = scores[numbers[j]];
    if (a.result.passed) passed[k] = 1;
    grade[k] = bandOf.get(a.result.grade.id) ?? -1;
  }
  return { count, width, points, passed, grade };
}

/** One set of agencies (rows of the table; null: all of them): pass rate against the target, grade counts, statistics. */
function summarise(name: string, t: AgencyTable, rows: number[] | null, fw: Framework, target: string): GroupSummary {
  const count = rows === null ? t.count : rows.length;
  const { width, points } = t;
  let passed = 0;
  const byBand = new Array<number>(fw.scale.bands.length).fill(0);
  const columns = Array.from({ length: width }, () => new Int32Array(count));
  const sums = new Array<number>(width).fill(0); // integers well below 2^53: exact
  for (let k = 0; k < count; k++) {
    const r = rows === null ? k : rows[k];
    passed += t.passed[r];
    const g = t.grade[r];
    if (g >= 0) byBand[g]++;
    const row = r * width;
    for (let j = 0; j < width; j++) sums[j] += columns[j][k] = points[row + j];
  }
  // Counted by grade id, as the scale lists them (a repeated id counts once per listing).
  const byGrade = new Map<string, number>();
  fw.scale.bands.forEach((b, i) => byGrade.set(b.id, (byGrade.get(b.id) ?? 0) + byBand[i]));
  const grades: GradeCount[] = fw.scale.bands.map((grade) => {
    const n = byGrade.get(grade.id) ?? 0;
    return { grade, count: n, share: percent(n, count) };
  });
  const series = (indicator: number | null, j: number): IndicatorStats => {
    const values = sortHundredths(columns[j]);
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
    stats: [series(null, 0), ...fw.indicators.map((i, j) => series(i.number, j + 1))],
  };
}

/** The target as a 2-decimal text ("80" → "80.00"); finer targets are not meaningful. */
const fixedTarget = (t: string) => {
  const [w, f = ""] = t.split(".");
  return `${w}.${(f + "00").slice(0, 2)}`;
};
