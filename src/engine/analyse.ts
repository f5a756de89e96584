// One agency's analysis: grade the latest year, compare with the one before,
// split strengths from weaknesses, plan measures, list inconsistencies.
import { analysisCaveats } from "./caveats";
import { nextGrade } from "./next-grade";
import { dec } from "./decimal";
import { compareInstruments, compareYears, counterpart, deltaOf } from "./compare";
import { builtInFramework, KNOWN_YEARS, NEWEST_FRAMEWORK } from "./frameworks/years";
import { scoreYear } from "./grade";
import { planMeasures, type OwnerMap } from "./plan";
import { rankScores } from "./rank";
import { matchKey } from "./text";
import type { Analysis, Check, Framework, Problem, ScoreTable, YearResult, YearScores } from "./types";

export interface AnalyseOptions {
  /** Year for a table that names none (a single column without a header). */
  year?: number;
  /** Framework for the latest year (other years keep their own year's, if built in). */
  framework?: Framework;
  /** Pass mark override (default: the framework's, 85). */
  passMark?: string;
  /** Score from which an indicator counts as a strength (default: the pass mark). */
  strengthMark?: string;
  /** Fiscal year of the measures plan (default: the latest year + 1). */
  planYear?: number;
  owners?: OwnerMap;
  includeStrengths?: boolean;
}

export type AnalyseResult = { ok: true; analysis: Analysis } | { ok: false; problems: Problem[] };

function frameworkFor(year: number, isCurrent: boolean, opts: AnalyseOptions): Framework | undefined {
  const own = builtInFramework(year);
  return isCurrent ? (opts.framework ?? own) : (own ?? opts.framework);
}

function statedGradeCheck(y: YearScores, r: YearResult): Check | null {
  if (y.statedGrade === null) return null;
  const stated = y.statedGrade.trim();
  if (matchKey(stated) === matchKey(r.grade.id) || matchKey(stated) === matchKey(r.grade.label.en)) return null;
  return { kind: "grade", year: r.year, where: y.statedGradeCell, stated, computed: r.grade.id, verdict: "mismatch" };
}

/** For "no rules for year Y": the years known, and the newest, which a later year may be graded by on request. */
export function unknownYearDetail(year: number): Record<string, string | number> {
  const newest = NEWEST_FRAMEWORK.year as number;
  return year > newest ? { year, known: KNOWN_YEARS.join(", "), newest } : { year, known: KNOWN_YEARS.join(", ") };
}

/** Indicators of one year's framework with no counterpart in the other's (a reform added, renamed or dropped them). */
function onlyIn(a: YearResult, b: YearResult): number[] {
  return a.framework.indicators.filter((i) => !counterpart(i, b.framework.indicators)).map((i) => i.number);
}

export function analyse(table: ScoreTable, opts: AnalyseOptions = {}): AnalyseResult {
  const problems: Problem[] = [];
  const years = table.years.map((y) => ({ ...y, year: y.year ?? opts.year ?? null }));
  if (years.length === 0) return { ok: false, problems: [{ where: "", code: "no-scores", detail: {} }] };

  const latest = years[years.length - 1];
  const results: { y: YearScores & { year: number }; fw: Framework }[] = [];
  for (const y of years) {
    if (y.year === null) {
      problems.push({ where: "", code: "no-year", detail: {} });
      continue;
    }
    const fw = frameworkFor(y.year, y === latest, opts);
    if (!fw) {
      problems.push({ where: y.yearCell ?? "", code: "unknown-year", detail: unknownYearDetail(y.year) });
      continue;
    }
    for (const i of fw.indicators) {
      if (y.scores[i.number] === undefined) {
        problems.push({ where: y.blanks?.[i.number] ?? "", code: "missing-indicator", detail: { indicator: i.number, year: y.year } });
      }
    }
    results.push({ y: y as YearScores & { year: number }, fw });
  }
  if (problems.length > 0) return { ok: false, problems };

  const checks: Check[] = [];
  const scored = results.map(({ y, fw }) => {
    const passMark = opts.passMark ?? fw.passMark;
    const s = scoreYear(y, fw, passMark);
    if (s.check) checks.push(s.check);
    const g = statedGradeCheck(y, s.result);
    if (g) checks.push(g);
    return s.result;
  });

  const current = scored[scored.length - 1];
  const previous = scored.length > 1 ? scored[scored.length - 2] : null;
  const passMark = opts.passMark ?? current.framework.passMark;
  const strengthMark = opts.strengthMark ?? passMark;
  const ranking = rankScores(current.scores);
  const strengths = ranking.filter((r) => dec(r.score).gte(strengthMark)).map((r) => r.indicator);
  const weaknesses = ranking.filter((r) => dec(r.score).lt(strengthMark)).map((r) => r.indicator);
  const planYear = opts.planYear ?? current.year + 1;

  return {
    ok: true,
    analysis: {
      frameworkId: current.framework.id,
      current,
      previous,
      ranking,
      changes: previous ? compareYears(previous, current) : [],
      instrumentChanges: previous ? compareInstruments(previous, current) : [],
      overallChange: previous ? deltaOf(previous.overall, current.overall) : null,
      gradeChange: previous
        ? { from: previous.grade, to: current.grade, sameScale: previous.framework.scale.kind === current.framework.scale.kind }
        : null,
      nextGrade: nextGrade(current),
      passMark,
      strengthMark,
      strengths,
      weaknesses,
      planYear,
      measures: planMeasures({
        framework: current.framework,
        scores: current.scores,
        weaknesses,
        strengths,
        planYear,
        owners: opts.owners,
        includeStrengths: opts.includeStrengths,
      }),
      checks,
      indicatorsOnlyIn: previous
        ? { current: onlyIn(current, previous), previous: onlyIn(previous, current) }
        : { current: [], previous: [] },
      caveats: analysisCaveats(previous ? [current, previous] : [current]),
    },
  };
}
