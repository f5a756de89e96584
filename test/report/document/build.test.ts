// The Word report's description from the reference report's scores: the
// memo's parts, the figures of its sections 5 and 6 (computed here from the
// scores the report prints, not copied from the program), the measures, and
// the options (English, Arabic digits, caveats, one year only).
import { analyse } from "../../../src/engine/analyse";
import { arabicToThaiDigits } from "../../../src/engine/text";
import type { Block, DocumentSpec, ParagraphSpec, TableSpec } from "../../../src/report/document/spec";
import { isoDay, parseDayDate } from "../../../src/report/document/thai-date";
import { AGENCY, referenceAnalysis, referenceDocument, SEED_FIELDS } from "../../docx/fixture";
import { SCORES_2564, SCORES_2565, STATED_2564, STATED_2565 } from "../../engine/input/report-data";
import { table, yearScores, REPORT_2565 } from "../../helpers/tables";

const th = arabicToThaiDigits;
const paragraphText = (p: ParagraphSpec) => p.runs.map((r) => ("text" in r ? r.text : "tab" in r ? "\t" : "")).join("");
const paragraphs = (d: DocumentSpec) => d.blocks.filter((b): b is ParagraphSpec => b.kind === "paragraph").map(paragraphText);
const tables = (d: DocumentSpec) => d.blocks.filter((b): b is TableSpec => b.kind === "table");
const cells = (t: TableSpec) => t.rows.map((r) => r.map((c) => c.text));
const headerOf = (t: TableSpec) => t.header[0].map((c) => c.text).join("|");
const tableWith = (d: DocumentSpec, header: string) => {
  const t = tables(d).find((x) => headerOf(x).includes(header));
  if (!t) throw new Error(`no table with header ${header}`);
  return t;
};

/** Hundredths, so the expected change is exact integer arithmetic, independent of the engine. */
const hundredths = (s: string) => Math.round(Number(s) * 100);
const signedText = (h: number) => `${h > 0 ? "+" : h < 0 ? "-" : ""}${(Math.abs(h) / 100).toFixed(2)}`;

describe("the memo (บันทึกข้อความ)", () => {
  const d = referenceDocument();
  const p = paragraphs(d);

  test("head: บันทึกข้อความ, ส่วนราชการ, ที่ and วันที่ (Thai date, BE), เรื่อง, เรียน", () => {
    expect(p[0]).toBe("บันทึกข้อความ");
    expect(p[1]).toBe(`ส่วนราชการ ${SEED_FIELDS.division}`);
    // The seed's own head: "ที่ ลป ๕๒๓๐๗/ ๒๖๓ … วันที่ ๒๐ มีนาคม ๒๕๖๖".
    expect(p[2]).toBe(`ที่ ${SEED_FIELDS.documentNumber}\tวันที่ ๒๐ มีนาคม ๒๕๖๖`);
    expect(p[3]).toBe("เรื่อง รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๕");
    expect(p[4]).toBe("เรียน นายกเทศมนตรีเมืองเขลางค์นคร");
  });

  test("เรื่องเดิม, ข้อเท็จจริง, ข้อพิจารณา/ข้อเสนอ: year, overall, grade, pass, change and what the plan is for", () => {
    const at = (h: string) => p[p.indexOf(h) + 1];
    expect(at("เรื่องเดิม")).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๕");
    const facts = at("ข้อเท็จจริง");
    expect(facts).toContain(`ได้คะแนนร้อยละ ${th(STATED_2565)} อยู่ในระดับ A ผ่านเกณฑ์ (ร้อยละ ๘๕ ขึ้นไป)`);
    const overallDelta = hundredths(STATED_2565) - hundredths(STATED_2564);
    expect(facts).toContain(`ลดลงจากปี พ.ศ. ๒๕๖๔ ${th((Math.abs(overallDelta) / 100).toFixed(2))} คะแนน`);
    expect(facts).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖");
    expect(facts).toContain(`จำนวน ${th(String(referenceAnalysis().measures.length))} มาตรการ`);
    expect(at("ข้อพิจารณา/ข้อเสนอ")).toContain("เผยแพร่รายงานผลการวิเคราะห์ดังกล่าวลงในเว็บไซต์หลักของหน่วยงาน");
    expect(p).toContain("จึงเรียนมาเพื่อโปรดพิจารณา");
  });

  test("a signature block for the preparer and each of four reviewers: name in parentheses, position, a date line", () => {
    const signers = [SEED_FIELDS.preparer, ...SEED_FIELDS.reviewers];
    for (const s of signers) {
      const i = p.indexOf(`(${s.name})`);
      expect(i).toBeGreaterThan(0);
      expect(p[i - 1]).toMatch(/^ลงชื่อ \.+$/);
      expect(p[i + 1]).toBe(s.position);
    }
    expect(p.filter((x) => x.startsWith("วันที่ ....")).length).toBe(SEED_FIELDS.reviewers.length);
  });

  test("no signer named: one empty block to sign; a fifth reviewer is left out", () => {
    const none = paragraphs(referenceDocument({ fields: { ...SEED_FIELDS, preparer: { name: "", position: "" }, reviewers: [] } }));
    expect(none.filter((x) => x.startsWith("ลงชื่อ")).length).toBe(1);
    const five = paragraphs(
      referenceDocument({ fields: { ...SEED_FIELDS, reviewers: [...SEED_FIELDS.reviewers, { name: "คนที่ห้า", position: "x" }] } })
    );
    expect(five).not.toContain("(คนที่ห้า)");
  });

  test("the date: the field's day (a BE year accepted), else the day the document is made", () => {
    expect(parseDayDate("2566-03-20")).toEqual({ year: 2023, month: 3, day: 20 });
    expect(parseDayDate("2023-02-30")).toBeNull();
    expect(parseDayDate(isoDay(new Date(2024, 9, 1)))).toEqual({ year: 2024, month: 10, day: 1 });
    const today = paragraphs(referenceDocument({ fields: { ...SEED_FIELDS, date: "" }, today: "2024-10-01" }));
    expect(today[2]).toContain("วันที่ ๑ ตุลาคม ๒๕๖๗");
  });
});

describe("the report body", () => {
  const a = referenceAnalysis();
  const d = referenceDocument();
  const p = paragraphs(d);

  test("sections in the seed's order, numbered in the user's digits", () => {
    const heads = p.filter((x) => /^[๐-๙]+\. /.test(x));
    expect(heads).toEqual([
      "๑. ความเป็นมา",
      "๒. เครื่องมือการประเมิน",
      "๓. เกณฑ์การประเมิน",
      "๔. ผลการประเมิน",
      "๕. เปรียบเทียบผลการประเมิน",
      "๖. วิเคราะห์จุดแข็งและจุดที่ต้องพัฒนา",
      "๗. มาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส",
    ]);
    expect(p.some((x) => x.includes(`รายงานการวิเคราะห์ผล`) && x.includes(`${AGENCY} ประจำปีงบประมาณ พ.ศ. ๒๕๖๕`))).toBe(true);
  });

  test("the framework: each instrument with its indicators, and every weight (summing to 100)", () => {
    expect(p.some((x) => x.startsWith("๒.๑ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) มีจำนวน ๕ ตัวชี้วัด ได้แก่ การปฏิบัติหน้าที่"))).toBe(true);
    const weights = cells(tableWith(d, "น้ำหนัก"));
    const fw = a.current.framework;
    for (const i of fw.indicators)
      expect(weights).toContainEqual([expect.stringContaining(`ตัวชี้วัดที่ ${th(String(i.number))} `), i.instrument, th(i.weight)]);
    expect(weights[weights.length - 1]).toEqual(["รวม", "", "๑๐๐"]);
  });

  test("the letter scale, best first, and the pass mark", () => {
    const bands = cells(tableWith(d, "เกณฑ์คะแนน"));
    expect(bands.map((r) => r[0])).toEqual(["AA", "A", "B", "C", "D", "E", "F"]);
    expect(bands[1][1]).toBe("๘๕.๐๐ – ๙๔.๙๙");
    expect(p).toContain("ทั้งนี้ ต้องได้คะแนนตั้งแต่ ๘๕ คะแนนขึ้นไป จึงจะถือว่าผ่านเกณฑ์");
  });

  test("ranking (section 5 of the seed): the scores in descending order, overall 88.53 and grade A", () => {
    const rows = cells(tableWith(d, "อันดับ"));
    const expected = Object.entries(SCORES_2565).sort((x, y) => Number(y[1]) - Number(x[1]) || Number(x[0]) - Number(y[0]));
    expected.forEach(([n, score], i) => {
      expect(rows[i][0]).toBe(th(String(i + 1)));
      expect(rows[i][1]).toMatch(new RegExp(`^ตัวชี้วัดที่ ${th(n)} `));
      expect(rows[i][2]).toBe(th(score));
    });
    expect(rows[10].slice(1, 3)).toEqual(["คะแนนเฉลี่ยรวม (ITA)", th(STATED_2565)]);
    expect(rows[11].slice(1, 3)).toEqual(["ระดับผลการประเมิน", "A"]);
  });

  test("comparison (section 6 of the seed): the ten changes with เพิ่มขึ้น/ลดลง, the overall −1.23", () => {
    const rows = cells(tableWith(d, "การเปลี่ยนแปลง"));
    for (let n = 1; n <= 10; n++) {
      const h = hundredths(SCORES_2565[n]) - hundredths(SCORES_2564[n]);
      expect(rows[n - 1]).toEqual([
        th(String(n)),
        expect.any(String),
        th(SCORES_2564[n]),
        th(SCORES_2565[n]),
        `${h > 0 ? "เพิ่มขึ้น" : "ลดลง"} ${th(signedText(h))}`,
      ]);
    }
    expect(rows[10]).toEqual([
      "",
      "คะแนนเฉลี่ยรวม (ITA)",
      th(STATED_2564),
      th(STATED_2565),
      `ลดลง ${th(signedText(hundredths(STATED_2565) - hundredths(STATED_2564)))}`,
    ]);
    expect(rows[10][4]).toBe("ลดลง -๑.๒๓");
    expect(rows[11]).toEqual(["", "ระดับผลการประเมิน", "A", "A", ""]);
  });

  test("strengths and weaknesses in the sheet's sentences; the seed's three wrong restatements are not repeated", () => {
    expect(p).toContain("- จุดแข็ง (ตัวชี้วัดที่ได้คะแนนตั้งแต่ร้อยละ ๘๕ ขึ้นไป) จำนวน ๔ ตัวชี้วัด ได้แก่");
    expect(p).toContain("- จุดอ่อน / จุดที่ต้องพัฒนา (ตัวชี้วัดที่ได้คะแนนต่ำกว่าร้อยละ ๘๕) จำนวน ๖ ตัวชี้วัด ได้แก่");
    expect(p.some((x) => x.startsWith("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (IIT) ได้คะแนนการประเมินร้อยละ ๙๐.๗๙"))).toBe(true);
    expect(p.some((x) => x.startsWith("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน (EIT) ได้คะแนนการประเมินร้อยละ ๘๐.๘๑"))).toBe(true);
    // The seed's section 7 gives indicator 1 as 90.74 and swaps 6 and 7 (80.81/80.74).
    expect(JSON.stringify(d)).not.toContain("๙๐.๗๔");
    const gap = (9500 - hundredths(STATED_2565)) / 100;
    expect(p).toContain(`ระดับถัดไป "AA" ต้องได้คะแนนรวมตั้งแต่ร้อยละ ๙๕ ขึ้นไป (ขาดอีก ${th(gap.toFixed(2))} คะแนน)`);
  });

  test("measures: one row per weakness, weakest first, with owner, the FY2566 period and monitoring", () => {
    const rows = cells(tableWith(d, "ผู้รับผิดชอบ"));
    const weak = Object.entries(SCORES_2565)
      .filter(([, s]) => Number(s) < 85)
      .sort((x, y) => Number(x[1]) - Number(y[1]));
    expect(rows.length).toBe(weak.length);
    weak.forEach(([n], i) => {
      const m = a.measures[i];
      expect(rows[i][0]).toMatch(new RegExp(`^${th(String(i + 1))}. ตัวชี้วัดที่ ${th(n)} `));
      expect(rows[i][2]).toBe(m.owner.th);
      // The seed's period, as it prints it.
      expect(rows[i][3]).toBe("ต.ค. ๖๕ - ก.ย. ๖๖");
      expect(rows[i][4]).toBe(th(m.monitoring.th));
    });
  });

  test("a planner's owner and background replace the standard ones", () => {
    const r = analyse(table(yearScores(2564, Object.values(SCORES_2564)), yearScores(2565, REPORT_2565)), {
      owners: { 8: { th: "กองช่าง", en: "Works" } },
    });
    if (!r.ok) throw new Error("analyse");
    const doc = referenceDocument({ fields: { ...SEED_FIELDS, background: "ย่อหน้าแรก\n\nย่อหน้าที่สอง" } }, r.analysis);
    expect(cells(tableWith(doc, "ผู้รับผิดชอบ"))[0][2]).toBe("กองช่าง");
    const q = paragraphs(doc);
    expect(q[q.indexOf("๑. ความเป็นมา") + 1]).toBe("ย่อหน้าแรก");
    expect(q[q.indexOf("๑. ความเป็นมา") + 2]).toBe("ย่อหน้าที่สอง");
  });

  test("header rows are marked on every table", () => {
    for (const t of tables(d)) expect(t.header.length).toBe(1);
  });
});

describe("options", () => {
  test("Arabic digits", () => {
    const p = paragraphs(referenceDocument({ digits: "arabic" }));
    expect(p[2]).toContain("วันที่ 20 มีนาคม 2566");
    expect(p).toContain("4. ผลการประเมิน");
    expect(JSON.stringify(referenceDocument({ digits: "arabic" }).blocks)).not.toMatch(/[๐-๙]{2}\.[๐-๙]{2}/);
  });

  test("English", () => {
    const d = referenceDocument({ lang: "en", digits: "arabic" });
    const p = paragraphs(d);
    expect(p[0]).toBe("Memorandum");
    expect(p[2]).toContain("Date 20 March B.E. 2566");
    expect(p.join("\n")).toContain("scored 88.53 in fiscal year 2565, grade A; it passed");
    expect(cells(tableWith(d, "Change from"))[10][4]).toBe("Decreased -1.23");
  });

  test("one year only: no comparison section, the sections renumbered", () => {
    const r = analyse(table(yearScores(2565, REPORT_2565)), {});
    if (!r.ok) throw new Error("analyse");
    const p = paragraphs(referenceDocument({}, r.analysis));
    expect(p).not.toContain("๕. เปรียบเทียบผลการประเมิน");
    expect(p).toContain("๕. วิเคราะห์จุดแข็งและจุดที่ต้องพัฒนา");
  });

  test("caveats (a 2569 table: rules carried forward) are footnotes on the memo's figures and on the results sentence, in Thai digits", () => {
    const r = analyse(table(yearScores(2569, REPORT_2565)), {});
    if (!r.ok) throw new Error("analyse");
    const d = referenceDocument({}, r.analysis);
    const marked = d.blocks.filter((b: Block): b is ParagraphSpec => b.kind === "paragraph" && b.runs.some((x) => "footnote" in x));
    expect(marked.map((m) => m.runs.flatMap((x) => ("footnote" in x ? [x.footnote] : [])))).toEqual([[1], [2]]);
    expect(paragraphText(marked[0])).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ได้คะแนนร้อยละ");
    expect(paragraphText(marked[1])).toContain("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
    for (const id of [1, 2]) {
      expect(d.footnotes[id]).toContain(
        "หมายเหตุ: ไม่พบคู่มือการประเมินของ ป.ป.ช. ปี ๒๕๖๙ — ใช้ตัวชี้วัด น้ำหนัก และระดับผลการประเมินของปี ๒๕๖๘ (ยังไม่ยืนยัน)"
      );
    }
    expect(referenceDocument().footnotes).toEqual({});
  });
});
