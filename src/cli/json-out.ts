// JSON.stringify(value, null, 2) + "\n", written in pieces of about 64 KB: a
// national file's 8 MB of JSON (16 MB as a JS string of Thai text) never sits
// in memory whole, and stdout gets a few hundred writes, not one per agency.

const CHUNK = 64 * 1024;

/**
 * A long array written item by item from the data itself, with no object
 * built per item: `item(i, indent)` gives item i's JSON text as
 * JSON.stringify(…, null, 2) prints it at that indent.
 */
export class JsonRows {
  constructor(
    readonly length: number,
    readonly item: (i: number, indent: string) => string
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

export function writeJson(value: unknown, out: (s: string) => void): void {
  let buf = "";
  const write = (s: string) => {
    buf += s;
    if (buf.length >= CHUNK) {
      out(buf);
      buf = "";
    }
  };
  member(value, "", 0, write);
  out(buf + "\n");
}

const isPlain = (v: unknown): v is object =>
  v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON !== "function";

/** One value at `indent`, as JSON.stringify with 2 spaces would print it there (strings hold no raw newline). */
function member(v: unknown, indent: string, depth: number, write: (s: string) => void): void {
  if (v instanceof JsonRows) {
    if (v.length === 0) return write("[]");
    const inner = `${indent}  `;
    write("[\n");
    for (let i = 0; i < v.length; i++) write(inner + v.item(i, inner) + (i < v.length - 1 ? ",\n" : "\n"));
    return write(indent + "]");
  }
  if (depth >= STREAMED_DEPTH || !isPlain(v)) {
    write((JSON.stringify(v, null, 2) ?? "null").replace(/\n/g, `\n${indent}`));
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
    write(inner + (k === null ? "" : `${JSON.stringify(k)}: `));
    member(x, inner, depth + 1, write);
    write(i < entries.length - 1 ? ",\n" : "\n");
  });
  write(indent + close);
}
