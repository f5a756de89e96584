// JSON.stringify(value, null, 2) + "\n", written in pieces of about 32,768
// characters: a national file's 8 MB of JSON (16 MB as a JS string of Thai
// text) never sits in memory whole, and stdout gets a few hundred writes, not
// one per agency.
// With { escape: true } it is escapeControls of that text (terminal.ts), each
// string escaped as it is written, so the CLI need not pass the whole output
// through escapeControls again.
import { escapeControls } from "./terminal";

/**
 * Characters a piece gathers before it is handed on (a piece with Thai in it
 * is a two-byte string, 64 KB at this size). With pieces of 64 K characters a
 * national run's peak RSS was 8–10 MB higher (150–153 MB against 140–143 MB
 * written to a file, 162 against 154 MB through a pipe) for the same speed;
 * measured, not explained: V8's large-object space did not grow.
 */
const CHUNK = 32 * 1024;

/** How a string is written as JSON: jsonString, or safeJsonString when escaping controls. */
export type Quote = (s: string) => string;

/**
 * A long array written item by item from the data itself, with no object
 * built per item: `item(i, indent, quote)` gives item i's JSON text as
 * JSON.stringify(…, null, 2) prints it at that indent, every string in it
 * written by `quote`.
 */
export class JsonRows {
  constructor(
    readonly length: number,
    readonly item: (i: number, indent: string, quote: Quote) => string
  ) {}
}
/** Objects and arrays this deep are written member by member; deeper ones in one JSON.stringify each. */
const STREAMED_DEPTH = 2;

/** Characters JSON.stringify writes escaped: quote, backslash, C0 controls, and surrogates (escaped when unpaired). */
// Control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
/** JSON.stringify(s), quoted directly when nothing in it needs an escape (most text). */
export const jsonString = (s: string): string => (ESCAPED.test(s) ? JSON.stringify(s) : `"${s}"`);

/** What JSON.stringify escapes, and what escapeControls does beyond it: DEL, C1 controls, bidirectional overrides and isolates. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /["\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;
/** escapeControls(JSON.stringify(s)), quoted directly when nothing in it needs an escape. */
export const safeJsonString = (s: string): string => (UNSAFE.test(s) ? escapeControls(JSON.stringify(s)) : `"${s}"`);

/**
 * JSON.stringify(value, null, 2) + "\n" to `out` in pieces; with
 * `escape`, escapeControls of it (what the CLI prints for --json).
 */
export function writeJson(value: unknown, out: (s: string) => void, opts: { escape?: boolean } = {}): void {
  const quote: Quote = opts.escape ? safeJsonString : jsonString;
  const whole = opts.escape ? escapeControls : (s: string) => s;
  // Each piece is handed on as one flat string (joined), not as the chain of
  // small strings `+=` builds: a pipe that is not read at once holds what is
  // queued, and a chain keeps every small string alive with it.
  let parts: string[] = [];
  let length = 0;
  const write = (s: string) => {
    parts.push(s);
    length += s.length;
    if (length >= CHUNK) {
      out(parts.join(""));
      parts = [];
      length = 0;
    }
  };
  member(value, "", 0, write, quote, whole);
  parts.push("\n");
  out(parts.join(""));
}

const isPlain = (v: unknown): v is object =>
  v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON !== "function";

/** One value at `indent`, as JSON.stringify with 2 spaces would print it there (strings hold no raw newline). */
function member(v: unknown, indent: string, depth: number, write: (s: string) => void, quote: Quote, whole: (s: string) => string): void {
  if (v instanceof JsonRows) {
    if (v.length === 0) return write("[]");
    const inner = `${indent}  `;
    write("[\n");
    for (let i = 0; i < v.length; i++) write(inner + v.item(i, inner, quote) + (i < v.length - 1 ? ",\n" : "\n"));
    return write(indent + "]");
  }
  if (depth >= STREAMED_DEPTH || !isPlain(v)) {
    write(whole((JSON.stringify(v, null, 2) ?? "null").replace(/\n/g, `\n${indent}`)));
    return;
  }
  const inner = `${indent}  `;
  const entries: [string | null, unknown][] = Array.isArray(v)
    ? v.map((x) => [null, x])
    : Object.entries(v).filter(([, x]) => JSON.stringify(typeof x === "object" ? null : x) !== undefined);
  const [open, close] = Array.isArray(v) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) return write(open + close);
  write(`${open}\n`);
  entries.forEach(([k, x], i) => {
    write(inner + (k === null ? "" : `${quote(k)}: `));
    member(x, inner, depth + 1, write, quote, whole);
    write(i < entries.length - 1 ? ",\n" : "\n");
  });
  write(indent + close);
}
