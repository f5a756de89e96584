// The written .docx read back: word/document.xml holds the memo and the
// figures; tables mark their header rows and never split a row; page, fonts,
// language tags and page numbers are as Thai official documents want; the
// package is one Word opens without repair; user text stays text.
import { analyse } from "../../src/engine/analyse";
import { writeDocument } from "../../src/docx/write-document";
import { arabicToThaiDigits } from "../../src/engine/text";
import { table, yearScores, REPORT_2565 } from "../helpers/tables";
import { SCORES_2564, SCORES_2565 } from "../engine/input/report-data";
import { packageProblems } from "./package-check";
import { paragraphTexts, partText, parts, referenceDocument, SEED_FIELDS } from "./fixture";

const th = arabicToThaiDigits;
const count = (xml: string, s: string) => xml.split(s).length - 1;

let bytes: Uint8Array;
let doc: string;
let texts: string[];
beforeAll(async () => {
  bytes = await writeDocument(referenceDocument());
  doc = await partText(bytes, "word/document.xml");
  texts = paragraphTexts(doc);
});

test("the memo's parts and the signers are in word/document.xml", () => {
  expect(texts[0]).toBe("บันทึกข้อความ");
  expect(texts).toContain(`ส่วนราชการ ${SEED_FIELDS.division}`);
  expect(texts).toContain(`ที่ ${SEED_FIELDS.documentNumber}วันที่ ๒๐ มีนาคม ๒๕๖๖`);
  expect(texts).toContain("เรียน นายกเทศมนตรีเมืองเขลางค์นคร");
  for (const h of ["เรื่องเดิม", "ข้อเท็จจริง", "ข้อพิจารณา/ข้อเสนอ", "จึงเรียนมาเพื่อโปรดพิจารณา"]) expect(texts).toContain(h);
  for (const s of [SEED_FIELDS.preparer, ...SEED_FIELDS.reviewers]) expect(texts).toContain(`(${s.name})`);
  // ที่ and วันที่ share a line, the date at a tab stop.
  expect(doc).toMatch(/<w:tabs><w:tab w:val="left" w:pos="\d+"\/><\/w:tabs>/);
  expect(doc).toMatch(/<w:t xml:space="preserve"> ลป ๕๒๓๐๗\/๒๖๓<\/w:t><\/w:r><w:r><w:rPr>.*?<\/w:rPr><w:tab\/><\/w:r>/);
});

test("the figures: 88.53, A, -1.23 and the ten changes, in Thai digits", () => {
  expect(texts).toContain(th("88.53"));
  expect(texts).toContain("ลดลง -๑.๒๓");
  for (let n = 1; n <= 10; n++) {
    const h = Math.round(Number(SCORES_2565[n]) * 100) - Math.round(Number(SCORES_2564[n]) * 100);
    const word = h > 0 ? "เพิ่มขึ้น" : "ลดลง";
    expect(texts).toContain(`${word} ${th(`${h > 0 ? "+" : "-"}${(Math.abs(h) / 100).toFixed(2)}`)}`);
  }
  expect(texts.filter((t) => t === "ต.ค. ๖๕ - ก.ย. ๖๖").length).toBe(6);
});

test("every table's header row repeats on each page and no row splits", () => {
  const tables = count(doc, "<w:tbl>");
  expect(tables).toBe(6); // weights, scale, ranking, instruments, comparison, measures
  expect(count(doc, "<w:tblHeader/>")).toBe(tables);
  expect(count(doc, "<w:cantSplit/>")).toBe(count(doc, "<w:tr>"));
});

test("A4 with the official margins, page numbers from page 2 in Thai digits, or Arabic when chosen", async () => {
  expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
  // 2.5, 2, 3, 2 cm in twentieths of a point.
  expect(doc).toMatch(/<w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1701"/);
  expect(doc).toContain("<w:titlePg/>");
  expect(doc).toMatch(/<w:pgNumType w:start="1" w:fmt="thaiNumbers"\/>/);
  // Two headers: the first page's, empty, and the others' "- PAGE -".
  const zip = await parts(bytes);
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/header\d+\.xml$/.test(n))
      .map((n) => zip.file(n)!.async("string"))
  );
  const numbered = headers.filter((h) => h.includes('<w:instrText xml:space="preserve">PAGE</w:instrText>'));
  expect([headers.length, numbered.length]).toEqual([2, 1]);
  expect(paragraphTexts(numbered[0])).toEqual(["-  -"]);
  const arabic = await partText(await writeDocument(referenceDocument({ digits: "arabic" })), "word/document.xml");
  expect(arabic).toMatch(/<w:pgNumType w:start="1" w:fmt="decimal"\/>/);
});

test("TH Sarabun New 16 pt for every script, TH SarabunPSK named as its fallback, Thai language tags", async () => {
  const styles = await partText(bytes, "word/styles.xml");
  expect(styles).toMatch(
    /<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="TH Sarabun New" w:cs="TH Sarabun New" w:eastAsia="TH Sarabun New" w:hAnsi="TH Sarabun New"\/>/
  );
  expect(styles).toMatch(/<w:sz w:val="32"\/><w:szCs w:val="32"\/><w:lang w:val="en-US" w:eastAsia="th-TH" w:bidi="th-TH"\/>/);
  // Bold Thai is the complex-script bold.
  expect(count(doc, "<w:b/><w:bCs/>")).toBeGreaterThan(10);
  const fonts = await partText(bytes, "word/fontTable.xml");
  expect(fonts).toContain('<w:font w:name="TH Sarabun New"><w:altName w:val="TH SarabunPSK"/><w:charset w:val="DE"/>');
});

test("caveats are a footnote (a 2569 table), none without them", async () => {
  const r = analyse(table(yearScores(2569, REPORT_2565)), {});
  if (!r.ok) throw new Error("analyse");
  const b = await writeDocument(referenceDocument({}, r.analysis));
  const xml = await partText(b, "word/document.xml");
  expect(xml).toContain('<w:footnoteReference w:id="1"/>');
  expect(xml).toContain('<w:footnoteReference w:id="2"/>');
  expect(paragraphTexts(await partText(b, "word/footnotes.xml")).join("")).toContain("ไม่พบคู่มือการประเมินของ ป.ป.ช. ปี ๒๕๖๙");
  expect(doc).not.toContain("<w:footnoteReference");
  expect(await packageProblems(await parts(b))).toEqual([]);
});

test("the package opens without repair: content types, relationships, ids, well-formed parts", async () => {
  expect(await packageProblems(await parts(bytes))).toEqual([]);
});

test('user text with < & " and "=cmd" stays text', async () => {
  const hostile = "กอง <b>A</b> & \"B\" =cmd|' /C calc'!A0";
  const b = await writeDocument(
    referenceDocument({
      agency: '=HYPERLINK("http://x")',
      fields: { ...SEED_FIELDS, division: hostile, addressee: "</w:t><w:t>x", preparer: { name: "@SUM(1)", position: "+1-2" } },
    })
  );
  const xml = await partText(b, "word/document.xml");
  const t = paragraphTexts(xml);
  expect(t).toContain(`ส่วนราชการ ${hostile}`);
  expect(t).toContain("เรียน </w:t><w:t>x");
  expect(t).toContain("(@SUM(1))");
  expect(t.some((x) => x.includes('=HYPERLINK("http://x") ประจำปีงบประมาณ'))).toBe(true);
  expect(xml).not.toContain("<b>");
  expect(xml).not.toMatch(/<w:fldSimple|<w:instrText[^>]*>[^<]*(HYPERLINK|cmd)/);
  expect(await packageProblems(await parts(b))).toEqual([]);
});
