// A list of problems a person can read: one bad column of a national file
// gives thousands of identical problems. Grouped by kind (the problem's code
// and its column), the first few of each named, the rest counted in one line
// ("the same problem in 8,600 more cells: column F"), at most a few dozen
// lines in all. Shared by the CLI and the pane; the count lines are Problems
// too, so every front end says them with describeProblem.
import type { Problem } from "./types";

/** Problems named one by one in each kind before the rest are counted. */
export const EXAMPLES_PER_KIND = 3;
/** Lines at most. */
export const MAX_PROBLEM_LINES = 40;

/** The column a problem's place names: "F" of "F123", "2" of "line 7, column 2"; "" for a row or the file. */
export function columnOf(where: string): string {
  const a1 = /^\$?([A-Z]{1,3})\$?\d+(?::|$)/.exec(where);
  if (a1) return a1[1];
  const line = /column (\d+)$/.exec(where);
  return line ? line[1] : "";
}

export function boundProblems(problems: readonly Problem[], maxLines = MAX_PROBLEM_LINES): Problem[] {
  if (problems.length <= maxLines) return [...problems];
  const kinds = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = `${p.code}\u0001${columnOf(p.where)}`;
    const list = kinds.get(key);
    if (list) list.push(p);
    else kinds.set(key, [p]);
  }
  const out: Problem[] = [];
  let left = problems.length;
  let kindsLeft = kinds.size;
  for (const list of kinds.values()) {
    const shown = list.slice(0, EXAMPLES_PER_KIND);
    const more = list.length - shown.length;
    // Room for this kind's lines and, if kinds remain after it, the closing count.
    const need = shown.length + (more > 0 ? 1 : 0) + (kindsLeft > 1 ? 1 : 0);
    if (out.length + need > maxLines) break;
    for (const p of shown) out.push(p);
    if (more > 0) out.push({ where: "", code: "more-same", detail: { count: more, column: columnOf(list[0].where) } });
    left -= list.length;
    kindsLeft--;
  }
  if (left > 0) out.push({ where: "", code: "more-other", detail: { count: left, kinds: kindsLeft } });
  return out;
}
