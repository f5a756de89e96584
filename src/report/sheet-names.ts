// Sheet names, decided once for every host: Excel's rules (at most 31
// characters, none of : \ / ? * [ ]), and the choice both hosts make when a
// name is taken by a sheet the user owns: the user's sheet keeps its name and
// ours becomes "name (2)", "name (3)" … — the write never fails over a name.

export const MAX_SHEET_NAME = 31;

/** Takes `name` (or "name (2)", "name (3)" …) not yet in `taken` (lower-case names), and records it. */
export function claimName(name: string, taken: Set<string>): string {
  const clean =
    name
      .replace(/[:\\/?*[\]]/g, "-")
      .trim()
      .slice(0, MAX_SHEET_NAME) || "Sheet";
  let candidate = clean;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
