// The framework caveats (unverified weights, carried-forward rules, an
// unofficial tier) on the row under each sheet's title, so a printed or
// pasted sheet never shows a grade without what it rests on.
import type { Caveat } from "../engine/types";
import { withDigits, type Digits } from "../engine/text";
import type { Lang } from "../engine/types";
import { HEADER_ROW } from "./frame";
import { specRange, type SheetSpec } from "./spec";
import { REPORT_WORDS as W } from "./words";

/** The row the frame leaves blank between the subtitle and the table's header. */
export const CAVEAT_ROW = HEADER_ROW - 1;

/** "หมายเหตุ: …; …" in the user's language and digits, or "" without caveats. */
export function caveatText(caveats: Caveat[], lang: Lang, digits: Digits): string {
  if (caveats.length === 0) return "";
  return withDigits(`${W[lang].caveatLead} ${caveats.map((c) => c.text[lang]).join(" · ")}`, digits);
}

/** The sheet with the caveats written across its printed columns under the title (unchanged without caveats). */
export function withCaveats(spec: SheetSpec, caveats: Caveat[], lang: Lang, digits: Digits): SheetSpec {
  const value = caveatText(caveats, lang, digits);
  if (value === "" || (spec.rows[CAVEAT_ROW] ?? []).some((c) => c.value !== null && c.value !== "")) return spec;
  const rows = spec.rows.slice();
  rows[CAVEAT_ROW] = [{ value, style: "caveat" }];
  const lastColumn = Math.max(0, spec.columns.length - 1);
  return { ...spec, rows, merges: [...spec.merges, specRange(CAVEAT_ROW, 0, CAVEAT_ROW, lastColumn)] };
}
