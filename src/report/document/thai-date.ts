// The memo's date, as the Thai form writes it: "๒๐ มีนาคม ๒๕๖๖" (day, full
// month, Buddhist Era year). Dates are kept as yyyy-mm-dd text so the
// description stays pure (no clock, no time zone).
import { BE_OFFSET } from "../../engine/fiscal";
import { withDigits, type Digits } from "../../engine/text";
import type { Lang } from "../../engine/types";

const MONTHS_TH = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export interface DayDate {
  /** Christian Era year. */
  year: number;
  month: number;
  day: number;
}

/**
 * "2023-03-20" (or the Buddhist Era "2566-03-20" a Thai planner may type) →
 * the day; null for anything else or a day the month lacks.
 */
export function parseDayDate(s: string): DayDate | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (!m) return null;
  const raw = Number(m[1]);
  const year = raw >= 2400 ? raw - BE_OFFSET : raw;
  const [month, day] = [Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real && year >= 1900 ? { year, month, day } : null;
}

export function dayText(d: DayDate, lang: Lang, digits: Digits): string {
  const be = d.year + BE_OFFSET;
  const s = lang === "th" ? `${d.day} ${MONTHS_TH[d.month - 1]} ${be}` : `${d.day} ${MONTHS_EN[d.month - 1]} B.E. ${be}`;
  return withDigits(s, digits);
}

/** A day as the description keeps it (yyyy-mm-dd), from the caller's clock. */
export const isoDay = (d: Date): string => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
