// The single-agency report: ranking, comparison (when there is an earlier
// year) and measures, each described once for every writer.
import type { Analysis } from "../engine/types";
import { comparisonSheet } from "./comparison-sheet";
import { measuresSheet } from "./measures-sheet";
import type { ReportOptions } from "./options";
import { rankingSheet } from "./ranking-sheet";
import { withCaveats } from "./caveat-row";
import { finishSheet } from "./row-heights";
import type { SheetSpec } from "./spec";

export type { ReportOptions } from "./options";

export function buildSheets(a: Analysis, o: ReportOptions): SheetSpec[] {
  return [rankingSheet(a, o), ...(a.previous ? [comparisonSheet(a, a.previous, o)] : []), measuresSheet(a, o)]
    .map((s) => withCaveats(s, a.caveats, o.lang, o.digits))
    .map(finishSheet);
}
