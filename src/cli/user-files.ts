// The files a user names besides the score file: a framework (--framework
// FILE.json) or a report to check. The framework reader (and its JSONC
// parser) loads only when a framework file is named.
import { readFile } from "node:fs/promises";
import { builtInFramework, KNOWN_YEARS } from "../engine/frameworks/years";
import type { Framework } from "../engine/types";
import { InputProblems } from "./failure";
import { isFrameworkFile } from "./framework-year";

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
    const { parseFrameworkJson } = await import("../engine/framework-file");
    const r = parseFrameworkJson(await readUserText(spec), spec);
    if (!r.ok) throw new InputProblems(r.problems);
    return r.framework;
  }
  const fw = builtInFramework(spec.replace(/^ita-/i, ""));
  if (!fw) throw new InputProblems([{ where: "--framework", code: "unknown-year", detail: { year: spec, known: KNOWN_YEARS.join(", ") } }]);
  return fw;
}
