// "ITA 2565 อันดับ": indicators ranked, with overall, grade and pass.
import { instrumentWeight } from "../engine/grade";
import { indicatorLabel, instrumentLabel, instrumentOf } from "../engine/labels";
import { indicatorSentence, nextGradeSentence, overallSentence, splitHeading } from "../engine/narrative";
import { weightedRoundingGap } from "../engine/rounding-gap";
import { withDigits } from "../engine/text";
import type { Analysis } from "../engine/types";
import { checkParagraphs } from "./check-rows";
import { HEADER_ROW, appendChartRows, header, num, subtitle, text, title } from "./frame";
import { integerFormat, scoreFormat } from "./formats";
import { SHEET_FONT, type ReportOptions } from "./options";
import { printSetup } from "./print";
import { documentDate } from "./signature-block";
import { specRange, type CellSpec, type ConditionalRule, type SheetSpec } from "./spec";
import { fitWidth } from "./text-width";
import { REPORT_WORDS as W } from "./words";
import { SIGNAL } from "./styles";

export function rankingSheet(a: Analysis, o: ReportOptions): SheetSpec {
  const c = a.current;
  const fw = c.framework;
  const d = (s: string) => withDigits(s, o.digits);
  const w = W[o.lang];
  const year = d(String(c.year));
  // The mark the year was judged on (a user's --pass-mark or pane option), not only the framework's.
  const passMark = Number(a.passMark);

  const labels = a.ranking.map((r) => d(indicatorLabel(fw, r.indicator, o.lang)));
  const body: CellSpec[][] = a.ranking.map((r, i) => [
    // Centred: right-aligned, a rank runs into the indicator name beside it.
    { ...num(r.rank, integerFormat(o.digits)), align: "center" },
    text(labels[i]),
    { value: instrumentOf(fw, r.indicator), style: "body", align: "center" },
    num(Number(r.score), scoreFormat(o.digits)),
    // Centred: left-aligned, the word runs into the score beside it.
    { value: a.strengths.includes(r.indicator) ? w.strength : w.weakness, style: "body", align: "center" },
    num(passMark, scoreFormat(o.digits)),
  ]);
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + body.length;
  const totals: CellSpec[][] = [
    [
      text("", "total"),
      text(w.overall, "total"),
      text("", "total"),
      num(Number(c.overall), scoreFormat(o.digits), "totalNumber"),
      text("", "total"),
    ],
    ...resultRows(a, o),
  ];
  const rows: CellSpec[][] = [
    title(`${w.rankingTitle} ${w.fiscalYear} ${year}`),
    subtitle(o.agency),
    [],
    header([w.rank, w.indicator, w.instrument, w.score, w.assessment, w.passLine]),
    ...body,
    ...totals,
  ];
  // The instruments: their means decide NACC's rating from 2566 (each must
  // reach the bar), and their weighted sum is the overall.
  const instrumentNames = c.instruments.map((i) => instrumentLabel(fw, i.id, o.lang));
  const instrumentsFrom = rows.length + 1;
  rows.push(
    [],
    header(["", w.instrumentTable, w.weight, w.instrumentMean, w.weighted]),
    ...c.instruments.map((i, k) => [
      text(""),
      text(instrumentNames[k]),
      { ...num(Number(instrumentWeight(fw, i.id)), integerFormat(o.digits)), align: "center" as const },
      num(Number(i.mean), scoreFormat(o.digits)),
      num(Number(i.weighted), scoreFormat(o.digits)),
    ])
  );
  const instrumentRows = { first: instrumentsFrom + 1, last: rows.length - 1 };
  const noteRow = roundingNoteRow(c, o);
  if (noteRow) rows.push([noteRow]);
  const noteMerge = noteRow ? [specRange(rows.length - 1, 0, rows.length - 1, 4)] : [];

  // The analysis in the report's sentences under the table (its sections 5
  // and 6), each paragraph across the printed columns, ready to paste.
  const sentences = (ns: number[]) => ns.map((n) => `• ${indicatorSentence(a, n, o.lang, o.digits)}`);
  const next = nextGradeSentence(a, o.lang, o.digits);
  const paragraphs = [
    overallSentence(a, o.lang, o.digits),
    ...(next ? [next] : []),
    ...(a.strengths.length > 0 ? [splitHeading(a, "strengths", o.lang, o.digits), ...sentences(a.strengths)] : []),
    ...(a.weaknesses.length > 0 ? [splitHeading(a, "weaknesses", o.lang, o.digits), ...sentences(a.weaknesses)] : []),
    ...checkParagraphs(a, o),
  ];
  const tablesLast = rows.length - 1;
  // The chart under the tables (columns A to E), on page 1 when it fits there.
  const chartRows = appendChartRows(rows, 13, 4);
  rows.push([], subtitle(w.analysis));
  const analysisFrom = rows.length - 1;
  const paragraphRows = paragraphs.map((_, k) => rows.length + k);
  for (const value of paragraphs) rows.push([{ value, style: "paragraph" }]);
  const lastPrinted = rows.length - 1;
  // A score (column D) under the pass mark: red on pink.
  const belowPass = (from: number, to: number): ConditionalRule => ({
    range: specRange(from, 3, to, 3),
    operator: "lessThan",
    value: passMark,
    fontColor: SIGNAL.bad,
    fill: SIGNAL.badFill,
  });
  return {
    kind: "ranking",
    key: `ranking:${c.year}`,
    name: `ITA ${c.year} ${w.rankingTab}`,
    font: SHEET_FONT,
    rows,
    rowHeights: chartRows.heights,
    // Short headers and words on one line; the score header wrapped would break inside "ร้อยละ".
    columns: [
      { width: fitWidth([w.rank], 8, 14) },
      { width: fitWidth([...labels, ...instrumentNames], 40, 80) },
      { width: fitWidth([w.instrument], 10, 20) },
      { width: fitWidth([w.score], 14, 30) },
      { width: fitWidth([w.assessment, w.strength, w.weakness], 14, 30) },
      { width: 10 },
    ],
    merges: [specRange(0, 0, 0, 4), specRange(1, 0, 1, 4), ...noteMerge, ...paragraphRows.map((r) => specRange(r, 0, r, 4))],
    headerRow: HEADER_ROW,
    freezeRows: HEADER_ROW + 1,
    conditional: [belowPass(first, last), belowPass(last + 1, last + 1), belowPass(instrumentRows.first, instrumentRows.last)],
    validation: [],
    chart: {
      kind: "bar",
      title: `${w.chartScores} ${w.fiscalYear} ${year}`,
      categories: specRange(first, 1, last, 1),
      series: [{ name: w.score, values: specRange(first, 3, last, 3) }],
      anchor: chartRows.anchor,
      referenceLine: { name: w.passLine, value: passMark, values: specRange(first, 5, last, 5) },
    },
    print: printSetup({
      orientation: "portrait",
      area: `A$1:E$${lastPrinted + 1}`,
      headerRow: HEADER_ROW,
      // The table always fits page 1; a header row over the sentences spilling onto page 2 would be noise.
      repeatHeader: false,
      // The tables on one page, the chart whole, the analysis with its heading on the next page if it does not fit.
      keep: [
        { from: 0, to: tablesLast },
        { from: chartRows.from - 1, to: chartRows.to },
        { from: analysisFrom, to: lastPrinted },
      ],
      agency: o.agency,
      yearText: `${w.fiscalYear} ${year}`,
      lang: o.lang,
      digits: o.digits,
      date: o.fields ? documentDate(o.fields, o.lang, o.digits) : undefined,
    }),
    editableColumns: [],
    rowKeys: Object.fromEntries(a.ranking.map((r, i) => [first + i, String(r.indicator)])),
  };
}

/**
 * The grade and the pass under the overall. NACC's rating (from 2566) is
 * itself the pass ("ผ่าน" over "ผ่าน" said it twice): one row, unless the
 * planner set a pass mark of their own, which then has its own verdict.
 */
function resultRows(a: Analysis, o: ReportOptions): CellSpec[][] {
  const c = a.current;
  const w = W[o.lang];
  const value = (v: string): CellSpec => ({ value: v, style: "total", align: "right" });
  const grade = [text(""), text(w.grade), text(""), value(c.grade.label[o.lang]), text("")];
  if (c.framework.scale.kind === "rating" && Number(a.passMark) === Number(c.framework.passMark)) return [grade];
  const verdict = `${w.result} (${w.passMarkShort} ${withDigits(a.passMark, o.digits)})`;
  return [grade, [text(""), text(verdict), text(""), value(c.passed ? w.passed : w.failed), text("")]];
}

/** Wrapped like the caveats (what a figure rests on). Under the instrument table, only when its rounded weighted column does not add up to the overall. */
function roundingNoteRow(y: Analysis["current"], o: ReportOptions): CellSpec | null {
  const gap = weightedRoundingGap(y);
  if (!gap) return null;
  return { value: withDigits(W[o.lang].roundingNote(gap.sum, gap.overall, gap.gap), o.digits), style: "caveat" };
}
