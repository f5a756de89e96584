// The one line the pane shows beside Generate: the overall, its grade and
// pass, the change from last year, strengths and weaknesses counted —
// "คะแนนรวม ๘๘.๕๓ ระดับ A ผ่านเกณฑ์ · ลดลง −๑.๒๓ · จุดแข็ง ๔ / ต้องพัฒนา ๖".
import { dec, signed2 } from "../engine/decimal";
import { directionWord } from "../engine/labels";
import { withDigits, type Digits } from "../engine/text";
import type { Analysis, Lang } from "../engine/types";

const WORDS = {
  th: { overall: "คะแนนรวม", grade: "ระดับ", passed: "ผ่านเกณฑ์", failed: "ไม่ผ่านเกณฑ์", strengths: "จุดแข็ง", weaknesses: "ต้องพัฒนา" },
  en: { overall: "Overall", grade: "grade", passed: "passed", failed: "not passed", strengths: "strengths", weaknesses: "to improve" },
};

export function headline(a: Analysis, lang: Lang, digits: Digits): string {
  const t = WORDS[lang];
  const c = a.current;
  // NACC's rating ("ผ่านดี") already says pass or not: only a letter grade gets the pass word.
  const pass = c.framework.scale.kind === "letter" ? ` ${c.passed ? t.passed : t.failed}` : "";
  const parts = [`${t.overall} ${c.overall} ${t.grade} ${c.grade.label[lang]}${pass}`];
  if (a.overallChange) {
    // A true minus sign (U+2212), as the printed report writes it.
    const delta = signed2(dec(a.overallChange.delta)).replace("-", "\u2212");
    parts.push(
      a.overallChange.direction === "same" ? directionWord("same", lang) : `${directionWord(a.overallChange.direction, lang)} ${delta}`
    );
  }
  parts.push(`${t.strengths} ${a.strengths.length} / ${t.weaknesses} ${a.weaknesses.length}`);
  return withDigits(parts.join(" · "), digits);
}
