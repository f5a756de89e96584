// Phase 6 of a group analysis: the one agency a user named, found among the
// ranked year's agencies by its name cell, its name, "name / group value"
// or a unique part of its name.
import { matchKey } from "../text";
import type { Problem } from "../types";
import type { AgencyResult } from "./types";

/** The agency a user named: "@cell" of its name, exact name, else "name / group value", else a unique partial name. */
export function findAgency(agencies: AgencyResult[], text: string, year: number): { agency: AgencyResult } | { problem: Problem } {
  const k = matchKey(text);
  // The key starts with the matchKey of the name (see AgencyRecord.key).
  const nameKey = (a: AgencyResult) => a.key.slice(0, a.key.indexOf("\u0001"));
  // "@B7": the cell of the agency's name, unambiguous whatever the names and groups hold.
  const cell = /^@\s*(\S+)$/.exec(text.trim());
  let hits = cell ? agencies.filter((a) => a.where.toUpperCase() === cell[1].toUpperCase()) : agencies.filter((a) => nameKey(a) === k);
  // "name / group": either side may itself hold "/", so every "/" is tried as the divider.
  if (hits.length === 0 && !cell) hits = byNameAndGroup(agencies, k, nameKey);
  if (hits.length === 0 && !cell) hits = agencies.filter((a) => nameKey(a).includes(k));
  if (hits.length === 1) return { agency: hits[0] };
  if (hits.length === 0) return { problem: { where: "--agency", code: "unknown-agency", detail: { text, year } } };
  return {
    problem: {
      where: "--agency",
      code: "ambiguous-agency",
      detail: {
        text,
        groups: hits
          .slice(0, 5)
          .map((a) => `${a.agency} / ${a.groups.filter((g) => g !== "").join(", ")} (@${a.where})`)
          .join("; "),
      },
    },
  };
}

/** Agencies whose name is the text before some "/" and one of whose groups is the text after it. */
function byNameAndGroup(agencies: AgencyResult[], k: string, nameKey: (a: AgencyResult) => string): AgencyResult[] {
  const hits = new Set<AgencyResult>();
  for (let slash = k.indexOf("/"); slash > 0; slash = k.indexOf("/", slash + 1)) {
    const name = k.slice(0, slash).trim();
    const group = k.slice(slash + 1).trim();
    for (const a of agencies) if (nameKey(a) === name && a.groups.some((g) => matchKey(g) === group)) hits.add(a);
  }
  return [...hits];
}
