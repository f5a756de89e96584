import { analyse } from "../../src/engine/analyse";
import { parseScores } from "../../src/engine/input";
import { builtInFramework } from "../../src/engine/frameworks/years";
import type { Analysis } from "../../src/engine/types";
import { referenceTable, table, yearScores, REPORT_2564, REPORT_2565 } from "../helpers/tables";

function ok(a: ReturnType<typeof analyse>): Analysis {
  if (!a.ok) throw new Error(JSON.stringify(a.problems));
  return a.analysis;
}

describe("the reference report (Khelang Nakhon, FY2565)", () => {
  const a = ok(analyse(referenceTable()));

  it("reproduces both overalls and grades", () => {
    expect(a.current.year).toBe(2565);
    expect(a.current.computed).toBe("88.53");
    expect(a.current.overall).toBe("88.53");
    expect(a.current.grade.id).toBe("A");
    expect(a.current.passed).toBe(true);
    expect(a.previous?.computed).toBe("89.76");
    expect(a.previous?.grade.id).toBe("A");
    expect(a.checks).toEqual([]);
  });

  it("ranks the indicators in the report's order (section 5)", () => {
    expect(a.ranking.map((r) => r.indicator)).toEqual([10, 9, 1, 5, 3, 2, 7, 6, 4, 8]);
    expect(a.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("gives all ten deltas and directions of section 6", () => {
    const printed = ["+0.81", "-0.64", "-1.16", "+1.21", "+2.28", "-6.55", "-6.26", "-6.47", "-4.44", "+7.14"];
    const words = printed.map((p) => (p.startsWith("+") ? "up" : "down"));
    expect(a.changes.map((c) => c.delta)).toEqual(printed.map((p) => p.replace("+", "")));
    expect(a.changes.map((c) => c.direction)).toEqual(words);
  });

  it("takes the overall change from the 2-decimal overalls (-1.23, not -1.24)", () => {
    expect(a.overallChange).toEqual({ delta: "-1.23", direction: "down" });
    expect(a.gradeChange).toMatchObject({ from: { id: "A" }, to: { id: "A" }, sameScale: true });
  });

  it("compares the instruments' means as the indicators: each mean of the printed scores, then the difference", () => {
    const mean2 = (xs: string[]) => (Math.round(xs.reduce((t, x) => t + Number(x) * 100, 0) / xs.length) / 100).toFixed(2);
    const iit = (y: string[]) => mean2(y.slice(0, 5));
    expect(a.instrumentChanges[0]).toEqual({
      id: "IIT",
      previous: iit(REPORT_2564),
      current: iit(REPORT_2565),
      delta: "0.50",
      direction: "up",
    });
    expect(a.instrumentChanges.map((c) => [c.id, c.delta, c.direction])).toEqual([
      ["IIT", "0.50", "up"],
      ["EIT", "-6.42", "down"],
      ["OIT", "1.35", "up"],
    ]);
    const single = analyse(table(yearScores(2565, REPORT_2565)));
    expect(single.ok && single.analysis.instrumentChanges).toEqual([]);
  });

  it("finds the report's 4 strengths and 6 weaknesses", () => {
    expect(a.strengths).toEqual([10, 9, 1, 5]);
    expect(a.weaknesses).toEqual([3, 2, 7, 6, 4, 8]);
  });

  it("plans FY2566 measures for the six weaknesses, weakest first", () => {
    expect(a.planYear).toBe(2566);
    expect(a.measures.map((m) => m.indicator)).toEqual([8, 4, 6, 7, 2, 3]);
    expect(a.measures.every((m) => m.purpose === "improve" && m.planYear === 2566)).toBe(true);
  });

  it("adds maintain rows for strengths on request, and uses the user's owners", () => {
    const b = ok(analyse(referenceTable(), { includeStrengths: true, owners: { 2: { th: "กองคลัง", en: "Finance" } } }));
    expect(b.measures.filter((m) => m.purpose === "maintain").map((m) => m.indicator)).toEqual([10, 9, 1, 5]);
    expect(b.measures.find((m) => m.indicator === 2)?.owner.th).toBe("กองคลัง");
  });
});

describe("rounding and stated overalls", () => {
  it("rounds x.xx5 up with exact decimals (85.015 → 85.02)", () => {
    const s = Array(10).fill("85");
    s[0] = "85.25"; // +0.06 × 0.25 = 0.015
    const a = ok(analyse(table(yearScores(2565, s))));
    expect(a.current.computed).toBe("85.02");
  });

  it("lets a stated overall within 0.01 stand, reported as rounding", () => {
    const a = ok(analyse(table(yearScores(2565, REPORT_2565, "88.54"))));
    expect(a.current.overall).toBe("88.54");
    expect(a.checks).toEqual([
      expect.objectContaining({ kind: "overall", year: 2565, stated: "88.54", computed: "88.53", verdict: "rounding" }),
    ]);
  });

  it("uses the recomputed overall when the stated one is further off (mismatch)", () => {
    const a = ok(analyse(table(yearScores(2565, REPORT_2565, "90.00"))));
    expect(a.current.overall).toBe("88.53");
    expect(a.checks[0]).toMatchObject({ verdict: "mismatch", stated: "90.00", computed: "88.53" });
  });

  it("decides pass on the official 2-decimal overall (84.995 rounds to 85.00: pass)", () => {
    const s = Array(10).fill("85");
    s[0] = "84.9175"; // 85 − 0.06 × 0.0825 = 84.99505
    const a = ok(analyse(table(yearScores(2565, s))));
    expect(a.current.computed).toBe("85.00");
    expect(a.current.passed).toBe(true);
  });
});

describe("the rating scale from FY2566", () => {
  const scores = (iit: string, eit: string, oit: string) => [iit, iit, iit, iit, iit, eit, eit, eit, oit, oit];

  it("rates overall ≥ 95 with every instrument ≥ 95 ผ่านดีเยี่ยม", () => {
    const a = ok(analyse(table(yearScores(2566, scores("96", "95", "97")))));
    expect(a.current.grade.id).toBe("ผ่านดีเยี่ยม");
    expect(a.current.framework.scale.kind).toBe("rating");
  });

  it("rates overall ≥ 95 but an instrument below 95 only ผ่านดี", () => {
    const a = ok(analyse(table(yearScores(2567, scores("94", "95", "99")))));
    expect(Number(a.current.overall)).toBeGreaterThanOrEqual(95);
    expect(a.current.grade.id).toBe("ผ่านดี");
  });

  it("rates overall ≥ 85 with an instrument below 85 only ผ่าน", () => {
    const a = ok(analyse(table(yearScores(2568, scores("95", "84.5", "97")))));
    expect(Number(a.current.overall)).toBeGreaterThanOrEqual(85);
    expect(a.current.grade.id).toBe("ผ่าน");
    expect(a.current.passed).toBe(true);
  });

  it("grades each year on its own scale across 2565 → 2566", () => {
    const a = ok(analyse(table(yearScores(2565, REPORT_2565), yearScores(2566, scores("90", "88", "92")))));
    expect(a.previous?.grade.id).toBe("A");
    expect(a.current.grade.id).toBe("ผ่านดี");
    expect(a.gradeChange?.sameScale).toBe(false);
  });

  it("has the two failing tiers at 70", () => {
    expect(ok(analyse(table(yearScores(2566, scores("70", "70", "70"))))).current.grade.id).toBe("ต้องปรับปรุง");
    expect(ok(analyse(table(yearScores(2566, scores("69.99", "69.99", "69.99"))))).current.grade.id).toBe("ต้องปรับปรุงโดยด่วน");
  });
});

describe("years and frameworks", () => {
  it("refuses a year with no framework, naming the years known", () => {
    const r = analyse(table(yearScores(2559, REPORT_2565)));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]).toMatchObject({
        code: "unknown-year",
        detail: { year: 2559, known: "2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569" },
      });
  });

  it("asks for a year when the table names none, and takes one given", () => {
    expect(analyse(table(yearScores(null, REPORT_2565))).ok).toBe(false);
    expect(ok(analyse(table(yearScores(null, REPORT_2565)), { year: 2565 })).current.grade.id).toBe("A");
  });

  it("applies a framework override and a pass-mark override to the latest year", () => {
    const a = ok(analyse(table(yearScores(2565, REPORT_2565)), { framework: builtInFramework(2566), passMark: "90" }));
    expect(a.current.grade.id).toBe("ผ่าน");
    expect(a.current.passed).toBe(false);
    // Strengths follow the pass mark: 90.79 (indicator 1) clears 90, 85.75 (5) no longer does.
    expect(a.strengths).toEqual([10, 9, 1]);
    expect(a.weaknesses).toEqual([5, 3, 2, 7, 6, 4, 8]);
  });

  it("ties share a rank and are listed by number", () => {
    const a = ok(analyse(table(yearScores(2565, ["90", "95", "90", "80", "95", "70", "70", "70", "100", "60"]))));
    expect(a.ranking.map((r) => [r.rank, r.indicator])).toEqual([
      [1, 9],
      [2, 2],
      [2, 5],
      [4, 1],
      [4, 3],
      [6, 4],
      [7, 6],
      [7, 7],
      [7, 8],
      [10, 10],
    ]);
  });
});

describe("problems and checks about a year name the cell that gave it", () => {
  const parsed = (cells: unknown[][]) => {
    const p = parseScores(cells);
    if (!p.ok) throw new Error(JSON.stringify(p.problems));
    return p.table;
  };
  const rows = (score: (i: number) => string) => REPORT_2565.map((s, i) => [String(i + 1), score(i) || s]);

  it("a year with no framework is placed at its header cell, or at the title that named it", () => {
    const byHeader = analyse(parsed([["ตัวชี้วัด", "ปี 2570"], ...rows(() => "")]));
    expect(!byHeader.ok && byHeader.problems[0]).toMatchObject({ where: "B1", code: "unknown-year" });
    const byTitle = analyse(parsed([["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๗๐"], ["ตัวชี้วัด", "คะแนน"], ...rows(() => "")]));
    expect(!byTitle.ok && byTitle.problems[0]).toMatchObject({ where: "A1", code: "unknown-year" });
  });

  it("a stated grade that disagrees is placed at its cell", () => {
    const cells = [["ตัวชี้วัด", "2565"], ...rows(() => ""), ["ระดับผลการประเมิน", "B"]];
    const a = ok(analyse(parsed(cells)));
    expect(a.checks).toEqual([{ kind: "grade", year: 2565, where: `B${cells.length}`, stated: "B", computed: "A", verdict: "mismatch" }]);
  });
});
