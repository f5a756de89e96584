// What the pane calls besides the workbook host: the engine and the report
// builders. Passed in (not imported by the components) so tests can give
// small fakes; src/taskpane/default-deps.ts wires the real modules.
import type { AnalyseOptions } from "../engine/analyse";
import type { Digits } from "../engine/text";
import type { Analysis, Framework, Lang, ParseResult, Problem, ScoreTable } from "../engine/types";
import type { GeneratedSheet } from "../report/host";
import type { SheetSpec } from "../report/spec";

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
  mergeEdits(specs: SheetSpec[], existing: GeneratedSheet[]): MergeOutcome;
  sampleCells: (string | number)[][];
  frameworks: readonly Framework[];
}
