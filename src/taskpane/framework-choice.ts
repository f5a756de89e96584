// Which framework grades the latest year, decided from what was read and
// what the user chose — never guessed: a table that names no year waits for
// the user's year, and a year newer than every framework waits for an
// explicit "grade it by the newest year's rules" or a framework file.
import type { Framework } from "../engine/types";

/** What the user picked in the framework list. */
export type FrameworkPick = { kind: "auto" } | { kind: "built-in"; id: string } | { kind: "file"; framework: Framework; text: string };

export type Resolution =
  | { ok: true; year: number; framework: Framework; explicit: boolean }
  /** No year read and none named: ask for the year. */
  | { ok: false; need: "year" }
  /** A year newer than every framework: offer the newest, or a file. */
  | { ok: false; need: "later-year"; year: number; newest: Framework }
  /** A year older than every framework: choose one, or a file. */
  | { ok: false; need: "unknown-year"; year: number };

export interface ResolveInput {
  /** The latest year the table names, or null. */
  yearRead: number | null;
  /** The year the user named for a yearless table, or null. */
  yearNamed: number | null;
  pick: FrameworkPick;
  /** The user accepted grading a later year by the newest framework. */
  acceptNewest: boolean;
  frameworks: readonly Framework[];
}

export function resolveFramework(i: ResolveInput): Resolution {
  const year = i.yearRead ?? i.yearNamed;
  if (year === null) return { ok: false, need: "year" };
  if (i.pick.kind === "file") return { ok: true, year, framework: i.pick.framework, explicit: true };
  if (i.pick.kind === "built-in") {
    const id = i.pick.id;
    const chosen = i.frameworks.find((f) => f.id === id);
    if (chosen) return { ok: true, year, framework: chosen, explicit: true };
  }
  const own = i.frameworks.find((f) => f.year === year);
  if (own) return { ok: true, year, framework: own, explicit: false };
  const newest = i.frameworks[i.frameworks.length - 1];
  if (newest.year !== null && year > newest.year) {
    return i.acceptNewest ? { ok: true, year, framework: newest, explicit: true } : { ok: false, need: "later-year", year, newest };
  }
  return { ok: false, need: "unknown-year", year };
}

/** The pick as kept with the workbook (a file's own text, so a re-run needs no file). */
export function pickToSetting(p: FrameworkPick): string {
  return JSON.stringify(p.kind === "file" ? { kind: "file", text: p.text } : p);
}

/** A kept pick back; a kept file is parsed again by `parseFile` (it may no longer validate: then auto). */
export async function pickFromSetting(
  raw: string | null,
  parseFile: (text: string) => Promise<Framework | null>,
  frameworks: readonly Framework[]
): Promise<FrameworkPick> {
  if (raw === null) return { kind: "auto" };
  let v: { kind?: string; id?: unknown; text?: unknown };
  try {
    v = JSON.parse(raw) as typeof v;
  } catch {
    return { kind: "auto" }; // a damaged setting is no reason to stop: start from auto
  }
  if (v.kind === "built-in" && typeof v.id === "string" && frameworks.some((f) => f.id === v.id)) return { kind: "built-in", id: v.id };
  if (v.kind === "file" && typeof v.text === "string") {
    // A reader that fails to load is not a damaged setting: it rejects, and the pane says so (never a silent auto).
    const framework = await parseFile(v.text);
    if (framework) return { kind: "file", framework, text: v.text };
  }
  return { kind: "auto" };
}
