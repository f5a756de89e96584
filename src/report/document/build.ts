// Analysis → the Word report's one description: the memo, then the report.
import { withDigits } from "../../engine/text";
import type { Analysis } from "../../engine/types";
import { bodyBlocks, caveatFootnotes } from "./body";
import { memoBlocks } from "./memo";
import { DOCUMENT_FONT, OFFICIAL_MARGINS, type DocumentOptions } from "./options";
import type { DocumentSpec } from "./spec";
import { DOC_WORDS } from "./words";

export type { DocumentOptions } from "./options";

export function buildDocument(a: Analysis, o: DocumentOptions): DocumentSpec {
  const w = DOC_WORDS[o.lang];
  return {
    lang: o.lang,
    digits: o.digits,
    title: o.fields.subject?.trim() || w.subjectDefault(withDigits(String(a.current.year), o.digits)),
    font: DOCUMENT_FONT,
    page: OFFICIAL_MARGINS,
    pageNumbers: { digits: o.digits },
    footnotes: caveatFootnotes(a, o),
    blocks: [...memoBlocks(a, o), ...bodyBlocks(a, o)],
  };
}
