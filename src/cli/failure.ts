// What stops a command once its arguments are read, said in one sentence.
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
