import { analyseGroup } from "../../src/engine/group/analyse";
import { parseGroupScores } from "../../src/engine/group/parse";
import type { GroupAnalysis } from "../../src/engine/group/types";
import { integerFormat, scoreFormat } from "../../src/report/formats";
import { buildGroupSheets } from "../../src/report/group-sheets";
import type { SheetSpec } from "../../src/report/spec";
import { SMALL_TABLE } from "../engine/group/fixture";

function analysis(opts: Parameters<typeof analyseGroup>[1]): GroupAnalysis {
  const p = parseGroupScores(SMALL_TABLE);
  if (!p.ok) throw new Error("parse");
  const r = analyseGroup(p.table, opts);
  if (!r.ok) throw new Error("analyse");
  return r.analysis;
}
const values = (s: SheetSpec, row: number) => s.rows[row].map((c) => c.value);

describe("buildGroupSheets", () => {
  const th = buildGroupSheets(analysis({ group: "จังหวัด", agency: "อบต.จ" }), { lang: "th", digits: "arabic", scope: "จังหวัดลำปางและลำพูน" });
  const [agencies, distribution, peers] = th;

  it("describes the agencies, distribution and peers sheets", () => {
    expect(th.map((s) => [s.kind, s.key, s.name])).toEqual([
      ["agencies", "agencies:2565", "ITA 2565 หน่วยงาน"],
      ["distribution", "distribution:2565", "ITA 2565 กระจายระดับ"],
      ["peers", expect.stringMatching(/^peers:2565:/), "ITA 2565 เทียบกลุ่ม"],
    ]);
    for (const s of th) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  it("has no peers sheet when no agency is chosen", () => {
    expect(buildGroupSheets(analysis({}), { lang: "en", digits: "arabic", scope: "All" }).map((s) => s.kind)).toEqual([
      "agencies",
      "distribution",
    ]);
  });

  it("ranks agencies with group, group rank, overall, grade and pass, then the pass-rate line", () => {
    expect(values(agencies, 3)).toEqual(["อันดับ", "หน่วยงาน", "จังหวัด", "อันดับในกลุ่ม", "คะแนนรวม", "ระดับ", "ผลการประเมิน"]);
    expect(values(agencies, 4)).toEqual([1, "อบต.ง", "ลำพูน", 1, 95.99, "AA", "ผ่าน"]);
    expect(values(agencies, 6)).toEqual([3, "อบต.ก", "ลำปาง", 1, 90, "A", "ผ่าน"]);
    expect(values(agencies, 7)).toEqual([3, "อบต.ข", "ลำปาง", 1, 90, "A", "ผ่าน"]);
    expect(values(agencies, 8)).toEqual([5, "อบต.ค", "ลำปาง", 3, 80, "B", "ไม่ผ่าน"]);
    expect(values(agencies, 9)).toEqual(["ผ่านเกณฑ์ 4 จาก 5 แห่ง คิดเป็นร้อยละ 80.00 (เป้าหมายระดับประเทศ ร้อยละ 80)"]);
    expect(agencies.print).toMatchObject({
      orientation: "portrait",
      area: "A$1:G$10",
      repeatRows: "$4:$4",
      header: { left: "จังหวัดลำปางและลำพูน" },
    });
    // Sort and filter buttons over the header and the five agencies, not the pass-rate line.
    expect(agencies.autoFilter).toBe("A4:G9");
    expect(distribution.autoFilter).toBeUndefined();
  });

  it("colours the overall column by grade band, bands not overlapping (rules, so edits re-colour)", () => {
    // Letter scale: AA ≥ 95, A 85–94.99 pass; B 75–84.99 … F 0–49.99 fail. In Excel every
    // true rule applies, so bands must not overlap or a fail colour reaches a pass.
    expect(agencies.conditional.map((r) => [r.range, r.operator, r.value, r.value2 ?? null, r.fontColor ?? null])).toEqual([
      ["E5:E9", "greaterThanOrEqual", 95, null, null],
      ["E5:E9", "between", 85, 94.99, null],
      ["E5:E9", "between", 75, 84.99, "#9C0006"],
      ["E5:E9", "between", 65, 74.99, "#9C0006"],
      ["E5:E9", "between", 55, 64.99, "#9C0006"],
      ["E5:E9", "between", 50, 54.99, "#9C0006"],
      ["E5:E9", "between", 0, 49.99, "#9C0006"],
    ]);
    const fills = agencies.conditional.map((r) => r.fill);
    expect(new Set(fills.slice(0, 3)).size).toBe(3); // AA, A and B tell apart
  });

  it("counts grades per group with pass rate, target and a chart with the 80 % line", () => {
    expect(values(distribution, 3)).toEqual([
      "จังหวัด",
      "จำนวน",
      "AA",
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
      "ผ่าน (แห่ง)",
      "อัตราผ่าน (%)",
      "เป้าหมาย 80 %",
    ]);
    expect(values(distribution, 4)).toEqual(["ลำปาง", 3, 0, 2, 1, 0, 0, 0, 0, 2, 66.67, "ต่ำกว่าเป้าหมาย", 80]);
    expect(values(distribution, 5)).toEqual(["ลำพูน", 2, 1, 1, 0, 0, 0, 0, 0, 2, 100, "ถึงเป้าหมาย", 80]);
    expect(values(distribution, 6)).toEqual(["ทั้งหมด", 5, 1, 3, 1, 0, 0, 0, 0, 4, 80, "ถึงเป้าหมาย", 80]);
    expect(distribution.chart).toMatchObject({
      kind: "bar",
      categories: "A5:A6",
      series: [{ values: "K5:K6" }],
      referenceLine: { value: 80, values: "M5:M6" },
    });
    // The target column feeding the line is outside the print area (A–L).
    expect(distribution.print.area).toMatch(/^A\$1:L\$\d+$/);
    // The chart prints: anchored on rows of the print area, under the counts, inside its columns.
    const lastPrinted = Number(/\$(\d+)$/.exec(distribution.print.area)![1]);
    const anchor = distribution.chart!.anchor;
    const anchorRow = (a: string) => Number(/\d+$/.exec(a)![0]);
    expect(anchorRow(anchor.from)).toBeGreaterThan(7); // below the counts (rows 4–7)
    expect(anchorRow(anchor.to)).toBeLessThanOrEqual(lastPrinted);
    expect(anchor.to).toMatch(/^L\d+$/);
    // Three tables on one sheet: each kept whole, and none's header repeated over the others.
    expect(distribution.print.repeatRows).toBeUndefined();
    const keep = distribution.print.keep ?? [];
    const at = (label: string) => distribution.rows.findIndex((r) => r[0]?.value === label);
    expect(keep).toContainEqual({ from: 0, to: 6, header: 3 });
    const statsFrom = at("สถิติรายตัวชี้วัด (ทุกหน่วยงาน)");
    expect(statsFrom).toBeGreaterThan(0);
    expect(keep.some((b) => b.from === statsFrom && distribution.rows[b.to][0]?.style === "note")).toBe(true);
    // Statistics table with the quartile method said.
    const flat = distribution.rows.map((r) => r.map((c) => c.value));
    expect(flat).toContainEqual(["คะแนนรวม", 89.4, 80, 90, 90, 91, 95.99]);
    expect(flat.some((r) => String(r[0]).includes("QUARTILE.INC"))).toBe(true);
  });

  it("puts the lagging indicators first on the peers sheet, with their priority", () => {
    expect(values(peers, 3)).toEqual(["ตัวชี้วัด", "คะแนน", "อันดับ", "เปอร์เซ็นไทล์", "มัธยฐานกลุ่ม", "ต่างจากมัธยฐาน", "ลำดับความสำคัญในแผนมาตรการ"]);
    expect(values(peers, 4)).toEqual(["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (IIT)", 80, "2 จาก 2", 0, 88, -8, 1]);
    expect(values(peers, 11)).toEqual(["ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (EIT)", 90, "2 จาก 2", 0, 93, -3, 8]);
    expect(values(peers, 12)).toEqual(["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (OIT)", 100, "1 จาก 2", 100, 98, 2, ""]);
    expect(values(peers, 14)).toEqual(["คะแนนรวม", 91, "2 จาก 2", 0, 93.5, -2.5, ""]);
    expect(values(peers, 1)[0]).toBe("อบต.จ — เทียบกับหน่วยงานใน จังหวัด ลำพูน (2 แห่ง)");
    expect(peers.print).toMatchObject({ orientation: "landscape", area: "A$1:G$16", header: { left: "อบต.จ" } });
  });

  it("writes Thai digits through number formats, numbers staying numbers", () => {
    const [a] = buildGroupSheets(analysis({}), { lang: "th", digits: "thai", scope: "x" });
    expect(a.rows[4][0]).toMatchObject({ value: 1, format: integerFormat("thai") });
    expect(a.rows[4][2]).toMatchObject({ value: 95.99, format: scoreFormat("thai") });
    expect(scoreFormat("thai")).not.toBe(scoreFormat("arabic"));
  });
});

describe("the distribution sheet of many groups, printed", () => {
  // 60 provinces of one agency each: the counts table runs over a page.
  const cells: unknown[][] = [
    ["หน่วยงาน", "จังหวัด", "ปี", ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)],
    ...Array.from({ length: 60 }, (_, i) => [`อบต.${i + 1}`, `จังหวัด ${i + 1}`, 2565, ...Array.from({ length: 10 }, () => 80 + (i % 20))]),
  ];
  const p = parseGroupScores(cells);
  if (!p.ok) throw new Error("parse");
  const r = analyseGroup(p.table, { group: "จังหวัด" });
  if (!r.ok) throw new Error("analyse");
  const distribution = buildGroupSheets(r.analysis, { lang: "th", digits: "arabic", scope: "60 จังหวัด" })[1];

  it("repeats the counts' header on every page the counts run onto, and breaks inside them", () => {
    expect(distribution.kind).toBe("distribution");
    const lastCount = 3 + 61; // header on row 3 (0-based), 60 provinces and the total
    expect(distribution.print.breaks?.some((b) => b > 3 && b <= lastCount)).toBe(true);
    expect(distribution.print.repeatRows).toBe("$4:$4");
  });

  it("repeats no header on the few-group sheet, whose tables each fit a page", () => {
    const few = buildGroupSheets(analysis({ group: "จังหวัด" }), { lang: "th", digits: "arabic", scope: "x" })[1];
    expect(few.print.repeatRows).toBeUndefined();
  });
});
