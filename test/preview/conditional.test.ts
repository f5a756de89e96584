import { conditionalLook, ruleHolds } from "../../src/preview/conditional";

describe("between rules", () => {
  it("hold inclusively, and text never falls between", () => {
    const rule = { range: "A1:A9", operator: "between" as const, value: 85, value2: 94.99, fill: "#C6EFCE" };
    expect(ruleHolds(rule, 85)).toBe(true);
    expect(ruleHolds(rule, 94.99)).toBe(true);
    expect(ruleHolds(rule, 95)).toBe(false);
    expect(ruleHolds(rule, "ผ่าน")).toBe(false);
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
