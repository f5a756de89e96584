// Small pure helpers of the pane: option text → values, source names, host
// errors → codes. No React here.
import { thaiToArabicDigits } from "../../engine/text";
import type { Framework } from "../../engine/types";
import { HostError, type SourceInfo } from "../../report/host";
import type { HostErrorCode } from "../strings";

/** Lets the browser paint (the progress line) and handle input between long steps. */
export const yieldToBrowser = () => new Promise<void>((r) => setTimeout(r, 0));

/** Never a message or stack: only the code picks the sentence shown. */
export function hostErrorCode(e: unknown): HostErrorCode {
  if (e instanceof HostError) return e.code;
  return "unknown";
}

/** What the source list shows: a sheet's own name with its sheet, as Excel writes it ("ITA!คะแนน"). */
export const sourceLabel = (x: SourceInfo): string => (x.sheet !== undefined ? `${x.sheet}!${x.name}` : x.name);

/** Unique in the list: a sheet's name may repeat a workbook name or another sheet's. */
export const sourceKey = (x: SourceInfo): string => `${x.kind}:${x.sheet ?? ""}:${x.name}`;

/** "85", "๘๕", "84.5" → canonical text; null when not a number 0–100. */
export function parseMark(text: string): string | null {
  const t = thaiToArabicDigits(text.trim());
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
  return Number(t) <= 100 ? t : null;
}

/** A Buddhist Era fiscal year such as 2566 (Thai digits accepted). */
export function parseYear(text: string): number | null {
  const t = thaiToArabicDigits(text.trim());
  return /^25\d\d$|^26\d\d$/.test(t) ? Number(t) : null;
}

/** The planner's units, one a line. */
export const ownerList = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");

/** The built-in framework of a year, else the newest (the default pass mark's source). */
export function frameworkOfYear(frameworks: readonly Framework[], year: number | null): Framework {
  const newest = frameworks[frameworks.length - 1];
  return (year !== null ? frameworks.find((f) => f.year === year) : undefined) ?? newest;
}
