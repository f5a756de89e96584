// Sentences in the report's style, one per indicator and one for the overall.
import { ratedInstruments } from "./grade";
import { dec } from "./decimal";
import { directionWord, indicatorLabel } from "./labels";
import { withDigits, type Digits } from "./text";
import type { Analysis, Lang } from "./types";

/** Scores print as the report prints them: "100", "95.56". */
export function scoreText(score: string, digits: Digits): string {
  const d = dec(score);
  return withDigits(d.mod(1).eq(0) ? d.toFixed(0) : d.toFixed(2), digits);
}

export function indicatorSentence(a: Analysis, n: number, lang: Lang, digits: Digits): string {
  const fw = a.current.framework;
  const label = withDigits(indicatorLabel(fw, n, lang), digits);
  const score = scoreText(a.current.scores[n], digits);
  const change = a.changes.find((c) => c.indicator === n);
  if (lang === "th") {
    let s = `${label} ได้คะแนนการประเมินร้อยละ ${score}`;
    if (change && a.previous) {
      s +=
        change.direction === "same"
          ? ` คงที่จากปี พ.ศ. ${withDigits(String(a.previous.year), digits)}`
          : // A change of a percentage score is in points ("๗.๑๔ คะแนน"), not a percent of it.
            ` ${directionWord(change.direction, "th")}จากปี พ.ศ. ${withDigits(String(a.previous.year), digits)} ${scoreText(dec(change.delta).abs().toFixed(2), digits)} คะแนน`;
    }
    return s + (a.strengths.includes(n) ? " เป็นจุดแข็งของหน่วยงาน" : " เป็นประเด็นที่ต้องพัฒนา");
  }
  let s = `${label} scored ${score}`;
  if (change && a.previous) {
    s +=
      change.direction === "same"
        ? `, unchanged from FY${withDigits(String(a.previous.year), digits)}`
        : `, ${change.direction === "up" ? "up" : "down"} ${scoreText(dec(change.delta).abs().toFixed(2), digits)} from FY${withDigits(String(a.previous.year), digits)}`;
  }
  return s + (a.strengths.includes(n) ? "; a strength." : "; to be improved.");
}

export function overallSentence(a: Analysis, lang: Lang, digits: Digits): string {
  const c = a.current;
  const y = withDigits(String(c.year), digits);
  const score = withDigits(c.overall, digits);
  const grade = c.grade.label[lang];
  const scale = c.framework.scale.kind;
  if (lang === "th") {
    // NACC's rating names the pass itself ("ผ่าน", "ต้องปรับปรุง"): no second pass word after it.
    const level = scale === "letter" ? `อยู่ในระดับ ${grade} ${c.passed ? "ผ่านเกณฑ์" : "ไม่ผ่านเกณฑ์"}` : `อยู่ในระดับ "${grade}"`;
    return `ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${y} มีผลคะแนนเท่ากับร้อยละ ${score} คะแนน ${level}`;
  }
  const level = scale === "letter" ? `grade ${grade}` : `rated ${grade}`;
  return `The FY${y} ITA overall score is ${score}, ${level}; ${c.passed ? "passed" : "did not pass"}.`;
}

/**
 * The line that opens the strengths or the weaknesses, as the report words
 * it: "จุดแข็ง (ตัวชี้วัดที่ได้คะแนนตั้งแต่ร้อยละ ๘๕ ขึ้นไป) จำนวน ๔ ตัวชี้วัด ได้แก่".
 * (The reference report says "มากกว่า" for strengths, but counts 85.75 and
 * scores of exactly the mark as strengths too: "ตั้งแต่ … ขึ้นไป" says what is meant.)
 */
export function splitHeading(a: Analysis, which: "strengths" | "weaknesses", lang: Lang, digits: Digits): string {
  const mark = scoreText(a.strengthMark, digits);
  const n = withDigits(String(which === "strengths" ? a.strengths.length : a.weaknesses.length), digits);
  if (lang === "th") {
    return which === "strengths"
      ? `จุดแข็ง (ตัวชี้วัดที่ได้คะแนนตั้งแต่ร้อยละ ${mark} ขึ้นไป) จำนวน ${n} ตัวชี้วัด ได้แก่`
      : `จุดอ่อน / จุดที่ต้องพัฒนา (ตัวชี้วัดที่ได้คะแนนต่ำกว่าร้อยละ ${mark}) จำนวน ${n} ตัวชี้วัด ได้แก่`;
  }
  return which === "strengths"
    ? `Strengths (indicators scoring ${mark} or more): ${n}`
    : `To improve (indicators scoring below ${mark}): ${n}`;
}

/**
 * What the next grade needs, in a sentence: "ระดับถัดไป AA ต้องได้คะแนนรวม
 * ตั้งแต่ร้อยละ ๙๕ ขึ้นไป (ขาดอีก ๖.๔๗ คะแนน)"; for NACC's rating, the
 * instruments under the bar are named with their scores. Null at the top band.
 */
export function nextGradeSentence(a: Analysis, lang: Lang, digits: Digits): string | null {
  const next = a.nextGrade;
  if (!next) return null;
  const d = (s: string) => withDigits(s, digits);
  const mark = (s: string) => scoreText(s, digits);
  const label = next.band.label[lang];
  const th = lang === "th";
  const parts: string[] = [];
  if (next.overallGap !== null) {
    parts.push(
      th
        ? `คะแนนรวมตั้งแต่ร้อยละ ${mark(next.band.minOverall)} ขึ้นไป (ขาดอีก ${d(next.overallGap)} คะแนน)`
        : `an overall of ${mark(next.band.minOverall)} or more (${d(next.overallGap)} points short)`
    );
  }
  if (next.instrumentGaps.length > 0) {
    // The framework's own instruments (a reform may have others than IIT, EIT, OIT);
    // one bar for all unless the framework holds some instrument to another.
    const ids = ratedInstruments(a.current.instruments, a.current.framework)
      .map((i) => i.id)
      .join(", ");
    const bars = new Set(next.instrumentGaps.map((g) => g.needed));
    const own = bars.size > 1;
    const under = next.instrumentGaps.map((g) => {
      const need = own ? (th ? ` ต้องได้ ${mark(g.needed)}` : `, needs ${mark(g.needed)}`) : "";
      return th ? `${g.id} ${d(g.mean)} (ขาดอีก ${d(g.gap)}${need})` : `${g.id} at ${d(g.mean)} (${d(g.gap)} short${need})`;
    });
    const bar = own
      ? th
        ? "ตามเกณฑ์ของแต่ละเครื่องมือ"
        : "its own bar"
      : th
        ? `ตั้งแต่ร้อยละ ${mark(next.instrumentGaps[0].needed)} ขึ้นไป`
        : `${mark(next.instrumentGaps[0].needed)} or more`;
    parts.push(
      th
        ? `คะแนนทุกเครื่องมือ (${ids}) ${bar} ซึ่งยังไม่ถึง คือ ${under.join(", ")}`
        : `every instrument (${ids}) at ${bar}, where ${under.join(", ")}`
    );
  }
  return th ? `ระดับถัดไป "${label}" ต้องได้${parts.join(" และ")}` : `To reach "${label}": ${parts.join("; and ")}.`;
}
