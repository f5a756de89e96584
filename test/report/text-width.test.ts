import { fitColumns, fitWidth, printedNumber, textWidth, wrappedLines } from "../../src/report/text-width";

describe("textWidth", () => {
  it("gives tone marks and upper vowels no width, and narrow punctuation less than a letter", () => {
    expect(textWidth("ปิ่น")).toBe(textWidth("ปน"));
    expect(textWidth("ก.ย.")).toBeLessThan(textWidth("กกยย"));
    // Measured on the printed page: 20 × "ก" is 185 pt, i.e. 35 units of 5.25 pt; never under-estimated.
    expect(textWidth("ก".repeat(20))).toBeGreaterThanOrEqual(35);
  });
});

describe("wrappedLines", () => {
  it("keeps a text on one line in the width fitWidth gives it", () => {
    for (const t of ["ได้คะแนนร้อยละ", "ต.ค. ๖๕ - ก.ย. ๖๖", "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน (EIT)", "Oct 2022 – Sep 2023"]) {
      expect(wrappedLines(t, fitWidth([t], 1, 200))).toBe(1);
    }
  });

  it("adds a line when the text only just fills the line (word wrapping loses part of each line)", () => {
    const t = "ได้คะแนนร้อยละ";
    expect(wrappedLines(t, textWidth(t) + 1)).toBe(2);
  });

  it("wraps at words: more lines in a narrower column, one more per line break", () => {
    const t = "นำเทคโนโลยีมาใช้ให้บริการออนไลน์ ปรับปรุงขั้นตอนการทำงานให้สะดวกรวดเร็ว และเปิดโอกาสให้ผู้รับบริการมีส่วนร่วมเสนอความคิดเห็นเพื่อการปรับปรุง";
    const w60 = wrappedLines(t, 60);
    expect(w60).toBeGreaterThanOrEqual(3); // LibreOffice prints it on 4 lines at 60
    expect(wrappedLines(t, 30)).toBeGreaterThan(w60);
    expect(wrappedLines(`${t}\n${t}`, 60)).toBe(2 * w60);
    // A word longer than the line still counts every line it takes.
    expect(wrappedLines("ก".repeat(40), 10)).toBeGreaterThanOrEqual(8);
  });
});

describe("fitted columns", () => {
  it("measures a number as its format prints it (decimals, sign, Thai digits)", () => {
    expect(printedNumber(100, "[$-D00041E]0.00")).toBe("๑๐๐.๐๐");
    expect(printedNumber(0.81, "+0.00;-0.00;0.00")).toBe("+0.81");
    expect(printedNumber(7, "0")).toBe("7");
  });

  it("widens a column for its widest printed cell, lets headers wrap, ignores titles", () => {
    const rows = [
      [{ value: "a very long title that runs across merged cells", style: "title" as const }],
      [{ value: "คะแนน รวม", style: "header" as const }],
      [{ value: 100, format: "[$-D00041E]0.00", style: "number" as const }],
    ];
    const [w] = fitColumns(rows, [{ min: 4, max: 40 }]);
    expect(w).toBe(textWidth("๑๐๐.๐๐") + 2); // the Thai-digit score, not the title
    expect(fitColumns(rows, [{ min: 4, max: 6 }])).toEqual([6]); // capped
  });
});
