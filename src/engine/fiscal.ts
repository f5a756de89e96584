// The Thai fiscal year runs 1 October – 30 September: FY2566 is
// Oct 2565 BE (2022 CE) – Sep 2566 BE (2023 CE).
import type { Lang } from "./types";
import { withDigits, type Digits } from "./text";

export const BE_OFFSET = 543;

/** Period text: "ต.ค. ๖๕ - ก.ย. ๖๖", "ต.ค. 65 - ก.ย. 66", "Oct 2022 – Sep 2023". */
export function fiscalPeriod(fiscalYearBE: number, lang: Lang, digits: Digits): string {
  if (lang === "en") {
    const ce = fiscalYearBE - BE_OFFSET;
    return withDigits(`Oct ${ce - 1} – Sep ${ce}`, digits);
  }
  const yy = (y: number) => String(y % 100).padStart(2, "0");
  return withDigits(`ต.ค. ${yy(fiscalYearBE - 1)} - ก.ย. ${yy(fiscalYearBE)}`, digits);
}

/** The fiscal year (BE) a date falls in. */
export function fiscalYearOf(date: Date): number {
  const ce = date.getFullYear() + (date.getMonth() >= 9 ? 1 : 0);
  return ce + BE_OFFSET;
}
