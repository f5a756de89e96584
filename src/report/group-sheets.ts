// The many-agency report: agencies ranked, grades distributed per group,
// and (when one agency is chosen) its position among its peers. Each sheet
// is described once for every writer, print-ready like the single-agency ones.
import { frameworkCaveats } from "../engine/caveats";
import { withCaveats } from "./caveat-row";
import type { GroupAnalysis, GroupSummary, PeerStanding } from "../engine/group/types";
import { indicatorLabel } from "../engine/labels";
import { withDigits, type Digits } from "../engine/text";
import type { GradeScale, Lang } from "../engine/types";
import { columnLetters } from "../engine/a1";
import { appendChartRows, HEADER_ROW, header, num, subtitle, text, title } from "./frame";
import { deltaFormat, integerFormat, scoreFormat } from "./formats";
import { GROUP_WORDS as W } from "./group-words";
import { SHEET_FONT } from "./options";
import { printSetup } from "./print";
import { finishSheet } from "./row-heights";
import { specRange, type CellSpec, type ConditionalRule, type PrintSpec, type SheetSpec } from "./spec";
import { fitColumns } from "./text-width";
import { FAIL_FILLS, PASS_FILLS, SIGNAL } from "./styles";

export interface GroupReportOptions {
  lang: Lang;
  digits: Digits;
  /** What the set of agencies is, for titles and print headers ("จังหวัดลำปาง"); user text, data only. */
  scope: string;
}

const GREEN = SIGNAL.good;
const RED = SIGNAL.bad;

/**
 * Colours by grade as rules on the overall column, so an edited score
 * re-colours: one rule per band of overall scores, the bands not overlapping
 * (in Excel every true rule applies its properties, so a "≥ 75" rule's red
 * font would otherwise reach an AA score). Overalls have 2 decimals: a band
 * ends 0.01 below the next. A rating band that also needs each instrument's
 * score shares its overall threshold with the band below: the colour then
 * shows the overall's level, the grade text is exact.
 */
function gradeRules(scale: GradeScale, range: string): ConditionalRule[] {
  const seen = new Set<string>();
  let pass = 0;
  let fail = 0;
  const rules: ConditionalRule[] = [];
  let above: number | null = null;
  for (const b of scale.bands) {
    if (seen.has(b.minOverall)) continue;
    seen.add(b.minOverall);
    const min = Number(b.minOverall);
    const fill = b.passing ? PASS_FILLS[Math.min(pass++, PASS_FILLS.length - 1)] : FAIL_FILLS[Math.min(fail++, FAIL_FILLS.length - 1)];
    const bounds: Pick<ConditionalRule, "operator" | "value" | "value2"> =
      above === null
        ? { operator: "greaterThanOrEqual", value: min }
        : { operator: "between", value: min, value2: Number((above - 0.01).toFixed(2)) };
    rules.push({ range, ...bounds, fill, ...(b.passing ? {} : { fontColor: RED }) });
    above = min;
  }
  return rules;
}

function agenciesSheet(g: GroupAnalysis, o: GroupReportOptions): SheetSpec {
  const w = W[o.lang];
  const d = (s: string) => withDigits(s, o.digits);
  const sf = scoreFormat(o.digits);
  const inf = integerFormat(o.digits);
  const grouped = g.groupColumn !== null;
  const groupName = (s: string) => (s === "" ? w.blankGroup : s);
  // Ranks centred, so they do not run into the agency's name (num's cell, centred: one object per cell).
  const rank = (n: number): CellSpec => ({ value: n, format: inf, style: "number", align: "center" });
  const body: CellSpec[][] = g.agencies.map((a) => {
    const overall = num(Number(a.result.overall), sf);
    const grade: CellSpec = { value: a.result.grade.label[o.lang], style: "body", align: "center" };
    const result: CellSpec = {
      value: a.result.passed ? w.passed : w.failed,
      style: "body",
      align: "center",
      color: a.result.passed ? GREEN : RED,
    };
    return grouped
      ? [rank(a.rank), text(a.agency), text(groupName(a.group)), rank(a.groupRank), overall, grade, result]
      : [rank(a.rank), text(a.agency), overall, grade, result];
  });
  const headers = [w.rank, w.agency, ...(grouped ? [g.groupColumn as string, w.groupRank] : []), w.overall, w.grade, w.result];
  const cols = headers.length;
  const overallCol = grouped ? 4 : 2;
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(1, body.length);
  const a = g.all;
  const passLine = w.passLine(d(String(a.passed)), d(String(a.count)), d(a.passRate), d(g.target));
  const rows: CellSpec[][] = [
    title(`${w.agenciesTitle} ${d(yearText(g.year, o.lang))}`),
    subtitle(o.scope),
    [],
    header(headers),
    ...body,
    [text(passLine, "total")],
  ];
  const lastRow = rows.length - 1;
  return {
    kind: "agencies",
    key: `agencies:${g.year}`,
    name: `ITA ${g.year} ${w.agenciesTab}`,
    font: SHEET_FONT,
    rows,
    // Fitted to the printed cells (Thai digits are wider), the merged pass-rate line aside.
    columns: fitColumns(rows.slice(0, lastRow), [
      { min: 6, max: 10 },
      { min: 24, max: 60 },
      ...(grouped
        ? [
            { min: 12, max: 30 },
            { min: 8, max: 12 },
          ]
        : []),
      { min: 10, max: 14 },
      { min: 8, max: 24 },
      { min: 10, max: 16 },
    ]).map((width) => ({ width })),
    merges: [specRange(0, 0, 0, cols - 1), specRange(1, 0, 1, cols - 1), specRange(lastRow, 0, lastRow, cols - 1)],
    headerRow: HEADER_ROW,
    freezeRows: HEADER_ROW + 1,
    conditional: body.length === 0 ? [] : gradeRules(g.framework.scale, specRange(first, overallCol, last, overallCol)),
    validation: [],
    // Planners sort and filter the agencies (by province, grade, score) in Excel.
    ...(body.length > 0 ? { autoFilter: specRange(HEADER_ROW, 0, last, cols - 1) } : {}),
    print: groupPrint(g, o, "portrait", cols - 1, rows.length, o.scope),
    editableColumns: [],
    rowKeys: Object.fromEntries(g.agencies.map((x, i) => [first + i, x.key])),
  };
}

const yearText = (year: number, lang: Lang) => (lang === "th" ? `ปีงบประมาณ พ.ศ. ${year}` : `Fiscal year ${year}`);

/**
 * Every group sheet prints columns A to `lastCol` of its rows, with the set
 * (or agency) and year in the header; `layout`: a sheet of several tables
 * keeps each whole and repeats no one table's header over the others.
 */
const groupPrint = (
  g: GroupAnalysis,
  o: GroupReportOptions,
  orientation: PrintSpec["orientation"],
  lastCol: number,
  rowCount: number,
  heading: string,
  layout: { keep?: PrintSpec["keep"]; repeatHeader?: boolean } = {}
) =>
  printSetup({
    orientation,
    area: `A$1:${columnLetters(lastCol)}$${rowCount}`,
    headerRow: HEADER_ROW,
    agency: heading,
    yearText: withDigits(yearText(g.year, o.lang), o.digits),
    lang: o.lang,
    digits: o.digits,
    ...layout,
  });

function distributionSheet(g: GroupAnalysis, o: GroupReportOptions): SheetSpec {
  const w = W[o.lang];
  const d = (s: string) => withDigits(s, o.digits);
  const sf = scoreFormat(o.digits);
  const inf = integerFormat(o.digits);
  const bands = g.framework.scale.bands;
  const sets: GroupSummary[] = [...g.groups, { ...g.all, name: w.all }];
  const label = (s: GroupSummary) => (s.name === "" ? w.blankGroup : s.name);
  const countRow = (s: GroupSummary, isAll: boolean): CellSpec[] => {
    const st = isAll ? "totalNumber" : "number";
    return [
      text(label(s), isAll ? "total" : "body"),
      num(s.count, inf, st),
      ...s.grades.map((x) => num(x.count, inf, st)),
      num(s.passed, inf, st),
      num(Number(s.passRate), sf, st),
      { value: s.meetsTarget ? w.meets : w.misses, style: isAll ? "total" : "body", color: s.meetsTarget ? GREEN : RED },
      // Outside the print area: the target repeated, so every writer draws the reference line.
      num(Number(g.target), sf),
    ];
  };
  const countHeader = [
    g.groupColumn ?? w.group,
    w.count,
    ...bands.map((b) => b.label[o.lang]),
    w.passCount,
    w.passRate,
    `${w.target} ${d(g.target)} %`,
  ];
  const cols = countHeader.length;
  const first = HEADER_ROW + 1;
  const counts = sets.map((s, i) => countRow(s, i === sets.length - 1));
  const lastCount = HEADER_ROW + counts.length;
  const shares: CellSpec[][] = [
    [text(w.shares, "subtitle")],
    header([g.groupColumn ?? w.group, ...bands.map((b) => b.label[o.lang])]),
    ...sets.map((s, i) => [
      text(label(s), i === sets.length - 1 ? "total" : "body"),
      ...s.grades.map((x) => num(Number(x.share), sf, i === sets.length - 1 ? "totalNumber" : "number")),
    ]),
  ];
  const statRows: CellSpec[][] = [
    [text(w.stats, "subtitle")],
    header([w.indicator, w.mean, w.min, w.q1, w.median, w.q3, w.max]),
    ...g.all.stats.map((s) => [
      text(s.indicator === null ? w.overall : d(indicatorLabel(g.framework, s.indicator, o.lang)), s.indicator === null ? "total" : "body"),
      ...[s.mean, s.min, s.q1, s.median, s.q3, s.max].map((v) => num(Number(v), sf, s.indicator === null ? "totalNumber" : "number")),
    ]),
    [text(w.quartileNote, "note")],
  ];
  // Printed: the counts under the title with their pass-rate chart, then the shares and the statistics, each table whole.
  const rows: CellSpec[][] = [
    title(`${w.distributionTitle} ${d(yearText(g.year, o.lang))}`),
    subtitle(o.scope),
    [],
    header(countHeader),
    ...counts,
  ];
  const chartRows = appendChartRows(rows, 16, cols - 1);
  rows.push([]);
  const sharesFrom = rows.length;
  rows.push(...shares, []);
  const statsFrom = rows.length;
  rows.push(...statRows);
  const keep = [
    { from: 0, to: lastCount, header: HEADER_ROW },
    { from: chartRows.from - 1, to: chartRows.to },
    { from: sharesFrom, to: sharesFrom + shares.length - 1 },
    { from: statsFrom, to: statsFrom + statRows.length - 1 },
  ];
  const passRateCol = 2 + bands.length + 1;
  const groupRows = Math.max(1, g.groups.length);
  const chartLast = HEADER_ROW + groupRows;
  return {
    kind: "distribution",
    key: `distribution:${g.year}`,
    name: `ITA ${g.year} ${w.distributionTab}`,
    font: SHEET_FONT,
    rows,
    // Three tables share these columns: each fits the widest printed cell of any of them.
    columns: [
      // The last, the verdict against the target ("ต่ำกว่าเป้าหมาย"), is words rather than a figure: it may be wider.
      ...fitColumns(rows, [{ min: 16, max: 60 }, ...countHeader.slice(1, -1).map(() => ({ min: 8, max: 18 })), { min: 8, max: 30 }]).map(
        (width) => ({ width })
      ),
      { width: 8 },
    ],
    merges: [specRange(0, 0, 0, cols - 1), specRange(1, 0, 1, cols - 1)],
    rowHeights: chartRows.heights,
    headerRow: HEADER_ROW,
    freezeRows: HEADER_ROW + 1,
    conditional: [
      {
        range: specRange(first, passRateCol, lastCount, passRateCol),
        operator: "lessThan",
        value: Number(g.target),
        fontColor: RED,
        fill: SIGNAL.badFill,
      },
      {
        range: specRange(first, passRateCol, lastCount, passRateCol),
        operator: "greaterThanOrEqual",
        value: Number(g.target),
        fontColor: GREEN,
      },
    ],
    validation: [],
    // Pass rate of each group (the whole set too when there are no groups) against the national target.
    chart: {
      kind: "bar",
      title: `${w.chart} ${d(yearText(g.year, o.lang))}`,
      categories: specRange(first, 0, g.groups.length > 0 ? chartLast : first, 0),
      series: [{ name: w.passRate, values: specRange(first, passRateCol, g.groups.length > 0 ? chartLast : first, passRateCol) }],
      anchor: chartRows.anchor,
      referenceLine: {
        name: `${w.target} ${d(g.target)} %`,
        value: Number(g.target),
        values: specRange(first, cols, g.groups.length > 0 ? chartLast : first, cols),
      },
    },
    print: groupPrint(g, o, "landscape", cols - 1, rows.length, o.scope, { keep, repeatHeader: false }),
    editableColumns: [],
    rowKeys: Object.fromEntries(sets.map((s, i) => [first + i, i === sets.length - 1 ? "*all*" : s.name])),
  };
}

function peersSheet(g: GroupAnalysis, o: GroupReportOptions): SheetSpec | null {
  const p = g.peers;
  if (!p) return null;
  const w = W[o.lang];
  const d = (s: string) => withDigits(s, o.digits);
  const sf = scoreFormat(o.digits);
  const inf = integerFormat(o.digits);
  const df = deltaFormat(o.digits);
  const priority = new Map(p.lagging.map((n, i) => [n, i + 1]));
  // Lagging indicators first (largest gap first), then the rest by number.
  const ordered = [
    ...p.lagging.map((n) => p.indicators.find((s) => s.indicator === n) as PeerStanding),
    ...p.indicators.filter((s) => !priority.has(s.indicator as number)),
  ];
  const line = (s: PeerStanding, total: boolean): CellSpec[] => {
    const st = total ? "totalNumber" : "number";
    const pr = s.indicator === null ? undefined : priority.get(s.indicator);
    return [
      text(s.indicator === null ? w.overall : d(indicatorLabel(g.framework, s.indicator, o.lang)), total ? "total" : "body"),
      num(Number(s.score), sf, st),
      { value: d(`${s.rank} ${w.of} ${p.count}`), style: total ? "total" : "body", align: "center" },
      num(Number(s.percentile), sf, st),
      num(Number(s.median), sf, st),
      num(Number(s.gap), df, st),
      pr === undefined ? text("", total ? "total" : "body") : num(pr, inf, st),
    ];
  };
  const body = ordered.map((s) => line(s, false));
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + body.length;
  const where =
    p.scope === "all" ? w.peersAll : `${w.peersIn}${g.groupColumn ? ` ${g.groupColumn}` : ""} ${p.agency.group || w.blankGroup}`;
  const rows: CellSpec[][] = [
    title(`${w.peersTitle} ${d(yearText(g.year, o.lang))}`),
    subtitle(`${p.agency.agency} — ${where} (${d(String(p.count))} ${w.agenciesUnit})`),
    [],
    header([w.indicator, w.score, w.peerRank, w.percentile, w.peerMedian, w.gap, w.priority]),
    ...body,
    line(p.overall, true),
    [text(w.percentileNote, "note")],
  ];
  return {
    kind: "peers",
    key: `peers:${g.year}:${p.agency.key}`,
    name: `ITA ${g.year} ${w.peersTab}`,
    font: SHEET_FONT,
    rows,
    columns: fitColumns(rows, [{ min: 30, max: 60 }, ...Array.from({ length: 6 }, () => ({ min: 10, max: 18 }))]).map((width) => ({
      width,
    })),
    merges: [specRange(0, 0, 0, 6), specRange(1, 0, 1, 6)],
    headerRow: HEADER_ROW,
    freezeRows: HEADER_ROW + 1,
    conditional: [
      { range: specRange(first, 5, last + 1, 5), operator: "lessThan", value: 0, fontColor: RED },
      { range: specRange(first, 5, last + 1, 5), operator: "greaterThan", value: 0, fontColor: GREEN },
    ],
    validation: [],
    chart: {
      kind: "clusteredBar",
      title: `${w.score} / ${w.peerMedian}`,
      categories: specRange(first, 0, last, 0),
      series: [
        { name: p.agency.agency, values: specRange(first, 1, last, 1) },
        { name: w.peerMedian, values: specRange(first, 4, last, 4) },
      ],
      anchor: { from: `I${first}`, to: `Q${last + 10}` },
    },
    print: groupPrint(g, o, "landscape", 6, rows.length, p.agency.agency),
    editableColumns: [],
    rowKeys: Object.fromEntries(ordered.map((s, i) => [first + i, String(s.indicator)])),
  };
}

/** The group sheets: agencies ranked, distribution per group, and the chosen agency's peers sheet. */
export function buildGroupSheets(g: GroupAnalysis, o: GroupReportOptions): SheetSpec[] {
  const peers = peersSheet(g, o);
  const caveats = frameworkCaveats(g.framework, g.year);
  return [agenciesSheet(g, o), distributionSheet(g, o), ...(peers ? [peers] : [])]
    .map((s) => withCaveats(s, caveats, o.lang, o.digits))
    .map(finishSheet);
}
