// The CLI's way forward for a problem whose engine sentence is front-end
// neutral (the pane offers a choice instead): the flag to use.
import { NEWEST_FRAMEWORK } from "../engine/frameworks/years";
import type { Analysis, Lang, Problem } from "../engine/types";

export function cliHint(p: Problem, lang: Lang): string {
  if (p.code === "no-year") return lang === "th" ? " (--year เช่น --year 2569)" : " (--year, e.g. --year 2569)";
  if (p.code !== "unknown-year" || p.where === "--framework") return "";
  if (p.detail.newest !== undefined) {
    return lang === "th"
      ? ` (--framework ${NEWEST_FRAMEWORK.id} หรือ --framework ไฟล์.json)`
      : ` (--framework ${NEWEST_FRAMEWORK.id} or --framework FILE.json)`;
  }
  return lang === "th" ? " (--framework ita-ปี หรือ --framework ไฟล์.json)" : " (--framework ita-YEAR or --framework FILE.json)";
}

/** A year graded by another year's rules says so on stderr too: the output may be piped where no one reads it. */
export function warnOtherYear(a: Analysis, lang: Lang, err: (s: string) => void): void {
  for (const c of a.caveats) if (c.code === "applied-to-other-year") err(`${lang === "th" ? "หมายเหตุ" : "Note"}: ${c.text[lang]}\n`);
}
