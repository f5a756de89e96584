// writeJson prints exactly what JSON.stringify(value, null, 2) + "\n" does, in pieces.
import fc from "fast-check";
import { writeJson } from "../../src/cli/json-out";

const print = (v: unknown) => {
  const pieces: string[] = [];
  writeJson(v, (s) => pieces.push(s));
  return pieces;
};

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

  it("writes a large array in pieces of about 64 KB", () => {
    const v = {
      agencies: Array.from({ length: 20000 }, (_, i) => ({ rank: i + 1, agency: `เทศบาลตำบลที่ ${i}`, scores: { "1": 88.5 } })),
      all: {},
    };
    const pieces = print(v);
    expect(pieces.join("")).toBe(JSON.stringify(v, null, 2) + "\n");
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(70 * 1024);
  });
});
