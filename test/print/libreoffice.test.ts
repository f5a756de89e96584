// The exported workbook as a printer gets it from LibreOffice headless:
// PDF → text (pdftotext -layout) and page sizes (pdfinfo). This shows
// LibreOffice's rendering, not Excel's. Needs libreoffice-calc,
// poppler-utils and fonts-thai-tlwg (.ci/run installs them): a missing tool
// FAILS the test, it never skips.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { PAGE_DIGITS_NOTE } from "../../src/report/print";
import { SAMPLE_CELLS } from "../../src/report/sample";
import { convertToPdf } from "../../src/xlsx/pdf";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { referenceSpecs } from "../xlsx/fixture";
import { A4, near, pageSizes, pdfText, requireTool, squeeze } from "./pdf-tools";
import type { SheetSpec } from "../../src/report/spec";
import { emptyDocumentFields, type DocumentFields } from "../../src/report/document-fields";

const OUTPUT = join(__dirname, "..", "..", "test-output", "print");

/**
 * A page's printed lines, top to bottom (pdftotext -bbox-layout): words
 * grouped by their line's top, since pdftotext puts a stacked tone mark in
 * a line of its own at the same height.
 */
function visualLines(pdf: string, page: number): string[] {
  const html = execFileSync("pdftotext", ["-bbox-layout", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
  const lines = new Map<string, string>();
  for (const m of html.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)) {
    const words = [...m[1].matchAll(/<word[^>]*yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/word>/g)];
    if (words.length === 0) continue;
    const top = Number(words[0][1]).toFixed(0);
    lines.set(top, (lines.get(top) ?? "") + words.map((w) => w[2].replace(/&quot;/g, '"').replace(/&amp;/g, "&")).join(" "));
  }
  return [...lines.entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, t]) => t);
}

const THAI_LETTER = /[\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46\u0e4f-\u0e5b]/;

/** Squeezed offsets (see squeeze) before which the source text may break a line: a space, a U+200B, or a non-Thai side. */
function breakable(source: string): Set<number> {
  const out = new Set<number>();
  let kept = "";
  let gap = false;
  for (const ch of source) {
    if (/[\s\u200b]/.test(ch)) gap = true;
    else if (squeeze(ch) !== "") {
      if (gap || !THAI_LETTER.test(ch) || !THAI_LETTER.test(kept.slice(-1))) out.add(kept.length);
      kept += ch;
      gap = false;
    }
  }
  return out;
}

/**
 * Pixels of the chart colours (series 4472C4, ED7D31; pass line C00000) in
 * a band of a page rendered at 40 dpi, from `top` to `bottom` (shares of
 * the page's height). pdftoppm's PPM: "P6 w h 255" then RGB bytes.
 */
function colours(pdf: string, page: number, top: number, bottom = 1): { blue: number; orange: number; red: number } {
  const ppm = execFileSync("pdftoppm", ["-r", "40", "-f", String(page), "-l", String(page), pdf]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"));
  if (!header) throw new Error("pdftoppm gave no PPM");
  const [w, h] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  const near = (r: number, g: number, b: number, c: [number, number, number]) =>
    Math.abs(r - c[0]) + Math.abs(g - c[1]) + Math.abs(b - c[2]) < 60;
  const out = { blue: 0, orange: 0, red: 0 };
  for (let y = Math.floor(top * h); y < Math.floor(bottom * h); y++) {
    for (let x = 0; x < w; x++) {
      const i = start + (y * w + x) * 3;
      const [r, g, b] = [ppm[i], ppm[i + 1], ppm[i + 2]];
      if (near(r, g, b, [0x44, 0x72, 0xc4])) out.blue++;
      else if (near(r, g, b, [0xed, 0x7d, 0x31])) out.orange++;
      else if (near(r, g, b, [0xc0, 0x00, 0x00])) out.red++;
    }
  }
  return out;
}

const FIELDS: DocumentFields = {
  ...emptyDocumentFields(),
  date: "2022-11-15",
  preparer: { name: "นางสาวสมใจ ตั้งใจ", position: "นักวิเคราะห์นโยบายและแผนชำนาญการ" },
  reviewers: [{ name: "นายสมชาย ใจดี", position: "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ" }],
};

let dir: string;
let pdf: string;
let specs: SheetSpec[];
let pages: { width: number; height: number }[];
let texts: string[];

beforeAll(async () => {
  requireTool("soffice", ["--version"], "libreoffice-calc");
  requireTool("pdftotext", ["-v"], "poppler-utils");
  requireTool("pdfinfo", ["-v"], "poppler-utils");
  requireTool("pdftoppm", ["-v"], "poppler-utils");

  dir = mkdtempSync(join(tmpdir(), "ita-print-"));
  // Strengths too, so the measures plan is long enough to need a second page.
  // And the planner's document fields: a signature block under the plan, the date in the header.
  specs = referenceSpecs({ owners: ["กองคลัง", "สำนักปลัด", "กองช่าง", "กองการศึกษา", "กองสาธารณสุขและสิ่งแวดล้อม"], fields: FIELDS }, true);
  const xlsx = join(dir, "ita-report.xlsx");
  writeFileSync(xlsx, await writeWorkbook(specs));
  pdf = await convertToPdf(xlsx, dir);
  pages = pageSizes(pdf);
  texts = pages.map((_, i) => pdfText(pdf, i + 1));

  // Kept for people to look at: the PDF and each page as a small PNG.
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  copyFileSync(xlsx, join(OUTPUT, "ita-report.xlsx"));
  copyFileSync(pdf, join(OUTPUT, "ita-report.pdf"));
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(OUTPUT, "page")]);
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("print through LibreOffice", () => {
  const portrait = (p: { width: number; height: number }) => near(p.width, A4.short) && near(p.height, A4.long);
  const landscape = (p: { width: number; height: number }) => near(p.width, A4.long) && near(p.height, A4.short);
  /** Index of the comparison's page: the ranking (table, then its analysis) prints before it, the measures after. */
  const cmp = () => texts.findIndex((t) => squeeze(t).includes(squeeze("เปรียบเทียบผลการประเมิน ITA")));

  it("prints the ranking on 2 portrait pages, the comparison table on one landscape page and its chart on the next, the measures on 2+ landscape pages", () => {
    const c = cmp();
    expect(c).toBe(2);
    expect(pages.length).toBeGreaterThanOrEqual(c + 4);
    for (const p of pages.slice(0, c)) expect(portrait(p)).toBe(true);
    for (const p of pages.slice(c)) expect(landscape(p)).toBe(true);
    expect(squeeze(texts[0])).toContain(squeeze("เรียงอันดับคะแนน"));
    // The whole comparison table on its page (its last row, OIT's mean), the chart's title on the next.
    expect(squeeze(texts[c])).toContain(squeeze("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)"));
    expect(squeeze(texts[c + 1])).toContain(squeeze("เปรียบเทียบคะแนนรายตัวชี้วัด"));
    expect(squeeze(texts[c + 2])).toContain(squeeze("มาตรการ/ประเด็นที่จะต้องพัฒนา เพื่อขับเคลื่อน"));
    expect(readdirSync(OUTPUT).filter((f) => f.endsWith(".png"))).toHaveLength(pages.length);
  });

  it("prints the ranking's tables on page 1 and the analysis whole, with its heading, on page 2: no lonely remainder", () => {
    const ranking = texts.slice(0, cmp()).map(squeeze);
    expect(ranking).toHaveLength(2);
    expect(ranking[0]).toContain(squeeze("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)")); // the instrument table's last row
    expect(ranking[0]).not.toContain(squeeze("สรุปผลการวิเคราะห์"));
    expect(ranking[1]).toContain(squeeze("สรุปผลการวิเคราะห์"));
    expect(ranking[1]).toContain(squeeze("มีผลคะแนนเท่ากับร้อยละ ๘๘.๕๓ คะแนน อยู่ในระดับ A"));
    expect(ranking[1]).toContain(squeeze("จำนวน ๖ ตัวชี้วัด ได้แก่"));
    expect(ranking[1]).toContain(squeeze("(EIT) ได้คะแนนการประเมินร้อยละ ๗๘.๗๔"));
    expect(ranking[1]).not.toContain(squeeze("เครื่องมือ"));
    // Lines per page from pdftotext: the analysis page is no remainder of a few lines.
    const lines = texts.slice(0, cmp()).map((t) => t.split("\n").filter((l) => l.trim() !== "").length);
    expect(lines[1]).toBeGreaterThanOrEqual(15);
  });

  it("breaks the analysis lines between words only: every line ends at a space or a U+200B of the sentence", () => {
    const ranking = specs[0];
    const sources = ranking.rows.flatMap((r) => (r[0]?.style === "paragraph" ? [String(r[0].value)] : []));
    const page = visualLines(pdf, 2).map(squeeze);
    const from = page.indexOf(squeeze("สรุปผลการวิเคราะห์"));
    const lines = page.slice(from + 1).filter((l) => !/^หนา\d/.test(l));
    // The page's lines put together are the sentences put together: nothing lost, so offsets compare.
    expect(lines.join("")).toBe(sources.map(squeeze).join(""));
    const allowed = new Set<number>();
    let base = 0;
    for (const s of sources) {
      for (const k of breakable(s)) allowed.add(base + k);
      base += squeeze(s).length;
      allowed.add(base);
    }
    let at = 0;
    const midWord: string[] = [];
    lines.forEach((l, i) => {
      at += l.length;
      if (i < lines.length - 1 && !allowed.has(at)) midWord.push(`${l.slice(-6)}|${lines[i + 1].slice(0, 6)}`);
    });
    expect(midWord).toEqual([]);
    expect(lines.length).toBeGreaterThan(sources.length); // some sentences did wrap
  });

  it("prints at least two measures on every page of the plan, whole rows only", () => {
    const measures = texts.slice(cmp() + 2).map(squeeze);
    // Each measure's first cell starts "ตัวชี้วัดที่ N"; the steps never do.
    const perPage = measures.map((t) => t.split(squeeze("ตัวชี้วัดที่")).length - 1);
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(10);
    for (const n of perPage) expect(n).toBeGreaterThanOrEqual(2);
  });

  it("fits each sheet to one page wide: the last column prints beside the first on every page", () => {
    // Without fit-to-width the comparison (wider than landscape A4) would spill its last columns onto another page.
    const compared = squeeze(texts[cmp()]);
    expect(compared).toContain(squeeze("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (IIT)"));
    expect(compared).toContain(squeeze("เพิ่ม/ลด"));
    expect(squeeze(texts[0])).toContain(squeeze("ต้องพัฒนา")); // the last printed column of the ranking
    for (const t of texts.slice(cmp() + 2)) {
      expect(squeeze(t)).toContain(squeeze("ที่"));
      expect(squeeze(t)).toContain(squeeze("การติดตามและรายงานผล"));
    }
  });

  it("repeats the measures header row on every page of the plan", () => {
    const measures = texts.slice(cmp() + 2);
    expect(measures.length).toBeGreaterThanOrEqual(2);
    for (const t of measures) {
      expect(squeeze(t)).toContain(squeeze("ขั้นตอน/วิธีการดำเนินการ"));
      expect(squeeze(t)).toContain(squeeze("ผู้รับผิดชอบ"));
      expect(squeeze(t)).toContain(squeeze("การติดตามและรายงานผล"));
    }
    // The title rows are not repeated: only the header row is.
    expect(squeeze(measures[1])).not.toContain(squeeze("เพื่อขับเคลื่อน"));
    // The last page holds a strength kept up, not the title rows.
    expect(squeeze(measures[measures.length - 1])).toContain(squeeze("(รักษาระดับ)"));
  });

  it("prints the charts as charts: bars in the series' colours in the chart's part of the page, the pass line in red", () => {
    // Page 1: the ranking chart under the tables (lower half); the comparison's chart page.
    const ranking = colours(pdf, 1, 0.55);
    expect(ranking.blue).toBeGreaterThan(500);
    expect(ranking.red).toBeGreaterThan(30);
    expect(colours(pdf, 1, 0, 0.55).blue).toBe(0); // nothing of the kind over the tables
    const compared = colours(pdf, cmp() + 2, 0.1);
    expect(compared.blue).toBeGreaterThan(500);
    expect(compared.orange).toBeGreaterThan(500);
    expect(colours(pdf, cmp() + 1, 0).blue).toBe(0); // the table's page: no bars
  });

  it("prints the signature block on the plan's last page, with the last measure, and the document's date in every header", () => {
    const measures = texts.slice(cmp() + 2).map(squeeze);
    const last = measures[measures.length - 1];
    for (const s of [
      "ลงชื่อ",
      "ผู้จัดทำ",
      "ผู้ตรวจสอบ",
      "(นางสาวสมใจ ตั้งใจ)",
      "(นายสมชาย ใจดี)",
      "ตำแหน่ง นักวิเคราะห์นโยบายและแผนชำนาญการ",
      "วันที่ ๑๕ พฤศจิกายน ๒๕๖๕",
    ]) {
      expect(last).toContain(squeeze(s));
    }
    expect(last).toContain(squeeze("ตัวชี้วัดที่ ๕ การแก้ไขปัญหา")); // the plan's last measure, on the same page
    for (const t of measures.slice(0, -1)) expect(t).not.toContain(squeeze("ผู้จัดทำ"));
    for (const t of texts) expect(squeeze(t)).toContain(squeeze("๑๕ พฤศจิกายน ๒๕๖๕"));
  });

  it("prints the indicator names, the header and the footer", () => {
    const ranking = squeeze(texts[0]);
    for (const name of ["ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (OIT)", "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน (EIT)", "คะแนนเฉลี่ยรวม (ITA)"]) {
      expect(ranking).toContain(squeeze(name));
    }
    expect(ranking).toContain(squeeze("เทศบาลเมืองเขลางค์นคร")); // header left and subtitle
    expect(ranking).toContain(squeeze("ปีงบประมาณ พ.ศ. ๒๕๖๕")); // header right
    expect(texts[0]).toMatch(/หน้า 1 \/ \d+/); // footer: page of pages
    // Thai digits were chosen, yet the footer's &P and &N print Arabic: no header code picks Thai digits (report/print.ts).
    for (const t of texts) expect(t).not.toMatch(/หน้า [๐-๙]/);
  });

  it("prints the scores in Thai digits (the format [$-…041E] must render in LibreOffice too)", () => {
    const ranking = squeeze(texts[0]);
    // The reference report: overall 88.53, indicator 10 at 100.00, indicator 8 at 78.74.
    const expected = ["๘๘.๕๓", "๑๐๐.๐๐", "๗๘.๗๔"];
    const missing = expected.filter((s) => !ranking.includes(s));
    if (missing.length > 0) {
      const arabic = ["88.53", "100", "78.74"].filter((s) => ranking.includes(s));
      throw new Error(
        `LibreOffice did not print ${missing.join(", ")} in Thai digits` +
          (arabic.length ? ` (it printed ${arabic.join(", ")}: the number format was not applied)` : "")
      );
    }
    expect(squeeze(texts[cmp()])).toContain("+๐.๘๑"); // a rise, signed, on the comparison
  });
});

describe("ita-scorecard report --pdf", () => {
  it("writes the workbook and its PDF beside it, and prints both paths", async () => {
    const csv = join(dir, "reference.csv");
    writeFileSync(csv, SAMPLE_CELLS.map((r) => r.map((c) => `"${String(c)}"`).join(",")).join("\n"));
    const out = join(dir, "cli", "ita.xlsx");
    mkdirSync(join(dir, "cli"));
    let stdout = "";
    let stderr = "";
    const code = await main(["report", csv, "-o", out, "--pdf", "--agency", "เทศบาลเมืองเขลางค์นคร"], {
      out: (s) => (stdout += s),
      err: (s) => (stderr += s),
    });
    // Thai digits (the default): the one line on stderr says the page numbers stay Arabic, as this PDF prints them.
    expect(stderr).toBe(`หมายเหตุ: ${PAGE_DIGITS_NOTE.th}\n`);
    expect(code).toBe(0);
    const pdfPath = join(dir, "cli", "ita.pdf");
    expect(stdout).toBe(`${out}\n${pdfPath}\n`);
    expect(existsSync(pdfPath)).toBe(true);
    expect(squeeze(pdfText(pdfPath, 1))).toContain(squeeze("เรียงอันดับคะแนน (ร้อยละ) ของแต่ละตัวชี้วัด"));
  }, 120_000);
});
