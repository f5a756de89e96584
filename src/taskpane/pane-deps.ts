// What the pane calls besides the workbook host: the engine and the report
// builders, and the .xlsx writer and file saver. Passed in (not imported by
// the components) so tests can give small fakes; src/taskpane/default-deps.ts
// wires the real modules.
import type { AnalyseOptions } from "../engine/analyse";
import type { GroupAnalyseOptions, GroupAnalyseResult, GroupParseOptions, GroupParseResult, GroupTable } from "../engine/group";
import type { Digits } from "../engine/text";
import type { Analysis, Caveat, Check, Framework, Lang, ParseResult, Problem, ScoreTable } from "../engine/types";
import type { FrameworkResult } from "../engine/framework-file";
import type { GroupAnalysis } from "../engine/group";
import type { GroupReportOptions } from "../report/group-sheets";
import type { GeneratedSheet } from "../report/host";
import type { SheetSpec } from "../report/spec";
import type { DocumentOptions } from "../report/document/options";
import type { DocumentSpec } from "../report/document/spec";
import type { GroupDocumentOptions } from "../report/document/group";

export interface ParseOptions {
  /** 0-based top-left of the range, so problems name real cells. */
  origin: { row: number; col: number };
  addressStyle: "a1";
  framework?: Framework;
}

export interface PaneReportOptions {
  lang: Lang;
  digits: Digits;
  agency: string;
  owners: string[];
}

export interface MergeOutcome {
  specs: SheetSpec[];
  replace: string[];
  needsConfirm: { name: string }[];
}

export interface PaneDeps {
  parseScores(cells: unknown[][], opts: ParseOptions): ParseResult;
  describeProblem(problem: Problem, lang: Lang, digits: Digits): string;
  analyse(table: ScoreTable, opts: AnalyseOptions): { ok: true; analysis: Analysis } | { ok: false; problems: Problem[] };
  buildSheets(analysis: Analysis, opts: PaneReportOptions): SheetSpec[];
  /** The figures a draft report's text states that disagree with the analysis (the CLI's --check). */
  checkReportText(analysis: Analysis, text: string): Check[];
  mergeEdits(specs: SheetSpec[], existing: GeneratedSheet[]): MergeOutcome;
  sampleCells: (string | number)[][];
  frameworks: readonly Framework[];
  /** Framework files' reader and template writer (the real one loads them, and the JSONC parser, by import() on first use). */
  frameworkFiles(): Promise<FrameworkFiles>;
  /** What grading `year` by `framework` rests on, shown before Generate. */
  frameworkCaveats(framework: Framework, year: number): Caveat[];

  // Group ("many agencies") mode.
  parseGroupScores(cells: unknown[][], opts: GroupParseOptions): GroupParseResult;
  analyseGroup(table: GroupTable, opts: GroupAnalyseOptions): GroupAnalyseResult;
  buildGroupSheets(analysis: GroupAnalysis, opts: GroupReportOptions): SheetSpec[];
  groupSampleCells: (string | number)[][];

  /** SheetSpecs → .xlsx bytes (the real one loads ExcelJS by import() on first use). */
  writeWorkbook(specs: SheetSpec[]): Promise<Uint8Array>;
  /** The Word report's description (memo and sections) from an analysis (loaded by import() with the first Word download). */
  buildDocument(analysis: Analysis, opts: DocumentOptions): Promise<DocumentSpec>;
  /** The group summary document (pass rate, distribution, weakest indicators, movers), loaded the same way. */
  buildGroupDocument(analysis: GroupAnalysis, opts: GroupDocumentOptions): Promise<DocumentSpec>;
  /** DocumentSpec → .docx bytes (the real one loads the docx package by import() on first use). */
  writeDocument(spec: DocumentSpec): Promise<Uint8Array>;
  /** Hand the bytes to the browser as a download named fileName. */
  saveFile(fileName: string, bytes: Uint8Array): void;
}

export interface FrameworkFiles {
  /** A framework file's text → a framework, or its problems (field, line and column). */
  parseFrameworkJson(text: string, where: string): FrameworkResult;
  /** A framework as a file a planner edits (the template). */
  frameworkToJson(framework: Framework): string;
}
