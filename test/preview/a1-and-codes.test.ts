import { colLetters, parseRange, rangeA1 } from "../../src/preview/a1";
import { conditionalLook, ruleHolds } from "../../src/preview/conditional";
import { headerFooterText } from "../../src/preview/header-footer";

describe("A1 addresses", () => {
  it("names columns past Z as Excel does", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(colLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });

  it("reads ranges with or without a sheet and $ signs, in any corner order", () => {
    expect(parseRange("B2:E14")).toEqual({ r0: 1, c0: 1, r1: 13, c1: 4 });
    expect(parseRange("'Scores'!$E$14:$B$2")).toEqual({ r0: 1, c0: 1, r1: 13, c1: 4 });
    expect(parseRange("C5")).toEqual({ r0: 4, c0: 2, r1: 4, c1: 2 });
    expect(parseRange("not a range")).toBeNull();
    expect(rangeA1({ r0: 1, c0: 1, r1: 13, c1: 4 })).toBe("B2:E14");
    expect(rangeA1({ r0: 0, c0: 0, r1: 0, c1: 0 })).toBe("A1");
  });
});

describe("conditional rules", () => {
  const below = { range: "D5:D14", operator: "lessThan" as const, value: 85, fill: "#FFC7CE", fontColor: "#9C0006" };
  const pass = { range: "D5:D14", operator: "greaterThanOrEqual" as const, value: 85, fill: "#C6EFCE" };

  it("colours only cells inside the rule's range whose value meets it", () => {
    expect(conditionalLook([below, pass], 4, 3, 80.74)).toEqual({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(conditionalLook([below, pass], 4, 3, 85)).toEqual({ fill: "#C6EFCE" });
    expect(conditionalLook([below, pass], 4, 2, 50)).toEqual({}); // column C: outside
    expect(conditionalLook([below, pass], 14, 3, 50)).toEqual({}); // row 15: outside
  });

  it("compares as Excel: blank as 0, text above every number", () => {
    expect(ruleHolds(below, null)).toBe(true);
    expect(ruleHolds(below, "ไม่มีข้อมูล")).toBe(false);
    expect(ruleHolds(pass, "ไม่มีข้อมูล")).toBe(true);
    expect(ruleHolds({ ...below, operator: "equal", value: 0 }, "")).toBe(true);
  });
});

describe("header and footer codes", () => {
  const ctx = { page: 2, pages: 3, sheet: "อันดับ 2565", date: new Date(2023, 2, 20) };

  it("replaces page, pages and sheet codes and drops font and style codes", () => {
    expect(headerFooterText('&"TH SarabunPSK,Bold"&16รายงาน ITA', ctx)).toBe("รายงาน ITA");
    expect(headerFooterText("หน้า &P / &N", ctx)).toBe("หน้า 2 / 3");
    expect(headerFooterText("&B&A&B && &KFF0000แดง", ctx)).toBe("อันดับ 2565 & แดง");
  });

  it("prints the date in Thai (Buddhist era)", () => {
    expect(headerFooterText("&D", ctx)).toContain("2566");
  });
});
