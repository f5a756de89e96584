// writeJson prints exactly what JSON.stringify(value, null, 2) + "\n" does, in pieces.
import fc from "fast-check";
import { jsonString, JsonRows, safeJsonString, writeJson } from "../../src/cli/json-out";
import { escapeControls } from "../../src/cli/terminal";

const print = (v: unknown, opts: { escape?: boolean } = {}) => {
  const pieces: string[] = [];
  writeJson(v, (s) => pieces.push(s), opts);
  return pieces;
};
/** Text with the characters escapeControls is for: ESC, DEL, C1, bidi overrides and isolates. */
const unsafeText = fc.string({
  unit: fc.constantFrom("a", "ก", "\u001b", "\u007f", "\u0085", "\u009f", "\u202e", "\u2066", "\ud800", '"', "\n"),
});

describe("writeJson", () => {
  it("matches JSON.stringify on random values (empty members, undefined fields, nesting)", () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.dictionary(fc.string(), fc.jsonValue()))))
    );
    fc.assert(
      fc.property(value, (v) => expect(print(v).join("")).toBe(JSON.stringify(v, null, 2) + "\n")),
      { numRuns: 500 }
    );
  });

  it("writes a large array in pieces of about 32 K characters", () => {
    const v = {
      agencies: Array.from({ length: 20000 }, (_, i) => ({ rank: i + 1, agency: `เทศบาลตำบลที่ ${i}`, scores: { "1": 88.5 } })),
      all: {},
    };
    const pieces = print(v);
    expect(pieces.join("")).toBe(JSON.stringify(v, null, 2) + "\n");
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(36 * 1024);
  });

  it("writes JsonRows items where an array's would go", () => {
    const items = [
      { a: 1, b: [1, 2] },
      { a: 2, b: [] },
    ];
    const text = (i: number, indent: string) => JSON.stringify(items[i], null, 2).replace(/\n/g, `\n${indent}`);
    const pieces = print({ x: { rows: new JsonRows(items.length, text), none: new JsonRows(0, text) } });
    expect(pieces.join("")).toBe(JSON.stringify({ x: { rows: items, none: [] } }, null, 2) + "\n");
  });

  it("with escape, prints escapeControls of JSON.stringify (strings escaped as written, JsonRows items by the quote given)", () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(unsafeText, fc.oneof(unsafeText, fc.array(fc.dictionary(unsafeText, fc.oneof(unsafeText, fc.jsonValue())))))
    );
    fc.assert(
      fc.property(value, (v) => expect(print(v, { escape: true }).join("")).toBe(escapeControls(JSON.stringify(v, null, 2) + "\n"))),
      { numRuns: 500 }
    );
    const names = ["\u202eevil", "ok", "a\u0085b\u001b[31m"];
    const rows = new JsonRows(names.length, (i, _indent, quote) => quote(names[i]));
    expect(print({ rows }, { escape: true }).join("")).toBe(escapeControls(JSON.stringify({ rows: names }, null, 2) + "\n"));
  });

  it("safeJsonString is escapeControls of JSON.stringify of a string", () => {
    fc.assert(
      fc.property(fc.oneof(unsafeText, fc.string({ unit: "binary" })), (s) =>
        expect(safeJsonString(s)).toBe(escapeControls(JSON.stringify(s)))
      ),
      { numRuns: 2000 }
    );
  });

  it("jsonString is JSON.stringify of a string", () => {
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string());
    fc.assert(
      fc.property(text, (s) => expect(jsonString(s)).toBe(JSON.stringify(s))),
      { numRuns: 2000 }
    );
    for (const s of ['a"b', "a\\b", "\u0000", "\u001f", "\u007f", "\ud800", "\udc00x", "😀", "ไทย"])
      expect(jsonString(s)).toBe(JSON.stringify(s));
  });
});
