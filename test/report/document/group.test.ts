// The group summary document from the small hand-checked table: 5 agencies
// graded in 2565 (อบต.ฉ's row is rejected), 4 at 85 or more (ก 90, ข 90,
// ง 95.99, จ 91.00; ค 80) = 80.00 %, meeting the 80 % target; indicators 1–5
// have the lowest mean, (90+90+80+96+80)/5 = 87.20; ก rose 88 → 90, ค fell 86 → 80.
import { analyseGroup, parseGroupScores } from "../../../src/engine/group";
import { buildGroupDocument } from "../../../src/report/document/group";
import type { DocumentSpec, ParagraphSpec, TableSpec } from "../../../src/report/document/spec";
import { writeDocument } from "../../../src/docx/write-document";
import { SMALL_TABLE } from "../../engine/group/fixture";
import { packageProblems } from "../../docx/package-check";
import { paragraphTexts, parts, partText } from "../../docx/fixture";

function groupAnalysis() {
  const parsed = parseGroupScores(SMALL_TABLE, { addressStyle: "a1" });
  if (!parsed.ok) throw new Error("parse");
  const r = analyseGroup(parsed.table, { group: "จังหวัด" });
  if (!r.ok) throw new Error("analyse");
  return r.analysis;
}

const texts = (d: DocumentSpec) =>
  d.blocks.filter((b): b is ParagraphSpec => b.kind === "paragraph").map((p) => p.runs.map((r) => ("text" in r ? r.text : "")).join(""));
const tables = (d: DocumentSpec) =>
  d.blocks.filter((b): b is TableSpec => b.kind === "table").map((t) => t.rows.map((r) => r.map((c) => c.text)));

describe("the group summary document", () => {
  const doc = buildGroupDocument(groupAnalysis(), { lang: "th", digits: "thai", scope: "จังหวัดลำปางและลำพูน" });
  const p = texts(doc);
  const [distribution, groups, weakest, improved, declined] = tables(doc);

  test("the pass rate against the national target, and the overall scores", () => {
    expect(p[0]).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๕\nจังหวัดลำปางและลำพูน");
    expect(p).toContain("หน่วยงานที่ได้รับการประเมิน ๕ แห่ง ผ่านเกณฑ์ ๔ แห่ง คิดเป็นร้อยละ ๘๐.๐๐ ถึงเป้าหมายระดับประเทศ (ร้อยละ ๘๐ ของหน่วยงานผ่านเกณฑ์)");
    expect(p.some((x) => x.includes("ต่ำสุด ๘๐.๐๐ สูงสุด ๙๕.๙๙"))).toBe(true);
  });

  test("the distribution (AA 1: 95.99; A 3; B 1) and each province's pass rate", () => {
    expect(distribution.slice(0, 3)).toEqual([
      ["AA", "๑", "๒๐.๐๐"],
      ["A", "๓", "๖๐.๐๐"],
      ["B", "๑", "๒๐.๐๐"],
    ]);
    expect(groups).toEqual([
      ["ลำปาง", "๓", "๒", "๖๖.๖๗", "ต่ำกว่าเป้าหมาย"],
      ["ลำพูน", "๒", "๒", "๑๐๐.๐๐", "ถึงเป้าหมาย"],
    ]);
  });

  test("the weakest indicators first, named in the sentence", () => {
    expect(weakest[0].slice(1, 2)).toEqual(["๘๗.๒๐"]);
    expect(weakest[0][0]).toMatch(/^ตัวชี้วัดที่ ๑ /);
    expect(weakest[weakest.length - 1][1]).toBe("๙๑.๒๐");
    expect(p.some((x) => x.startsWith("ตัวชี้วัดที่มีคะแนนเฉลี่ยต่ำที่สุด ได้แก่ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (IIT), ตัวชี้วัดที่ ๒"))).toBe(true);
  });

  test("the movers since last year", () => {
    expect(improved[0]).toEqual(["อบต.ก", "๘๘.๐๐", "๙๐.๐๐", "เพิ่มขึ้น +๒.๐๐"]);
    expect(declined[0]).toEqual(["อบต.ค", "๘๖.๐๐", "๘๐.๐๐", "ลดลง -๖.๐๐"]);
  });

  test("written as a .docx Word opens without repair, header rows marked", async () => {
    const bytes = await writeDocument(doc);
    expect(await packageProblems(await parts(bytes))).toEqual([]);
    const xml = await partText(bytes, "word/document.xml");
    expect(xml.split("<w:tblHeader/>").length - 1).toBe(xml.split("<w:tbl>").length - 1);
    expect(paragraphTexts(xml)).toContain("อบต.ค");
  });

  test("its pages are numbered in the digits chosen (Word's Thai page-number format, ECMA-376 ST_NumberFormat thaiNumbers)", async () => {
    const xml = await partText(await writeDocument(doc), "word/document.xml");
    expect(xml).toMatch(/<w:pgNumType w:start="1" w:fmt="thaiNumbers"\/>/);
    const arabic = buildGroupDocument(groupAnalysis(), { lang: "th", digits: "arabic", scope: "จังหวัดลำปางและลำพูน" });
    expect(await partText(await writeDocument(arabic), "word/document.xml")).toMatch(/<w:pgNumType w:start="1" w:fmt="decimal"\/>/);
  });
});
