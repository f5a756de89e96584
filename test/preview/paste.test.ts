import { cellFromText, parseTabText } from "../../src/preview/paste";

describe("parseTabText", () => {
  it("splits rows on line breaks and columns on tabs, without an empty last row", () => {
    expect(parseTabText("ที่\tตัวชี้วัด\t2565\r\n1\tการปฏิบัติหน้าที่\t90.79\r\n")).toEqual([
      ["ที่", "ตัวชี้วัด", "2565"],
      ["1", "การปฏิบัติหน้าที่", "90.79"],
    ]);
  });

  it("keeps empty cells and reads quoted cells holding line breaks, tabs and quotes", () => {
    expect(parseTabText('a\t\tc\n"two\nlines"\t"say ""hi"""\t"x\ty"')).toEqual([
      ["a", "", "c"],
      ["two\nlines", 'say "hi"', "x\ty"],
    ]);
  });

  it("takes a quote inside a cell literally", () => {
    expect(parseTabText('5" wide\tok')).toEqual([['5" wide', "ok"]]);
  });
});

describe("cellFromText", () => {
  it("makes plain Arabic-digit numbers numbers, as Excel does on paste", () => {
    expect(cellFromText("88.53")).toBe(88.53);
    expect(cellFromText(" 100 ")).toBe(100);
    expect(cellFromText("1,234.5")).toBe(1234.5);
    expect(cellFromText("-0.64")).toBe(-0.64);
  });

  it("keeps everything else as text (Thai digits, malformed numbers), and empty as null", () => {
    expect(cellFromText("๘๘.๕๓")).toBe("๘๘.๕๓");
    expect(cellFromText("8x.5")).toBe("8x.5");
    expect(cellFromText("1,2")).toBe("1,2");
    expect(cellFromText("   ")).toBeNull();
  });
});
