// One consistency check (engine/consistency.ts, analyse's stated total and
// grade) as one sentence, the same in the CLI summary, the pane and the
// ranking sheet: where, what, the stated figure, the score table's, verdict.
import { indicatorLabel } from "./labels";
import { describePlace } from "./messages";
import { withDigits, type Digits } from "./text";
import type { Check, Framework, Lang } from "./types";

export const CHECK_WORDS = {
  th: {
    heading: "ข้อสังเกตความสอดคล้องของตัวเลข",
    overall: "คะแนนรวม",
    grade: "ระดับ",
    cell: "เซลล์",
    stated: "ระบุไว้",
    // A restated indicator score is compared with the table's own figure: nothing is computed.
    table: "ในตารางคะแนน",
    computed: "คำนวณได้",
    rounding: "ต่างจากการปัดเศษ",
    mismatch: "ไม่ตรงกัน",
  },
  en: {
    heading: "Consistency of stated figures",
    overall: "Overall",
    grade: "Grade",
    cell: "cell",
    stated: "stated",
    table: "in the score table",
    computed: "computed",
    rounding: "rounding difference",
    mismatch: "mismatch",
  },
} as const;

/** "B14" → "เซลล์ B14"; "A5, field 3" → "เซลล์ A5 ค่าที่ ๓"; "line 12, column 3" → "บรรทัด ๑๒ คอลัมน์ ๓". */
function placeOf(where: string, lang: Lang, digits: Digits): string {
  if (/^[A-Z]{1,3}\d+(, field \d+)?$/.test(where)) return `${CHECK_WORDS[lang].cell} ${describePlace(where, lang, digits)}`;
  return describePlace(where, lang, digits);
}

/**
 * "เซลล์ B14: คะแนนรวม ๒๕๖๕ — ระบุไว้ ๘๘.๓๕, คำนวณได้ ๘๘.๕๓ (ไม่ตรงกัน)";
 * `subject` (an agency of a many-agency table) comes after the place; a
 * group's checks (published overalls) need no framework (null).
 */
export function checkSentence(c: Check, fw: Framework | null, lang: Lang, digits: Digits, subject = ""): string {
  const t = CHECK_WORDS[lang];
  const d = (s: string) => withDigits(s, digits);
  const n = c.kind === "indicator" && fw ? c.indicator : undefined;
  const what = n !== undefined && fw ? indicatorLabel(fw, n, lang) : c.kind === "grade" ? t.grade : t.overall;
  const where = (c.where ? `${placeOf(c.where, lang, digits)}: ` : "") + (subject ? `${subject} ` : "");
  const ref = n !== undefined ? t.table : t.computed;
  return where + d(`${what} ${c.year} — ${t.stated} ${c.stated}, ${ref} ${c.computed} (${t[c.verdict]})`);
}
