import { analyse } from "../../src/engine/analyse";
import { indicatorSentence, nextGradeSentence, overallSentence } from "../../src/engine/narrative";
import { buildSheets } from "../../src/report/build";
import { fitRowHeights } from "../../src/report/row-heights";
import type { ReportOptions } from "../../src/report/options";
import type { SheetSpec } from "../../src/report/spec";
import { referenceTable } from "../helpers/tables";

const r = analyse(referenceTable());
if (!r.ok) throw new Error("reference must analyse");
const a = r.analysis;
const opts: ReportOptions = { lang: "th", digits: "thai", agency: "เทศบาลเมืองเขลางค์นคร", owners: ["กองคลัง", "สำนักปลัด"] };
const [ranking, comparison, measures] = buildSheets(a, opts);
/** Cell values without the break opportunities between Thai words (thai-breaks.ts; tested there). */
const values = (s: SheetSpec) =>
  s.rows.map((row) => row.map((c) => (typeof c.value === "string" ? c.value.replace(/\u200b/g, "") : c.value)));
const body = (s: SheetSpec) => values(s).slice(s.headerRow + 1);

describe("ranking sheet", () => {
  it("lists the ten indicators in the report's order with their scores", () => {
    expect(ranking.name).toBe("ITA 2565 อันดับ");
    const rows = body(ranking).slice(0, 10);
    expect(rows.map((row) => row[1])).toEqual([
      "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (OIT)",
      "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (OIT)",
      "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (IIT)",
      "ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต (IIT)",
      "ตัวชี้วัดที่ ๓ การใช้อำนาจ (IIT)",
      "ตัวชี้วัดที่ ๒ การใช้งบประมาณ (IIT)",
      "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร (EIT)",
      "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน (EIT)",
      "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ (IIT)",
      "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน (EIT)",
    ]);
    expect(rows.map((row) => row[3])).toEqual([100, 95.56, 90.79, 85.75, 83.97, 81.43, 80.98, 80.81, 80.74, 78.74]);
    expect(body(ranking)[10][3]).toBe(88.53);
    expect(body(ranking)[11][3]).toBe("A");
    expect(body(ranking)[12][3]).toBe("ผ่าน");
  });

  it("keeps scores numeric with a Thai-digit format, and colours them by a rule on the pass mark", () => {
    const cell = ranking.rows[ranking.headerRow + 1][3];
    expect(cell.format).toBe("[$-D00041E]0.00");
    expect(ranking.conditional[0]).toEqual({ range: "D5:D14", operator: "lessThan", value: 85, fontColor: "#9C0006", fill: "#FFC7CE" });
  });

  it("is print-ready: A4 portrait, one page wide, table and analysis printed, agency and year in the header", () => {
    expect(ranking.print).toMatchObject({
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      gridlines: false,
      area: `A$1:E$${ranking.rows.length}`,
    });
    // The ten-row table always fits page 1: no header row over the sentences on page 2.
    expect(ranking.print.repeatRows).toBeUndefined();
    expect(ranking.print.header).toEqual({ left: "เทศบาลเมืองเขลางค์นคร", right: "ปีงบประมาณ พ.ศ. ๒๕๖๕" });
    expect(ranking.print.footer.center).toContain("&P");
  });

  it("gives the analysis in the report's sentences under the table: overall, 4 strengths, 6 weaknesses", () => {
    const paragraphs = ranking.rows.filter((r) => r[0]?.style === "paragraph").map((r) => String(r[0].value).replace(/\u200b/g, ""));
    expect(paragraphs[0]).toBe(overallSentence(a, "th", "thai"));
    expect(paragraphs[0]).toContain("ร้อยละ ๘๘.๕๓ คะแนน อยู่ในระดับ A");
    expect(paragraphs[1]).toBe(nextGradeSentence(a, "th", "thai"));
    expect(paragraphs[1]).toContain("ขาดอีก ๖.๔๗ คะแนน");
    expect(paragraphs[2]).toBe("จุดแข็ง (ตัวชี้วัดที่ได้คะแนนตั้งแต่ร้อยละ ๘๕ ขึ้นไป) จำนวน ๔ ตัวชี้วัด ได้แก่");
    expect(paragraphs.slice(3, 7)).toEqual(a.strengths.map((n) => `• ${indicatorSentence(a, n, "th", "thai")}`));
    expect(paragraphs[7]).toBe("จุดอ่อน / จุดที่ต้องพัฒนา (ตัวชี้วัดที่ได้คะแนนต่ำกว่าร้อยละ ๘๕) จำนวน ๖ ตัวชี้วัด ได้แก่");
    expect(paragraphs.slice(8)).toEqual(a.weaknesses.map((n) => `• ${indicatorSentence(a, n, "th", "thai")}`));
    expect(paragraphs[3]).toContain("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (OIT) ได้คะแนนการประเมินร้อยละ ๑๐๐");
    // Each paragraph spans the printed columns, and its row is as tall as its lines wrapped at that width.
    const span = ranking.columns.slice(0, 5).reduce((sum, c) => sum + c.width, 0);
    const heights = ranking.rows.flatMap((r, i) => {
      if (r[0]?.style !== "paragraph") return [];
      expect(ranking.merges).toContain(`A${i + 1}:E${i + 1}`);
      expect(ranking.rowHeights?.[i]).toBe(fitRowHeights([r], [{ width: span }], ranking.font)[0]);
      return [ranking.rowHeights?.[i] ?? 0];
    });
    expect(new Set(heights).size).toBeGreaterThan(1); // some sentences take two lines, headings one
  });

  it("lists the three instruments with weight, mean and weighted score, means under the pass mark coloured", () => {
    const at = values(ranking).findIndex((r) => r[1] === "เครื่องมือการประเมิน");
    expect(ranking.rows[at][1].style).toBe("header");
    const rows = values(ranking).slice(at + 1, at + 4);
    expect(rows.map((r) => r[1])).toEqual([
      "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
      "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
      "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
    ]);
    expect(rows.map((r) => r[2])).toEqual([30, 30, 40]);
    expect(rows.map((r) => r[3])).toEqual(a.current.instruments.map((i) => Number(i.mean)));
    expect(rows.map((r) => r[4])).toEqual(a.current.instruments.map((i) => Number(i.weighted)));
    // The weighted scores add up to the overall, within the rounding of each.
    expect(Math.abs(rows.reduce((s, r) => s + Number(r[4]), 0) - 88.53)).toBeLessThanOrEqual(0.02);
    expect(ranking.conditional).toContainEqual({
      range: `D${at + 2}:D${at + 4}`,
      operator: "lessThan",
      value: 85,
      fontColor: "#9C0006",
      fill: "#FFC7CE",
    });
  });

  it("charts the scores with the pass line", () => {
    expect(ranking.chart).toMatchObject({
      kind: "bar",
      categories: "B5:B14",
      series: [{ values: "D5:D14" }],
      referenceLine: { value: 85, values: "F5:F14" },
    });
    expect(
      body(ranking)
        .slice(0, 10)
        .every((row) => row[5] === 85)
    ).toBe(true);
  });
});

describe("comparison sheet", () => {
  it("gives each change as a number, its direction word, the overalls and grades", () => {
    expect(comparison.name).toBe("ITA 2564-2565");
    const rows = body(comparison);
    expect(rows[0]).toEqual([1, "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (IIT)", 89.98, 90.79, 0.81, "เพิ่มขึ้น"]);
    expect(rows[1].slice(4)).toEqual([-0.64, "ลดลง"]);
    expect(rows[10].slice(2)).toEqual([89.76, 88.53, -1.23, "ลดลง"]);
    expect(rows[11].slice(2, 4)).toEqual(["A", "A"]);
    expect(comparison.rows[comparison.headerRow + 1][4].format).toBe("[$-D00041E]+0.00;[$-D00041E]-0.00;[$-D00041E]0.00");
  });

  it("colours rises green and falls red by rules, landscape print", () => {
    expect(comparison.conditional.slice(0, 2)).toEqual([
      { range: "E5:E15", operator: "greaterThan", value: 0, fontColor: "#006100" },
      { range: "E5:E15", operator: "lessThan", value: 0, fontColor: "#9C0006" },
    ]);
    expect(comparison.chart?.series.map((s) => s.values)).toEqual(["C5:C14", "D5:D14"]);
    expect(comparison.print.orientation).toBe("landscape");
  });

  it("is left out when there is no earlier year", () => {
    const one = analyse({ years: [referenceTable().years[1]], layout: "single-column", ignored: [] });
    expect(one.ok && buildSheets(one.analysis, opts).map((s) => s.kind)).toEqual(["ranking", "measures"]);
  });
});

describe("measures sheet", () => {
  it("plans FY2566 with the report's period text, an owner drop-down and editable columns", () => {
    expect(measures.name).toBe("มาตรการ 2566");
    const rows = body(measures);
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row[4] === "ต.ค. ๖๕ - ก.ย. ๖๖")).toBe(true);
    expect(rows[0][1]).toBe("ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน");
    expect(measures.validation[0].range).toBe("D5:D10");
    expect(measures.validation[0].items.slice(0, 2)).toEqual(["กองคลัง", "สำนักปลัด"]);
    expect(measures.editableColumns).toEqual([3, 4, 5]);
    expect(measures.print.orientation).toBe("landscape");
    expect(Object.values(measures.rowHeights ?? {}).every((h) => h > 21)).toBe(true);
  });

  it("prints English with Arabic digits", () => {
    const en = buildSheets(a, { ...opts, lang: "en", digits: "arabic" });
    expect(en.map((s) => s.name)).toEqual(["ITA 2565 Ranking", "ITA 2564-2565", "Measures 2566"]);
    expect(body(en[2])[0][4]).toBe("Oct 2022 – Sep 2023");
    expect(body(en[0])[0][1]).toBe("Indicator 10 Corruption prevention (OIT)");
    expect(en[0].rows[4][3].format).toBe("0.00");
  });
});

describe("user text", () => {
  it("stays data: a formula-like agency name is a plain value, '&' is escaped in print headers", () => {
    const [s] = buildSheets(a, { ...opts, agency: '=HYPERLINK("x") & Co' });
    expect(s.rows[1][0].value).toBe('=HYPERLINK("x") & Co');
    expect(s.print.header.left).toBe('=HYPERLINK("x") && Co');
  });
});

describe("English titles", () => {
  it("set the year apart from the title, so it does not read as one phrase", () => {
    const en = buildSheets(a, { ...opts, lang: "en", digits: "arabic" });
    for (const s of en) {
      const title = String(s.rows[0][0].value);
      expect(title).toMatch(/ — Fiscal year \d{4}/);
    }
  });
});

describe("a pass mark the user sets", () => {
  it("is the one the sheets print, colour by and draw, not the framework's 85", () => {
    const r90 = analyse(referenceTable(), { passMark: "90" });
    if (!r90.ok) throw new Error("reference must analyse");
    const [rk, cmp] = buildSheets(r90.analysis, opts);
    expect(values(rk).flat()).toContain("ผลการประเมิน (เกณฑ์ ๙๐)");
    expect(values(rk).flat()).toContain("ไม่ผ่าน"); // 88.53 < 90
    expect(rk.conditional.every((c) => c.value === 90)).toBe(true);
    expect(rk.chart?.referenceLine?.value).toBe(90);
    const fills = cmp.conditional.filter((c) => c.fill);
    expect(fills.length).toBeGreaterThan(0);
    expect(fills.every((c) => c.value === 90)).toBe(true);
  });
});

describe("comparison of the instruments", () => {
  it("lists IIT, EIT, OIT means in both years with the change, coloured as the indicators", () => {
    const at = values(comparison).findIndex((r) => String(r[1]).endsWith("(IIT)") && !String(r[1]).startsWith("ตัวชี้วัด"));
    const rows = values(comparison).slice(at, at + 3);
    expect(rows.map((r) => String(r[1]).slice(-5))).toEqual(["(IIT)", "(EIT)", "(OIT)"]);
    expect(rows.map((r) => [r[2], r[3]])).toEqual(a.instrumentChanges.map((ic) => [Number(ic.previous), Number(ic.current)]));
    // EIT 86.60 → 80.18: the largest fall, as its three indicators each fell more than 6 points.
    expect(rows[1]).toEqual(["", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", 86.6, 80.18, -6.42, "ลดลง"]);
    expect(rows.map((r) => r[4])).toEqual(a.instrumentChanges.map((ic) => Number(ic.delta)));
    const range = `E${at + 1}:E${at + 3}`;
    expect(comparison.conditional).toContainEqual({ range, operator: "lessThan", value: 0, fontColor: "#9C0006" });
    expect(comparison.print.area).toBe(`A$1:F$${comparison.rows.length}`);
  });
});
