import { formatValue } from "../../src/preview/number-format";

describe("formatValue", () => {
  it('"0.00": two decimals, rounded half up as Excel shows them', () => {
    expect(formatValue(88.5, "0.00")).toBe("88.50");
    expect(formatValue(100, "0.00")).toBe("100.00");
    // 85.005 is 85.00499… as a binary float: toFixed gives "85.00", Excel shows 85.01.
    expect(formatValue(85.005, "0.00")).toBe("85.01");
    expect(formatValue(-3.456, "0.00")).toBe("-3.46");
  });

  it('"+0.00;-0.00;0.00": a sign on rises and falls, none on no change', () => {
    const f = "+0.00;-0.00;0.00";
    expect(formatValue(0.81, f)).toBe("+0.81");
    expect(formatValue(-0.64, f)).toBe("-0.64");
    expect(formatValue(0, f)).toBe("0.00");
    expect(formatValue(-6.55, f)).toBe("-6.55");
  });

  it("Thai-digit locale prefix [$-D07041E] prints Thai digits, in every section", () => {
    expect(formatValue(88.53, "[$-D07041E]0.00")).toBe("๘๘.๕๓");
    const signed = "[$-D07041E]+0.00;[$-D07041E]-0.00;[$-D07041E]0.00";
    expect(formatValue(1.23, signed)).toBe("+๑.๒๓");
    expect(formatValue(-0.5, signed)).toBe("-๐.๕๐");
    expect(formatValue(0, signed)).toBe("๐.๐๐");
    expect(formatValue(7, "[$-D07041E]0")).toBe("๗");
  });

  it("a locale tag without the Thai numeral system keeps Arabic digits", () => {
    expect(formatValue(12.5, "[$-41E]0.00")).toBe("12.50");
  });

  it('"@" and General show text as typed and numbers without padding', () => {
    expect(formatValue("๘๘.๕๓", "@")).toBe("๘๘.๕๓");
    expect(formatValue("ตัวชี้วัดที่ ๑", undefined)).toBe("ตัวชี้วัดที่ ๑");
    expect(formatValue(88.5, undefined)).toBe("88.5");
    expect(formatValue(2565, "General")).toBe("2565");
    expect(formatValue(0.1 + 0.2, undefined)).toBe("0.3");
    expect(formatValue(null, "0.00")).toBe("");
  });

  it("grouping, percent and quoted literals", () => {
    expect(formatValue(8323, "#,##0")).toBe("8,323");
    expect(formatValue(0.8094, "0.00%")).toBe("80.94%");
    expect(formatValue(5, '0 "คะแนน"')).toBe("5 คะแนน");
  });
});
