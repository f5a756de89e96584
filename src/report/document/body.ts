// The report after the memo, in the seed's order: background, the year's
// instruments and grading, the results, the comparison, strengths and
// weaknesses, the measures. Sections are numbered as they come (no
// comparison without an earlier year).
import { indicatorName } from "../../engine/labels";
import { indicatorSentence, nextGradeSentence, overallSentence, splitHeading } from "../../engine/narrative";
import { withDigits } from "../../engine/text";
import type { Analysis } from "../../engine/types";
import { REPORT_WORDS } from "../words";
import { para, type Block, type ParagraphSpec } from "./spec";
import { comparisonTable, frameworkTable, instrumentTable, measuresTable, rankingTable, scaleTable } from "./tables";
import { CAVEAT_FOOTNOTE, FIRST_LINE, MEMO_CAVEAT, type DocumentOptions } from "./options";
import { DOC_WORDS } from "./words";

const body = (text: string, more: Partial<ParagraphSpec> = {}) => para(text, { align: "justify", firstLine: FIRST_LINE, ...more });

/** Paragraphs of the planner's own background, split at blank lines. */
const paragraphsOf = (text: string) =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");

export function bodyBlocks(a: Analysis, o: DocumentOptions): Block[] {
  const w = DOC_WORDS[o.lang];
  const d = (s: string) => withDigits(s, o.digits);
  const fw = a.current.framework;
  const [year, planYear] = [d(String(a.current.year)), d(String(a.planYear))];
  let n = 0;
  const section = (title: string) =>
    para([{ text: `${d(String(++n))}. ${title}`, bold: true }], { style: "heading", keepNext: true, before: 12 });
  const lead = (text: string) => body(text, { keepNext: true });

  const background = paragraphsOf(o.fields.background ?? "");
  // Called after its section's heading, so it takes that section's number.
  const instruments = () =>
    fw.instruments.map((ins, k) => {
      const members = fw.indicators.filter((i) => i.instrument === ins.id);
      const names = members.map((i) => indicatorName(fw, i.number, o.lang)).join(", ");
      return body(`${d(`${n}.${k + 1}`)} ${w.instrumentLine(`${ins.name[o.lang]} (${ins.id})`, d(String(members.length)), names)}`);
    });
  const overall = para([{ text: overallSentence(a, o.lang, o.digits) }, ...(a.caveats.length > 0 ? [{ footnote: CAVEAT_FOOTNOTE }] : [])], {
    align: "justify",
    firstLine: FIRST_LINE,
  });
  const next = nextGradeSentence(a, o.lang, o.digits);
  const sentences = (ns: number[]) => ns.map((i) => body(indicatorSentence(a, i, o.lang, o.digits)));
  const split = (which: "strengths" | "weaknesses", ns: number[]) =>
    ns.length > 0
      ? [
          para([{ text: `- ${splitHeading(a, which, o.lang, o.digits)}`, bold: true }], {
            firstLine: FIRST_LINE,
            keepNext: true,
            before: 6,
          }),
          ...sentences(ns),
        ]
      : [];

  return [
    { kind: "pageBreak" },
    para([{ text: `${w.reportTitle}\n${o.agency ? `${o.agency} ` : ""}${w.fiscalYear} ${year}`, bold: true }], {
      style: "title",
      align: "center",
    }),
    section(w.sBackground),
    ...(background.length > 0 ? background : w.backgroundDefault(o.agency, year, planYear)).map((t) => body(t)),
    section(w.sInstruments),
    lead(w.instrumentsLead(d(fw.title[o.lang]))),
    ...instruments(),
    frameworkTable(fw, o),
    section(w.sCriteria),
    lead(w.criteriaLead(d(String(fw.scale.bands.length)))),
    scaleTable(fw, o),
    body(w.criteriaPass(d(a.passMark))),
    section(w.sResults),
    overall,
    lead(w.rankingLead(year)),
    rankingTable(a, o),
    lead(w.instrumentsResult),
    instrumentTable(a, o),
    ...(a.previous ? [section(w.sCompare), lead(w.compareLead(d(String(a.previous.year)), year)), comparisonTable(a, a.previous, o)] : []),
    section(w.sAnalysis),
    ...split("strengths", a.strengths),
    ...split("weaknesses", a.weaknesses),
    ...(next ? [body(next, { before: 6 })] : []),
    section(w.sMeasures),
    ...(a.measures.length > 0 ? [lead(w.measuresLead(o.agency, planYear)), measuresTable(a, o)] : [body(w.noMeasures)]),
  ];
}

/** The caveats in one footnote, in the user's language and digits. */
export function caveatFootnotes(a: Analysis, o: DocumentOptions): Record<number, string> {
  if (a.caveats.length === 0) return {};
  const lead = REPORT_WORDS[o.lang].caveatLead;
  const text = `${lead} ${a.caveats.map((c) => withDigits(c.text[o.lang], o.digits)).join("; ")}`;
  return { [MEMO_CAVEAT]: text, [CAVEAT_FOOTNOTE]: text };
}
