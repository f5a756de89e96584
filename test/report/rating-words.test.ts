// Words of issue 13: a change is in points ("๗.๑๔ คะแนน"); NACC's rating is
// stated as อยู่ในระดับ "ผ่าน" and printed once on the ranking sheet (not
// "ผ่าน" over "ผ่าน"); a decimal comma gets the hint to use a point.
import { analyse } from "../../src/engine/analyse";
import { describeProblem } from "../../src/engine/messages";
import { indicatorSentence, overallSentence } from "../../src/engine/narrative";
import { buildSheets } from "../../src/report/build";
import type { ReportOptions } from "../../src/report/options";
import { REPORT_2564, REPORT_2565, referenceTable, table, yearScores } from "../helpers/tables";

const opts: ReportOptions = { lang: "th", digits: "arabic", agency: "", owners: [] };

function rated(passMark?: string) {
  // The reference scores graded as a 2567 table (NACC's rating), with 2566 before them.
  const r = analyse(table(yearScores(2566, REPORT_2564), yearScores(2567, REPORT_2565)), { passMark });
  if (!r.ok) throw new Error("must analyse");
  return r.analysis;
}

describe("words", () => {
  it("gives a change in points, computed from section 6 (100 − 92.86 = 7.14)", () => {
    const r = analyse(referenceTable());
    if (!r.ok) throw new Error("must analyse");
    const delta = (Number(REPORT_2565[9]) * 100 - Number(REPORT_2564[9]) * 100) / 100;
    const s = indicatorSentence(r.analysis, 10, "th", "arabic");
    expect(s).toContain(`เพิ่มขึ้นจากปี พ.ศ. 2564 ${delta.toFixed(2)} คะแนน`);
    expect(s).not.toMatch(/จากปี พ\.ศ\. 2564 ร้อยละ/);
  });

  it('states a rating as อยู่ในระดับ "…" with no second pass word', () => {
    const a = rated();
    const s = overallSentence(a, "th", "arabic");
    expect(s).toContain(`อยู่ในระดับ "${a.current.grade.label.th}"`);
    expect(s).not.toMatch(/ผลการประเมิน \S+ ผ่านเกณฑ์|ผ่านเกณฑ์$/);
  });

  it("prints the rating once under the overall, and the pass row again for a planner's own mark", () => {
    const rows = (a: ReturnType<typeof rated>) => {
      const rk = buildSheets(a, opts).find((s) => s.kind === "ranking")!;
      const at = rk.rows.findIndex((r) => String(r[1]?.value ?? "").startsWith("คะแนนเฉลี่ยรวม"));
      return rk.rows.slice(at + 1, at + 3).map((r) => r.map((c) => String(c.value ?? "")).filter((v) => v !== ""));
    };
    const a = rated();
    // The rating ("ผ่าน" for 88.53 with every instrument judged) stands once; the next row is the blank before the instruments.
    expect(rows(a)).toEqual([["ระดับผลการประเมิน", a.current.grade.label.th], []]);
    expect(rows(rated("90"))[1]).toEqual(["ผลการประเมิน (เกณฑ์ 90)", "ไม่ผ่าน"]);
  });

  it("hints at a point when a score is written with a decimal comma, and only then", () => {
    const p = (text: string) => describeProblem({ where: "C5", code: "not-a-number", detail: { text } }, "th");
    expect(p("88,53")).toContain("ใช้จุดเป็นทศนิยม");
    expect(p("๘๘,๕")).toContain("ใช้จุดเป็นทศนิยม");
    expect(p("8x.5")).not.toContain("ใช้จุดเป็นทศนิยม");
    expect(p("1,234")).not.toContain("ใช้จุดเป็นทศนิยม");
  });
});
