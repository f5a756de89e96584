// Where a command writes: stdout and stderr in a run, strings in a test.
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}
