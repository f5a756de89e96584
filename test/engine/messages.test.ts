import { describeIgnored, describePlace, describeProblem } from "../../src/engine/messages";
import type { Ignored, Problem, ProblemCode } from "../../src/engine/types";
import { parseScores } from "../../src/engine/input";

const P = (where: string, code: ProblemCode, detail: Problem["detail"] = {}): Problem => ({ where, code, detail });

describe("describeProblem", () => {
  it("names the cell and quotes the text as given", () => {
    const p = P("B7", "not-a-number", { text: "8x.5" });
    expect(describeProblem(p, "th")).toBe('B7: "8x.5" ไม่ใช่ตัวเลข');
    expect(describeProblem(p, "en")).toBe("B7: '8x.5' is not a number");
  });

  it("says line and column in the user's language for text files", () => {
    const p = P("line 7, column 2", "out-of-range", { text: "120" });
    expect(describeProblem(p, "th")).toBe('บรรทัด 7 คอลัมน์ 2: "120" อยู่นอกช่วงคะแนน 0–100');
    expect(describeProblem(p, "en")).toBe("line 7, column 2: '120' is outside the score range 0–100");
    expect(describePlace("lines 2–11, column 2", "th", "thai")).toBe("บรรทัด ๒–๑๑ คอลัมน์ ๒");
    expect(describePlace("B2:B11", "th", "thai")).toBe("B2:B11");
  });

  it("writes numbers in Thai digits on request, never the user's own text", () => {
    const p = P("A2:A11", "missing-indicator", { indicator: 4 });
    expect(describeProblem(p, "th", "thai")).toBe("A2:A11: ไม่พบตัวชี้วัดที่ ๔");
    expect(describeProblem(P("C5", "missing-indicator", { indicator: 4, year: 2565 }), "en")).toBe("C5: no score for indicator 4 in 2565");
    expect(describeProblem(P("B7", "not-a-number", { text: "8x.5" }), "th", "thai")).toBe('B7: "8x.5" ไม่ใช่ตัวเลข');
  });

  it("says how to go on for an unknown year, in words every front end can use (no CLI flag)", () => {
    const early = P("C1", "unknown-year", { year: 2559, known: "2562–2569" });
    expect(describeProblem(early, "en")).toBe(
      "C1: no built-in framework for fiscal year 2559 (known: 2562–2569); choose a framework or load a framework file"
    );
    const later = P("C1", "unknown-year", { year: 2570, known: "2562–2569", newest: 2569 });
    expect(describeProblem(later, "th")).toBe(
      "C1: ยังไม่มีเกณฑ์ของปีงบประมาณ 2570 (มีเกณฑ์ปี 2562–2569) เลือกคำนวณตามเกณฑ์ปี 2569 (ยังไม่ยืนยัน) หรือใช้ไฟล์กรอบการประเมิน"
    );
    for (const p of [early, later]) for (const lang of ["th", "en"] as const) expect(describeProblem(p, lang)).not.toMatch(/--/);
  });

  it("explains unreadable files by reason, listing sheets", () => {
    const p = P("scores.xlsx", "unreadable-file", { reason: "sheet-not-found", sheet: "ปี 66", sheets: "Sheet1, ผล" });
    expect(describeProblem(p, "en")).toBe("scores.xlsx: no sheet named 'ปี 66' (sheets: Sheet1, ผล)");
    expect(describeProblem(p, "th")).toBe('scores.xlsx: ไม่พบแผ่นงาน "ปี 66" (มี: Sheet1, ผล)');
    expect(describeProblem(P("x.csv", "unreadable-file", { reason: "not-found" }), "th")).toBe("x.csv: ไม่พบไฟล์นี้");
    expect(describeProblem(P("x", "unreadable-file", { reason: "disk on fire" }), "en")).toBe("x: cannot read the file: disk on fire");
  });

  it("omits the place when there is none", () => {
    expect(describeProblem(P("", "no-year"), "en")).toMatch(/^which fiscal year/);
  });

  const ALL: Problem[] = [
    P("A1", "empty"),
    P("B7", "not-a-number", { text: "x" }),
    P("B7", "out-of-range", { text: "-1" }),
    P("A12", "duplicate-indicator", { indicator: 3, first: "A4" }),
    P("A2:A11", "missing-indicator", { indicator: 9 }),
    P("A6", "unknown-indicator", { text: "ตัวชี้วัดพิเศษ" }),
    P("A7", "indicator-conflict", { text: "ตัวชี้วัดที่ 6 ประสิทธิภาพการสื่อสาร", byNumber: 6, byName: 7 }),
    P("C1", "bad-year-header", { text: "ปี 256x" }),
    P("C1", "duplicate-year", { year: 2565, first: "B1" }),
    P("A1:C3", "no-scores"),
    P("C1", "no-year", { text: "คะแนน" }),
    P("C1", "unknown-year", { year: 2570, known: "2562–2568" }),
    P("framework.json", "bad-framework", { field: "indicators[3].weight", reason: "must be a number" }),
    P("a.pdf", "unreadable-file", { reason: "unsupported-type", ext: ".pdf", supported: ".csv .tsv .txt .xlsx" }),
  ];

  it("has a sentence for every problem code in both languages, naming the place and the values", () => {
    const codes = new Set(ALL.map((p) => p.code));
    expect(codes.size).toBe(14); // every single-agency code (group codes are tested with the group reader)
    for (const p of ALL) {
      for (const lang of ["th", "en"] as const) {
        const s = describeProblem(p, lang);
        expect(s.startsWith(`${p.where}: `)).toBe(true);
        expect(s.length).toBeGreaterThan(p.where.length + 8);
        for (const v of Object.values(p.detail)) {
          if (typeof v === "number") expect(s).toContain(String(v));
        }
        expect(s).not.toContain("undefined");
      }
    }
    expect(describeProblem(ALL[12], "en")).toBe("framework.json: invalid framework: 'indicators[3].weight' must be a number");
  });

  it("describes every problem parseScores raises", () => {
    const r = parseScores([
      ["ตัวชี้วัด", "ปี 2565"],
      ["การใช้อำนาจ", "8x.5"],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const en = r.problems.map((p) => describeProblem(p, "en"));
      expect(en[0]).toBe("B2: '8x.5' is not a number");
      expect(en).toContain("A2: indicator 1 is missing");
    }
  });
});

describe("describeIgnored", () => {
  it.each<[Ignored, string, string]>([
    [
      { where: "A1:A12", reason: "rank-column", text: "ที่" },
      'A1:A12: คอลัมน์ลำดับ "ที่" ไม่ใช่คะแนน ข้าม',
      "A1:A12: rank column 'ที่' is not a score, skipped",
    ],
    [{ where: "line 4", reason: "blank", text: "" }, "บรรทัด 4: แถวว่าง ข้าม", "line 4: blank row, skipped"],
    [
      { where: "E1:E12", reason: "change-column", text: "การเปลี่ยนแปลง" },
      'E1:E12: คอลัมน์การเปลี่ยนแปลง "การเปลี่ยนแปลง" ไม่ใช่คะแนนรายปี ข้าม',
      "E1:E12: change column 'การเปลี่ยนแปลง' is not a year's scores, skipped",
    ],
  ])("%j", (i, th, en) => {
    expect(describeIgnored(i, "th")).toBe(th);
    expect(describeIgnored(i, "en")).toBe(en);
  });

  it("covers every reason and shortens long titles", () => {
    for (const reason of ["blank", "title", "grade-row", "change-column", "rank-column", "label-column", "note"] as const) {
      expect(describeIgnored({ where: "A1", reason, text: "x" }, "en")).toMatch(/^A1: .+skipped$/);
      expect(describeIgnored({ where: "A1", reason, text: "x" }, "th")).toMatch(/^A1: .+ข้าม$/);
    }
    const long = describeIgnored({ where: "A1", reason: "title", text: "ก".repeat(200) }, "th");
    expect(long.length).toBeLessThan(100);
  });
});
