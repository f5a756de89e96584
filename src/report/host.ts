// What the pane needs from a workbook. The Office.js adapter (src/excel) and
// the preview's in-memory workbook (src/preview) both implement it; the UI
// only ever talks to this interface.
import type { SheetSpec, SheetKind } from "./spec";

/** A name with `sheet` is scoped to that worksheet (the same name may exist on several sheets). */
export type SourceChoice = { kind: "selection" } | { kind: "table"; name: string } | { kind: "name"; name: string; sheet?: string };

export interface SourceInfo {
  kind: "table" | "name";
  name: string;
  /** Set for a name scoped to one worksheet. */
  sheet?: string;
  address: string;
}

export interface SourceCells {
  /** Values as the host gives them (numbers, strings, booleans, empty ""). */
  cells: unknown[][];
  sheet: string;
  /** Range address without sheet, e.g. "B2:E14". */
  address: string;
  /** 0-based row and column of the range's top-left cell, for A1 addresses of problems. */
  origin: { row: number; col: number };
}

/** Optional features, detected at run time (government PCs run old Office). */
export interface Capabilities {
  conditionalFormats: boolean;
  dataValidation: boolean;
  pageLayout: boolean;
  charts: boolean;
  /** Sort and filter buttons on a table's header (ExcelApi 1.9). */
  autoFilter: boolean;
  /** "preview": the in-browser workbook, not an Excel (the pane words what it skips so); absent: Excel. */
  workbook?: "preview";
  /** How a file the pane makes reaches the user; absent: "download". */
  fileHandover?: FileHandover;
}

/**
 * "download": the browser's own download (a blob and <a download>).
 * Office for Mac hosts the pane in WKWebView, which ignores such downloads
 * (OfficeDev/office-js#2700, "by design"), so there: "new-workbook" opens the
 * file as a new Excel workbook (WorkbookHost.openWorkbook, ExcelApi 1.8) for
 * the user to save; "browser" opens a page in the user's browser
 * (WorkbookHost.openInBrowser); "explain": only words.
 */
export type FileHandover = "download" | "new-workbook" | "browser" | "explain";

/** A sheet this tool generated earlier, found by its stored marker. */
export interface GeneratedSheet {
  id: string;
  name: string;
  kind: SheetKind;
  /** The SheetSpec.key it was written from. */
  key: string;
  /** Current values of the sheet's used range. */
  values: unknown[][];
  /** Fingerprint of what was written (see report/fingerprint). */
  fingerprint: string;
}

/**
 * An optional feature a write can skip: the capabilities, and Excel's older
 * basics (column widths, row heights and merged titles 1.2; a frozen header
 * row 1.7; hidden gridlines 1.8), and Thai-digit number formats (the sheet
 * then shows Arabic digits).
 */
export type SkippedFeature =
  Exclude<keyof Capabilities, "fileHandover" | "workbook"> | "layout" | "freezePanes" | "gridlines" | "thaiDigits";

/**
 * The features of `spec` that a host with `caps` cannot write, decided once for
 * every host (the Excel adapter adds what an older ExcelApi set lacks beyond
 * these; the preview has nothing else to skip).
 */
export function lackedFeatures(spec: SheetSpec, caps: Capabilities): Set<SkippedFeature> {
  const out = new Set<SkippedFeature>();
  if (spec.conditional.length > 0 && !caps.conditionalFormats) out.add("conditionalFormats");
  if (spec.validation.length > 0 && !caps.dataValidation) out.add("dataValidation");
  if (spec.chart && !caps.charts) out.add("charts");
  if (spec.autoFilter && !caps.autoFilter) out.add("autoFilter");
  if (!caps.pageLayout) out.add("pageLayout");
  return out;
}

export interface SkippedEntry {
  sheet: string;
  feature: SkippedFeature;
  /** "failed": Excel refused it at run time (the sheet is written without it); absent: this Excel lacks it. */
  reason?: "failed";
}

export interface WriteResult {
  /** Sheet names written, in order. */
  written: string[];
  /** Features left off, shown in the pane. */
  skipped: SkippedEntry[];
}

export interface WorkbookHost {
  capabilities(): Promise<Capabilities>;
  listSources(): Promise<SourceInfo[]>;
  readSource(choice: SourceChoice): Promise<SourceCells>;
  /** Sheets generated earlier (found by marker, not by name). */
  findGenerated(): Promise<GeneratedSheet[]>;
  /**
   * Replace the given generated sheets (by id) with these specs. The sheets
   * and their values are all or nothing (on failure the workbook is left as
   * it was); an optional feature that fails is left off and listed.
   */
  writeSheets(specs: SheetSpec[], replace: string[]): Promise<WriteResult>;
  /** Write sample scores to a new sheet and select them. */
  writeSample(name: string, cells: (string | number)[][]): Promise<void>;
  /** Brings a sheet (a name the last write returned) to the front; HostError "not-found" when it is gone. */
  activate(sheet: string): Promise<void>;
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
  /** Opens .xlsx bytes as a new workbook (fileHandover "new-workbook"). */
  openWorkbook?(bytes: Uint8Array): Promise<void>;
  /** Opens a URL in the user's browser, outside Office (fileHandover "browser"). */
  openInBrowser?(url: string): Promise<void>;
}

/** A host failure in words a user can act on (chosen by code, never error.message). */
export class HostError extends Error {
  constructor(
    readonly code:
      | "protected"
      | "refused"
      | "inactive-workbook"
      | "excel-error"
      | "name-in-use"
      | "edit-mode"
      | "connection"
      | "too-large"
      | "no-selection"
      | "not-found"
      | "unknown",
    readonly detail: string = "",
    /** False when a failed write could not be fully undone (sheets it added may remain). */
    readonly undone: boolean = true
  ) {
    super(code);
    // Compiled to ES5 (the old-Office pane), a subclass of Error loses its
    // prototype: without this, `instanceof HostError` is false there.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "HostError";
  }
}
