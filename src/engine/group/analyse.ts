// Many agencies at once, by the single-agency rules. The analysis reads as
// the ITA rules it applies, one phase each, each with its own input and
// output (see the files named):
//   1. scope.ts          what is analysed: the group column, the year, the year before
//   2. grade-records.ts  every agency-year graded under its year's framework (checks of published overalls)
//   3. rank.ts           each year's agencies by rank, overall and within the group
//   4. summary.ts        pass rate against the national target, grades and statistics per group
//   5. movement.ts       year over year: each agency's change, the largest rises and falls
//   6. find-agency.ts, peers.ts   one named agency among its peers
// Scores are integer hundredths throughout (stats.ts), so nothing is rounded twice.
import type { Framework, Problem } from "../types";
import { findAgency } from "./find-agency";
import { gradeRecords } from "./grade-records";
import { compareYears } from "./movement";
import { placeAmongPeers } from "./peers";
import { rankYear } from "./rank";
import { chooseScope } from "./scope";
import { summariseGroups, type Summaries } from "./summary";
import type { AgencyResult, GroupAnalysis, GroupTable, PeerPosition } from "./types";

export { findGroupColumn } from "./scope";

export interface GroupAnalyseOptions {
  /** The group column: its header ("จังหวัด") or its letter ("B"). Default: none (one set). */
  group?: string;
  /** An agency to place among its peers: its name, or "name / group value" when the name repeats. */
  agency?: string;
  /** Peers of the chosen agency: its group (default when a group column is chosen) or all agencies. */
  peers?: "group" | "all";
  /** Year to rank (default: the latest in the table). */
  year?: number;
  /** Framework for that year (other years keep their own built-in one). */
  framework?: Framework;
  passMark?: string;
  /** National target, percent of agencies passing (default 80). */
  target?: string;
  /** How many most improved / most declined agencies to list (default 10). */
  movers?: number;
}

export type GroupAnalyseResult = { ok: true; analysis: GroupAnalysis } | { ok: false; problems: Problem[] };

export const NATIONAL_TARGET = "80";

export function analyseGroup(table: GroupTable, opts: GroupAnalyseOptions = {}): GroupAnalyseResult {
  const target = opts.target ?? NATIONAL_TARGET;
  const chosen = chooseScope(table, opts);
  if ("problems" in chosen) return { ok: false, problems: chosen.problems };
  const { groupIndex, year, previousYear } = chosen.scope;

  const graded = gradeRecords(table, chosen.scope, opts);
  const { framework, problems } = graded;
  const current = graded.byYear.get(year);
  if (!framework || !current) return { ok: false, problems };

  const agencies = rankYear(current);
  const before = previousYear === null ? undefined : graded.byYear.get(previousYear);
  const previous = before ? rankYear(before) : [];
  const summaries = summariseGroups(agencies, groupIndex >= 0, framework, target);
  const moved = compareYears(agencies, previous, opts.movers ?? 10);

  let peers: PeerPosition | null = null;
  if (opts.agency !== undefined) {
    const found = findAgency(agencies, opts.agency, year);
    if ("problem" in found) return { ok: false, problems: [found.problem] };
    peers = amongPeers(found.agency, agencies, summaries, groupIndex >= 0, opts.peers, framework);
  }

  return {
    ok: true,
    analysis: {
      year,
      framework,
      previousYear: previous.length > 0 ? previousYear : null,
      groupColumn: groupIndex >= 0 ? table.groupColumns[groupIndex].name : null,
      passMark: opts.passMark ?? framework.passMark,
      target,
      agencies,
      previous,
      groups: summaries.groups,
      all: summaries.all,
      ...moved,
      checks: graded.checks,
      peers,
      problems,
      rejected: graded.rejected,
      ignored: table.ignored,
    },
  };
}

/** Its group's agencies (the default with a group column) or all of the year's. */
function amongPeers(
  agency: AgencyResult,
  agencies: AgencyResult[],
  s: Summaries,
  grouped: boolean,
  asked: "group" | "all" | undefined,
  fw: Framework
) {
  const scope = grouped ? (asked ?? "group") : "all";
  return placeAmongPeers(agency, scope === "group" ? (s.members.get(agency.group) as AgencyResult[]) : agencies, fw, scope);
}
