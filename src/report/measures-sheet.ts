// "มาตรการ 2566": the measures plan for the next fiscal year, with owner
// (drop-down), period and monitoring, wrapped to fit A4 landscape.
import { OWNER_TO_NAME } from "../engine/owners";
import { fiscalPeriod } from "../engine/fiscal";
import { withDigits } from "../engine/text";
import type { Analysis } from "../engine/types";
import { HEADER_ROW, header, subtitle, text, title } from "./frame";
import { integerFormat } from "./formats";
import { SHEET_FONT, type ReportOptions } from "./options";
import { printSetup } from "./print";
import { documentDate, signatureRows } from "./signature-block";
import { specRange, type CellSpec, type SheetSpec } from "./spec";
import { fitWidth } from "./text-width";
import { REPORT_WORDS as W } from "./words";

/**
 * Columns: no., measure, steps, owner, (period), monitoring, in Excel
 * character units: about 200 with the period, which fit to width prints on
 * A4 landscape at about 70 %.
 */
const WIDTHS = [8, 34, 60, 26, 42];
export const MEASURES_EDITABLE = [3, 4, 5];

export function measuresSheet(a: Analysis, o: ReportOptions): SheetSpec {
  const d = (s: string) => withDigits(s, o.digits);
  const w = W[o.lang];
  const period = fiscalPeriod(a.planYear, o.lang, o.digits);
  const body: CellSpec[][] = a.measures.map((m, i) => [
    { value: i + 1, format: integerFormat(o.digits), style: "number", align: "center" },
    text(d(m.purpose === "maintain" ? `${m.measure[o.lang]} (${w.maintain})` : m.measure[o.lang]), "bodyWrap"),
    text(d(m.steps[o.lang]), "bodyWrap"),
    text(m.owner[o.lang], "bodyWrap"),
    text(period, "bodyWrap"),
    text(d(m.monitoring[o.lang]), "bodyWrap"),
  ]);
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(1, body.length);
  // The period on one line: it is the same short text on every row.
  const widths = [...WIDTHS.slice(0, 4), fitWidth([period], 16, 32), WIDTHS[4]];
  const ownerItems = [
    ...new Set([...o.owners, ...a.measures.map((m) => m.owner[o.lang])].filter((s) => s.trim() !== "" && s !== OWNER_TO_NAME[o.lang])),
  ];
  const rows: CellSpec[][] = [
    title(`${w.measuresTitle} ${w.fiscalYear} ${d(String(a.planYear))}`),
    subtitle(o.agency),
    [],
    header([w.no, w.measure, w.steps, w.owner, w.period, w.monitoring]),
    ...body,
  ];
  // ผู้จัดทำ / ผู้ตรวจสอบ under the plan, kept on the page of its last measure.
  const signatures = signatureRows(o.fields, rows.length, o.lang, o.digits);
  rows.push(...signatures.rows);
  return {
    kind: "measures",
    key: `measures:${a.planYear}`,
    name: `${w.measuresTab} ${a.planYear}`,
    font: SHEET_FONT,
    rows,
    columns: widths.map((width) => ({ width })),
    merges: [specRange(0, 0, 0, 5), specRange(1, 0, 1, 5), ...signatures.merges],
    headerRow: HEADER_ROW,
    freezeRows: HEADER_ROW + 1,
    conditional: [],
    validation: body.length > 0 ? [{ range: specRange(first, 3, last, 3), items: ownerItems, prompt: w.ownerPrompt }] : [],
    print: printSetup({
      orientation: "landscape",
      area: `A$1:F$${rows.length}`,
      headerRow: HEADER_ROW,
      // Whole rows move between pages; the title stays with the first measure.
      keep: [{ from: 0, to: first }, ...(signatures.rows.length > 0 ? [{ from: last, to: rows.length - 1 }] : [])],
      agency: o.agency,
      yearText: `${w.fiscalYear} ${d(String(a.planYear))}`,
      lang: o.lang,
      digits: o.digits,
      date: o.fields ? documentDate(o.fields, o.lang, o.digits) : undefined,
    }),
    editableColumns: MEASURES_EDITABLE,
    rowKeys: Object.fromEntries(a.measures.map((m, i) => [first + i, String(m.indicator)])),
  };
}
