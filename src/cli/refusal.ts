// Input that is readable but cannot be used as given, said in one sentence.
/** A refusal said in one sentence (Thai, English), exit code 2: the input is readable but cannot be used as given. */
export class Refusal extends Error {
  constructor(
    readonly th: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "Refusal";
  }
}
