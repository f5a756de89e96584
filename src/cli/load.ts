// The path every command shares: read the score file, parse it, analyse it.
import { analyse } from "../engine/analyse";
import { parseScores } from "../engine/input";
import { describeCsvSplit } from "../engine/messages";
import type { Analysis, Ignored } from "../engine/types";
import { readScoreFileFromDisk } from "../files/node-read";
import type { CliOptions } from "./args";
import { refuseOtherYear } from "./framework-year";
import { InputProblems } from "./failure";
import { noteLine } from "./hints";
import { loadFramework } from "./user-files";

export interface Loaded {
  analysis: Analysis;
  /** Parts of the file left out (notes, blank rows), for the summary. */
  ignored: Ignored[];
}

/**
 * Reads o.file and analyses it with the options given; InputProblems on bad
 * input. CSV text found in one column (an .xlsx with a CSV pasted into
 * column A) is read split, and `err` (stderr) says so first, before any
 * problem that names a cell and its field.
 */
export async function loadAnalysis(file: string, o: CliOptions, err: (s: string) => void): Promise<Loaded> {
  const framework = await loadFramework(o.framework);
  const cells = await readScoreFileFromDisk(file, { sheet: o.sheet });
  const parsed = parseScores(cells.cells, { addressStyle: cells.addressStyle, framework });
  if (parsed.csvSplit) err(noteLine(describeCsvSplit(parsed.csvSplit, o.lang), o.lang));
  if (!parsed.ok) throw new InputProblems(parsed.problems);
  const r = analyse(parsed.table, {
    year: o.year,
    framework,
    passMark: o.passMark,
    planYear: o.planYear,
    includeStrengths: o.includeStrengths,
  });
  if (!r.ok) throw new InputProblems(r.problems);
  refuseOtherYear(o.framework, framework, r.analysis.current.year);
  return { analysis: r.analysis, ignored: parsed.table.ignored };
}
