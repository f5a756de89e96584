// The consistency checks under the ranking sheet's analysis: a heading and
// one sentence a check, so a stated total that disagrees is on paper too.
import { CHECK_WORDS, checkSentence } from "../engine/check-words";
import type { Analysis } from "../engine/types";
import type { ReportOptions } from "./options";

/** Nothing when every stated figure agrees. */
export function checkParagraphs(a: Analysis, o: Pick<ReportOptions, "lang" | "digits">): string[] {
  if (a.checks.length === 0) return [];
  return [CHECK_WORDS[o.lang].heading, ...a.checks.map((c) => `• ${checkSentence(c, a.current.framework, o.lang, o.digits)}`)];
}
