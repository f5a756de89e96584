// The reference report's own tables, cut out of its text by their lines,
// read as a planner's paste would be: textToCells("txt") → parseScores.
import { readFileSync } from "fs";
import { join } from "path";
import { parseScores } from "../../../src/engine/input";
import { textToCells } from "../../../src/files/text-cells";
import type { ScoreTable } from "../../../src/engine/types";
import { SCORES_2564, SCORES_2565, STATED_2564, STATED_2565 } from "./report-data";

const REPORT = readFileSync(join(__dirname, "../../fixtures/khelang-nakhon-ita-2565-report.txt"), "utf8").split("\n");

/** 0-based index of the first line starting with `start`, through the first line after it starting with `end`. */
function cut(start: string, end: string): { from: number; lines: string[] } {
  const from = REPORT.findIndex((l) => l.startsWith(start));
  const to = REPORT.findIndex((l, i) => i > from && l.startsWith(end));
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from);
  return { from, lines: REPORT.slice(from, to + 1) };
}

function read(start: string, end: string): ScoreTable {
  const { from, lines } = cut(start, end);
  const r = parseScores(textToCells(lines.join("\n"), "txt"), { addressStyle: "line", origin: { row: from, col: 0 } });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.table;
}

describe("reference report", () => {
  it("section 5 ranking table (rank order, one column, year in the title) gives the 2565 scores and 88.53", () => {
    const t = read("เรียงอันดับคะแนน", "\tคะแนนเฉลี่ยรวม");
    expect(t.layout).toBe("single-column");
    expect(t.years).toHaveLength(1);
    expect(t.years[0].year).toBe(2565);
    expect(t.years[0].scores).toEqual(SCORES_2565);
    expect(t.years[0].stated).toBe(STATED_2565);
    expect(t.years[0].statedGrade).toBeNull();
    // Line numbers are the report's own: indicator 10 is ranked first, on line 118.
    expect(t.years[0].cells[10]).toBe("line 118, column 3");
    expect(t.ignored.some((i) => i.reason === "rank-column" && i.text === "อันดับ")).toBe(true);
    expect(t.ignored.some((i) => i.reason === "title" && i.where === "line 113, column 1")).toBe(true);
  });

  it("section 6 comparison table gives 2564 and 2565, stated 89.76 / 88.53, grade A, and skips the change column", () => {
    const t = read("ที่\tตัวชี้วัด", "\tระดับผลการประเมิน");
    expect(t.layout).toBe("year-columns");
    expect(t.years.map((y) => y.year)).toEqual([2564, 2565]);
    expect(t.years[0].scores).toEqual(SCORES_2564);
    expect(t.years[1].scores).toEqual(SCORES_2565);
    expect(t.years.map((y) => y.stated)).toEqual([STATED_2564, STATED_2565]);
    expect(t.years.map((y) => y.statedGrade)).toEqual(["A", "A"]);
    expect(t.years[0].statedCell).toBe("line 143, column 3");
    expect(t.ignored.map((i) => i.reason).sort()).toEqual(["change-column", "rank-column"]);
  });

  it("section 6 copied from a PDF (spaces, no tabs) still gives both years and the stated overalls", () => {
    const { lines } = cut("ที่\tตัวชี้วัด", "\tระดับผลการประเมิน");
    const spaced = lines.map((l) => l.replace(/\t+/g, " ").trim()).join("\n");
    const r = parseScores(textToCells(spaced, "txt"), { addressStyle: "line" });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.table.years.map((y) => y.year)).toEqual([2564, 2565]);
    expect(r.table.years[0].scores).toEqual(SCORES_2564);
    expect(r.table.years[1].scores).toEqual(SCORES_2565);
    expect(r.table.years.map((y) => y.stated)).toEqual([STATED_2564, STATED_2565]);
    expect(r.table.ignored.map((i) => i.reason)).toContain("change-column");
  });

  it("section 6 read together with its title line and blank line", () => {
    const t = read("๖. วิเคราะห์ข้อมูล", "\tระดับผลการประเมิน");
    expect(t.years.map((y) => [y.year, y.stated])).toEqual([
      [2564, STATED_2564],
      [2565, STATED_2565],
    ]);
    expect(t.ignored.filter((i) => i.reason === "title")).toHaveLength(1);
  });

  it("the samples read the same", () => {
    const csv = readFileSync(join(__dirname, "../../../samples/khelang-nakhon-2564-2565.csv"));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const a = parseScores(textToCells(csv.toString("utf8"), "csv"));
    expect(a.ok && a.table.years.map((y) => [y.year, y.scores, y.stated])).toEqual([
      [2564, SCORES_2564, STATED_2564],
      [2565, SCORES_2565, STATED_2565],
    ]);
    const txt = readFileSync(join(__dirname, "../../../samples/khelang-nakhon-2565-ranking.txt"), "utf8");
    const b = parseScores(textToCells(txt, "txt"), { addressStyle: "line" });
    expect(b.ok && b.table.years.map((y) => [y.year, y.scores, y.stated])).toEqual([[2565, SCORES_2565, STATED_2565]]);
  });
});
