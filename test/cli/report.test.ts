import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PAGE_DIGITS_NOTE } from "../../src/report/print";
import { SAMPLE_CELLS } from "../../src/report/sample";
import { csvColumnWorkbook } from "../helpers/csv-workbook";
import { run } from "../helpers/run-cli";

const dir = mkdtempSync(join(tmpdir(), "ita-report-"));
const csv = (rows: (string | number)[][]) => rows.map((r) => r.map((c) => `"${String(c)}"`).join(",")).join("\n");
const reference = join(dir, "reference.csv");
writeFileSync(reference, csv(SAMPLE_CELLS));

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

describe("ita-scorecard report", () => {
  it("writes a readable workbook with the three report sheets and prints its path", async () => {
    const out = join(dir, "report.xlsx");
    const r = await run("report", reference, "-o", out, "--agency", "เทศบาลเมืองเขลางค์นคร");
    // Thai digits (the default for Thai): stderr says the page numbers stay Arabic, and nothing else.
    expect(r.err).toBe(`หมายเหตุ: ${PAGE_DIGITS_NOTE.th}\n`);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${out}\n`);
    const wb = await load(out);
    expect(wb.worksheets.filter((w) => w.state !== "hidden").map((w) => w.name)).toEqual([
      "ITA 2565 อันดับ",
      "ITA 2564-2565",
      "มาตรการ 2566",
    ]);
    const ranking = wb.getWorksheet("ITA 2565 อันดับ")!;
    expect(ranking.getCell("A2").value).toBe("เทศบาลเมืองเขลางค์นคร");
    expect(ranking.getCell("D15").value).toBe(88.53);
  });

  it("follows --lang, --digits and --plan-year", async () => {
    const out = join(dir, "report-en.xlsx");
    const r = await run("report", reference, "--output", out, "--lang", "en", "--plan-year", "2567");
    expect(r.code).toBe(0);
    const wb = await load(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[2]).toMatch(/2567$/);
    expect(wb.worksheets[0].getCell("D5").numFmt).toBe("0.00"); // English: Arabic digits by default
  });

  it("is a usage error (exit 2, nothing written) without -o, or with an output that is not .xlsx", async () => {
    const r = await run("report", reference);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("-o OUT.xlsx");
    const bad = await run("report", reference, "-o", join(dir, "report.pdf"));
    expect(bad.code).toBe(2);
    expect(existsSync(join(dir, "report.pdf"))).toBe(false);
  });

  it("reports bad input by cell and writes nothing", async () => {
    const file = join(dir, "bad.csv");
    writeFileSync(
      file,
      csv([
        ["ที่", "ตัวชี้วัด", "ปี 2565"],
        [1, "ตัวชี้วัดที่ ๑", "เก้าสิบ"],
      ])
    );
    const out = join(dir, "bad.xlsx");
    const r = await run("report", file, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("บรรทัด 2 คอลัมน์ 3"); // a CSV place: line and column
    expect(existsSync(out)).toBe(false);
  });

  it("tells on stderr, in the output's language, that the page numbers stay Arabic when Thai digits are chosen, and only then", async () => {
    const en = await run("report", reference, "-o", join(dir, "thai-digits-en.xlsx"), "--lang", "en", "--digits", "thai");
    expect([en.code, en.err]).toEqual([0, `Note: ${PAGE_DIGITS_NOTE.en}\n`]);
    expect(PAGE_DIGITS_NOTE.en).toContain("Arabic digits in Excel and the .xlsx");
    expect(PAGE_DIGITS_NOTE.th).toContain("เลขอารบิกเสมอ");
    const arabic = await run("report", reference, "-o", join(dir, "arabic-digits.xlsx"), "--digits", "arabic");
    expect([arabic.code, arabic.err]).toEqual([0, ""]);
    // The Word report alone numbers its pages in Thai digits: no note.
    const word = await run("report", reference, "--docx", join(dir, "thai-digits.docx"));
    expect([word.code, word.err]).toEqual([0, ""]);
    // --help says it where --digits is explained.
    const help = await run("--help", "--lang", "en");
    expect(help.out).toMatch(/--digits thai\|arabic .*page numbers\n.*Arabic digits in Excel and the \.xlsx/);
  });

  it("reads CSV text pasted into column A of an .xlsx split, says so on stderr, and names a bad value by cell and field", async () => {
    const workbook = (name: string, rows: (string | number)[][]) => csvColumnWorkbook(join(dir, name), rows);
    const good = await run("grade", await workbook("csv-in-a.xlsx", SAMPLE_CELLS), "--json");
    expect(good.code).toBe(0);
    expect(JSON.parse(good.out).current.overall).toBe(88.53);
    expect(good.err).toBe(
      "หมายเหตุ: ข้อความในเซลล์ A1:A12 เป็นข้อความ CSV ในคอลัมน์เดียว จึงอ่านโดยแยกที่เครื่องหมายจุลภาค (,) เป็น 4 คอลัมน์ (เซลล์ในสมุดงานไม่ถูกแก้ไข; ปัญหาที่พบระบุเป็นเซลล์และค่าที่ในบรรทัดนั้น)\n"
    );
    const rows = SAMPLE_CELLS.map((r) => [...r]);
    rows[4][2] = "8x.5";
    const bad = await run("grade", await workbook("csv-in-a-bad.xlsx", rows), "--lang", "en");
    expect(bad.code).toBe(2);
    const [note, problem] = bad.err.split("\n");
    expect(note).toMatch(/^Note: The cells A1:A12 hold CSV text in one column/);
    expect(problem).toMatch(/^A5, field 3: /);
  });

  it("says in one sentence when the output cannot be written", async () => {
    const r = await run("report", reference, "-o", join(dir, "no-such-dir", "x.xlsx"), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Cannot write .*x\.xlsx \(ENOENT\)\n$/);
  });
});
