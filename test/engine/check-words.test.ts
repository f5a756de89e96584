// One sentence per check, shared by the CLI summary, the pane and the ranking sheet.
import { checkSentence } from "../../src/engine/check-words";
import { BUILT_IN_FRAMEWORKS } from "../../src/engine/frameworks/years";
import type { Framework } from "../../src/engine/types";

const fw = BUILT_IN_FRAMEWORKS.find((f) => f.year === 2565) as Framework;

describe("checkSentence", () => {
  it("names a cell as a cell, and a 0.01 difference as rounding", () => {
    const s = checkSentence(
      { kind: "overall", year: 2565, where: "B14", stated: "88.54", computed: "88.53", verdict: "rounding" },
      fw,
      "th",
      "arabic"
    );
    expect(s).toBe("เซลล์ B14: คะแนนรวม 2565 — ระบุไว้ 88.54, คำนวณได้ 88.53 (ต่างจากการปัดเศษ)");
  });

  it("compares a restated indicator with the score table (nothing is computed there)", () => {
    const c = {
      kind: "indicator" as const,
      year: 2565,
      indicator: 7,
      where: "line 164",
      stated: "80.81",
      computed: "80.98",
      verdict: "mismatch" as const,
    };
    expect(checkSentence(c, fw, "th", "thai")).toBe(
      "บรรทัด ๑๖๔: ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร (EIT) ๒๕๖๕ — ระบุไว้ ๘๐.๘๑, ในตารางคะแนน ๘๐.๙๘ (ไม่ตรงกัน)"
    );
    expect(checkSentence(c, fw, "en", "arabic")).toContain("stated 80.81, in the score table 80.98 (mismatch)");
  });
});
