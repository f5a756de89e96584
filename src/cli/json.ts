// The CLI's --json shape (documented in README): numbers rounded to 2
// decimals, text in Thai with Arabic digits whatever --lang, so scripts can
// rely on it.
import { dec, num2 } from "../engine/decimal";
import { fiscalPeriod } from "../engine/fiscal";
import { indicatorName, instrumentOf } from "../engine/labels";
import type { Analysis, YearResult } from "../engine/types";

const n = (s: string) => num2(dec(s));

function yearJson(y: YearResult) {
  return {
    year: y.year,
    overall: n(y.overall),
    stated: y.stated === null ? null : n(y.stated),
    grade: y.grade.id,
    scale: y.framework.scale.kind,
    passed: y.passed,
    instruments: Object.fromEntries(y.instruments.map((i) => [i.id, n(i.mean)])),
  };
}

export function analysisJson(a: Analysis) {
  const fw = a.current.framework;
  return {
    framework: {
      id: a.frameworkId,
      year: fw.year,
      confidence: fw.source.confidence,
      carriedFrom: fw.carriedFrom ?? null,
      custom: fw.custom === true,
    },
    // What the figures rest on, in Thai (the README lists the codes).
    caveats: a.caveats.map((c) => ({ code: c.code, year: c.year, text: c.text.th })),
    current: yearJson(a.current),
    previous: a.previous ? yearJson(a.previous) : null,
    ranking: a.ranking.map((r) => ({
      rank: r.rank,
      indicator: r.indicator,
      name: indicatorName(fw, r.indicator, "th"),
      instrument: instrumentOf(fw, r.indicator),
      score: n(r.score),
    })),
    changes: a.changes.map((c) => ({
      indicator: c.indicator,
      ...(c.previousIndicator !== undefined ? { previousIndicator: c.previousIndicator } : {}),
      previous: n(c.previous),
      current: n(c.current),
      delta: n(c.delta),
      direction: c.direction,
    })),
    overallChange: a.overallChange ? { delta: n(a.overallChange.delta), direction: a.overallChange.direction } : null,
    nextGrade: a.nextGrade
      ? {
          grade: a.nextGrade.band.id,
          overallGap: a.nextGrade.overallGap === null ? null : n(a.nextGrade.overallGap),
          instruments: a.nextGrade.instrumentGaps.map((g) => ({ instrument: g.id, score: n(g.mean), needed: n(g.needed), gap: n(g.gap) })),
        }
      : null,
    strengths: a.strengths,
    weaknesses: a.weaknesses,
    measures: a.measures.map((m) => ({
      indicator: m.indicator,
      measure: m.measure.th,
      steps: m.steps.th,
      owner: m.owner.th,
      period: fiscalPeriod(m.planYear, "th", "arabic"),
      monitoring: m.monitoring.th,
    })),
    indicatorsOnlyIn: a.indicatorsOnlyIn,
    checks: a.checks.map((c) => ({
      kind: c.kind,
      year: c.year,
      ...(c.indicator !== undefined ? { indicator: c.indicator } : {}),
      ...(c.where !== undefined ? { where: c.where } : {}),
      stated: c.kind === "grade" ? c.stated : n(c.stated),
      computed: c.kind === "grade" ? c.computed : n(c.computed),
      verdict: c.verdict,
    })),
  };
}
