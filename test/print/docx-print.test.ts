// The Word report as a printer gets it from LibreOffice headless (Writer):
// A4 pages, the memo and the figures in Thai, a Thai font embedded, the
// measures header on every page of the plan. LibreOffice has no TH Sarabun:
// fontconfig gives it Laksaman (fonts-tlwg-laksaman, Sarabun's free
// sibling, with larger glyphs), so pages run longer than in Word. Page
// images land in test-output/docx/ for a person to look at.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { writeDocument } from "../../src/docx/write-document";
import { PAGE_DIGITS_NOTE } from "../../src/report/print";
import { SAMPLE_CELLS } from "../../src/report/sample";
import { convertToPdf } from "../../src/xlsx/pdf";
import { referenceDocument, SEED_FIELDS } from "../docx/fixture";
import { A4, near, pageSizes, pdfFonts, pdfText, requireTool, squeeze } from "./pdf-tools";

const OUTPUT = join(__dirname, "..", "..", "test-output", "docx");

let dir: string;
let pdf: string;
let texts: string[];
let all: string;

beforeAll(async () => {
  requireTool("soffice", ["--version"], "libreoffice-writer");
  for (const t of ["pdftotext", "pdfinfo", "pdffonts", "pdftoppm"]) requireTool(t, ["-v"], "poppler-utils");
  dir = mkdtempSync(join(tmpdir(), "ita-docx-print-"));
  const docx = join(dir, "ita-report.docx");
  writeFileSync(docx, await writeDocument(referenceDocument()));
  pdf = await convertToPdf(docx, dir);
  texts = pageSizes(pdf).map((_, i) => pdfText(pdf, i + 1));
  all = squeeze(texts.join(""));
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  copyFileSync(docx, join(OUTPUT, "ita-report.docx"));
  copyFileSync(pdf, join(OUTPUT, "ita-report.pdf"));
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(OUTPUT, "page")]);
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the Word report printed through LibreOffice", () => {
  it("prints on A4 portrait pages, one image each under test-output/docx", () => {
    const pages = pageSizes(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const p of pages) expect(near(p.width, A4.short) && near(p.height, A4.long)).toBe(true);
    expect(readdirSync(OUTPUT).filter((f) => f.endsWith(".png"))).toHaveLength(pages.length);
  });

  it("prints the memo head on page 1 and no page number there; the pages after are numbered at the top", () => {
    const first = squeeze(texts[0]);
    for (const s of [
      "บันทึกข้อความ",
      "ส่วนราชการ",
      `ที่ ${SEED_FIELDS.documentNumber}`,
      "วันที่ ๒๐ มีนาคม ๒๕๖๖",
      "เรียน นายกเทศมนตรีเมืองเขลางค์นคร",
      "เรื่องเดิม",
    ]) {
      expect(first).toContain(squeeze(s));
    }
    expect(texts[0]).not.toMatch(/^\s*- 1 -/);
    // LibreOffice 7.4 prints the thaiNumbers page format in Arabic digits (Word prints ๒): either is the page's number.
    texts
      .slice(1)
      .forEach((t, i) =>
        expect(t.trimStart()).toMatch(new RegExp(`^-\\s*(${i + 2}|${String(i + 2).replace(/\d/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)])})\\s*-`))
      );
  });

  it("prints the figures of the seed's sections 5 and 6 in Thai digits, and the signers", () => {
    for (const s of [
      "มีผลคะแนนเท่ากับร้อยละ ๘๘.๕๓ คะแนน อยู่ในระดับ A",
      "ลดลง -๑.๒๓",
      "+๗.๑๔",
      "-๖.๕๕",
      "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน (EIT)",
      "๗๘.๗๔",
    ]) {
      expect(all).toContain(squeeze(s));
    }
    for (const s of [SEED_FIELDS.preparer, ...SEED_FIELDS.reviewers]) expect(all).toContain(squeeze(`(${s.name})`));
    // The period wraps in its narrow column ("ต.ค. ๖๕" / "- ก.ย." / "๖๖"), once per measure.
    expect(all.split("ก.ย.").length - 1).toBeGreaterThanOrEqual(6);
  });

  it("embeds a Thai-capable font", () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.map((f) => f.name).join(" ")).toMatch(/Sarabun|Laksaman/);
  });

  it("repeats the measures header on every page the plan runs onto", () => {
    const from = texts.findIndex((t) => squeeze(t).includes(squeeze("มาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส")));
    // The plan is the last section: every page from its heading on holds a header row.
    const plan = texts.slice(from);
    expect(plan.length).toBeGreaterThanOrEqual(2);
    for (const t of plan) for (const h of ["ขั้นตอน/วิธีการดำเนิน", "ผู้รับผิด"]) expect(squeeze(t)).toContain(squeeze(h));
  });
});

describe("ita-scorecard report --docx --pdf", () => {
  it("writes the workbook, the document and a PDF of each, and prints the four paths", async () => {
    const csv = join(dir, "reference.csv");
    writeFileSync(csv, SAMPLE_CELLS.map((r) => r.map((c) => `"${String(c)}"`).join(",")).join("\n"));
    const fields = join(dir, "fields.json");
    writeFileSync(fields, JSON.stringify(SEED_FIELDS));
    const [xlsx, docx] = [join(dir, "sheets.xlsx"), join(dir, "memo.docx")];
    let stdout = "";
    let stderr = "";
    const code = await main(["report", csv, "-o", xlsx, "--docx", docx, "--fields", fields, "--pdf"], {
      out: (s) => (stdout += s),
      err: (s) => (stderr += s),
    });
    // Thai digits (the default) with -o: one line says the sheets' page numbers stay Arabic.
    expect([code, stderr]).toEqual([0, `หมายเหตุ: ${PAGE_DIGITS_NOTE.th}\n`]);
    const pdfs = [join(dir, "sheets.pdf"), join(dir, "memo.pdf")];
    expect(stdout).toBe(`${xlsx}\n${docx}\n${pdfs[0]}\n${pdfs[1]}\n`);
    for (const p of pdfs) expect(existsSync(p)).toBe(true);
    expect(squeeze(pdfText(pdfs[1], 1))).toContain(squeeze("บันทึกข้อความ"));
  }, 180_000);

  it("refuses -o and --docx whose PDFs would share a name, before writing anything", async () => {
    const code = await main(["report", "x.csv", "-o", join(dir, "same.xlsx"), "--docx", join(dir, "same.docx"), "--pdf"], {
      out: () => undefined,
      err: () => undefined,
    });
    expect(code).toBe(2);
    expect(existsSync(join(dir, "same.xlsx"))).toBe(false);
  });
});
