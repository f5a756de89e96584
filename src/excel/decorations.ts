// The optional part of a Generate, written after the sheets are in place:
// Thai-digit number formats, frozen header, hidden gridlines, filter buttons,
// conditional colours, drop-down lists, charts and page setup. Any of these
// can fail at run time on a real Excel (A4 with no printer installed,
// fit-to-width on Windows desktop — office-js#1860 —, "[$-D00041E]" formats on
// the web or Mac, the user switching workbooks), and a failed batch stops at
// the failing command: those queued before it are done, those after it are
// not (OfficeExtension.Error reference, "Trace message instrumentation"). So
// steps are queued feature by feature; a failure is put down to the feature
// its `debugInfo.errorLocation` names, that feature is listed as skipped, and
// the steps after it are sent again. One round trip when all goes well; one
// more per failing feature.
import type { SheetSpec } from "../report/spec";
import { lackedFeatures, type Capabilities, type SkippedEntry, type SkippedFeature } from "../report/host";
import { REFERENCE_LINE_COLOR } from "../report/styles";
import { columnLetters, sheetRef } from "../engine/a1";
import { errorLocation } from "./errors";
import type { Block } from "./sheet-plan";

export interface DecorationStep {
  feature: SkippedFeature;
  sheet: string;
  /** Estimated request bytes. */
  bytes: number;
  queue: () => void;
}

/** Order of the features in a request: a failure re-sends only what comes after it. */
export const FEATURE_ORDER: SkippedFeature[] = [
  "thaiDigits",
  "freezePanes",
  "gridlines",
  "autoFilter",
  "conditionalFormats",
  "dataValidation",
  "charts",
  "pageLayout",
];

/**
 * The feature an errorLocation ("the object type and property or method
 * name") belongs to. Every object type here is queued by one feature only;
 * an unknown place gives undefined (then nothing of that request is re-sent,
 * since what ran cannot be told).
 */
const PLACES: [RegExp, SkippedFeature][] = [
  [/^Range\.numberFormat\b/, "thaiDigits"],
  [/FreezePanes/, "freezePanes"],
  [/^Worksheet\.showGridlines\b/, "gridlines"],
  [/^AutoFilter\b/, "autoFilter"],
  [/Conditional/, "conditionalFormats"],
  // The list sheet (added, filled with values, hidden) serves the drop-downs only.
  [/^(DataValidation\b|WorksheetCollection\.add\b|Range\.values\b|Worksheet\.visibility\b)/, "dataValidation"],
  [/^Chart/, "charts"],
  [/^(PageLayout|HeaderFooter|HeadersFooters|PageBreak)/, "pageLayout"],
];

export function featureAt(location: string): SkippedFeature | undefined {
  return PLACES.find(([re]) => re.test(location))?.[1];
}

/** The hidden sheet holding drop-down items, one column per list. */
export interface ListSheet {
  name: string;
  lists: (string | number)[][];
  sheet?: Excel.Worksheet;
}

export interface SheetDecorations {
  ws: Excel.Worksheet;
  spec: SheetSpec;
  name: string;
  blocks: Block[];
  caps: Capabilities;
  supports: (version: string) => boolean;
  /** Column of the list sheet for each of spec.validation, when there is a list sheet. */
  listColumns?: number[];
  listSheet?: ListSheet;
}

/** The steps for one sheet, and what this Excel lacks (listed without trying). */
export function sheetSteps(d: SheetDecorations, skipped: SkippedEntry[]): DecorationStep[] {
  const { ws, spec, name, caps } = d;
  const steps: DecorationStep[] = [];
  const step = (feature: SkippedFeature, queue: () => void, bytes = 2000) => steps.push({ feature, sheet: name, bytes, queue });
  const lacks = (feature: SkippedFeature) => skipped.push({ sheet: name, feature });
  const lacked = lackedFeatures(spec, caps);

  for (const b of d.blocks) {
    const formats = b.localeFormats;
    if (formats) step("thaiDigits", () => void (ws.getRange(b.address).numberFormat = formats), b.bytes);
  }
  if (spec.freezeRows > 0) {
    if (d.supports("1.7")) step("freezePanes", () => ws.freezePanes.freezeRows(spec.freezeRows), 200);
    else lacks("freezePanes");
  }
  if (d.supports("1.8")) step("gridlines", () => void (ws.showGridlines = false), 100);
  else lacks("gridlines");
  if (spec.conditional.length > 0) {
    if (lacked.has("conditionalFormats")) lacks("conditionalFormats");
    else step("conditionalFormats", () => conditionalFormats(ws, spec));
  }
  if (spec.validation.length > 0) {
    if (lacked.has("dataValidation") || !d.listSheet || !d.listColumns) lacks("dataValidation");
    else {
      const list = d.listSheet;
      const cols = d.listColumns;
      step("dataValidation", () => validation(ws, spec, list, cols));
    }
  }
  if (spec.chart) {
    if (lacked.has("charts")) lacks("charts");
    else step("charts", () => chart(ws, spec));
  }
  if (spec.autoFilter) {
    const area = spec.autoFilter;
    if (lacked.has("autoFilter")) lacks("autoFilter");
    else step("autoFilter", () => ws.autoFilter.apply(ws.getRange(area)), 200);
  }
  if (lacked.has("pageLayout")) lacks("pageLayout");
  else step("pageLayout", () => print(ws, spec));
  return steps;
}

/** Adds, fills and hides the list sheet (first of the drop-down steps). */
export function listSheetStep(sheets: Excel.WorksheetCollection, list: ListSheet, firstSheet: string): DecorationStep {
  return {
    feature: "dataValidation",
    sheet: firstSheet,
    bytes: 500 + JSON.stringify(list.lists).length * 3,
    queue: () => {
      const ws = sheets.add(list.name);
      ws.load("id");
      list.sheet = ws;
      list.lists.forEach((items, i) => {
        const col = columnLetters(i);
        const n = Math.max(1, items.length);
        // Every item as text through the quote prefix (owners such as "- กองคลัง" or "0012").
        const values = items.length ? items.map((v) => [typeof v === "string" ? `'${v}` : v]) : [[""]];
        ws.getRange(`${col}1:${col}${n}`).values = values;
      });
      ws.visibility = "Hidden";
    },
  };
}

/** Sends the steps in requests under `budget` bytes; a failing feature is listed and the rest goes on. */
export async function applyDecorations(
  context: Excel.RequestContext,
  steps: DecorationStep[],
  budget: number,
  skipped: SkippedEntry[]
): Promise<void> {
  const rank = (f: SkippedFeature) => FEATURE_ORDER.indexOf(f);
  let queue = [...steps].sort((a, b) => rank(a.feature) - rank(b.feature));
  const failed = new Set<SkippedFeature>();
  const fail = (s: DecorationStep) => {
    if (!skipped.some((x) => x.sheet === s.sheet && x.feature === s.feature))
      skipped.push({ sheet: s.sheet, feature: s.feature, reason: "failed" });
  };
  while (queue.length > 0) {
    const request: DecorationStep[] = [];
    let bytes = 0;
    for (const s of queue) {
      if (request.length > 0 && bytes + s.bytes > budget) break;
      request.push(s);
      bytes += s.bytes;
    }
    request.forEach((s) => s.queue());
    try {
      // One round trip per request under the size cap, one more after a failing
      // feature: bounded, and counted in the tests (test/excel: sync counts).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      queue = queue.slice(request.length);
    } catch (e) {
      const feature = featureAt(errorLocation(e));
      const first = feature ? request.findIndex((s) => s.feature === feature) : -1;
      if (!feature || first < 0) {
        // Cannot tell what ran: list this request's features, re-send nothing of it.
        request.forEach(fail);
        queue = queue.slice(request.length);
        continue;
      }
      // Steps before `first` ran; the feature is dropped everywhere; what followed is sent again.
      failed.add(feature);
      queue
        .slice(first)
        .filter((s) => s.feature === feature)
        .forEach(fail);
      queue = queue.slice(first).filter((s) => !failed.has(s.feature));
    }
  }
}

const OPERATORS = {
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  greaterThan: "GreaterThan",
  equal: "EqualTo",
  between: "Between",
} as const;

function conditionalFormats(ws: Excel.Worksheet, spec: SheetSpec): void {
  for (const rule of spec.conditional) {
    const cf = ws.getRange(rule.range).conditionalFormats.add("CellValue");
    if (rule.fontColor) cf.cellValue.format.font.color = rule.fontColor;
    if (rule.fill) cf.cellValue.format.fill.color = rule.fill;
    cf.cellValue.rule = {
      formula1: `=${rule.value}`,
      ...(rule.value2 !== undefined ? { formula2: `=${rule.value2}` } : {}),
      operator: OPERATORS[rule.operator],
    };
  }
}

function validation(ws: Excel.Worksheet, spec: SheetSpec, list: ListSheet, cols: number[]): void {
  spec.validation.forEach((v, i) => {
    // Items live in a hidden range: an inline list splits on commas in every
    // locale, and owner names may contain commas.
    const col = columnLetters(cols[i]);
    const n = Math.max(1, list.lists[cols[i]].length);
    const dv = ws.getRange(v.range).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: `=${sheetRef(list.name)}!$${col}$1:$${col}$${n}` } };
    if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt.slice(0, 255) };
  });
}

function chart(ws: Excel.Worksheet, spec: SheetSpec): void {
  const c = spec.chart;
  if (!c || c.series.length === 0) return;
  // Vertical columns for both kinds: the pass mark is a horizontal line,
  // which Excel can only combine with column (not horizontal bar) charts.
  const ch = ws.charts.add("ColumnClustered", ws.getRange(c.series[0].values), "Columns");
  ch.title.text = c.title;
  ch.legend.position = "Bottom";
  const first = ch.series.getItemAt(0);
  first.name = c.series[0].name;
  first.setXAxisValues(ws.getRange(c.categories));
  for (const s of c.series.slice(1)) ch.series.add(s.name).setValues(ws.getRange(s.values));
  if (c.referenceLine) {
    // The pass mark repeated once per category (a spec range) drawn as a line.
    const line = ch.series.add(c.referenceLine.name);
    line.setValues(ws.getRange(c.referenceLine.values));
    line.chartType = "Line";
    line.format.line.color = REFERENCE_LINE_COLOR;
  }
  ch.setPosition(c.anchor.from, c.anchor.to);
}

function print(ws: Excel.Worksheet, spec: SheetSpec): void {
  const p = spec.print;
  const pl = ws.pageLayout;
  pl.paperSize = "A4";
  pl.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  // Assigned whole: setting one member of zoom is ignored. A sheet with breaks prints at its scale: under Fit To,
  // Excel ignores manual page breaks (Microsoft's support text; report/page-breaks.ts has the sources). The scale also
  // escapes office-js#1860 (fit-to-pages not applied until the Page Layout tab was opened; `scale` is).
  pl.zoom = p.scale !== undefined ? { scale: p.scale } : { horizontalFitToPages: 1, verticalFitToPages: p.onePage ? 1 : 0 };
  if (p.repeatRows) pl.setPrintTitleRows(p.repeatRows);
  pl.setPrintArea(p.area);
  pl.printGridlines = false;
  // The report's breaks (no orphan rows, blocks kept whole), with the scale above: added before the row's first cell (ExcelApi 1.9).
  for (const b of p.breaks ?? []) if (b > 0) ws.horizontalPageBreaks.add(`A${b + 1}`);
  // Spec margins are inches; Office.js takes points.
  const pt = (inches: number) => Math.round(inches * 7200) / 100;
  pl.topMargin = pt(p.margins.top);
  pl.bottomMargin = pt(p.margins.bottom);
  pl.leftMargin = pt(p.margins.left);
  pl.rightMargin = pt(p.margins.right);
  pl.headerMargin = pt(p.margins.header);
  pl.footerMargin = pt(p.margins.footer);
  // Header/footer strings are Excel header codes (&P, &N, fonts), as for ExcelJS.
  const hf = pl.headersFooters.defaultForAllPages;
  hf.leftHeader = p.header.left ?? "";
  hf.centerHeader = p.header.center ?? "";
  hf.rightHeader = p.header.right ?? "";
  hf.leftFooter = p.footer.left ?? "";
  hf.centerFooter = p.footer.center ?? "";
  hf.rightFooter = p.footer.right ?? "";
}
