// One declarative description of the Word report (the บันทึกข้อความ and its
// sections): what every paragraph, table and footnote says and how it is set.
// Writers (src/docx) render it and decide nothing about content. Pure: no
// DOM, no Node, so the CLI and the pane share it.
import type { Lang } from "../../engine/types";
import type { Digits } from "../../engine/text";

/** A piece of a paragraph: text (bold or not, its own point size or the paragraph's), a tab, or a footnote's mark. */
export type Run = { text: string; bold?: boolean; size?: number } | { tab: true } | { footnote: number };

export type Align = "left" | "center" | "right" | "justify";

export interface ParagraphSpec {
  kind: "paragraph";
  runs: Run[];
  align?: Align;
  /** Named look, mapped once by the writer to sizes and spacing. */
  style?: "memoTitle" | "title" | "heading" | "body" | "label";
  /** First-line indent in cm (Thai official paragraphs start 2.5 cm in). */
  firstLine?: number;
  /** Left indent in cm (a signature block sits in the right half). */
  indent?: number;
  /** Tab stops in cm from the left margin. */
  tabs?: number[];
  /** Kept on the page of the next paragraph (headings, signature blocks). */
  keepNext?: boolean;
  /** Space before, in points. */
  before?: number;
}

export interface CellText {
  text: string;
  align?: Align;
  bold?: boolean;
  /** Columns this cell spans (a total row's label across the number and name). */
  span?: number;
  /** Never broken across lines: its column is made wide enough ("ลดลง -๑.๒๓" would break after the minus). */
  keepWhole?: boolean;
}

export interface TableSpec {
  kind: "table";
  /** Column widths, as shares of the text width (they sum to 100). */
  widths: number[];
  /** Repeated at the top of every page the table runs onto. */
  header: CellText[][];
  rows: CellText[][];
  /** Point size of the table's text, when smaller than the body's (a wide measures table). */
  size?: number;
}

export type Block = ParagraphSpec | TableSpec | { kind: "pageBreak" };

export interface DocumentSpec {
  lang: Lang;
  digits: Digits;
  /** Title and subject of the file (shown in Word's properties). */
  title: string;
  font: { name: string; fallback: string; size: number };
  /** A4 portrait, margins in cm. */
  page: { top: number; bottom: number; left: number; right: number };
  /** Page numbers at the top centre from page 2, as Thai memos number them. */
  pageNumbers: { digits: Digits };
  /** Footnotes by id (1, 2 …), each a paragraph of text. */
  footnotes: Record<number, string>;
  blocks: Block[];
}

export const para = (runs: Run[] | string, more: Omit<ParagraphSpec, "kind" | "runs"> = {}): ParagraphSpec => ({
  kind: "paragraph",
  runs: typeof runs === "string" ? [{ text: runs }] : runs,
  ...more,
});
