import { classifyHeader, isGradeLabel, isTotalLabel, readYearHeader, yearsInTitle } from "../../../src/engine/input/labels";
import { columnLetters } from "../../../src/engine/a1";
import { cellAddress, readNumber, toCell } from "../../../src/engine/input/cells";

describe("readYearHeader", () => {
  it.each([
    ["2564", 2564],
    ["ปี ๒๕๖๔", 2564],
    ["พ.ศ. 2564", 2564],
    ["พ.ศ.๒๕๖๔", 2564],
    ["ผลคะแนนปี ๒๕๖๕", 2565],
    ["FY2021", 2564],
    ["fy 2022", 2565],
    ["ค.ศ. 2022", 2565],
    ["ปีงบประมาณ 2565", 2565],
    ["ปี 65", 2565],
    ["FY21", 2564],
  ])("%p → %p", (text, year) => {
    expect(readYearHeader(text)).toBe(year);
  });

  it.each(["ปี ๒๕๖x", "FY20x1", "ปีงบประมาณ", "2564-2565", "ปี 1234"])("%p looks like a year header but cannot be read", (text) => {
    expect(readYearHeader(text)).toBe("bad");
  });

  it.each(["ตัวชี้วัด", "ได้คะแนนร้อยละ", "88.53", ""])("%p is no year header", (text) => {
    expect(readYearHeader(text)).toBeNull();
  });
});

describe("classifyHeader", () => {
  it("puts change before year: the report's 5th column is not a year", () => {
    expect(classifyHeader("การเปลี่ยนแปลง เพิ่ม/ลด จากปี พ.ศ.๒๕๖๔").kind).toBe("change");
    expect(classifyHeader("Change vs 2564").kind).toBe("change");
  });
  it.each([
    ["ที่", "rank"],
    ["อันดับ", "rank"],
    ["No.", "rank"],
    ["ตัวชี้วัด", "indicator"],
    ["ได้คะแนนร้อยละ", "score"],
    ["หมายเหตุ", "other"],
    ["", "empty"],
  ])("%p → %p", (text, kind) => {
    expect(classifyHeader(text).kind).toBe(kind);
  });
});

describe("row labels", () => {
  it.each(["คะแนนรวม", "คะแนนเฉลี่ย", "คะแนนเฉลี่ยรวม", "ผลคะแนนเฉลี่ย", "คะแนน ITA", "ผลคะแนน ITA", "Total", "Overall", "คะแนนเฉลี่ย (ร้อยละ)"])(
    "%p is a total",
    (t) => expect(isTotalLabel(t)).toBe(true)
  );
  it.each(["ระดับผลการประเมิน", "ระดับ", "Grade", "ผลการประเมิน"])("%p is a grade", (t) => expect(isGradeLabel(t)).toBe(true));
  it.each(["การใช้อำนาจ", "คะแนนพิเศษ", "ตัวชี้วัดที่ 3"])("%p is neither", (t) => {
    expect(isTotalLabel(t)).toBe(false);
    expect(isGradeLabel(t)).toBe(false);
  });
  it("finds the years a title names", () => {
    expect(yearsInTitle("เรียงอันดับคะแนน (ร้อยละ) ของแต่ละตัวชี้วัด ปีงบประมาณ พ.ศ.๒๕๖๕")).toEqual([2565]);
    expect(yearsInTitle("ปีงบประมาณ พ.ศ. ๒๕๖๔ เปรียบเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๕")).toEqual([2564, 2565]);
  });
});

describe("cells", () => {
  it("A1 addresses past Z", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
    expect(cellAddress({ origin: { row: 4, col: 1 }, style: "a1" }, 2, 1)).toBe("C7");
    expect(cellAddress({ origin: { row: 0, col: 0 }, style: "line" }, 6, 1)).toBe("line 7, column 2");
  });

  it("reads numbers without float arithmetic and refuses what is not one", () => {
    const n = (v: unknown) => {
      const r = readNumber(toCell(v));
      return r.kind === "number" ? r.value.toFixed() : r.kind;
    };
    expect(n("1,234.5")).toBe("1234.5");
    expect(n("0.1")).toBe("0.1");
    expect(n("๑๐๐")).toBe("100");
    expect(n("-")).toBe("empty");
    expect(n("")).toBe("empty");
    expect(n("8x.5")).toBe("not-a-number");
    expect(n("88,53")).toBe("not-a-number");
    expect(n(true)).toBe("not-a-number");
    expect(n(NaN)).toBe("not-a-number");
  });
});
