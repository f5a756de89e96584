import fc from "fast-check";
import { displayWidth, normalizeText } from "../../src/engine/text";

describe("displayWidth (terminal cells)", () => {
  it("gives Thai vowels and tone marks above or below a letter no cell", () => {
    expect(displayWidth("ที่")).toBe(1); // ท + ี + ่
    expect(displayWidth("การปฏิบัติหน้าที่")).toBe(11);
    expect(displayWidth("ลำปาง")).toBe(5); // ำ is written on the line
  });
  it("counts ASCII, Thai digits and spaces one cell each, invisible characters none", () => {
    expect(displayWidth("88.53 (IIT)")).toBe(11);
    expect(displayWidth("๑๐๐.๐๐")).toBe(6);
    expect(displayWidth("a\u200bb\u00ad")).toBe(2);
  });
  it("counts East Asian wide characters two cells", () => {
    expect(displayWidth("中文")).toBe(4);
  });
  it("is what normalizeText keeps: invisible characters dropped, marks kept", () => {
    const s = "การใช้\u200bอำนาจ";
    expect(displayWidth(normalizeText(s))).toBe(displayWidth(s));
  });
});

describe("normalizeText", () => {
  // The rules in full; normalizeText returns most text (ASCII, Thai, single spaces) as it is, after one look at each unit.
  const reference = (s: string) =>
    s
      .normalize("NFC")
      .replace(/\u0e4d\u0e32/g, "\u0e33")
      .replace(/[\u200d\u200b\u200c\u2060\ufeff\u00ad]/g, "")
      .replace(/[\s\u00a0\u2007\u202f\u3000]+/g, " ")
      .trim();
  it("gives what the full rules give, on ASCII, spaces, controls, Thai and invisible characters", () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("\u00a0", "\u3000", "\u200b", "\ufeff", "\u00ad", "\u0e4d", "\u0e32", "ก", "\u0301", "é", "\u2028"),
      // Thai: letters, vowels, the marks NFC reorders (ุ ู ฺ ่ ้ ๊ ๋) and ones it does not (ั ิ ็ ์), ำ, digits, the block's edges.
      fc.constantFrom(..."กขทนมาเแัิีฺุู่้๊๋็์ํำ๐๙\u0e00\u0e5b\u0e5c\u0e7f"),
      fc.constant(" ")
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 14 }), (units) => {
        const s = units.join("");
        expect(normalizeText(s)).toBe(reference(s));
      }),
      { numRuns: 20000 }
    );
    for (const s of [
      "82.68",
      "100",
      "2565",
      "AA",
      "e\u0301",
      " 82.68",
      "82.68\u00a0",
      "\u007f",
      "ก\u0e48\u0e38",
      "ก\u0e38\u0e48",
      "ก\u0e4d\u0e32",
      "เทศบาลตำบลที่ 17",
      "a  b",
    ])
      expect(normalizeText(s)).toBe(reference(s));
  });
  it("gives what the full rules give on every pair of units from the Thai block and ASCII, after a letter", () => {
    const units: string[] = [" "];
    for (let c = 0x21; c < 0x7f; c++) units.push(String.fromCharCode(c));
    for (let c = 0x0e00; c <= 0x0e7f; c++) units.push(String.fromCharCode(c));
    for (const a of units) for (const b of units) expect(normalizeText(`ก${a}${b}`)).toBe(reference(`ก${a}${b}`));
  });
});
