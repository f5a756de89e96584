import { parseFrameworkJson } from "../../src/engine/framework-file";
import { analyse } from "../../src/engine/analyse";
import { table, yearScores, REPORT_2565 } from "../helpers/tables";

const weights = (over: Record<string, number> = {}) => ({
  1: 6, 2: 6, 3: 6, 4: 6, 5: 6, 6: 10, 7: 10, 8: 10, 9: 20, 10: 20, ...over,
});
const field = (text: string) => {
  const r = parseFrameworkJson(text);
  return r.ok ? null : r.problems[0].detail.field;
};

describe("custom framework JSON", () => {
  it("accepts a valid framework and grades with it", () => {
    const r = parseFrameworkJson(JSON.stringify({ id: "my-2569", year: 2569, passMark: 80, weights: weights({ 9: 30, 10: 10 }), scale: "rating" }));
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
    [JSON.stringify({ id: "x", scale: [{ id: "A", min: 80 }, { id: "B", min: 90 }, { id: "F", min: 0 }] }), "scale[1].min"],
    [JSON.stringify({ id: "x", scale: [{ id: "A", min: 80 }, { id: "B", min: 50 }] }), "scale[1].min"],
    [JSON.stringify({ id: "x", scale: "stars" }), "scale"],
  ])("refuses %s naming the field", (text, expected) => {
    expect(field(text)).toBe(expected);
  });
});
