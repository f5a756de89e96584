import { recognizeIndicator, isConflict } from "../../src/engine/recognize";
import { builtInFramework } from "../../src/engine/frameworks/years";

const fw = builtInFramework(2565)!;
const num = (s: string) => {
  const r = recognizeIndicator(s, fw);
  return r && !isConflict(r) ? r.number : null;
};

describe("recognizeIndicator", () => {
  it.each([
    ["ตัวชี้วัดที่ ๓", 3],
    ["3", 3],
    ["ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (OIT)", 10],
    ["การใช้อำนาจ (IIT)", 3],
    ["Use of budget", 2],
    ["๖. ประสิทธิภาพการสื่อสาร", 7],
    ["๑๐.การเปิดเผยข้อมูล", 9],
    ["๕. การใช้ทรัพย์สินทางราชการ", 4],
    ["การปรับปรุงการทำงาน", 8],
    ["การปรับปรุงระบบการทำงาน (EIT)", 8],
    ["คุณภาพการดําเนินงาน", 6], // ำ typed as ํ + า
    ["Indicator 9", 9],
  ])("%s → %i", (label, expected) => {
    expect(num(label)).toBe(expected);
  });

  it("reports an explicit number that disagrees with the name", () => {
    expect(recognizeIndicator("ตัวชี้วัดที่ 6 ประสิทธิภาพการสื่อสาร", fw)).toEqual({ conflict: true, byNumber: 6, byName: 7 });
  });

  it("does not take totals, titles or unknown numbers for indicators", () => {
    expect(num("คะแนนเฉลี่ยรวม")).toBeNull();
    expect(num("11")).toBeNull();
    expect(num("88.53")).toBeNull();
  });
});
