// The real engine and report modules behind the pane (see pane-deps.ts).
import { analyse } from "../engine/analyse";
import { frameworkCaveats } from "../engine/caveats";
import { checkStatedFigures, extractStatedFigures } from "../engine/consistency";
import { frameworkToJson, parseFrameworkJson } from "../engine/framework-file";
import { BUILT_IN_FRAMEWORKS } from "../engine/frameworks/years";
import { analyseGroup } from "../engine/group/analyse";
import { parseGroupScores } from "../engine/group/parse";
import { parseScores } from "../engine/input";
import { describeProblem } from "../engine/messages";
import { buildSheets } from "../report/build";
import { buildDocument } from "../report/document/build";
import { buildGroupDocument } from "../report/document/group";
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
  parseFrameworkJson,
  frameworkToJson,
  frameworkCaveats,
  parseGroupScores,
  analyseGroup,
  buildGroupSheets,
  groupSampleCells: GROUP_SAMPLE_CELLS,
  // ExcelJS (~1 MB) comes in a chunk of its own, on the first download only
  // (webpack.config.js fails the build if it reaches the pane's first load).
  writeWorkbook: async (specs: SheetSpec[]) => (await import("../xlsx/write-workbook")).writeWorkbook(specs),
  buildDocument,
  buildGroupDocument,
  // The docx package, like ExcelJS, in a chunk of its own, loaded on the first Word download.
  writeDocument: async (spec: DocumentSpec) => (await import("../docx/write-document")).writeDocument(spec),
  saveFile: (name, bytes) => saveBytes(name, bytes),
};
