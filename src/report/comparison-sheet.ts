// "ITA 2564-2565": each indicator in both years, the change and its direction.
import { directionWord, indicatorLabel, instrumentLabel } from "../engine/labels";
import { withDigits } from "../engine/text";
import type { Analysis, YearResult } from "../engine/types";
import { HEADER_ROW, appendChartRows, header, num, subtitle, text, title } from "./frame";
import { deltaFormat, integerFormat, scoreFormat } from "./formats";
import { SHEET_FONT, type ReportOptions } from "./options";
import { printSetup } from "./print";
import { documentDate } from "./signature-block";
import { specRange, type CellSpec, type ConditionalRule, type SheetSpec } from "./spec";
import { fitWidth } from "./text-width";
import { REPORT_WORDS as W } from "./words";
import { SIGNAL } from "./styles";

const GREEN = SIGNAL.good;
const RED = SIGNAL.bad;

export function comparisonSheet(a: Analysis, previous: YearResult, o: ReportOptions): SheetSpec {
  const c = a.current;
  const d = (s: string) => withDigits(s, o.digits);
  const w = W[o.lang];
  const [py, cy] = [d(String(previous.year)), d(String(c.year))];
  const sf = scoreFormat(o.digits);
  const df = deltaFormat(o.digits);

  const labels = a.changes.map((ch) => d(indicatorLabel(c.framework, ch.indicator, o.lang)));
  const body: CellSpec[][] = a.changes.map((ch, i) => [
    // Centred, so the number does not run into the indicator name.
    { ...num(i + 1, integerFormat(o.digits)), align: "center" },
    text(labels[i]),
    num(Number(ch.previous), sf),
    num(Number(ch.current), sf),
    num(Number(ch.delta), df),
    // Centred: left-aligned, the word runs into the change beside it.
    { value: directionWord(ch.direction, o.lang), style: "body", align: "center" },
  ]);
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + body.length;
  const oc = a.overallChange;
  const gradeText = (y: YearResult) => y.grade.label[o.lang];
  const rows: CellSpec[][] = [
    title(`${w.comparisonTitle} ${w.fiscalYear} ${py} – ${cy}`),
    subtitle(o.agency),
    [],
    header([w.no, w.indicator, `${w.scoreIn} ${py}`, `${w.scoreIn} ${cy}`, w.change, w.direction]),
    ...body,
    [
      text("", "total"),
      text(w.overall, "total"),
      num(Number(previous.overall), sf, "totalNumber"),
      num(Number(c.overall), sf, "totalNumber"),
      num(Number(oc?.delta ?? 0), df, "totalNumber"),
      { value: oc ? directionWord(oc.direction, o.lang) : "", style: "total", align: "center" },
    ],
    [
      text(""),
      text(w.grade),
      { value: gradeText(previous), style: "total", align: "right" },
      { value: gradeText(c), style: "total", align: "right" },
      text(""),
      text(""),
    ],
  ];
  // The instruments' means in both years: from 2566 each must reach the bar
  // for ผ่านดี, so a fall in one is worth seeing beside the indicators.
  const instrumentNames = a.instrumentChanges.map((ic) => instrumentLabel(c.framework, ic.id, o.lang));
  const instrumentsFrom = rows.length + 1;
  if (a.instrumentChanges.length > 0) {
    rows.push(
      [],
      ...a.instrumentChanges.map((ic, k) => [
        text(""),
        text(instrumentNames[k]),
        num(Number(ic.previous), sf),
        num(Number(ic.current), sf),
        num(Number(ic.delta), df),
        { value: directionWord(ic.direction, o.lang), style: "body" as const, align: "center" as const },
      ])
    );
  }
  const instrumentsLast = rows.length - 1;
  // Indicators one year's framework has and the other's lacks (a reform):
  // listed with their one score, as new or dropped, never as a change.
  const only = [
    ...a.indicatorsOnlyIn.current.map((n) => ({ n, fw: c.framework, prev: null, cur: c.scores[n], word: w.newIndicator })),
    ...a.indicatorsOnlyIn.previous.map((n) => ({
      n,
      fw: previous.framework,
      prev: previous.scores[n],
      cur: null,
      word: w.droppedIndicator,
    })),
  ];
  const onlyLabels = only.map((x) => d(indicatorLabel(x.fw, x.n, o.lang)));
  if (only.length > 0) {
    rows.push(
      [],
      ...only.map((x, k) => [
        text(""),
        text(onlyLabels[k]),
        x.prev === null ? { value: "—", style: "body" as const, align: "center" as const } : num(Number(x.prev), sf),
        x.cur === null ? { value: "—", style: "body" as const, align: "center" as const } : num(Number(x.cur), sf),
        text(""),
        { value: x.word, style: "body" as const, align: "center" as const },
      ])
    );
  }
  const tableLast = rows.length - 1;
  // The chart on a page of its own after the table, columns A to F.
  const chartRows = appendChartRows(rows, 18, 5);
  // Rules for rows from..to (so an edited cell re-colours): on the change column rises
  // green, falls red; a current score under the pass mark red on pink.
  const rules = (from: number, to: number): ConditionalRule[] => [
    { range: specRange(from, 4, to, 4), operator: "greaterThan", value: 0, fontColor: GREEN },
    { range: specRange(from, 4, to, 4), operator: "lessThan", value: 0, fontColor: RED },
    { range: specRange(from, 3, to, 3), operator: "lessThan", value: Number(a.passMark), fontColor: RED, fill: SIGNAL.badFill },
  ];
  return {
    kind: "comparison",
    key: `comparison:${previous.year}-${c.year}`,
    name: `ITA ${previous.year}-${c.year}`,
    font: SHEET_FONT,
    rows,
    rowHeights: chartRows.heights,
    // Scores and change take two-line headers ("ผลคะแนนปี / ๒๕๖๔"); the direction words one line.
    columns: [
      { width: fitWidth([w.no], 8, 14) },
      { width: fitWidth([...labels, ...instrumentNames, ...onlyLabels], 40, 80) },
      { width: 18 },
      { width: 18 },
      { width: 18 },
      { width: fitWidth([w.direction, ...a.changes.map((ch) => directionWord(ch.direction, o.lang)), ...only.map((x) => x.word)], 12, 24) },
    ],
    merges: [specRange(0, 0, 0, 5), specRange(1, 0, 1, 5)],
    headerRow: HEADER_ROW,
    freezeRows: HEADER_ROW + 1,
    conditional: [...rules(first, last + 1), ...(a.instrumentChanges.length > 0 ? rules(instrumentsFrom, instrumentsLast) : [])],
    validation: [],
    chart: {
      kind: "clusteredBar",
      title: `${w.chartCompare} ${py} – ${cy}`,
      categories: specRange(first, 1, last, 1),
      series: [
        { name: `${w.scoreIn} ${py}`, values: specRange(first, 2, last, 2) },
        { name: `${w.scoreIn} ${cy}`, values: specRange(first, 3, last, 3) },
      ],
      anchor: chartRows.anchor,
    },
    print: printSetup({
      orientation: "landscape",
      area: `A$1:F$${rows.length}`,
      // A fixed-size table (the ten indicators, overall, grade, instruments) read as one, on one
      // page (the indicator column widened until fit-to-width shrinks it to one page tall; "fit to
      // one page tall" would shrink the chart with it); the chart on the next page.
      keep: [
        { from: 0, to: tableLast, widen: 1 },
        { from: chartRows.from - 1, to: chartRows.to },
      ],
      headerRow: HEADER_ROW,
      // One page of table: no header row repeated over the chart's page.
      repeatHeader: false,
      agency: o.agency,
      yearText: `${w.fiscalYear} ${py} – ${cy}`,
      lang: o.lang,
      digits: o.digits,
      date: o.fields ? documentDate(o.fields, o.lang, o.digits) : undefined,
    }),
    editableColumns: [],
    rowKeys: Object.fromEntries(a.changes.map((ch, i) => [first + i, String(ch.indicator)])),
  };
}
