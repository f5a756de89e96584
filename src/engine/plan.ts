// Measures plan for the next fiscal year: one row per weakness (weakest
// first), optionally one per strength to maintain.
import { dec } from "./decimal";
import { RECOMMENDATIONS } from "./recommendations";
import type { Framework, MeasureRow, Text } from "./types";

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

const GENERIC = RECOMMENDATIONS[1];

export function planMeasures(p: PlanInput): MeasureRow[] {
  const byScore = (a: number, b: number) => dec(p.scores[a]).cmp(dec(p.scores[b])) || a - b;
  const row = (n: number, purpose: MeasureRow["purpose"]): MeasureRow => {
    const def = p.framework.indicators.find((i) => i.number === n);
    const rec = RECOMMENDATIONS[n] ?? GENERIC;
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
