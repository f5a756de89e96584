// One declarative description per output sheet. Writers (Office.js, ExcelJS,
// HTML preview) render a SheetSpec and decide nothing about content.
import { cellRange, formatRange } from "../engine/a1";

export type CellValue = string | number | boolean | null;

/**
 * A spec's A1 range from 0-based corners. Always both corners ("D5:D5" for
 * one cell), the form specs have always had: their text reaches the .xlsx
 * (conditional formats, merges) as written.
 */
export const specRange = (row: number, col: number, toRow: number, toCol: number): string =>
  formatRange(cellRange(row, col, toRow, toCol), "both");

/** Named styles; each writer maps them to its own formatting once. */
export type StyleName =
  | "title"
  | "subtitle"
  | "header"
  | "body"
  | "bodyWrap"
  | "number"
  | "total"
  | "totalNumber"
  | "note"
  /** What the figures rest on (unverified weights, carried-forward rules), under the title: wrapped. */
  | "caveat"
  /** Running text over merged columns: wrapped, no borders. */
  | "paragraph";

export interface CellSpec {
  value: CellValue;
  /** Excel number format code, e.g. "0.00", "+0.00;-0.00;0.00", "@". */
  format?: string;
  style?: StyleName;
  /** Font colour override (hex "#RRGGBB"), e.g. a rise in green. */
  color?: string;
  /** Horizontal alignment override. */
  align?: "left" | "center" | "right";
}

export interface ColumnSpec {
  /** Width in Excel character units (as ExcelJS and the Excel UI use). */
  width: number;
}

/** Colour cells by their value, so a user's edit re-colours (not a static fill). */
export interface ConditionalRule {
  /** A1 range on this sheet, e.g. "D5:D14". */
  range: string;
  operator: "lessThan" | "greaterThanOrEqual" | "greaterThan" | "equal" | "between";
  /** Threshold value (a number, not a formula string). */
  value: number;
  /** Upper bound for "between" (inclusive, as in Excel). */
  value2?: number;
  fontColor?: string;
  fill?: string;
}

export interface ValidationList {
  /** A1 range the drop-down applies to. */
  range: string;
  /** The choices (written to a hidden list range by writers that need it). */
  items: string[];
  /** A short prompt shown to the user. */
  prompt?: string;
}

export interface ChartSpec {
  kind: "bar" | "clusteredBar";
  title: string;
  /** Category labels range and one range per series, on this sheet (A1). */
  categories: string;
  series: { name: string; values: string }[];
  /** Where the chart goes: top-left and bottom-right cells. */
  anchor: { from: string; to: string };
  /**
   * The pass mark drawn as a line: its value repeated in `values` (a range
   * on this sheet, outside the print area), so every writer draws a series.
   */
  referenceLine?: { name: string; value: number; values: string };
}

export interface PrintSpec {
  orientation: "portrait" | "landscape";
  paper: "A4";
  fitToWidth: true;
  /** Also fit to one page tall (Excel's "Fit Sheet on One Page"), for a table that must not split. */
  onePage?: boolean;
  /** Rows repeated at the top of every printed page, e.g. "$4:$4". */
  repeatRows?: string;
  /** Printed range, e.g. "A1:E20". */
  area: string;
  header: { left?: string; center?: string; right?: string };
  footer: { left?: string; center?: string; right?: string };
  gridlines: false;
  /** Margins in inches. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /**
   * Runs of rows (0-based) the builder wants on one page (a table with its
   * totals, the analysis with its heading, a chart): the report layer turns
   * them into `breaks` (page-breaks.ts). Writers ignore it.
   */
  keep?: {
    from: number;
    to: number;
    /**
     * A table that must print on one page: this column (0-based) is widened
     * until fitting the width shrinks the block to one page tall (a "Fit to N
     * tall" would make printers drop the manual breaks).
     */
    widen?: number;
    /**
     * The table's header row (0-based), for a sheet that repeats none: if
     * the table still runs over more than one page, this row is repeated at
     * the top of every page (Excel has one set of print titles a sheet).
     */
    header?: number;
  }[];
  /**
   * Digits for the page numbers (&P, &N) of the footer. Header codes give
   * Arabic digits in Excel and LibreOffice whatever is asked (no code picks
   * a digit shape: report/print.ts, with sources); the preview's print
   * follows it, and PAGE_DIGITS_NOTE tells the planner.
   */
  pageDigits?: "thai" | "arabic";
  /** Rows (0-based) that start a new printed page: manual page breaks above them (page-breaks.ts). */
  breaks?: number[];
  /**
   * Set with `breaks` (or where fit-to-width would print the rows too large to need none): the sheet prints at this whole percent ("Adjust to",
   * Excel's PageSetup.Zoom) instead of fit to one page wide, since Excel
   * drops manual breaks under Fit To (sources in page-breaks.ts). It is the
   * zoom the breaks were placed at: the columns' width on the page, a margin
   * under it. Writers write this, or fit-to-width when it is absent.
   */
  scale?: number;
}

export type SheetKind = "ranking" | "comparison" | "measures" | "agencies" | "distribution" | "peers";

export interface SheetSpec {
  kind: SheetKind;
  /**
   * What the sheet is of, e.g. "ranking:2565", "comparison:2564-2565",
   * "measures:2566": a re-run replaces the generated sheet with the same key.
   */
  key: string;
  /** Default font for the sheet (government documents use TH SarabunPSK). */
  font: { name: string; size: number };
  /** Sheet tab name (≤ 31 characters, none of : \ / ? * [ ]). */
  name: string;
  /** Rows from A1 down; each row a list of cells from column A. */
  rows: CellSpec[][];
  columns: ColumnSpec[];
  /** Row heights in points where the default will not do (wrapped text). */
  rowHeights?: Record<number, number>;
  merges: string[];
  /** Index (0-based) of the table's header row; body rows follow it. */
  headerRow: number;
  /** Number of rows frozen at the top (header stays visible). */
  freezeRows: number;
  conditional: ConditionalRule[];
  validation: ValidationList[];
  /** A table's header and body (A1) given sort and filter buttons, e.g. "A4:H8327". */
  autoFilter?: string;
  chart?: ChartSpec;
  print: PrintSpec;
  /**
   * Columns (0-based) a user is expected to edit (owner, period, monitoring
   * on the measures sheet): kept across re-runs, and edits there are no
   * reason to ask before replacing the sheet.
   */
  editableColumns: number[];
  /** Key of each body row (e.g. indicator number), to carry edits over. */
  rowKeys: Record<number, string>;
}
