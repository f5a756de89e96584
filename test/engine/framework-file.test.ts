import { parseFrameworkJson } from "../../src/engine/framework-file";
import { analyse } from "../../src/engine/analyse";
import { dec } from "../../src/engine/decimal";
import { describeProblem } from "../../src/engine/messages";
import { table, yearScores, REPORT_2565 } from "../helpers/tables";

const weights = (over: Record<string, number> = {}) => ({
  1: 6,
  2: 6,
  3: 6,
  4: 6,
  5: 6,
  6: 10,
  7: 10,
  8: 10,
  9: 20,
  10: 20,
  ...over,
});
const field = (text: string) => {
  const r = parseFrameworkJson(text);
  return r.ok ? null : r.problems[0].detail.field;
};

describe("custom framework JSON", () => {
  it("accepts a valid framework and grades with it", () => {
    const r = parseFrameworkJson(
      JSON.stringify({ id: "my-2569", year: 2569, passMark: 80, weights: weights({ 9: 30, 10: 10 }), scale: "rating" })
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.framework.scale.kind).toBe("rating");
    const a = analyse(table(yearScores(2569, REPORT_2565)), { framework: r.framework });
    expect(a.ok && a.analysis.current.computed).toBe("88.08"); // unrounded 88.5258 + 0.10 × (95.56 − 100) = 88.0818
    expect(a.ok && a.analysis.current.passed).toBe(true);
  });

  it.each([
    ["not json", "(file)"],
    [JSON.stringify({}), "id"],
    [JSON.stringify({ id: "x", passMark: 120 }), "passMark"],
    [JSON.stringify({ id: "x", weights: weights({ 10: 21 }) }), "weights"],
    [JSON.stringify({ id: "x", weights: { ...weights(), 11: 1 } }), "weights.11"],
    [JSON.stringify({ id: "x", weights: { 1: 50, 2: 50 } }), "weights.3"],
    [
      JSON.stringify({
        id: "x",
        scale: [
          { id: "A", min: 80 },
          { id: "B", min: 90 },
          { id: "F", min: 0 },
        ],
      }),
      "scale[1].min",
    ],
    [
      JSON.stringify({
        id: "x",
        scale: [
          { id: "A", min: 80 },
          { id: "B", min: 50 },
        ],
      }),
      "scale[1].min",
    ],
    [JSON.stringify({ id: "x", scale: "stars" }), "scale"],
  ])("refuses %s naming the field", (text, expected) => {
    expect(field(text)).toBe(expected);
  });

  it("places a JSON syntax error at its line and column", () => {
    const text = '{ "id": "x",\n  "weights": { "1": 6, }\n}';
    const r = parseFrameworkJson(text, "fw.json");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const col = text.split("\n")[1].indexOf("}") + 1; // the brace after the trailing comma
    expect(r.problems[0].detail).toMatchObject({ field: "(file)", reason: "json-syntax", line: 2, column: col });
    expect(describeProblem(r.problems[0], "th")).toBe(`fw.json: กรอบการประเมินไม่ถูกต้อง: ไม่ใช่ JSON ที่ถูกต้อง (ผิดที่บรรทัด 2 คอลัมน์ ${col})`);
    expect(describeProblem(r.problems[0], "en")).toBe(`fw.json: invalid framework: not valid JSON (error at line 2, column ${col})`);
  });

  it.each([
    [{ id: "x", weights: weights({ 5: 5 }) }, "weights", "รวมได้ 99", "they sum to 99"],
    [{ id: "x", weights: { ...weights(), 10: undefined } }, "weights.10", "ทุกตัวชี้วัดต้องมีน้ำหนัก", "every indicator needs a weight"],
    [
      {
        id: "x",
        scale: [
          { id: "A", min: 85 },
          { id: "B", min: 90 },
          { id: "F", min: 0 },
        ],
      },
      "scale[1].min",
      "เรียงจากระดับสูงสุด",
      "must descend",
    ],
    [
      {
        id: "x",
        scale: [
          { id: "A", min: 120 },
          { id: "F", min: 0 },
        ],
      },
      "scale[0].min",
      "0–100",
      "from 0 to 100",
    ],
    [{ id: "x", scale: "stars" }, "scale", "รายการระดับ", "list of bands"],
  ])("says why %j is refused in Thai by default and in English", (json, fieldName, th, en) => {
    const r = parseFrameworkJson(JSON.stringify(json), "fw.json");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const thai = describeProblem(r.problems[0], "th");
    expect(thai).toContain(`"${fieldName}"`);
    expect(thai).toContain(th);
    expect(thai.replace(/"[^"]*"|fw\.json/g, "")).not.toMatch(/[a-z]{3,}/i); // no English words left in the Thai sentence
    expect(describeProblem(r.problems[0], "en")).toContain(en);
  });
});

describe("an instrument the framework does not weight", () => {
  // All weight on IIT (5 × 10) and OIT (2 × 25); EIT (6–8) weighs nothing.
  const noEit = () => {
    const r = parseFrameworkJson(
      JSON.stringify({
        id: "no-eit",
        weights: weights({ 1: 10, 2: 10, 3: 10, 4: 10, 5: 10, 6: 0, 7: 0, 8: 0, 9: 25, 10: 25 }),
        scale: "rating",
      })
    );
    if (!r.ok) throw new Error("framework refused");
    return r.framework;
  };
  const scores = (iitOit: number, eit: number) => Array.from({ length: 10 }, (_, i) => String(i >= 5 && i <= 7 ? eit : iitOit));

  it("does not hold the grade back under 'every instrument ≥', and its mean is still reported (weighted 0)", () => {
    const fw = noEit();
    const top = fw.scale.bands[0];
    const a = analyse(table(yearScores(2569, scores(96, 50))), { framework: fw });
    if (!a.ok) throw new Error("not graded");
    const c = a.analysis.current;
    expect(c.overall).toBe("96.00");
    expect(c.grade.id).toBe(top.id);
    expect(c.instruments.find((i) => i.id === "EIT")).toEqual({ id: "EIT", mean: "50.00", weighted: "0.00" });
  });

  it("still lets a weighted instrument below the bar hold the grade back", () => {
    const fw = noEit();
    // IIT 94 (weighted): overall 95 = 94 × 0.5 + 96 × 0.5, so only the instrument rule keeps it from the top band.
    const s = scores(96, 50).map((v, i) => (i < 5 ? "94" : v));
    const a = analyse(table(yearScores(2569, s)), { framework: fw });
    if (!a.ok) throw new Error("not graded");
    expect(a.analysis.current.overall).toBe("95.00");
    expect(dec(a.analysis.current.overall).gte(fw.scale.bands[0].minOverall)).toBe(true);
    expect(a.analysis.current.grade.id).toBe(fw.scale.bands[1].id);
    // What the top band still needs names IIT only: EIT (50, unweighted) does not count.
    expect(a.analysis.nextGrade?.instrumentGaps.map((g) => g.id)).toEqual(["IIT"]);
  });
});
