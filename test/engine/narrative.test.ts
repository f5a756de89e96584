import { analyse } from "../../src/engine/analyse";
import { fiscalPeriod, fiscalYearOf } from "../../src/engine/fiscal";
import { indicatorSentence, overallSentence, splitHeading } from "../../src/engine/narrative";
import { referenceTable } from "../helpers/tables";

const r = analyse(referenceTable());
if (!r.ok) throw new Error("reference must analyse");
const a = r.analysis;

describe("fiscal periods", () => {
  it("prints FY2566 as the report does, and in Arabic digits and English", () => {
    expect(fiscalPeriod(2566, "th", "thai")).toBe("ต.ค. ๖๕ - ก.ย. ๖๖");
    expect(fiscalPeriod(2566, "th", "arabic")).toBe("ต.ค. 65 - ก.ย. 66");
    expect(fiscalPeriod(2566, "en", "arabic")).toBe("Oct 2022 – Sep 2023");
  });
  it("starts a fiscal year on 1 October", () => {
    expect(fiscalYearOf(new Date(2022, 8, 30))).toBe(2565);
    expect(fiscalYearOf(new Date(2022, 9, 1))).toBe(2566);
  });
});

describe("narrative", () => {
  it("writes the report's sentence for indicator 3", () => {
    expect(indicatorSentence(a, 3, "th", "thai")).toMatch(
      /^ตัวชี้วัดที่ ๓ การใช้อำนาจ \(IIT\) ได้คะแนนการประเมินร้อยละ ๘๓\.๙๗ ลดลงจากปี พ\.ศ\. ๒๕๖๔ ๑\.๑๖ คะแนน/
    );
  });
  it("prints 100 as the report does, in Arabic digits on request", () => {
    expect(indicatorSentence(a, 10, "th", "arabic")).toContain("ได้คะแนนการประเมินร้อยละ 100 เพิ่มขึ้นจากปี พ.ศ. 2564 7.14 คะแนน เป็นจุดแข็ง");
  });
  it("writes English", () => {
    expect(indicatorSentence(a, 2, "en", "arabic")).toBe(
      "Indicator 2 Use of budget (IIT) scored 81.43, down 0.64 from FY2564; to be improved."
    );
    expect(overallSentence(a, "en", "arabic")).toBe("The FY2565 ITA overall score is 88.53, grade A; passed.");
  });
  it("states the overall as section 5 does", () => {
    expect(overallSentence(a, "th", "thai")).toContain("มีผลคะแนนเท่ากับร้อยละ ๘๘.๕๓ คะแนน อยู่ในระดับ A");
  });
});

describe("strengths and weaknesses headings", () => {
  it("count the indicators on each side of the strength mark, in the chosen language and digits", () => {
    expect(splitHeading(a, "strengths", "th", "arabic")).toBe("จุดแข็ง (ตัวชี้วัดที่ได้คะแนนตั้งแต่ร้อยละ 85 ขึ้นไป) จำนวน 4 ตัวชี้วัด ได้แก่");
    const at90 = analyse(referenceTable(), { passMark: "90" });
    if (!at90.ok) throw new Error("reference must analyse");
    // 90.79, 95.56 and 100 clear 90; 85.75 no longer does.
    expect(splitHeading(at90.analysis, "strengths", "en", "arabic")).toBe("Strengths (indicators scoring 90 or more): 3");
    expect(splitHeading(at90.analysis, "weaknesses", "en", "arabic")).toBe("To improve (indicators scoring below 90): 7");
  });
});
