// Property tests: how a table is written down (row order, digits, file
// encoding) never changes what is read.
import fc from "fast-check";
import { parseScores } from "../../../src/engine/input";
import { arabicToThaiDigits } from "../../../src/engine/text";
import { decodeText } from "../../../src/files/decode";
import { textToCells } from "../../../src/files/text-cells";
import { utf16leBom, utf8, utf8Bom, windows874 } from "../../files/encode";
import { NAMES, NUMBERS } from "./report-data";

/** A score as hundredths, written with 2 decimals ("85.10") and in canonical form ("85.1"). */
const hundredths = fc.integer({ min: 0, max: 10000 });
function written(h: number): string {
  return `${Math.floor(h / 100)}.${String(h % 100).padStart(2, "0")}`;
}
function canonicalOf(h: number): string {
  const int = String(Math.floor(h / 100));
  const frac = String(h % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return frac === "" ? int : `${int}.${frac}`;
}

interface Case {
  s64: number[];
  s65: number[];
  t64: number;
  t65: number;
}
const caseArb: fc.Arbitrary<Case> = fc.record({
  s64: fc.array(hundredths, { minLength: 10, maxLength: 10 }),
  s65: fc.array(hundredths, { minLength: 10, maxLength: 10 }),
  t64: hundredths,
  t65: hundredths,
});

const expected = (c: Case) => [
  { year: 2564, stated: canonicalOf(c.t64), scores: Object.fromEntries(NUMBERS.map((n) => [n, canonicalOf(c.s64[n - 1])])) },
  { year: 2565, stated: canonicalOf(c.t65), scores: Object.fromEntries(NUMBERS.map((n) => [n, canonicalOf(c.s65[n - 1])])) },
];

/** Rows of a report-style table: rank, label, 2564, 2565 — with a total row. */
function rows(c: Case, order: number[], thai: (i: number) => boolean): string[][] {
  const d = (s: string, i: number) => (thai(i) ? arabicToThaiDigits(s) : s);
  const out = [["ที่", "ตัวชี้วัด", d("ผลคะแนนปี 2564", 0), d("ผลคะแนนปี 2565", 1)]];
  order.forEach((n, k) => {
    const i = 10 + k * 4;
    out.push([d(String(k + 1), i), d(`ตัวชี้วัดที่ ${n} ${NAMES[n]}`, i + 1), d(written(c.s64[n - 1]), i + 2), d(written(c.s65[n - 1]), i + 3)]);
  });
  out.push(["", "ผลคะแนนเฉลี่ย", d(written(c.t64), 2), d(written(c.t65), 3)]);
  return out;
}

function readBack(cells: unknown[][], style: "a1" | "line" = "a1") {
  const r = parseScores(cells, { addressStyle: style });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.table.years.map((y) => ({ year: y.year, stated: y.stated, scores: y.scores }));
}

const order = fc.shuffledSubarray(NUMBERS, { minLength: 10, maxLength: 10 });
const digitsChoice = fc.func(fc.boolean());

describe("parseScores properties", () => {
  it("shuffling the indicator rows never changes scores, years or stated overalls", () => {
    fc.assert(
      fc.property(caseArb, order, (c, o) => {
        expect(readBack(rows(c, o, () => false))).toEqual(expected(c));
      })
    );
  });

  it("writing any cell's digits in Thai or Arabic never changes the result", () => {
    fc.assert(
      fc.property(caseArb, order, digitsChoice, (c, o, thai) => {
        expect(readBack(rows(c, o, (i) => thai(i)))).toEqual(expected(c));
      })
    );
  });

  it("saving as UTF-8, UTF-8 with BOM, UTF-16LE or Windows-874 CSV never changes the result", () => {
    const encoders = fc.constantFrom(utf8, utf8Bom, utf16leBom, windows874);
    fc.assert(
      fc.property(caseArb, order, digitsChoice, encoders, (c, o, thai, encode) => {
        const text =
          rows(c, o, (i) => thai(i))
            .map((r) => r.join(","))
            .join("\r\n") + "\r\n";
        const cells = textToCells(decodeText(encode(text)).text, "csv");
        expect(readBack(cells, "line")).toEqual(expected(c));
      }),
      { numRuns: 200 }
    );
  });
});
