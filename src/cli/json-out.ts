// JSON.stringify(value, null, 2) + "\n", written in pieces of about 64 KB: a
// national file's 8 MB of JSON (16 MB as a JS string of Thai text) never sits
// in memory whole, and stdout gets a few hundred writes, not one per agency.

const CHUNK = 64 * 1024;
/** Objects and arrays this deep are written member by member; deeper ones in one JSON.stringify each. */
const STREAMED_DEPTH = 2;

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
