import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../../src/engine/analyse";
import { checkStatedFigures, extractStatedFigures } from "../../src/engine/consistency";
import { referenceTable } from "../helpers/tables";

const report = readFileSync(join(__dirname, "../fixtures/khelang-nakhon-ita-2565-report.txt"), "utf8");
const lines = report.split(/\r?\n/);
const lineOf = (needle: string) => `line ${lines.findIndex((l) => l.includes(needle)) + 1}`;

describe("consistency check on the reference report", () => {
  const r = analyse(referenceTable());
  if (!r.ok) throw new Error("reference table must analyse");
  const checks = checkStatedFigures(r.analysis, extractStatedFigures(report));

  it("finds every section 7 restatement that disagrees with the section 5 table", () => {
    // Section 7 prints 90.74 for indicator 1 (table: 90.79), gives communication
    // (7) the quality score 80.81 (table: 80.98) and quality (6) the asset score 80.74 (table: 80.81).
    expect(checks).toEqual([
      {
        kind: "indicator",
        year: 2565,
        indicator: 1,
        where: lineOf("๑. การปฏิบัติหน้าที่ ๙๐.๗๔"),
        stated: "90.74",
        computed: "90.79",
        verdict: "mismatch",
      },
      {
        kind: "indicator",
        year: 2565,
        indicator: 7,
        where: lineOf("๖. ประสิทธิภาพการสื่อสาร ๘๐.๘๑"),
        stated: "80.81",
        computed: "80.98",
        verdict: "mismatch",
      },
      {
        kind: "indicator",
        year: 2565,
        indicator: 6,
        where: lineOf("๗. คุณภาพการดำเนินงาน ๘๐.๗๔"),
        stated: "80.74",
        computed: "80.81",
        verdict: "mismatch",
      },
    ]);
  });

  it("reads the report's other statements of scores and they agree", () => {
    const figures = extractStatedFigures(report);
    // The overall sentence of section 5, ten section-7 cells, ten narrative sentences of section 6.
    expect(figures.overalls.map((o) => o.value)).toEqual(["88.53"]);
    expect(figures.scores.length).toBeGreaterThanOrEqual(20);
  });

  it("calls a difference of 0.01 rounding", () => {
    const c = checkStatedFigures(r.analysis, {
      overalls: [{ where: "x", value: "88.54" }],
      scores: [{ where: "y", label: "การใช้อำนาจ", value: "83.96" }],
    });
    expect(c.map((x) => x.verdict)).toEqual(["rounding", "rounding"]);
  });
});
