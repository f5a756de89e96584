// Phase 2 of a group analysis: every agency-year graded by the
// single-agency rules (score.ts), each year under its own framework; a
// published overall that differs from the recomputed one is a check. Records
// of a year without a framework are rejected, the problem said once.
import { builtInFramework, KNOWN_YEARS } from "../frameworks/years";
import type { Framework, Problem } from "../types";
import { scoreAgencyYear } from "./score";
import type { Scope } from "./scope";
import type { AgencyCheck, AgencyResult, GroupTable, RejectedRow } from "./types";

export interface GradingOptions {
  /** Framework for the ranked year (other years keep their own built-in one). */
  framework?: Framework;
  passMark?: string;
}

/**
 * One graded agency-year: already the AgencyResult it becomes, its ranks (0
 * until then) set by rank.ts, so each agency-year is one object.
 */
export type Scored = AgencyResult;

export interface Graded {
  /** The ranked year's framework (undefined: none known for it). */
  framework: Framework | undefined;
  /** Graded records of each year, in input order. */
  byYear: Map<number, Scored[]>;
  /** Published overalls that differ from the recomputed ones, in input order. */
  checks: AgencyCheck[];
  /** The table's problems, then one per year without a framework. */
  problems: Problem[];
  /** The table's rejected rows, then the records of years without a framework. */
  rejected: RejectedRow[];
}

export function gradeRecords(table: GroupTable, scope: Scope, opts: GradingOptions): Graded {
  const frameworks = new Map<number, Framework | undefined>();
  const frameworkOf = (y: number) => {
    if (!frameworks.has(y))
      frameworks.set(y, y === scope.year ? (opts.framework ?? builtInFramework(y)) : (builtInFramework(y) ?? opts.framework));
    return frameworks.get(y);
  };
  const out: Graded = { framework: undefined, byYear: new Map(), checks: [], problems: [...table.problems], rejected: [...table.rejected] };
  // A year without a framework is one problem, said once at its first row (not
  // once per agency: 8,323 identical lines nationally); each row still lists it.
  const noFramework = new Map<number, Problem>();
  let lastYear = NaN;
  let list: Scored[] = [];
  for (const rec of table.records) {
    const fw = frameworkOf(rec.year);
    if (!fw) {
      let p = noFramework.get(rec.year);
      if (!p) {
        p = { where: rec.yearWhere, code: "unknown-year", detail: { year: rec.year, known: KNOWN_YEARS.join(", ") } };
        noFramework.set(rec.year, p);
        out.problems.push(p);
      }
      out.rejected.push({ agency: rec.agency, year: rec.year, where: rec.where, problems: [p] });
      continue;
    }
    const s = scoreAgencyYear(rec, fw, opts.passMark ?? fw.passMark);
    if (s.check) out.checks.push({ ...s.check, agency: rec.agency });
    if (rec.year !== lastYear) {
      lastYear = rec.year;
      list = out.byYear.get(rec.year) ?? [];
      out.byYear.set(rec.year, list);
    }
    list.push({
      agency: rec.agency,
      key: rec.key,
      group: scope.groupIndex < 0 ? "" : rec.groups[scope.groupIndex],
      groups: rec.groups,
      where: rec.where,
      result: s.result,
      rank: 0,
      groupRank: 0,
      points: s.points,
    });
  }
  out.framework = frameworkOf(scope.year);
  return out;
}
