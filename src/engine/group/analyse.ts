// Many agencies at once: grade every agency-year by the single-agency rules
// (scoreYear's, on hundredths: the year's framework, stated vs recomputed overall),
// then rank, summarise per group, compare years and place one agency among
// its peers. Sorting happens once per set, on integer hundredths.
import { builtInFramework, KNOWN_YEARS } from "../frameworks/years";
import { matchKey } from "../text";
import type { Framework, Problem, YearResult } from "../types";
import { placeAmongPeers } from "./peers";
import { scoreAgencyYear } from "./score";
import { ascending, competitionRanks, fromHundredths, hundredths, meanOf, percent, quartile } from "./stats";
import type {
  AgencyCheck,
  AgencyRecord,
  AgencyResult,
  GradeCount,
  GroupAnalysis,
  GroupColumn,
  GroupSummary,
  GroupTable,
  IndicatorStats,
  Movement,
  Points,
  RejectedRow,
} from "./types";

export interface GroupAnalyseOptions {
  /** The group column: its header ("จังหวัด") or its letter ("B"). Default: none (one set). */
  group?: string;
  /** An agency to place among its peers: its name, or "name / group value" when the name repeats. */
  agency?: string;
  /** Peers of the chosen agency: its group (default when a group column is chosen) or all agencies. */
  peers?: "group" | "all";
  /** Year to rank (default: the latest in the table). */
  year?: number;
  /** Framework for that year (other years keep their own built-in one). */
  framework?: Framework;
  passMark?: string;
  /** National target, percent of agencies passing (default 80). */
  target?: string;
  /** How many most improved / most declined agencies to list (default 10). */
  movers?: number;
}

export type GroupAnalyseResult = { ok: true; analysis: GroupAnalysis } | { ok: false; problems: Problem[] };

export const NATIONAL_TARGET = "80";

const collator = new Intl.Collator("th");

/** The group column a user named: header text (exact, then a unique partial match) or column letter. */
export function findGroupColumn(columns: GroupColumn[], name: string): GroupColumn | null {
  const k = matchKey(name);
  const exact = columns.filter((c) => matchKey(c.name) === k);
  if (exact.length === 1) return exact[0];
  const byLetter = columns.filter((c) => /^[A-Za-z]{1,3}$/.test(name) && c.where.replace(/\d+$/, "").toUpperCase() === name.toUpperCase());
  if (byLetter.length === 1) return byLetter[0];
  const partial = columns.filter((c) => matchKey(c.name).includes(k));
  return partial.length === 1 ? partial[0] : null;
}

interface Scored {
  rec: AgencyRecord;
  result: YearResult;
  points: Points;
}

/** Rank a year's scored agencies: overall descending, ties by name (Thai order), then group. */
function rankYear(items: Scored[], groupIndex: number): AgencyResult[] {
  const sorted = items
    .slice()
    .sort(
      (a, b) =>
        b.points.overall - a.points.overall ||
        collator.compare(a.rec.agency, b.rec.agency) ||
        collator.compare(a.rec.groups.join("\u0001"), b.rec.groups.join("\u0001"))
    );
  const ranks = competitionRanks(sorted.length, (i) => sorted[i].points.overall === sorted[i - 1].points.overall);
  const groupOf = (s: Scored) => (groupIndex < 0 ? "" : s.rec.groups[groupIndex]);
  // Within a group the global order still holds, so one pass ranks every group.
  const lastIn = new Map<string, { overall: number; rank: number; count: number }>();
  return sorted.map((s, i) => {
    const g = groupOf(s);
    const prev = lastIn.get(g);
    const count = (prev?.count ?? 0) + 1;
    const overall = s.points.overall;
    const groupRank = prev && prev.overall === overall ? prev.rank : count;
    lastIn.set(g, { overall, rank: groupRank, count });
    return {
      agency: s.rec.agency,
      key: s.rec.key,
      group: g,
      groups: s.rec.groups,
      where: s.rec.where,
      result: s.result,
      rank: ranks[i],
      groupRank,
      points: s.points,
    };
  });
}

function summarise(name: string, list: AgencyResult[], fw: Framework, target: string): GroupSummary {
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
  const series = (get: (p: Points) => number, indicator: number | null): IndicatorStats => {
    const values = list.map((a) => get(a.points));
    const s = ascending(values);
    return {
      indicator,
      count,
      mean: meanOf(values),
      min: quartile(s, 0),
      q1: quartile(s, 0.25),
      median: quartile(s, 0.5),
      q3: quartile(s, 0.75),
      max: quartile(s, 1),
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
    stats: [series((p) => p.overall, null), ...fw.indicators.map((i) => series((p) => p.scores[i.number], i.number))],
  };
}

/** The target as a 2-decimal text ("80" → "80.00"); finer targets are not meaningful. */
const fixedTarget = (t: string) => {
  const [w, f = ""] = t.split(".");
  return `${w}.${(f + "00").slice(0, 2)}`;
};

export function analyseGroup(table: GroupTable, opts: GroupAnalyseOptions = {}): GroupAnalyseResult {
  const target = opts.target ?? NATIONAL_TARGET;
  let groupIndex = -1;
  if (opts.group !== undefined) {
    const col = findGroupColumn(table.groupColumns, opts.group);
    if (!col) {
      return {
        ok: false,
        problems: [
          {
            where: "--group",
            code: "unknown-group-column",
            detail: { text: opts.group, columns: table.groupColumns.map((c) => c.name).join(", ") },
          },
        ],
      };
    }
    groupIndex = table.groupColumns.indexOf(col);
  }

  const years = table.years;
  if (years.length === 0) {
    return { ok: false, problems: table.problems.length > 0 ? table.problems : [{ where: "", code: "no-scores", detail: {} }] };
  }
  const year = opts.year ?? years[years.length - 1];
  if (!years.includes(year)) {
    return { ok: false, problems: [{ where: "--year", code: "year-not-in-table", detail: { year, years: years.join(", ") } }] };
  }
  const previousYear = years.filter((y) => y < year).pop() ?? null;

  // ---- Score every record of the two years (and check published overalls of every year read). ----
  const problems: Problem[] = [...table.problems];
  const rejected: RejectedRow[] = [...table.rejected];
  const frameworks = new Map<number, Framework | undefined>();
  const frameworkOf = (y: number) => {
    if (!frameworks.has(y))
      frameworks.set(y, y === year ? (opts.framework ?? builtInFramework(y)) : (builtInFramework(y) ?? opts.framework));
    return frameworks.get(y);
  };
  const byYear = new Map<number, Scored[]>();
  const checks: AgencyCheck[] = [];
  // A year without a framework is one problem, said once at its first row (not
  // once per agency: 8,323 identical lines nationally); each row still lists it.
  const noFramework = new Map<number, Problem>();
  for (const rec of table.records) {
    const fw = frameworkOf(rec.year);
    if (!fw) {
      let p = noFramework.get(rec.year);
      if (!p) {
        p = { where: rec.yearWhere, code: "unknown-year", detail: { year: rec.year, known: KNOWN_YEARS.join(", ") } };
        noFramework.set(rec.year, p);
        problems.push(p);
      }
      rejected.push({ agency: rec.agency, year: rec.year, where: rec.where, problems: [p] });
      continue;
    }
    const s = scoreAgencyYear(rec, fw, opts.passMark ?? fw.passMark);
    if (s.check) checks.push({ ...s.check, agency: rec.agency });
    let list = byYear.get(rec.year);
    if (!list) byYear.set(rec.year, (list = []));
    list.push({ rec, result: s.result, points: s.points });
  }
  const framework = frameworkOf(year);
  const current = byYear.get(year);
  if (!framework || !current) return { ok: false, problems };
  const passMark = opts.passMark ?? framework.passMark;

  const agencies = rankYear(current, groupIndex);
  const previous = previousYear !== null && byYear.has(previousYear) ? rankYear(byYear.get(previousYear) as Scored[], groupIndex) : [];

  // ---- Groups. ----
  const members = new Map<string, AgencyResult[]>();
  if (groupIndex >= 0) {
    for (const a of agencies) {
      let m = members.get(a.group);
      if (!m) members.set(a.group, (m = []));
      m.push(a);
    }
  }
  const groups = [...members.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : collator.compare(a, b)))
    .map(([name, list]) => summarise(name, list, framework, target));
  const all = summarise("", agencies, framework, target);

  // ---- Year over year. ----
  const before = new Map(previous.map((p) => [p.key, p]));
  const byDelta: { m: Movement; d: number }[] = [];
  for (const a of agencies) {
    const p = before.get(a.key);
    if (!p) continue;
    const d = a.points.overall - p.points.overall;
    const delta = fromHundredths(d);
    byDelta.push({
      m: {
        agency: a.agency,
        key: a.key,
        group: a.group,
        where: a.where,
        previous: p.result.overall,
        current: a.result.overall,
        delta,
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
  const movements = byDelta.map((x) => x.m);
  const movers = opts.movers ?? 10;
  const mostImproved = byDelta
    .filter((x) => x.d > 0)
    .sort((a, b) => b.d - a.d || collator.compare(a.m.agency, b.m.agency))
    .slice(0, movers)
    .map((x) => x.m);
  const mostDeclined = byDelta
    .filter((x) => x.d < 0)
    .sort((a, b) => a.d - b.d || collator.compare(a.m.agency, b.m.agency))
    .slice(0, movers)
    .map((x) => x.m);

  // ---- One agency among its peers. ----
  let peers: GroupAnalysis["peers"] = null;
  if (opts.agency !== undefined) {
    const found = findAgency(agencies, opts.agency, year);
    if ("problem" in found) return { ok: false, problems: [found.problem] };
    const scope = opts.peers ?? (groupIndex >= 0 ? "group" : "all");
    const set = scope === "group" && groupIndex >= 0 ? (members.get(found.agency.group) as AgencyResult[]) : agencies;
    peers = placeAmongPeers(found.agency, set, framework, groupIndex >= 0 ? scope : "all");
  }

  return {
    ok: true,
    analysis: {
      year,
      framework,
      previousYear: previous.length > 0 ? previousYear : null,
      groupColumn: groupIndex >= 0 ? table.groupColumns[groupIndex].name : null,
      passMark,
      target,
      agencies,
      previous,
      groups,
      all,
      movements,
      mostImproved,
      mostDeclined,
      checks,
      peers,
      problems,
      rejected,
      ignored: table.ignored,
    },
  };
}

/** The agency a user named: "@cell" of its name, exact name, else "name / group value", else a unique partial name. */
function findAgency(agencies: AgencyResult[], text: string, year: number): { agency: AgencyResult } | { problem: Problem } {
  const k = matchKey(text);
  // The key starts with the matchKey of the name (see AgencyRecord.key).
  const nameKey = (a: AgencyResult) => a.key.slice(0, a.key.indexOf("\u0001"));
  // "@B7": the cell of the agency's name, unambiguous whatever the names and groups hold.
  const cell = /^@\s*(\S+)$/.exec(text.trim());
  let hits = cell ? agencies.filter((a) => a.where.toUpperCase() === cell[1].toUpperCase()) : agencies.filter((a) => nameKey(a) === k);
  // "name / group": either side may itself hold "/", so every "/" is tried as the divider.
  if (hits.length === 0 && !cell) hits = byNameAndGroup(agencies, k, nameKey);
  if (hits.length === 0 && !cell) hits = agencies.filter((a) => nameKey(a).includes(k));
  if (hits.length === 1) return { agency: hits[0] };
  if (hits.length === 0) return { problem: { where: "--agency", code: "unknown-agency", detail: { text, year } } };
  return {
    problem: {
      where: "--agency",
      code: "ambiguous-agency",
      detail: {
        text,
        groups: hits
          .slice(0, 5)
          .map((a) => `${a.agency} / ${a.groups.filter((g) => g !== "").join(", ")} (@${a.where})`)
          .join("; "),
      },
    },
  };
}

/** Agencies whose name is the text before some "/" and one of whose groups is the text after it. */
function byNameAndGroup(agencies: AgencyResult[], k: string, nameKey: (a: AgencyResult) => string): AgencyResult[] {
  const hits = new Set<AgencyResult>();
  for (let slash = k.indexOf("/"); slash > 0; slash = k.indexOf("/", slash + 1)) {
    const name = k.slice(0, slash).trim();
    const group = k.slice(slash + 1).trim();
    for (const a of agencies) if (nameKey(a) === name && a.groups.some((g) => matchKey(g) === group)) hits.add(a);
  }
  return [...hits];
}
