import ExcelJS from "exceljs";
import { join } from "path";
import { readFileSync } from "fs";
import { readScoreFile } from "../../src/files/read";
import { readXlsx, plainValue } from "../../src/files/xlsx";
import { FileError, isFileError } from "../../src/files/errors";
import { readScoreFileFromDisk } from "../../src/files/node-read";
import { parseScores } from "../../src/engine/input";
import { SCORES_2564, SCORES_2565, STATED_2564, STATED_2565, NAMES, NUMBERS } from "../engine/input/report-data";
import { utf16leBom, windows874 } from "./encode";

const SAMPLE_CSV = join(__dirname, "../../samples/khelang-nakhon-2564-2565.csv");

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The failure's Problem, or fail the test if nothing (or something else) was thrown. */
async function problemOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    expect(isFileError(e)).toBe(true);
    return (e as FileError).problem;
  }
  throw new Error("expected a FileError");
}

describe("readXlsx", () => {
  it("reads numbers as numbers, rich text and formula results as values, merged titles once", async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet("Notes").getCell("A1").value = "not here";
      const ws = wb.addWorksheet("ITA");
      ws.getCell("A1").value = "ผลการประเมิน ITA";
      ws.mergeCells("A1:C1");
      ws.addRow(["ตัวชี้วัด", 2564, "ปี 2565"]);
      for (const n of NUMBERS) ws.addRow([NAMES[n], Number(SCORES_2564[n]), SCORES_2565[n]]);
      ws.getCell("A4").value = { richText: [{ text: "ตัวชี้วัดที่ 2 " }, { font: { bold: true }, text: "การใช้งบประมาณ" }] };
      ws.addRow(["คะแนนรวม", { formula: "ROUND(89.76,2)", result: 89.76 }, "88.53"]);
    });
    const { cells, sheets } = await readXlsx(bytes, "ITA");
    expect(sheets).toEqual(["Notes", "ITA"]);
    expect(cells[0]).toEqual(["ผลการประเมิน ITA", null, null]);
    expect(cells[2][1]).toBe(89.98);
    expect(cells[3][0]).toBe("ตัวชี้วัดที่ 2 การใช้งบประมาณ");
    expect(cells[12][1]).toBe(89.76);

    const r = parseScores(cells);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.table.years.map((y) => [y.year, y.scores, y.stated, y.statedCell])).toEqual([
      [2564, SCORES_2564, STATED_2564, "B13"],
      [2565, SCORES_2565, STATED_2565, "C13"],
    ]);
  });

  it("names the sheets when asked for one that is not there", async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet("ผลปี 2565").getCell("A1").value = 1;
      wb.addWorksheet("Sheet2").getCell("A1").value = 2;
    });
    expect(await problemOf(readXlsx(bytes, "Sheet9", "scores.xlsx"))).toEqual({
      where: "scores.xlsx",
      code: "unreadable-file",
      detail: { reason: "sheet-not-found", sheet: "Sheet9", sheets: "ผลปี 2565, Sheet2" },
    });
    // The first sheet by default.
    expect((await readXlsx(bytes)).cells).toEqual([[1]]);
  });

  it("plainValue unwraps hyperlinks, errors and shared formulas", () => {
    expect(plainValue({ text: "ลิงก์", hyperlink: "https://x" })).toBe("ลิงก์");
    expect(plainValue({ error: "#DIV/0!" })).toBe("#DIV/0!");
    expect(plainValue({ sharedFormula: "A1", result: 5 })).toBe(5);
    expect(plainValue(undefined)).toBeNull();
  });
});

describe("readScoreFile", () => {
  it("reads the sample CSV (UTF-8 with BOM) as line-addressed cells", async () => {
    const f = await readScoreFile("khelang-nakhon-2564-2565.csv", new Uint8Array(readFileSync(SAMPLE_CSV)));
    expect(f.addressStyle).toBe("line");
    expect(f.encoding).toBe("utf-8");
    expect(f.cells[0]).toEqual(["ที่", "ตัวชี้วัด", "ผลคะแนนปี ๒๕๖๔", "ผลคะแนนปี ๒๕๖๕"]);
    expect(f.cells).toHaveLength(12);
  });

  it("reads UTF-16 'Unicode Text' .txt and Windows-874 .csv", async () => {
    const tsv = "ตัวชี้วัด\tปี ๒๕๖๕\nการใช้อำนาจ\t๘๓.๙๗\n";
    const a = await readScoreFile("paste.txt", utf16leBom(tsv));
    expect(a).toMatchObject({
      encoding: "utf-16le",
      cells: [
        ["ตัวชี้วัด", "ปี ๒๕๖๕"],
        ["การใช้อำนาจ", "๘๓.๙๗"],
      ],
    });
    const b = await readScoreFile("SCORES.CSV", windows874("ตัวชี้วัด,2565\nการใช้อำนาจ,83.97\n"));
    expect(b).toMatchObject({
      encoding: "windows-874",
      cells: [
        ["ตัวชี้วัด", "2565"],
        ["การใช้อำนาจ", "83.97"],
      ],
    });
  });

  it("reads .tsv and .xlsx", async () => {
    expect((await readScoreFile("a.tsv", new Uint8Array(Buffer.from("a\t1,5\n")))).cells).toEqual([["a", "1,5"]]);
    const bytes = await workbook((wb) => (wb.addWorksheet("S").getCell("B2").value = 88.53));
    expect(await readScoreFile("a.xlsx", bytes)).toEqual({
      cells: [
        [null, null],
        [null, 88.53],
      ],
      addressStyle: "a1",
      sheets: ["S"],
    });
  });

  it("throws typed problems, never raw exceptions", async () => {
    expect(await problemOf(readScoreFile("scores.pdf", new Uint8Array([1])))).toMatchObject({
      where: "scores.pdf",
      code: "unreadable-file",
      detail: { reason: "unsupported-type", ext: ".pdf" },
    });
    expect((await problemOf(readScoreFile("old.xls", new Uint8Array([1])))).detail.reason).toBe("legacy-xls");
    expect((await problemOf(readScoreFile("bad.xlsx", new Uint8Array([1, 2, 3])))).detail.reason).toBe("bad-xlsx");
    expect(await problemOf(readScoreFile("empty.csv", new Uint8Array()))).toEqual({ where: "empty.csv", code: "empty", detail: {} });
    expect((await problemOf(readScoreFile("blank.txt", new Uint8Array(Buffer.from("\n \n\t\n"))))).code).toBe("empty");
    const emptySheet = await workbook((wb) => wb.addWorksheet("Empty"));
    expect((await problemOf(readScoreFile("e.xlsx", emptySheet))).code).toBe("empty");
  });
});

describe("readScoreFileFromDisk", () => {
  it("reads a file from disk", async () => {
    const f = await readScoreFileFromDisk(SAMPLE_CSV);
    expect(f.cells[11]).toEqual(["", "ผลคะแนนเฉลี่ย", "๘๙.๗๖", "๘๘.๕๓"]);
  });

  it("reports a missing file as unreadable-file / not-found", async () => {
    expect(await problemOf(readScoreFileFromDisk("/no/such/dir/scores.csv"))).toEqual({
      where: "/no/such/dir/scores.csv",
      code: "unreadable-file",
      detail: { reason: "not-found", cause: "ENOENT" },
    });
  });
});
