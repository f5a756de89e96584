// Owners from the planner's own list of units. Once a planner typed a list,
// no measure names a unit that is not on it: each indicator gets the unit
// the planner chose, else the library's default when it is on the list (or
// a listed unit the default is part of: "กองคลัง (งานพัสดุ)" → "กองคลัง"),
// else a prompt to name one. Never a guess from outside the list.
import { recommendationFor } from "./plan";
import type { OwnerMap } from "./plan";
import { matchKey } from "./text";
import type { Framework, Text } from "./types";

/** What a measure without a chosen owner prints: visibly to be filled in, not a unit nobody typed. */
export const OWNER_TO_NAME: Text = { th: "(ระบุผู้รับผิดชอบ)", en: "(owner to be named)" };

/** Indicator number → the unit chosen ("" = chosen to leave open). */
export type OwnerChoices = Record<number, string>;

/**
 * The listed unit the library's default owner names: the same unit, the
 * unit with a section in brackets ("กองคลัง (งานพัสดุ)" → "กองคลัง"), or its
 * longer name ("สำนักปลัด" → "สำนักปลัดเทศบาล"); the longest such, else null.
 */
export function defaultOnList(defaultOwner: string, units: string[]): string | null {
  const d = matchKey(defaultOwner);
  const names = (u: string) => {
    const k = matchKey(u);
    return k !== "" && (k.startsWith(d) || d === k || d.startsWith(`${k} `) || d.startsWith(`${k}(`));
  };
  const fits = units.filter(names);
  if (fits.length === 0) return null;
  return fits.reduce((a, b) => (matchKey(b).length > matchKey(a).length ? b : a));
}

/** The unit each indicator's measure names, from the list only ("" when none fits). */
export function ownerOnList(fw: Framework, n: number, units: string[], chosen: OwnerChoices): string {
  const pick = chosen[n];
  if (pick !== undefined && (pick === "" || units.includes(pick))) return pick;
  const def = fw.indicators.find((i) => i.number === n);
  return defaultOnList(recommendationFor(def, n).owner.th, units) ?? "";
}

/** The analysis' owner option for a planner's list; undefined without a list (the library's defaults stand). */
export function ownerMap(fw: Framework, units: string[], chosen: OwnerChoices): OwnerMap | undefined {
  if (units.length === 0) return undefined;
  const map: OwnerMap = {};
  for (const i of fw.indicators) {
    const unit = ownerOnList(fw, i.number, units, chosen);
    // A typed unit is the planner's own word, in either output language.
    map[i.number] = unit === "" ? OWNER_TO_NAME : { th: unit, en: unit };
  }
  return map;
}
