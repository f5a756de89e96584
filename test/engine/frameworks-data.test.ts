// Frameworks as data: FY2569 carried forward, caveats, and frameworks whose
// indicators and instruments differ from the standard ten (NACC's reform).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Big from "big.js";
import { analyse } from "../../src/engine/analyse";
import { fiscalPeriod } from "../../src/engine/fiscal";
import { frameworkToJson, parseFrameworkJson } from "../../src/engine/framework-file";
import { builtInFramework, NEWEST_FRAMEWORK } from "../../src/engine/frameworks/years";
import { describeProblem } from "../../src/engine/messages";
import { RECOMMENDATIONS } from "../../src/engine/recommendations";
import { parseScores } from "../../src/engine/input";
import type { Analysis, Framework } from "../../src/engine/types";
import { REPORT_2565, table, yearScores } from "../helpers/tables";

const fixture = (name: string) => readFileSync(join(__dirname, "../fixtures/frameworks", name), "utf8");
export function loadFixture(name: string): Framework {
  const r = parseFrameworkJson(fixture(name), name);
  if (!r.ok) throw new Error(describeProblem(r.problems[0], "en"));
  return r.framework;
}
const ok = (r: ReturnType<typeof analyse>): Analysis => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.analysis;
};
/** Σ score × weight ÷ 100, rounded half up: the rule, computed here independently of the engine. */
const weighted = (scores: string[], weights: number[]) =>
  scores
    .reduce((s, v, i) => s.plus(new Big(v).times(weights[i])), new Big(0))
    .div(100)
    .round(2, Big.roundHalfUp)
    .toFixed(2);

describe("FY2569", () => {
  it("is built in: the 2568 rules carried forward, every part at confidence L, planned for 2570", () => {
    const fw = builtInFramework(2569) as Framework;
    const fw68 = builtInFramework(2568) as Framework;
    expect(fw).toMatchObject({ id: "ita-2569", year: 2569, carriedFrom: 2568, passMark: "85" });
    expect(fw.source.confidence).toEqual({ indicators: "L", weights: "L", scale: "L" });
    expect(fw.indicators).toEqual(fw68.indicators);
    expect(fw.scale).toBe(fw68.scale);
    expect(fw.source.note).toContain("O25");
    expect(NEWEST_FRAMEWORK).toBe(fw);
    const a = ok(analyse(table(yearScores(2568, REPORT_2565), yearScores(2569, REPORT_2565))));
    expect(a.planYear).toBe(2570);
    expect(fiscalPeriod(a.planYear, "th", "thai")).toBe("ต.ค. ๖๙ - ก.ย. ๗๐");
  });

  it("says on its analysis that 2569 is carried forward and 2568's weights are unverified", () => {
    const a = ok(analyse(table(yearScores(2568, REPORT_2565), yearScores(2569, REPORT_2565))));
    expect(a.caveats.map((c) => [c.code, c.year])).toEqual([
      ["carried-forward", 2569],
      ["weights-unverified", 2568],
    ]);
    expect(a.caveats[0].text.th).toBe("ไม่พบคู่มือการประเมินของ ป.ป.ช. ปี 2569 — ใช้ตัวชี้วัด น้ำหนัก และระดับผลการประเมินของปี 2568 (ยังไม่ยืนยัน)");
  });

  it("refuses 2570 by default, offering 2569; graded by 2569 on request, it says so", () => {
    const r = analyse(table(yearScores(2569, REPORT_2565), yearScores(2570, REPORT_2565)));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: "unknown-year", detail: { year: 2570, newest: 2569 } });
    const a = ok(analyse(table(yearScores(2569, REPORT_2565), yearScores(2570, REPORT_2565)), { framework: NEWEST_FRAMEWORK }));
    expect(a.caveats[0]).toMatchObject({ code: "applied-to-other-year", year: 2570 });
    expect(a.caveats[0].text.th).toBe("ยังไม่มีเกณฑ์ปี 2570 — คำนวณตามเกณฑ์ปี 2569 (ยังไม่ยืนยัน)");
  });

  it("notes a failing tier that rests on an unofficial source, and nothing for confirmed letter years", () => {
    const low = REPORT_2565.map(() => "72");
    expect(ok(analyse(table(yearScores(2566, low)))).caveats.map((c) => c.code)).toEqual(["weights-unverified", "band-unverified"]);
    expect(ok(analyse(table(yearScores(2564, REPORT_2565), yearScores(2565, REPORT_2565)))).caveats).toEqual([]);
  });
});

describe("a reform framework of 8 indicators in 2 instruments", () => {
  const fw = loadFixture("two-instruments-8.json");
  const scores = ["90", "80", "84", "70", "100", "95.5", "60", "88.25"];
  const weights = [10, 10, 10, 10, 15, 15, 15, 15];

  it("grades, ranks and rates on its own instruments", () => {
    const a = ok(analyse(table(yearScores(2570, scores)), { framework: fw }));
    expect(a.current.computed).toBe(weighted(scores, weights)); // 32.4 + 51.5625 = 83.9625 → 83.96
    expect(a.current.instruments.map((i) => [i.id, i.mean])).toEqual([
      ["PER", "81.00"],
      ["EVD", "85.94"],
    ]);
    expect(a.current.grade.id).toBe("ต้องปรับปรุง");
    expect(a.ranking.map((r) => r.indicator)).toEqual([5, 6, 1, 8, 3, 2, 4, 7]);
    expect(a.weaknesses).toEqual([3, 2, 4, 7]); // 88.25 (8) clears 85
    expect(a.caveats[0].code).toBe("custom-framework");
  });

  it("compares with a standard year only what measured the same thing, by name, and lists the rest as new or dropped", () => {
    const a = ok(analyse(table(yearScores(2569, REPORT_2565), yearScores(2570, scores)), { framework: fw }));
    // 1 and 3 keep their names and numbers; disclosure (9 → 5) and prevention (10 → 6) were renumbered.
    expect(a.changes.map((c) => [c.indicator, c.previousIndicator ?? c.indicator, c.previous, c.current])).toEqual([
      [1, 1, "90.79", "90.00"],
      [3, 3, "83.97", "84.00"],
      [5, 9, "95.56", "100.00"],
      [6, 10, "100.00", "95.50"],
    ]);
    expect(a.indicatorsOnlyIn).toEqual({ current: [2, 4, 7, 8], previous: [2, 4, 5, 6, 7, 8] });
    expect(a.instrumentChanges).toEqual([]); // PER/EVD vs IIT/EIT/OIT: nothing in common
  });

  it("plans with the library's steps for a known indicator and generic ones naming a new one", () => {
    const a = ok(analyse(table(yearScores(2570, scores)), { framework: fw }));
    const byNumber = Object.fromEntries(a.measures.map((m) => [m.indicator, m]));
    expect(byNumber[3].steps).toEqual(RECOMMENDATIONS[3].improve); // การใช้อำนาจ: the library's own steps
    expect(byNumber[7].steps.th).toContain('"การบริหารความเสี่ยงการทุจริต"');
    expect(byNumber[2].steps.th).toContain('"ความคุ้มค่าของงบประมาณ"'); // number 2, but not NACC's การใช้งบประมาณ
  });

  it("reads a pasted table by its names and variants", () => {
    const cells = [["ตัวชี้วัด", "2570"], ...fw.indicators.map((i, k) => [k === 1 ? "ความคุ้มค่างบประมาณ (PER)" : i.name.th, scores[k]])];
    const p = parseScores(cells, { framework: fw });
    expect(p.ok).toBe(true);
    if (p.ok) expect(p.table.years[0].scores).toEqual(Object.fromEntries(scores.map((s, k) => [k + 1, new Big(s).toString()])));
  });
});

describe("a framework of 12 indicators in 4 instruments, one with its own bar", () => {
  const fw = loadFixture("four-instruments-12.json");
  const weights = [5, 5, 5, 5, 5, 8, 8, 8, 13, 13, 12.5, 12.5];

  it("takes the standard names for 1–10 and holds DEV to 80 for ผ่านดี", () => {
    expect(fw.indicators[2].name.th).toBe("การใช้อำนาจ");
    expect(fw.instruments.map((i) => i.id)).toEqual(["IIT", "EIT", "OIT", "DEV"]);
    const scores = ["90", "90", "90", "90", "90", "90", "90", "90", "90", "90", "82", "81"];
    const a = ok(analyse(table(yearScores(2570, scores)), { framework: fw }));
    expect(a.current.computed).toBe(weighted(scores, weights));
    expect(a.current.instruments.find((i) => i.id === "DEV")?.mean).toBe("81.50");
    expect(a.current.grade.id).toBe("ผ่านดี"); // DEV 81.50 clears its own 80, not the 85 of the others
    const lower = [...scores.slice(0, 10), "79", "80"];
    const b = ok(analyse(table(yearScores(2570, lower)), { framework: fw }));
    expect(b.current.grade.id).toBe("ผ่าน");
    expect(b.nextGrade?.instrumentGaps).toEqual([{ id: "DEV", mean: "79.50", needed: "80", gap: "0.50" }]);
  });
});

describe("framework files: the issue's shape, the template, and refusals with line and column", () => {
  it("round-trips a built-in year as a template a planner can edit", () => {
    const back = parseFrameworkJson(frameworkToJson(builtInFramework(2569) as Framework));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const orig = builtInFramework(2569) as Framework;
    expect(back.framework.indicators).toEqual(orig.indicators);
    expect(back.framework.instruments).toEqual(orig.instruments);
    expect(back.framework.scale.bands).toBe(orig.scale.bands);
  });

  it.each([
    [
      '{ "id": "x",\n  "indicators": [ { "number": 11, "name": { "th": "ก", "en": "A" }, "instrument": "XYZ", "weight": 100 } ] }',
      "indicators[0].instrument",
      '"instrument"',
      "unknown-instrument",
    ],
    ['{ "id": "x",\n  "instruments": [ { "id": "A", "name": { "th": "ก" } } ] }', "instruments[0].name", '"name"', "name-required"],
    ['{ "id": "x", "weights": { "1": 6 },\n "passMark": "high" }', "passMark", '"passMark"', "number"],
  ])("refuses %j naming %s at its line and column", (text, field, key, reason) => {
    // The field's key on line 2, where a person would look for it.
    const [line, column] = [2, text.split("\n")[1].indexOf(key) + 1];
    const r = parseFrameworkJson(text, "fw.json");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0].detail).toMatchObject({ field, reason, line, column });
    expect(describeProblem(r.problems[0], "en")).toContain(`(line ${line}, column ${column})`);
  });

  it("refuses an instrument without indicators and a duplicate indicator number", () => {
    const base = JSON.parse(fixture("two-instruments-8.json"));
    const noEvd = { ...base, indicators: base.indicators.slice(0, 4).map((i: object) => ({ ...i, weight: 25 })) };
    expect(parseFrameworkJson(JSON.stringify(noEvd))).toMatchObject({
      ok: false,
      problems: [{ detail: { field: "instruments[1]", reason: "no-indicators" } }],
    });
    const dup = { ...base, indicators: [...base.indicators.slice(0, 7), { ...base.indicators[7], number: 1 }] };
    expect(parseFrameworkJson(JSON.stringify(dup))).toMatchObject({
      ok: false,
      problems: [{ detail: { field: "indicators[7].number", reason: "duplicate-id" } }],
    });
  });
});
