import { analyseGroup } from "../../../src/engine/group/analyse";
import { parseGroupScores } from "../../../src/engine/group/parse";
import type { GroupAnalysis, GroupTable } from "../../../src/engine/group/types";
import { SMALL_TABLE } from "./fixture";

// Hand-checked figures (weights 6 % × IIT, 10 % × EIT, 20 % × OIT; ten equal scores give that score):
//   2565: ก 90, ข 90 (Thai digits), ค 80 (published 85: mismatch, 80 stands), ง 96 (published 95.99:
//   rounding, 95.99 is official), จ 5×80·6 % + 3×90·10 % + 2×100·20 % = 24 + 27 + 40 = 91, ฉ rejected.
//   2564: ก 88, ค 86, ง 96.
function table(): GroupTable {
  const r = parseGroupScores(SMALL_TABLE);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.table;
}

function analysis(opts: Parameters<typeof analyseGroup>[1] = {}): GroupAnalysis {
  const r = analyseGroup(table(), opts);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.analysis;
}

describe("analyseGroup: ranks", () => {
  it("ranks every agency of the latest year, ties sharing a rank (1, 2, 3, 3, 5)", () => {
    const a = analysis();
    expect(a.year).toBe(2565);
    expect(a.previousYear).toBe(2564);
    expect(a.agencies.map((x) => [x.agency, x.result.overall, x.rank])).toEqual([
      ["อบต.ง", "95.99", 1],
      ["อบต.จ", "91.00", 2],
      ["อบต.ก", "90.00", 3],
      ["อบต.ข", "90.00", 3],
      ["อบต.ค", "80.00", 5],
    ]);
    expect(a.agencies.map((x) => x.result.grade.id)).toEqual(["AA", "A", "A", "A", "B"]);
    expect(a.agencies.map((x) => x.result.passed)).toEqual([true, true, true, true, false]);
  });

  it("ranks within the chosen group", () => {
    const a = analysis({ group: "จังหวัด" });
    expect(a.groupColumn).toBe("จังหวัด");
    expect(a.agencies.map((x) => [x.agency, x.group, x.groupRank])).toEqual([
      ["อบต.ง", "ลำพูน", 1],
      ["อบต.จ", "ลำพูน", 2],
      ["อบต.ก", "ลำปาง", 1],
      ["อบต.ข", "ลำปาง", 1],
      ["อบต.ค", "ลำปาง", 3],
    ]);
  });

  it("finds the group column by its letter too, and names the columns when it cannot", () => {
    expect(analysis({ group: "C" }).groupColumn).toBe("จังหวัด");
    const r = analyseGroup(table(), { group: "กระทรวง" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: "unknown-group-column", detail: { text: "กระทรวง", columns: "จังหวัด" } });
  });
});

describe("analyseGroup: distribution per group", () => {
  it("counts grades and pass rates against the 80 % target", () => {
    const a = analysis({ group: "จังหวัด" });
    expect(a.groups.map((g) => g.name)).toEqual(["ลำปาง", "ลำพูน"]);
    const [lampang, lamphun] = a.groups;
    // ลำปาง: A, A, B → 2 of 3 pass = 66.67 % < 80 %.
    expect(lampang).toMatchObject({ count: 3, passed: 2, passRate: "66.67", meetsTarget: false });
    expect(lampang.grades.filter((g) => g.count > 0).map((g) => [g.grade.id, g.count, g.share])).toEqual([
      ["A", 2, "66.67"],
      ["B", 1, "33.33"],
    ]);
    expect(lampang.grades).toHaveLength(7); // every band of the letter scale, zero counts included
    // ลำพูน: AA, A → 100 %.
    expect(lamphun).toMatchObject({ count: 2, passed: 2, passRate: "100.00", meetsTarget: true });
    // All five: 4 pass = exactly 80.00 %, which meets the target (at least 80 %).
    expect(a.all).toMatchObject({ count: 5, passed: 4, passRate: "80.00", meetsTarget: true });
  });

  it("meets the target on the printed 2-decimal pass rate (the rate shown is the rate judged)", () => {
    const header = ["หน่วยงาน", "ปี", ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)];
    // 3,203 of 4,004 pass: 79.995005 % prints as 80.00 %; one fewer (3,202) prints 79.97 %.
    for (const passing of [3203, 3202]) {
      const rows = Array.from({ length: 4004 }, (_, i) => [`หน่วยงาน ${i + 1}`, 2565, ...Array(10).fill(i < passing ? 90 : 80)]);
      const parsed = parseGroupScores([header, ...rows]);
      if (!parsed.ok) throw new Error("parse");
      const r = analyseGroup(parsed.table);
      if (!r.ok) throw new Error("analyse");
      const { passed, passRate, meetsTarget } = r.analysis.all;
      expect(passed).toBe(passing);
      expect(meetsTarget).toBe(Number(passRate) >= Number(r.analysis.target));
    }
  });

  it("gives mean, quartiles (QUARTILE.INC), min and max per indicator and for the overall", () => {
    const a = analysis({ group: "จังหวัด" });
    // Overall of all five: 80, 90, 90, 91, 95.99 → mean 446.99 / 5 = 89.398 → 89.40;
    // QUARTILE.INC positions (n − 1)·p = 1, 2, 3 → 90, 90, 91.
    expect(a.all.stats[0]).toEqual({
      indicator: null,
      count: 5,
      mean: "89.40",
      min: "80.00",
      q1: "90.00",
      median: "90.00",
      q3: "91.00",
      max: "95.99",
    });
    // ลำปาง indicator 1: 90, 90, 80 → mean 86.666… → 86.67; Q1 at 0.5: 80 + 0.5 × 10 = 85; Q3 at 1.5: 90.
    expect(a.groups[0].stats[1]).toEqual({
      indicator: 1,
      count: 3,
      mean: "86.67",
      min: "80.00",
      q1: "85.00",
      median: "90.00",
      q3: "90.00",
      max: "90.00",
    });
    // ลำพูน indicator 1: 80, 96 → Q1 at 0.25: 80 + 0.25 × 16 = 84; median 88; Q3 92.
    expect(a.groups[1].stats[1]).toMatchObject({ q1: "84.00", median: "88.00", q3: "92.00" });
  });
});

describe("analyseGroup: year over year", () => {
  it("gives each agency's delta and grade change, most improved and most declined", () => {
    const a = analysis();
    expect(
      a.movements.map((m) => [m.agency, m.previous, m.current, m.delta, m.direction, m.gradeFrom.id, m.gradeTo.id, m.previousRank, m.rank])
    ).toEqual([
      ["อบต.ง", "96.00", "95.99", "-0.01", "down", "AA", "AA", 1, 1],
      ["อบต.ก", "88.00", "90.00", "2.00", "up", "A", "A", 2, 3],
      ["อบต.ค", "86.00", "80.00", "-6.00", "down", "A", "B", 3, 5],
    ]);
    expect(a.mostImproved.map((m) => m.agency)).toEqual(["อบต.ก"]);
    expect(a.mostDeclined.map((m) => m.agency)).toEqual(["อบต.ค", "อบต.ง"]);
  });
});

describe("analyseGroup: published overalls", () => {
  it("reports every agency whose published overall differs (rounding vs mismatch)", () => {
    const a = analysis();
    expect(a.checks.map((c) => [c.agency, c.where, c.stated, c.computed, c.verdict])).toEqual([
      ["อบต.ค", "O4", "85.00", "80.00", "mismatch"],
      ["อบต.ง", "O5", "95.99", "96.00", "rounding"],
    ]);
  });
});

describe("analyseGroup: a bad row", () => {
  it("is reported with its cells and the rest are graded", () => {
    const a = analysis();
    expect(a.rejected).toEqual([
      {
        agency: "อบต.ฉ",
        year: 2565,
        where: "B7",
        problems: [
          { where: "G7", code: "not-a-number", detail: { text: "abc" } },
          { where: "K7", code: "missing-indicator", detail: { indicator: 7, year: 2565 } },
        ],
      },
    ]);
    expect(a.problems.map((p) => p.where)).toEqual(["G7", "K7"]);
    expect(a.agencies).toHaveLength(5);
  });
});

describe("analyseGroup: one agency among its peers", () => {
  it("in its group: rank, percentile and gap to the median, lagging indicators first", () => {
    const p = analysis({ group: "จังหวัด", agency: "อบต.จ" }).peers;
    expect(p).not.toBeNull();
    if (!p) return;
    expect(p.scope).toBe("group");
    expect(p.count).toBe(2);
    // Overall 91 against ง's 95.99: median (91 + 95.99) / 2 = 93.495 → 93.50; gap −2.50.
    expect(p.overall).toEqual({ indicator: null, score: "91.00", rank: 2, percentile: "0.00", median: "93.50", gap: "-2.50" });
    // Indicator 1: 80 vs 96 → median 88, gap −8; indicator 6: 90 vs 96 → median 93, gap −3; indicator 9: 100 vs 96 → +2.
    expect(p.indicators[0]).toEqual({ indicator: 1, score: "80.00", rank: 2, percentile: "0.00", median: "88.00", gap: "-8.00" });
    expect(p.indicators[5]).toMatchObject({ indicator: 6, gap: "-3.00" });
    expect(p.indicators[8]).toEqual({ indicator: 9, score: "100.00", rank: 1, percentile: "100.00", median: "98.00", gap: "2.00" });
    expect(p.lagging).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("among all agencies: ties share a rank, percentile as PERCENTRANK.INC", () => {
    const p = analysis({ agency: "อบต.จ" }).peers;
    if (!p) throw new Error("no peers");
    expect(p.scope).toBe("all");
    expect(p.count).toBe(5);
    // Indicator 1: 90, 90, 80, 96, 80 (จ) → three above (rank 4), none below (0 %), median 90, gap −10.
    expect(p.indicators[0]).toEqual({ indicator: 1, score: "80.00", rank: 4, percentile: "0.00", median: "90.00", gap: "-10.00" });
    // Indicator 6: 90, 90, 80, 96, 90 (จ) → one above (rank 2), one below of the 4 others (25 %), gap 0.
    expect(p.indicators[5]).toEqual({ indicator: 6, score: "90.00", rank: 2, percentile: "25.00", median: "90.00", gap: "0.00" });
    expect(p.lagging).toEqual([1, 2, 3, 4, 5]);
  });

  it("names an agency it cannot find", () => {
    const r = analyseGroup(table(), { agency: "เทศบาลเมืองไม่มี" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ where: "--agency", code: "unknown-agency" });
  });

  it("asks which when a name repeats across groups, and takes 'name / group'", () => {
    const cells = [
      ["หน่วยงาน", "จังหวัด", "ปี", ...Array.from({ length: 10 }, (_, i) => String(i + 1))],
      ["เทศบาลตำบลบ้านใหม่", "เชียงใหม่", 2566, ...Array(10).fill(90)],
      ["เทศบาลตำบลบ้านใหม่", "ลำพูน", 2566, ...Array(10).fill(80)],
    ];
    const parsed = parseGroupScores(cells);
    if (!parsed.ok) throw new Error("parse");
    // Same name, different province: two agencies, not a duplicate.
    expect(parsed.table.records).toHaveLength(2);
    const r = analyseGroup(parsed.table, { agency: "เทศบาลตำบลบ้านใหม่" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].code).toBe("ambiguous-agency");
    const ok = analyseGroup(parsed.table, { agency: "เทศบาลตำบลบ้านใหม่ / ลำพูน", group: "จังหวัด" });
    expect(ok.ok && ok.analysis.peers?.agency.result.overall).toBe("80.00");
  });
});

describe("analyseGroup: years", () => {
  it("ranks a chosen earlier year, and refuses a year the table lacks", () => {
    const a = analysis({ year: 2564 });
    expect(a.agencies.map((x) => [x.agency, x.rank])).toEqual([
      ["อบต.ง", 1],
      ["อบต.ก", 2],
      ["อบต.ค", 3],
    ]);
    expect(a.previousYear).toBeNull();
    const r = analyseGroup(table(), { year: 2566 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: "year-not-in-table", detail: { year: 2566, years: "2564, 2565" } });
  });

  it("grades a 2566 year on the rating scale, which also looks at each instrument", () => {
    const cells = [
      ["หน่วยงาน", "ปี", ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)],
      // IIT 96, EIT 80, OIT 100 → 28.8 + 24 + 40 = 92.80, but EIT < 85: ผ่าน, not ผ่านดี.
      ["กรม ก", 2566, 96, 96, 96, 96, 96, 80, 80, 80, 100, 100],
      ["กรม ข", 2566, ...Array(10).fill(90)],
    ];
    const parsed = parseGroupScores(cells);
    if (!parsed.ok) throw new Error("parse");
    const r = analyseGroup(parsed.table);
    if (!r.ok) throw new Error("analyse");
    expect(r.analysis.agencies.map((x) => [x.agency, x.result.overall, x.result.grade.id])).toEqual([
      ["กรม ก", "92.80", "ผ่าน"],
      ["กรม ข", "90.00", "ผ่านดี"],
    ]);
  });

  it("says once per year that a year has no framework, at its first row, and still lists each row", () => {
    const cells = [
      ["หน่วยงาน", "ปี", ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)],
      ...["ก", "ข", "ค"].flatMap((n) => [
        [`กรม ${n}`, 2561, ...Array(10).fill(90)],
        [`กรม ${n}`, 2565, ...Array(10).fill(90)],
      ]),
    ];
    const parsed = parseGroupScores(cells);
    if (!parsed.ok) throw new Error("parse");
    const old = parsed.table.records.filter((x) => x.year === 2561);
    const r = analyseGroup(parsed.table);
    if (!r.ok) throw new Error("analyse");
    const unknown = r.analysis.problems.filter((p) => p.code === "unknown-year");
    expect(unknown).toEqual([{ where: old[0].yearWhere, code: "unknown-year", detail: expect.objectContaining({ year: 2561 }) }]);
    expect(r.analysis.rejected.map((x) => [x.where, x.problems])).toEqual(old.map((x) => [x.where, unknown]));
    expect(r.analysis.agencies).toHaveLength(3);
    // The year ranked without a framework: refused, again once.
    const latest = analyseGroup(parsed.table, { year: 2561 });
    expect(latest.ok).toBe(false);
    if (!latest.ok) expect(latest.problems.filter((p) => p.code === "unknown-year")).toHaveLength(1);
  });
});
