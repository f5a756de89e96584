import { ruleHolds } from "../../src/preview/conditional";

describe("between rules", () => {
  it("hold inclusively, and text never falls between", () => {
    const rule = { range: "A1:A9", operator: "between" as const, value: 85, value2: 94.99, fill: "#C6EFCE" };
    expect(ruleHolds(rule, 85)).toBe(true);
    expect(ruleHolds(rule, 94.99)).toBe(true);
    expect(ruleHolds(rule, 95)).toBe(false);
    expect(ruleHolds(rule, "ผ่าน")).toBe(false);
  });
});
