import { analyse } from "../../src/engine/analyse";
import { dec } from "../../src/engine/decimal";
import { nextGradeSentence } from "../../src/engine/narrative";
import type { Analysis } from "../../src/engine/types";
import { REPORT_2565, referenceTable, table, yearScores } from "../helpers/tables";

function ok(r: ReturnType<typeof analyse>): Analysis {
  if (!r.ok) throw new Error("must analyse");
  return r.analysis;
}
const scores = (iit: string, eit: string, oit: string) => [iit, iit, iit, iit, iit, eit, eit, eit, oit, oit];

describe("the next grade and what it needs", () => {
  it("on the reference report (A at 88.53): AA needs the overall at 95, 6.47 more", () => {
    const a = ok(analyse(referenceTable()));
    expect(a.nextGrade?.band.id).toBe("AA");
    expect(a.nextGrade?.overallGap).toBe(dec("95").minus(a.current.overall).toFixed(2));
    expect(a.nextGrade?.overallGap).toBe("6.47");
    expect(a.nextGrade?.instrumentGaps).toEqual([]);
    expect(nextGradeSentence(a, "th", "thai")).toBe('ระดับถัดไป "AA" ต้องได้คะแนนรวมตั้งแต่ร้อยละ ๙๕ ขึ้นไป (ขาดอีก ๖.๔๗ คะแนน)');
  });

  it("for a ผ่าน held back by EIT: ผ่านดี needs no more overall, only EIT up to 85", () => {
    const a = ok(analyse(table(yearScores(2568, scores("95", "84.5", "97")))));
    expect(a.current.grade.id).toBe("ผ่าน");
    expect(a.nextGrade).toMatchObject({
      band: { id: "ผ่านดี" },
      overallGap: null,
      instrumentGaps: [{ id: "EIT", mean: "84.50", needed: "85", gap: "0.50" }],
    });
    expect(nextGradeSentence(a, "th", "arabic")).toBe(
      'ระดับถัดไป "ผ่านดี" ต้องได้คะแนนทุกเครื่องมือ (IIT, EIT, OIT) ตั้งแต่ร้อยละ 85 ขึ้นไป ซึ่งยังไม่ถึง คือ EIT 84.50 (ขาดอีก 0.50)'
    );
    expect(nextGradeSentence(a, "en", "arabic")).toBe(
      'To reach "Very good": every instrument (IIT, EIT, OIT) at 85 or more, where EIT at 84.50 (0.50 short).'
    );
  });

  it("names both shortfalls when the overall and instruments fall short", () => {
    const a = ok(analyse(table(yearScores(2566, scores("80", "78", "84")))));
    expect(a.current.grade.id).toBe("ต้องปรับปรุง");
    // The next band up is ผ่าน: the overall only (ผ่าน sets no instrument bar).
    expect(a.nextGrade?.band.id).toBe("ผ่าน");
    expect(a.nextGrade?.instrumentGaps).toEqual([]);
    expect(a.nextGrade?.overallGap).toBe(dec("85").minus(a.current.overall).toFixed(2));
    const b = ok(analyse(table(yearScores(2566, scores("94", "90", "96")))));
    expect(b.current.grade.id).toBe("ผ่านดี");
    expect(b.nextGrade?.overallGap).toBe(dec("95").minus(b.current.overall).toFixed(2));
    expect(b.nextGrade?.instrumentGaps.map((g) => g.id)).toEqual(["IIT", "EIT"]);
    expect(nextGradeSentence(b, "th", "arabic")).toMatch(
      /^ระดับถัดไป "ผ่านดีเยี่ยม" ต้องได้คะแนนรวมตั้งแต่ร้อยละ 95 ขึ้นไป \(ขาดอีก [\d.]+ คะแนน\) และคะแนนทุกเครื่องมือ/
    );
  });

  it("has none at the top of the scale", () => {
    const a = ok(
      analyse(
        table(
          yearScores(
            2565,
            REPORT_2565.map(() => "96")
          )
        )
      )
    );
    expect(a.current.grade.id).toBe("AA");
    expect(a.nextGrade).toBeNull();
    expect(nextGradeSentence(a, "th", "thai")).toBeNull();
  });
});
