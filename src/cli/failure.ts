// What stops a command once its arguments are read: problems in the input,
// or one sentence. (Small on purpose: main.ts loads it for every command.)
import type { Problem } from "../engine/types";

/** Problems the user must fix: reported together, exit code 2. */
export class InputProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super("input problems");
  }
}

/**
 * A command stopped with one sentence (Thai, English) and its exit code: 2
 * for input that is readable but cannot be used as given, or an output file
 * that cannot be written; 1 for a failure of the machine (making the PDF).
 */
export class CommandFailure extends Error {
  constructor(
    readonly th: string,
    readonly en: string,
    readonly exitCode = 2
  ) {
    super(en);
    this.name = "CommandFailure";
  }
}
