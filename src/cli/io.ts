// Where a command writes: stdout and stderr in a run, strings in a test.
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /**
   * For --json text already written with its control characters escaped
   * (writeJson's escape option): written as it is, without out's own pass
   * over it. Absent: such text goes through out.
   */
  outEscaped?: (s: string) => void;
}
