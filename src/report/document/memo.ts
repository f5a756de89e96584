// The บันทึกข้อความ: its head (ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน), the three
// paragraphs the form asks for, the closing line and the signature blocks.
import { directionWord } from "../../engine/labels";
import { scoreText } from "../../engine/narrative";
import { withDigits } from "../../engine/text";
import type { Analysis } from "../../engine/types";
import { signersOf, type Signer } from "../document-fields";
import { para, type Block, type ParagraphSpec } from "./spec";
import { dayText, parseDayDate } from "./thai-date";
import { FIRST_LINE, MEMO_CAVEAT, TEXT_WIDTH_CM, type DocumentOptions } from "./options";
import { DOC_WORDS, type MemoFacts } from "./words";

/** Signature blocks sit in the right half of the page. */
const SIGN_INDENT = TEXT_WIDTH_CM / 2 - 2.5;

/** The form's head labels (ส่วนราชการ, ที่, วันที่, เรื่อง) are 20 pt bold, their values body size. */
const HEAD_LABEL_SIZE = 20;
const label = (text: string, value: string, size?: number): ParagraphSpec["runs"] => [{ text, bold: true, size }, { text: ` ${value}` }];

/** The memo's date line: the field's day, else the day the document is made. */
export function memoDate(o: DocumentOptions): string {
  const day = parseDayDate(o.fields.date) ?? parseDayDate(o.today);
  return day ? dayText(day, o.lang, o.digits) : "";
}

export function overallChangeText(a: Analysis, o: DocumentOptions): string {
  if (!a.previous || !a.overallChange) return "";
  const w = DOC_WORDS[o.lang];
  const py = withDigits(String(a.previous.year), o.digits);
  const delta = scoreText(a.overallChange.delta.replace("-", ""), o.digits);
  return a.overallChange.direction === "same"
    ? `${directionWord("same", o.lang)} (${py})`
    : w.overallChange(directionWord(a.overallChange.direction, o.lang), py, delta);
}

function memoFacts(a: Analysis, o: DocumentOptions): MemoFacts {
  const d = (s: string) => withDigits(s, o.digits);
  return {
    agency: o.agency,
    division: o.fields.division.trim(),
    year: d(String(a.current.year)),
    overall: d(a.current.overall),
    grade: a.current.grade.label[o.lang],
    passed: a.current.passed,
    passMark: scoreText(a.passMark, o.digits),
    planYear: d(String(a.planYear)),
    measures: d(String(a.measures.length)),
    change: overallChangeText(a, o),
  };
}

function signature(s: Signer, o: DocumentOptions, withDate: boolean): ParagraphSpec[] {
  const w = DOC_WORDS[o.lang];
  const at = { align: "center" as const, indent: SIGN_INDENT, keepNext: true };
  const name = s.name.trim() === "" ? "(..............................................)" : `(${s.name.trim()})`;
  return [
    para(w.signLine, { ...at, before: 24 }),
    para(name, at),
    para(s.position.trim() === "" ? " " : s.position.trim(), at),
    ...(withDate ? [para(w.dateLine, { ...at, keepNext: false })] : []),
  ].map((p, i, all) => (i === all.length - 1 ? { ...p, keepNext: false } : p));
}

export function memoBlocks(a: Analysis, o: DocumentOptions): Block[] {
  const w = DOC_WORDS[o.lang];
  const f = o.fields;
  const facts = memoFacts(a, o);
  const subject = f.subject?.trim() || w.subjectDefault(facts.year);
  const body = (text: string) => para(text, { align: "justify", firstLine: FIRST_LINE });
  const heading = (text: string) => para([{ text, bold: true }], { firstLine: FIRST_LINE, keepNext: true, before: 6 });
  const signers = signersOf(f);
  // Nobody named yet: one empty block, so there is still a place to sign.
  const blocks = (signers.length > 0 ? signers : [f.preparer]).flatMap((s, i) => signature(s, o, i > 0));
  return [
    para([{ text: w.memo, bold: true }], { style: "memoTitle", align: "center" }),
    para(label(w.division, f.division.trim() || o.agency, HEAD_LABEL_SIZE), { style: "label" }),
    para([...label(w.number, f.documentNumber.trim(), HEAD_LABEL_SIZE), { tab: true }, ...label(w.date, memoDate(o), HEAD_LABEL_SIZE)], {
      style: "label",
      tabs: [TEXT_WIDTH_CM / 2],
    }),
    para(label(w.subject, subject, HEAD_LABEL_SIZE), { style: "label" }),
    para(label(w.to, f.addressee.trim()), { before: 6 }),
    heading(w.background),
    body(w.memoBackground(facts)),
    heading(w.facts),
    // The figures of the memo carry the caveats too (a grade on carried-forward rules is not a fact).
    para([{ text: w.memoFacts(facts) }, ...(a.caveats.length > 0 ? [{ footnote: MEMO_CAVEAT }] : [])], {
      align: "justify",
      firstLine: FIRST_LINE,
    }),
    heading(w.proposal),
    // The proposal goes with the closing and the signatures: a last page never holds a signature alone.
    para(w.memoProposal(), { align: "justify", firstLine: FIRST_LINE, keepNext: true }),
    para(w.closing, { firstLine: FIRST_LINE, before: 6, keepNext: true }),
    ...blocks,
  ];
}
