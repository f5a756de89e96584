// File errors carry a Problem, so every front end prints them with
// describeProblem instead of showing a raw exception.
import type { Problem } from "../engine/types";

export class FileError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(`${problem.code} (${problem.where}): ${JSON.stringify(problem.detail)}`);
    this.name = "FileError";
    this.problem = problem;
  }
}

/** Reasons for "unreadable-file"; describeProblem has a sentence for each. */
export type UnreadableReason =
  "not-found" | "unsupported-type" | "legacy-xls" | "bad-xlsx" | "no-sheet" | "sheet-not-found" | "read-failed";

export const unreadable = (where: string, reason: UnreadableReason, extra: Record<string, string | number> = {}): FileError =>
  new FileError({ where, code: "unreadable-file", detail: { reason, ...extra } });

export const emptyFile = (where: string): FileError => new FileError({ where, code: "empty", detail: {} });

export const isFileError = (e: unknown): e is FileError =>
  e instanceof FileError || (typeof e === "object" && e !== null && (e as { name?: unknown }).name === "FileError" && "problem" in e);
