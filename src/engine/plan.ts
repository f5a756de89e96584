// Measures plan for the next fiscal year: one row per weakness (weakest
// first), optionally one per strength to maintain.
import { dec } from "./decimal";
import { STANDARD_INDICATORS } from "./frameworks/indicators";
import { genericRecommendation, RECOMMENDATIONS, type Recommendation } from "./recommendations";
import { matchKey } from "./text";
import type { Framework, IndicatorDef, MeasureRow, Text } from "./types";

export type OwnerMap = Partial<Record<number, Text>>;

export interface PlanInput {
  framework: Framework;
  scores: Record<number, string>;
  weaknesses: number[];
  strengths: number[];
  planYear: number;
  owners?: OwnerMap;
  includeStrengths?: boolean;
}

/**
 * The library's steps for an indicator, matched by what it is (its name or a
 * known variant), not by its number: a reform may renumber or replace
 * indicators, and "indicator 3" of a new framework is not NACC's การใช้อำนาจ.
 * An indicator the library doesn't know gets generic steps naming it.
 */
export function recommendationFor(def: IndicatorDef | undefined, n: number): Recommendation {
  if (!def) return genericRecommendation({ th: `ตัวชี้วัดที่ ${n}`, en: `Indicator ${n}` });
  const keys = [def.name.th, def.name.en, ...def.variants].map(matchKey);
  const known = STANDARD_INDICATORS.find((s) => [s.name.th, s.name.en, ...s.variants].some((k) => keys.includes(matchKey(k))));
  return known ? RECOMMENDATIONS[known.number] : genericRecommendation(def.name);
}

export function planMeasures(p: PlanInput): MeasureRow[] {
  const byScore = (a: number, b: number) => dec(p.scores[a]).cmp(dec(p.scores[b])) || a - b;
  const row = (n: number, purpose: MeasureRow["purpose"]): MeasureRow => {
    const def = p.framework.indicators.find((i) => i.number === n);
    const rec = recommendationFor(def, n);
    const name = def ? def.name : { th: `ตัวชี้วัดที่ ${n}`, en: `Indicator ${n}` };
    return {
      indicator: n,
      purpose,
      measure: { th: `ตัวชี้วัดที่ ${n} ${name.th}`, en: `Indicator ${n}: ${name.en}` },
      steps: purpose === "improve" ? rec.improve : rec.maintain,
      owner: p.owners?.[n] ?? rec.owner,
      planYear: p.planYear,
      monitoring: rec.monitoring,
    };
  };
  const improve = [...p.weaknesses].sort(byScore).map((n) => row(n, "improve"));
  const maintain = p.includeStrengths ? [...p.strengths].sort((a, b) => byScore(b, a)).map((n) => row(n, "maintain")) : [];
  return [...improve, ...maintain];
}
