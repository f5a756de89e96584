// Consistency check: figures a report states against the recomputed results.
// Hand-written reports restate scores in several places (the reference
// report's section 7 gives three indicators another indicator's score).
import { dec, fixed2 } from "./decimal";
import { ROUNDING_TOLERANCE } from "./grade";
import { isConflict, recognizeIndicator } from "./recognize";
import { normalizeText, thaiToArabicDigits } from "./text";
import type { Analysis, Check, YearResult } from "./types";

export interface StatedScore {
  where: string;
  /** The label as written ("๖. ประสิทธิภาพการสื่อสาร"): the name decides, not a list number. */
  label: string;
  value: string;
  year?: number;
}

export interface StatedOverall {
  where: string;
  value: string;
  year?: number;
}

export interface StatedFigures {
  scores: StatedScore[];
  overalls: StatedOverall[];
}

function verdictOf(stated: string, computed: string): Check["verdict"] | null {
  const diff = dec(stated).minus(computed).abs();
  if (diff.eq(0)) return null;
  return diff.lte(ROUNDING_TOLERANCE) ? "rounding" : "mismatch";
}

function yearResult(a: Analysis, year?: number): YearResult | null {
  if (year === undefined || year === a.current.year) return a.current;
  return a.previous?.year === year ? a.previous : null;
}

/** Every stated figure that disagrees with the analysis, in the order stated. */
export function checkStatedFigures(a: Analysis, figures: StatedFigures): Check[] {
  const checks: Check[] = [];
  for (const o of figures.overalls) {
    const y = yearResult(a, o.year);
    if (!y) continue;
    const stated = fixed2(dec(o.value));
    const verdict = verdictOf(stated, y.computed);
    if (verdict) checks.push({ kind: "overall", year: y.year, where: o.where, stated, computed: y.computed, verdict });
  }
  for (const s of figures.scores) {
    const y = yearResult(a, s.year);
    const r = y && recognizeIndicator(s.label, y.framework);
    if (!y || !r || isConflict(r)) continue;
    const stated = fixed2(dec(s.value));
    const computed = y.scores[r.number];
    const verdict = verdictOf(stated, computed);
    if (verdict) checks.push({ kind: "indicator", year: y.year, indicator: r.number, where: s.where, stated, computed, verdict });
  }
  return checks;
}

const NUM = "(\\d{1,3}(?:\\.\\d+)?)";
// "๑. การปฏิบัติหน้าที่ ๙๐.๗๔ คะแนน" (a restated table cell)
const LABEL_SCORE = new RegExp(`^(.*?\\D)\\s*${NUM}\\s*คะแนน`);
// "ตัวชี้วัดที่ ๓ การใช้อำนาจ (IIT) ได้คะแนนการประเมินร้อยละ ๘๓.๙๗"
const SENTENCE = new RegExp(`^(.*?)ได้คะแนน(?:การประเมิน|ประเมิน)?\\s*ร้อยละ\\s*${NUM}`);
// "… มีผลคะแนนเท่ากับร้อยละ ๘๘.๕๓ คะแนน"
const OVERALL = new RegExp(`มีผลคะแนน(?:เท่ากับ)?\\s*ร้อยละ\\s*${NUM}`);

/**
 * The figures a report's prose and restated tables give, line by line (tab
 * separated cells looked at one by one). Tables of scores are read by the
 * score parser instead.
 */
export function extractStatedFigures(text: string): StatedFigures {
  const figures: StatedFigures = { scores: [], overalls: [] };
  text.split(/\r?\n/).forEach((line, i) => {
    const where = `line ${i + 1}`;
    for (const raw of line.split("\t")) {
      const cell = thaiToArabicDigits(normalizeText(raw));
      const overall = OVERALL.exec(cell);
      if (overall) figures.overalls.push({ where, value: overall[1] });
      const m = SENTENCE.exec(cell) ?? LABEL_SCORE.exec(cell);
      if (m && m[1].trim() !== "") figures.scores.push({ where, label: m[1].trim(), value: m[2] });
    }
  });
  return figures;
}
