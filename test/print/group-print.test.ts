// A provincial office's printout: `group --pdf` writes the group workbook and
// the summary document and LibreOffice's print of each, beside them. The
// agencies and their figures are on the A4 pages; page images land in
// test-output/group-print/ for a person to look at.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GROUP_SAMPLE_CELLS } from "../../src/report/group-sample";
import { csvLines } from "../helpers/csv-lines";
import { A4, near, pageSizes, pdfText, requireTool, squeeze } from "./pdf-tools";
import { run } from "../helpers/run-cli";

const OUTPUT = join(__dirname, "..", "..", "test-output", "group-print");

describe("ita-scorecard group -o --docx --pdf", () => {
  const dir = mkdtempSync(join(tmpdir(), "ita-group-print-"));
  const csv = join(dir, "agencies.csv");
  writeFileSync(csv, csvLines(GROUP_SAMPLE_CELLS).join("\n"));

  beforeAll(() => {
    requireTool("soffice", ["--version"], "libreoffice-calc");
    for (const t of ["pdftotext", "pdfinfo", "pdftoppm"]) requireTool(t, ["-v"], "poppler-utils");
  });

  it("writes the workbook, the summary document and a PDF of each, on A4, with every agency printed", async () => {
    const [xlsx, docx] = [join(dir, "province.xlsx"), join(dir, "summary.docx")];
    const r = await run("group", csv, "--group", "จังหวัด", "-o", xlsx, "--docx", docx, "--pdf", "--digits", "arabic");
    expect([r.code, r.err]).toEqual([0, ""]);
    const pdfs = [join(dir, "province.pdf"), join(dir, "summary.pdf")];
    expect(r.out).toBe(`${xlsx}\n${docx}\n${pdfs[0]}\n${pdfs[1]}\n`);
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    const agencies = [...new Set(GROUP_SAMPLE_CELLS.filter((row) => row[3] === 2565).map((row) => String(row[0])))];
    expect(agencies).toHaveLength(12);
    for (const [pdf, name] of [
      [pdfs[0], "workbook"],
      [pdfs[1], "summary"],
    ]) {
      expect(existsSync(pdf)).toBe(true);
      const sizes = pageSizes(pdf);
      expect(sizes.length).toBeGreaterThan(0);
      for (const s of sizes) expect(near(Math.min(s.width, s.height), A4.short) && near(Math.max(s.width, s.height), A4.long)).toBe(true);
      execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(OUTPUT, name)]);
    }
    // The workbook's agencies sheet lists every agency of the latest year.
    const printed = squeeze(pdfText(pdfs[0]));
    for (const a of agencies) expect(printed).toContain(squeeze(a));
    // The statistics table prints whole on one page: its heading, the overall row and the quartile note together.
    const pages = pageSizes(pdfs[0]).map((_, i) => squeeze(pdfText(pdfs[0], i + 1)));
    const stats = pages.filter((t) => t.includes(squeeze("สถิติรายตัวชี้วัด")));
    expect(stats).toHaveLength(1);
    expect(stats[0]).toContain(squeeze("ตัวชี้วัดที่ 10"));
    expect(stats[0]).toContain("QUARTILE.INC");
    // The pass-rate chart prints, on the page of the counts: its title is there.
    const counts = pages.find((t) => t.includes(squeeze("การกระจายระดับผลการประเมิน")));
    expect(counts).toContain(squeeze("อัตราผ่านเกณฑ์ตามกลุ่ม"));
  }, 240_000);

  it("refuses --pdf without a file to print, before reading anything", async () => {
    const r = await run("group", join(dir, "missing.csv"), "--pdf", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^An output file is required: ita-scorecard group FILE -o OUT\.xlsx/);
  });
});
