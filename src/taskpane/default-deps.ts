// The real engine and report modules behind the pane (see pane-deps.ts).
import { analyse } from "../engine/analyse";
import { BUILT_IN_FRAMEWORKS } from "../engine/frameworks/years";
import { parseScores } from "../engine/input";
import { describeProblem } from "../engine/messages";
import { buildSheets } from "../report/build";
import { mergeEdits } from "../report/merge";
import { SAMPLE_CELLS } from "../report/sample";
import type { PaneDeps } from "./pane-deps";

export const defaultDeps: PaneDeps = {
  parseScores,
  describeProblem,
  analyse,
  buildSheets,
  mergeEdits,
  sampleCells: SAMPLE_CELLS,
  frameworks: BUILT_IN_FRAMEWORKS,
};
