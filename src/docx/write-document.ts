// DocumentSpec → .docx bytes with the `docx` package (MIT): a thin writer
// that maps each block of the description and decides nothing about content.
// Runs in Node (CLI) and in the browser (pane, loaded with import()).
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  Header,
  NumberFormat,
  Packer,
  PageBreak,
  PageNumber,
  Tab,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
} from "docx";
import type { Align, Block, CellText, DocumentSpec, ParagraphSpec, Run, TableSpec } from "../report/document/spec";
import { FONT_TABLE_PATH, fontTableXml } from "./font-table";

/** Twentieths of a point per cm, Word's unit for lengths. */
const TWIPS_PER_CM = 567;
const twips = (cm: number) => Math.round(cm * TWIPS_PER_CM);
const A4 = { width: 11906, height: 16838 };
const STYLE_SIZES: Record<NonNullable<ParagraphSpec["style"]>, number> = { memoTitle: 29, title: 18, heading: 16, body: 16, label: 16 };

interface Ctx {
  spec: DocumentSpec;
  /** The run properties every run takes: Thai is a complex script in Word, so its font, size and bold are the *CS ones. */
  base: IRunOptions;
}

const alignment = (a: Align | undefined, spec: DocumentSpec) =>
  a === "center"
    ? AlignmentType.CENTER
    : a === "right"
      ? AlignmentType.RIGHT
      : a === "justify"
        ? // Thai text has few spaces: Word's Thai distributed justification spreads the letters, plain justify only the spaces.
          spec.lang === "th"
          ? AlignmentType.THAI_DISTRIBUTE
          : AlignmentType.JUSTIFIED
        : AlignmentType.LEFT;

function runProps(ctx: Ctx, bold: boolean, size: number): IRunOptions {
  return { ...ctx.base, bold, boldComplexScript: bold, size: size * 2, sizeComplexScript: size * 2 };
}

/** A text run per line: "\n" in the description is a line break, never markup. */
function textRuns(ctx: Ctx, run: Run, size: number): (TextRun | FootnoteReferenceRun)[] {
  if ("tab" in run) return [new TextRun({ ...runProps(ctx, false, size), children: [new Tab()] })];
  if ("footnote" in run) return [new FootnoteReferenceRun(run.footnote)];
  return run.text
    .split("\n")
    .map((line, i) => new TextRun({ ...runProps(ctx, run.bold ?? false, run.size ?? size), text: line, break: i > 0 ? 1 : undefined }));
}

function paragraph(ctx: Ctx, p: ParagraphSpec, size = STYLE_SIZES[p.style ?? "body"]): Paragraph {
  return new Paragraph({
    alignment: alignment(p.align, ctx.spec),
    indent:
      p.firstLine || p.indent
        ? { firstLine: p.firstLine ? twips(p.firstLine) : undefined, left: p.indent ? twips(p.indent) : undefined }
        : undefined,
    tabStops: p.tabs?.map((cm) => ({ type: TabStopType.LEFT, position: twips(cm) })),
    keepNext: p.keepNext,
    // A heading or a signature line stays whole with what follows; running text may break across pages.
    keepLines: p.keepNext,
    spacing: p.before ? { before: p.before * 20 } : undefined,
    children: p.runs.flatMap((r) => textRuns(ctx, r, size)),
  });
}

function cell(ctx: Ctx, c: CellText, width: number, size: number): TableCell {
  const lines = c.text.split("\n");
  return new TableCell({
    columnSpan: c.span,
    width: { size: width, type: WidthType.DXA },
    margins: { left: 80, right: 80 },
    children: lines.map((line) => paragraph(ctx, { kind: "paragraph", runs: [{ text: line, bold: c.bold }], align: c.align }, size)),
  });
}

function table(ctx: Ctx, t: TableSpec): Table {
  const full = twips(21) - twips(ctx.spec.page.left) - twips(ctx.spec.page.right);
  const widths = t.widths.map((w) => Math.floor((full * w) / 100));
  const size = t.size ?? ctx.spec.font.size;
  const row = (cells: CellText[], header: boolean) => {
    let col = 0;
    const children = cells.map((c) => {
      const span = c.span ?? 1;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      return cell(ctx, c, w, size);
    });
    // A header row repeats on every page the table runs onto; no row is split across two pages.
    return new TableRow({ tableHeader: header, cantSplit: true, children });
  };
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [...t.header.map((r) => row(r, true)), ...t.rows.map((r) => row(r, false))],
  });
}

function block(ctx: Ctx, b: Block): Paragraph | Table {
  if (b.kind === "pageBreak") return new Paragraph({ children: [new PageBreak()] });
  if (b.kind === "table") return table(ctx, b);
  return paragraph(ctx, b);
}

export function toDocx(spec: DocumentSpec): Document {
  const f = spec.font.name;
  const ctx: Ctx = {
    spec,
    base: {
      font: { ascii: f, hAnsi: f, cs: f, eastAsia: f },
      // w:lang: the complex-script (bidi) language is what Word breaks Thai lines by, word by word.
      // w:val is the language of Latin text, w:bidi of complex-script (Thai) text, w:eastAsia of East Asian text.
      language: { value: "en-US", bidirectional: "th-TH", eastAsia: "th-TH" },
    },
  };
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({ ...runProps(ctx, false, spec.font.size), text: "- " }),
      new TextRun({ ...runProps(ctx, false, spec.font.size), children: [PageNumber.CURRENT] }),
      new TextRun({ ...runProps(ctx, false, spec.font.size), text: " -" }),
    ],
  });
  return new Document({
    title: spec.title,
    subject: spec.title,
    styles: { default: { document: { run: runProps(ctx, false, spec.font.size) } } },
    footnotes: Object.fromEntries(
      Object.entries(spec.footnotes).map(([id, text]) => [id, { children: [paragraph(ctx, { kind: "paragraph", runs: [{ text }] }, 14)] }])
    ),
    sections: [
      {
        properties: {
          // Thai memos number pages from the second, at the top centre: "- ๒ -".
          titlePage: true,
          page: {
            size: A4,
            margin: {
              top: twips(spec.page.top),
              bottom: twips(spec.page.bottom),
              left: twips(spec.page.left),
              right: twips(spec.page.right),
              header: twips(1.25),
            },
            // <w:pgNumType w:fmt="thaiNumbers"/>: ST_NumberFormat's Thai digits (ECMA-376 Part 1 §17.18.59), so the PAGE
            // field prints "- ๒ -" in Word; the sheets cannot do the same in Excel (report/print.ts).
            pageNumbers: { start: 1, formatType: spec.pageNumbers.digits === "thai" ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL },
          },
        },
        headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [] }) },
        children: spec.blocks.map((b) => block(ctx, b)),
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function writeDocument(spec: DocumentSpec): Promise<Uint8Array> {
  const bytes = await Packer.toArrayBuffer(toDocx(spec), false, [{ path: FONT_TABLE_PATH, data: fontTableXml(spec.font) }]);
  return new Uint8Array(bytes);
}
