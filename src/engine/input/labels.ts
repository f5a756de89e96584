// What header cells and row labels say: a fiscal year, a change column, a
// rank column, a total or grade row. Matched on matchKey (Arabic digits,
// lower case, ำ unified) so Thai and English, either digits, read alike.
import { matchKey } from "../text";

/** Words that make a column "change from last year", never a year's scores. */
const CHANGE = /(เปลี่ยนแปลง|เพิ่ม\s*\/\s*ลด|เพิ่มขึ้น|ลดลง|ผลต่าง|ส่วนต่าง|change|delta|diff|\+\s*\/\s*-|±)/;
const RANK = /^(?:ที่|อันดับ(?:ที่)?|ลำดับ(?:ที่)?|no\.?|#|rank(?:ing)?|order|seq\.?)$/;
const INDICATOR = /^(?:ตัวชี้วัด|indicator|ชื่อตัวชี้วัด|รายการ|ประเด็น)/;
const SCORE = /(คะแนน|ร้อยละ|score|percent|%|result|ผลการประเมิน)/;
const YEAR_WORD = /(ปีงบประมาณ|ปีงบ|ปี|พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|\bfy|fiscal|\byear)/;
/** Runs of exactly four digits ("2565", not the "2565" in "25650"); no lookbehind, which IE11 cannot parse. */
const fourDigitRuns = (k: string): string[] => (k.match(/\d+/g) ?? []).filter((d) => d.length === 4);
const SHORT_YEAR = /(ปีงบประมาณ|ปีงบ|ปี|พ\.?\s?ศ\.?|\bfy)\s*(\d{2})(?![0-9a-z.])/;

export type HeaderKind =
  | { kind: "empty" }
  | { kind: "change" }
  | { kind: "rank" }
  | { kind: "year"; year: number }
  | { kind: "bad-year" }
  | { kind: "indicator" }
  | { kind: "score" }
  | { kind: "other" };

/** A 4-digit year as BE: 1900–2199 is Gregorian (+543), 2400–2700 already BE. */
function toBE(y: number): number | null {
  if (y >= 1900 && y <= 2199) return y + 543;
  if (y >= 2400 && y <= 2700) return y;
  return null;
}

/**
 * The fiscal year a header names, "bad" when it looks like a year header
 * but cannot be read, or null when it is no year header at all.
 */
export function readYearHeader(text: string): number | "bad" | null {
  const k = matchKey(text);
  if (k === "") return null;
  const fours = fourDigitRuns(k);
  if (fours.length > 0) {
    const years = new Set<number>();
    for (const f of fours) {
      const be = toBE(Number(f));
      if (be === null) return "bad";
      years.add(be);
    }
    return years.size === 1 ? [...years][0] : "bad";
  }
  const short = SHORT_YEAR.exec(k);
  if (short) {
    const n = Number(short[2]);
    return short[1] === "fy" ? 2000 + n + 543 : 2500 + n;
  }
  return YEAR_WORD.test(k) ? "bad" : null;
}

export function classifyHeader(text: string): HeaderKind {
  const k = matchKey(text);
  if (k === "") return { kind: "empty" };
  if (CHANGE.test(k)) return { kind: "change" };
  if (RANK.test(k)) return { kind: "rank" };
  const y = readYearHeader(text);
  if (typeof y === "number") return { kind: "year", year: y };
  if (y === "bad") return { kind: "bad-year" };
  if (INDICATOR.test(k)) return { kind: "indicator" };
  if (SCORE.test(k)) return { kind: "score" };
  return { kind: "other" };
}

/** Change words in a data cell ("เพิ่มขึ้น +0.81"): such columns hold no scores. */
export const mentionsChange = (text: string): boolean => CHANGE.test(matchKey(text));

const strip = (text: string) => stripKey(matchKey(text));
const stripKey = (key: string) =>
  key
    .replace(/[()[\]:]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const TOTAL = [/^(?:ผล)?คะแนน\s*(?:เฉลี่ย|รวม|ภาพรวม|ita)/, /^(?:ค่า)?เฉลี่ย/, /^รวม/, /^(?:total|overall|sum|ita score|ita)\b/];
const GRADE = /^(?:ระดับ(?:ผลการประเมิน|คะแนน|ผล)?|ผลการประเมิน|grade|rating|level)(?: ita)?$/;

/** A total row's label: "คะแนนรวม", "ผลคะแนนเฉลี่ย", "คะแนน ITA", "Total". */
export function isTotalLabel(text: string): boolean {
  return isTotalKey(matchKey(text));
}

/** isTotalLabel of a text by its matchKey (which a caller may hold already: every agency name of a national file comes here). */
export function isTotalKey(key: string): boolean {
  const k = stripKey(key); // once, not once per pattern
  return TOTAL.some((re) => re.test(k));
}

/** A grade row's label: "ระดับผลการประเมิน", "ระดับ", "Grade". */
export const isGradeLabel = (text: string): boolean => GRADE.test(strip(text));

/** Every BE year a title names ("… ปีงบประมาณ พ.ศ.๒๕๖๕" → [2565]). */
export function yearsInTitle(text: string): number[] {
  const k = matchKey(text);
  const out = new Set<number>();
  for (const f of fourDigitRuns(k)) {
    const be = toBE(Number(f));
    if (be !== null) out.add(be);
  }
  return [...out];
}
