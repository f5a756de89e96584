// The real engine and report modules behind the pane (see pane-deps.ts).
import { analyse } from "../engine/analyse";
import { frameworkCaveats } from "../engine/caveats";
import { checkStatedFigures, extractStatedFigures } from "../engine/consistency";
import { BUILT_IN_FRAMEWORKS } from "../engine/frameworks/years";
import { analyseGroup } from "../engine/group/analyse";
import { parseGroupScores } from "../engine/group/parse";
import { parseScores } from "../engine/input";
import { describeProblem } from "../engine/messages";
import { buildSheets } from "../report/build";
import type { DocumentSpec } from "../report/document/spec";
import { GROUP_SAMPLE_CELLS } from "../report/group-sample";
import { buildGroupSheets } from "../report/group-sheets";
import { mergeEdits } from "../report/merge";
import { SAMPLE_CELLS } from "../report/sample";
import type { SheetSpec } from "../report/spec";
import { saveBytes } from "./download";
import type { PaneDeps } from "./pane-deps";

export const defaultDeps: PaneDeps = {
  parseScores,
  describeProblem,
  analyse,
  buildSheets,
  checkReportText: (analysis, text) => checkStatedFigures(analysis, extractStatedFigures(text)),
  mergeEdits,
  sampleCells: SAMPLE_CELLS,
  frameworks: BUILT_IN_FRAMEWORKS,
  // The framework-file reader (and its JSONC parser) only when a planner loads or saves a file.
  frameworkFiles: async () => import("../engine/framework-file"),
  frameworkCaveats,
  parseGroupScores,
  analyseGroup,
  buildGroupSheets,
  groupSampleCells: GROUP_SAMPLE_CELLS,
  // ExcelJS (~1 MB) comes in a chunk of its own, on the first download only
  // (webpack.config.js fails the build if it reaches the pane's first load).
  writeWorkbook: async (specs: SheetSpec[]) => (await import("../xlsx/write-workbook")).writeWorkbook(specs),
  // The Word documents' builders come with the first Word download, beside the docx package.
  buildDocument: async (analysis, opts) => (await import("../report/document/build")).buildDocument(analysis, opts),
  buildGroupDocument: async (analysis, opts) => (await import("../report/document/group")).buildGroupDocument(analysis, opts),
  // The docx package, like ExcelJS, in a chunk of its own, loaded on the first Word download.
  writeDocument: async (spec: DocumentSpec) => (await import("../docx/write-document")).writeDocument(spec),
  saveFile: (name, bytes) => saveBytes(name, bytes),
};
