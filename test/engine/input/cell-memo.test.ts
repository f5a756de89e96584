// The memo reads a cell exactly as cells.ts does (readNumber, canonical,
// inScoreRange, toCell), whether it takes the plain-score fast path or not.
import Big from "big.js";
import fc from "fast-check";
import { CellMemo, addresser } from "../../../src/engine/input/cell-memo";
import { canonical, cellAddress, inScoreRange, readNumber, toCell } from "../../../src/engine/input/cells";

function reference(v: unknown) {
  const n = readNumber(toCell(v));
  if (n.kind !== "number") return { kind: n.kind };
  const inRange = inScoreRange(n.value);
  // The official 2-decimal score, in hundredths, by big.js.
  const hundredths = inRange ? Number(n.value.round(2, Big.roundHalfUp).times(100).toFixed()) : null;
  return { kind: "number", canonical: canonical(n.value), inRange, hundredths };
}

const scoreText = fc.string({ unit: fc.constantFrom(..."0123456789.๐๕๙ ,%+-"), maxLength: 8 });
const number = fc.oneof(
  fc.integer({ min: -1000, max: 20000 }).map((h) => h / 100),
  fc.double({ min: -1, max: 1000, noNaN: true })
);

describe("CellMemo", () => {
  it("reads random score-like texts and numbers as readNumber + canonical + inScoreRange do, first time and remembered", () => {
    const memo = new CellMemo();
    fc.assert(
      fc.property(fc.oneof(scoreText, number), (v) => {
        expect(memo.score(v)).toEqual(reference(v));
        expect(memo.score(v)).toEqual(reference(v));
        expect(memo.cell(v)).toEqual(toCell(v));
      }),
      { numRuns: 3000 }
    );
  });

  it("keeps the edge cases: leading and trailing zeros, 100, just over 100, half-up digits, Thai digits", () => {
    const memo = new CellMemo();
    const cases: [unknown, unknown][] = [
      ["07.50", { kind: "number", canonical: "7.5", inRange: true, hundredths: 750 }],
      ["100.00", { kind: "number", canonical: "100", inRange: true, hundredths: 10000 }],
      ["100.01", { kind: "number", canonical: "100.01", inRange: false, hundredths: null }],
      ["0.00", { kind: "number", canonical: "0", inRange: true, hundredths: 0 }],
      ["88.005", { kind: "number", canonical: "88.005", inRange: true, hundredths: 8801 }],
      ["88.00499", { kind: "number", canonical: "88.00499", inRange: true, hundredths: 8800 }],
      ["99.995", { kind: "number", canonical: "99.995", inRange: true, hundredths: 10000 }],
      ["0.005", { kind: "number", canonical: "0.005", inRange: true, hundredths: 1 }],
      ["๘๘.๕๓", { kind: "number", canonical: "88.53", inRange: true, hundredths: 8853 }],
      ["abc", { kind: "not-a-number" }],
      ["-", { kind: "empty" }],
      [null, { kind: "empty" }],
    ];
    for (const [v, want] of cases) expect(memo.score(v)).toEqual(want);
  });

  it("gives the addresses cellAddress gives", () => {
    for (const style of ["a1", "line"] as const) {
      const p = { origin: { row: 3, col: 25 }, style };
      const addr = addresser(p);
      for (const [r, c] of [
        [0, 0],
        [7, 1],
        [7, 1],
        [100, 30],
      ])
        expect(addr(r, c)).toBe(cellAddress(p, r, c));
    }
  });

  it("gives cellAddress's addresses in any order of calls (rows revisited, columns in any order)", () => {
    const at = fc.tuple(fc.nat(200), fc.nat(40));
    fc.assert(
      fc.property(
        fc.constantFrom("a1" as const, "line" as const),
        fc.nat(9),
        fc.nat(9),
        fc.array(at, { maxLength: 30 }),
        (style, row, col, calls) => {
          const p = { origin: { row, col }, style };
          const addr = addresser(p);
          for (const [r, c] of calls) expect(addr(r, c)).toBe(cellAddress(p, r, c));
        }
      )
    );
  });
});
