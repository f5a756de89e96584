// Phase 1 of a group analysis: what is being analysed. The group column the
// user named (if any), the year ranked (the latest unless one is named) and
// the year before it, against which movement is measured.
import { matchKey } from "../text";
import type { Problem } from "../types";
import type { GroupColumn, GroupTable } from "./types";

export interface ScopeOptions {
  /** The group column: its header ("จังหวัด") or its letter ("B"). Default: none (one set). */
  group?: string;
  /** Year to rank (default: the latest in the table). */
  year?: number;
}

export interface Scope {
  /** Index into GroupTable.groupColumns, or -1 when no group column is chosen. */
  groupIndex: number;
  /** The year ranked. */
  year: number;
  /** The latest year of the table before `year`, or null. */
  previousYear: number | null;
}

/** The group column a user named: header text (exact, then a unique partial match) or column letter. */
export function findGroupColumn(columns: GroupColumn[], name: string): GroupColumn | null {
  const k = matchKey(name);
  const exact = columns.filter((c) => matchKey(c.name) === k);
  if (exact.length === 1) return exact[0];
  const byLetter = columns.filter((c) => /^[A-Za-z]{1,3}$/.test(name) && c.where.replace(/\d+$/, "").toUpperCase() === name.toUpperCase());
  if (byLetter.length === 1) return byLetter[0];
  const partial = columns.filter((c) => matchKey(c.name).includes(k));
  return partial.length === 1 ? partial[0] : null;
}

/** The group column and the two years, or the problems that stop the analysis (an unknown column or year, no scores). */
export function chooseScope(table: GroupTable, opts: ScopeOptions): { scope: Scope } | { problems: Problem[] } {
  let groupIndex = -1;
  if (opts.group !== undefined) {
    const col = findGroupColumn(table.groupColumns, opts.group);
    if (!col) {
      const detail = { text: opts.group, columns: table.groupColumns.map((c) => c.name).join(", ") };
      return { problems: [{ where: "--group", code: "unknown-group-column", detail }] };
    }
    groupIndex = table.groupColumns.indexOf(col);
  }
  const years = table.years;
  if (years.length === 0) return { problems: table.problems.length > 0 ? table.problems : [{ where: "", code: "no-scores", detail: {} }] };
  const year = opts.year ?? years[years.length - 1];
  if (!years.includes(year))
    return { problems: [{ where: "--year", code: "year-not-in-table", detail: { year, years: years.join(", ") } }] };
  return { scope: { groupIndex, year, previousYear: years.filter((y) => y < year).pop() ?? null } };
}
