// The path every command shares: read the score file, parse it, analyse it.
import { readFile } from "node:fs/promises";
import { analyse } from "../engine/analyse";
import { parseFrameworkJson } from "../engine/framework-file";
import { builtInFramework, KNOWN_YEARS } from "../engine/frameworks/years";
import { parseScores } from "../engine/input";
import { describeCsvSplit } from "../engine/messages";
import type { Analysis, Framework, Ignored, Problem } from "../engine/types";
import { readScoreFileFromDisk } from "../files/node-read";
import type { CliOptions } from "./args";
import { isFrameworkFile, refuseOtherYear } from "./framework-year";

/** Problems the user must fix: reported together, exit code 2. */
export class InputProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super("input problems");
  }
}

/** A text file the user named (a framework or a report to check). */
export async function readUserText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new InputProblems([{ where: path, code: "unreadable-file", detail: { reason: "not-found" } }]);
  }
}

export async function loadFramework(spec: string | undefined): Promise<Framework | undefined> {
  if (spec === undefined) return undefined;
  if (isFrameworkFile(spec)) {
    const r = parseFrameworkJson(await readUserText(spec), spec);
    if (!r.ok) throw new InputProblems(r.problems);
    return r.framework;
  }
  const fw = builtInFramework(spec.replace(/^ita-/i, ""));
  if (!fw) throw new InputProblems([{ where: "--framework", code: "unknown-year", detail: { year: spec, known: KNOWN_YEARS.join(", ") } }]);
  return fw;
}

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
  if (parsed.csvSplit) err(`${o.lang === "th" ? "หมายเหตุ" : "Note"}: ${describeCsvSplit(parsed.csvSplit, o.lang)}\n`);
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
