import ExcelJS from "exceljs";
import { fitZoom } from "../../src/report/page-breaks";
import { LISTS_SHEET, writeWorkbook } from "../../src/xlsx/write-workbook";
import { part, readBack, referenceSpecs } from "./fixture";

// User text that looks like a formula, and an "&" (a header/footer code).
const AGENCY = '=HYPERLINK("http://example.invalid","คลิก") อบต. A&B';
const OWNERS = ["กองคลัง", "สำนักปลัด, งานนิติการ"]; // a comma: not an inline list

const specs = referenceSpecs({ agency: AGENCY, owners: OWNERS });
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;
const sheet = (name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

beforeAll(async () => {
  bytes = await writeWorkbook(specs);
  wb = await readBack(bytes);
});

describe("writeWorkbook: values and formats", () => {
  it("writes the three report sheets in order, then the hidden list sheet", () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["ITA 2565 อันดับ", "visible"],
      ["ITA 2564-2565", "visible"],
      ["มาตรการ 2566", "visible"],
      [LISTS_SHEET, "hidden"],
    ]);
  });

  it("keeps the reference scores as numbers in ranked order, with the overall 88.53", () => {
    const ws = sheet("ITA 2565 อันดับ");
    expect(ws.getCell("B5").value).toBe("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (OIT)");
    // Section 6 of the report, highest first: 100 (10) … 78.74 (8).
    const scores = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map((r) => ws.getCell(`D${r}`).value);
    expect(scores).toEqual([100, 95.56, 90.79, 85.75, 83.97, 81.43, 80.98, 80.81, 80.74, 78.74]);
    expect(ws.getCell("D15").value).toBe(88.53);
    expect(ws.getCell("D15").type).toBe(ExcelJS.ValueType.Number);
    const cmp = sheet("ITA 2564-2565");
    expect([cmp.getCell("C5").value, cmp.getCell("D5").value, cmp.getCell("E5").value]).toEqual([89.98, 90.79, 0.81]);
  });

  it("gives numbers the spec's Thai-digit formats (a Thai locale prefix on every section)", () => {
    const ws = sheet("ITA 2565 อันดับ");
    expect(ws.getCell("D5").numFmt).toBe(specs[0].rows[4][3].format);
    expect(ws.getCell("D5").numFmt).toMatch(/^\[\$-D0[0-9A-F]*41E\]0\.00$/);
    expect(ws.getCell("A5").numFmt).toMatch(/^\[\$-D0[0-9A-F]*41E\]0$/);
    const delta = sheet("ITA 2564-2565").getCell("E5").numFmt;
    expect(delta.split(";")).toHaveLength(3);
    expect(delta.split(";").every((s) => /^\[\$-D0[0-9A-F]*41E\]/.test(s))).toBe(true);
  });

  it("writes Arabic-digit formats without the locale prefix when asked", async () => {
    const plain = await readBack(await writeWorkbook(referenceSpecs({ digits: "arabic" })));
    expect(plain.worksheets[0].getCell("D5").numFmt).toBe("0.00");
  });

  it("keeps an agency name that looks like a formula as text, never a formula", async () => {
    const a2 = sheet("ITA 2565 อันดับ").getCell("A2");
    expect(a2.type).toBe(ExcelJS.ValueType.String);
    expect(a2.value).toBe(AGENCY);
    expect(a2.formula).toBeUndefined();
    // And in the file itself: no formula element on any sheet.
    for (const n of [1, 2, 3, 4]) expect(await part(bytes, `xl/worksheets/sheet${n}.xml`)).not.toContain("<f>");
  });

  it("gives such text Excel's quote prefix, so editing the cell in Excel keeps it text; other text has none", async () => {
    const sheetXml = await part(bytes, "xl/worksheets/sheet1.xml");
    const styles = await part(bytes, "xl/styles.xml");
    const xfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(styles)!;
    const list = xfs[2].match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
    expect(Number(xfs[1])).toBe(list.length);
    const styleOf = (ref: string) => {
      const c = new RegExp(`<c r="${ref}"[^>]*>`).exec(sheetXml)![0];
      return list[Number(/ s="(\d+)"/.exec(c)?.[1] ?? 0)];
    };
    expect(styleOf("A2")).toContain('quotePrefix="1"'); // the agency line starting with "="
    expect(styleOf("A1")).not.toContain("quotePrefix"); // the title
    // The copy keeps the look: same font, fill and borders as before.
    expect(styleOf("A2").replace(' quotePrefix="1"', "")).toMatch(/^<xf /);
    // And the file still reads back with its values and styles.
    expect(sheet("ITA 2565 อันดับ").getCell("A2").font?.name).toBe(sheet("ITA 2565 อันดับ").getCell("A1").font?.name);
  });

  it("prefixes owners that start with '-' in the hidden list sheet too", async () => {
    const b = await writeWorkbook(referenceSpecs({ owners: ["- กองคลัง", "สำนักปลัด, งานนิติการ"] }));
    const back = await readBack(b);
    const lists = back.worksheets.find((w) => w.name.startsWith(LISTS_SHEET))!;
    const col = [1, 2].map((r) => lists.getCell(r, 1).value);
    expect(col).toContain("- กองคลัง");
    const n = back.worksheets.indexOf(lists) + 1;
    const xml = await part(b, `xl/worksheets/sheet${n}.xml`);
    const styles = await part(b, "xl/styles.xml");
    const list = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
    const row = col.indexOf("- กองคลัง") + 1;
    const c = new RegExp(`<c r="A${row}"[^>]*>`).exec(xml)![0];
    expect(list[Number(/ s="(\d+)"/.exec(c)![1])]).toContain('quotePrefix="1"');
  });
});

describe("writeWorkbook: layout and style", () => {
  it("merges the title rows and sets the spec's column widths", () => {
    const ws = sheet("ITA 2565 อันดับ");
    expect(ws.getCell("E1").isMerged).toBe(true);
    expect(ws.getCell("E1").master.address).toBe("A1");
    expect(ws.getCell("E2").master.address).toBe("A2");
    expect(ws.getCell("F1").isMerged).toBe(false);
    specs[0].columns.forEach((c, i) => expect(ws.getColumn(i + 1).width).toBe(c.width));
    const m = sheet("มาตรการ 2566");
    expect(m.getCell("F1").master.address).toBe("A1");
  });

  it("styles the header bold on a fill with grid borders, in the sheet font", () => {
    const ws = sheet("ITA 2565 อันดับ");
    const h = ws.getCell("B4");
    expect(h.value).toBe("ตัวชี้วัด");
    expect(h.font).toMatchObject({ name: "TH SarabunPSK", size: 16, bold: true });
    expect(h.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(h.border.bottom?.style).toBe("thin");
    expect(ws.getCell("A1").font).toMatchObject({ name: "TH SarabunPSK", size: 20, bold: true });
    expect(ws.getCell("B5").font.bold).toBeFalsy();
    expect(ws.getCell("D15").font.bold).toBe(true); // the overall row
  });

  it("sets the spec's row heights as given (the report layer fits them; 15 pt would clip 16 pt text)", () => {
    for (const [i, name] of ["ITA 2565 อันดับ", "ITA 2564-2565", "มาตรการ 2566"].entries()) {
      const heights = Object.entries(specs[i].rowHeights ?? {});
      expect(heights.length).toBeGreaterThan(0);
      for (const [r, h] of heights) expect(sheet(name).getRow(Number(r) + 1).height).toBe(h);
    }
    const ws = sheet("ITA 2565 อันดับ");
    expect(ws.getRow(5).height).toBeGreaterThanOrEqual(21);
    expect(ws.getRow(1).height).toBeGreaterThan(ws.getRow(5).height);
  });

  it("decides no height itself: a spec without row heights leaves Excel's default", async () => {
    const bare = { ...specs[0], rowHeights: undefined };
    const back = await readBack(await writeWorkbook([bare]));
    const ws = back.getWorksheet(bare.name);
    expect(ws?.getRow(5).height).toBeUndefined();
  });

  it("writes the spec's sort and filter range", async () => {
    const filtered = { ...specs[0], autoFilter: "A4:F14" };
    const part1 = await part(await writeWorkbook([filtered]), "xl/worksheets/sheet1.xml");
    expect(part1).toContain('<autoFilter ref="A4:F14"');
    expect(await part(await writeWorkbook([specs[0]]), "xl/worksheets/sheet1.xml")).not.toContain("<autoFilter");
  });

  it("freezes the rows above the table body and hides gridlines on screen", () => {
    const v = sheet("ITA 2564-2565").views[0];
    expect(v).toMatchObject({ state: "frozen", ySplit: 4, showGridLines: false });
  });

  it("colours by conditional rules with the spec's operator, value and colours", () => {
    const cf = (sheet("ITA 2565 อันดับ") as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] })
      .conditionalFormattings;
    expect(cf[0].ref).toBe("D5:D14");
    expect(cf[0].rules[0]).toMatchObject({
      type: "cellIs",
      operator: "lessThan",
      formulae: ["85"],
      style: { font: { color: { argb: "FF9C0006" } }, fill: { bgColor: { argb: "FFFFC7CE" } } },
    });
    const cmp = (sheet("ITA 2564-2565") as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] })
      .conditionalFormattings;
    expect(cmp.map((c) => [c.ref, c.rules[0].operator])).toEqual([
      ["E5:E15", "greaterThan"],
      ["E5:E15", "lessThan"],
      ["D5:D15", "lessThan"],
      // The instruments' rows below the grade row.
      ["E18:E20", "greaterThan"],
      ["E18:E20", "lessThan"],
      ["D18:D20", "lessThan"],
    ]);
  });

  it("puts a drop-down on every owner cell; a list with a comma goes to the hidden sheet", () => {
    const m = sheet("มาตรการ 2566");
    const spec = specs[2];
    const lastBody = spec.rows.length; // 1-based row of the last measure
    for (let r = 5; r <= lastBody; r++) {
      expect(m.getCell(`D${r}`).dataValidation).toMatchObject({
        type: "list",
        formulae: [`'${LISTS_SHEET}'!$A$1:$A$${spec.validation[0].items.length}`],
      });
    }
    expect(m.getCell("C5").dataValidation).toBeUndefined();
    const lists = sheet(LISTS_SHEET);
    const items = spec.validation[0].items.map((_, i) => lists.getCell(`A${i + 1}`).value);
    expect(items).toEqual(spec.validation[0].items);
    expect(items).toContain("สำนักปลัด, งานนิติการ");
  });

  it("writes a short list without commas inline, with no hidden sheet", async () => {
    const plain = await readBack(await writeWorkbook(referenceSpecs({ owners: ["กองคลัง"] })));
    expect(plain.worksheets.map((w) => w.name)).not.toContain(LISTS_SHEET);
    const dv = plain.worksheets[2].getCell("D5").dataValidation;
    expect(dv.formulae[0]).toMatch(/^"กองคลัง,.*"$/);
    expect(dv.prompt).toBe(referenceSpecs()[2].validation[0].prompt);
  });
});

describe("writeWorkbook: print setup", () => {
  it("prints on A4 in the spec's orientation, one page wide (at the scale of its breaks, or fit to width), no gridlines", async () => {
    const orientation = wb.worksheets.slice(0, 3).map((w) => w.pageSetup.orientation);
    expect(orientation).toEqual(specs.map((s) => s.print.orientation));
    expect(orientation).toEqual(["portrait", "landscape", "landscape"]);
    // Every reference sheet has breaks, so each prints at the scale they were placed at: Excel ignores manual
    // breaks under Fit To (report/page-breaks.ts). No <pageSetUpPr fitToPage="1">, so Excel takes scale="N".
    for (const [i, ws] of wb.worksheets.slice(0, 3).entries()) {
      expect(specs[i].print.scale).toBe(fitZoom(specs[i]));
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, scale: specs[i].print.scale });
      expect(ws.pageSetup.fitToPage).toBeFalsy();
      const xml = await part(bytes, `xl/worksheets/sheet${i + 1}.xml`);
      expect(xml).toContain(`scale="${specs[i].print.scale}"`);
      expect(xml).not.toMatch(/fitToPage="(1|true)"/);
    }
    // A sheet without breaks keeps fit to one page wide, any number tall.
    const [ranking] = specs;
    const loose = await readBack(await writeWorkbook([{ ...ranking, print: { ...ranking.print, breaks: [], scale: undefined } }]));
    expect(loose.worksheets[0].pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    wb.worksheets.slice(0, 3).forEach((ws) => {
      // Printed gridlines are off unless <printOptions gridLines="1"/> says otherwise.
      expect(ws.pageSetup.showGridLines).toBeFalsy();
      expect(ws.pageSetup.margins).toEqual(specs[0].print.margins);
    });
    // None fits to one page tall: printers drop manual breaks under "Fit to N tall" (LibreOffice does, seen in test/print).
    expect(specs.map((s) => !!s.print.onePage)).toEqual([false, false, false]);
  });

  it("writes the report's page breaks as manual row breaks above each break row", async () => {
    const withStrengths = referenceSpecs({}, true);
    const bytes = await writeWorkbook(withStrengths);
    const ranking = await part(bytes, "xl/worksheets/sheet1.xml");
    const measures = await part(bytes, "xl/worksheets/sheet3.xml");
    // <brk id="N"> breaks after 1-based row N, i.e. above 0-based row N.
    const ids = (xml: string) => [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(ids(ranking)).toEqual(withStrengths[0].print.breaks);
    expect(ids(measures)).toEqual(withStrengths[2].print.breaks);
    expect(withStrengths[2].print.breaks?.length).toBeGreaterThanOrEqual(1);
  });

  it("defines absolute print areas and repeated header rows (the $ trap of ExcelJS)", async () => {
    const xml = await part(bytes, "xl/workbook.xml");
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;ITA 2565 อันดับ&apos;!$A$1:$E$${specs[0].rows.length}</definedName>`
    );
    expect(xml).toContain(`localSheetId="2">&apos;มาตรการ 2566&apos;!$4:$4</definedName>`);
    expect(sheet("มาตรการ 2566").pageSetup.printTitlesRow).toBe("4:4");
    // The comparison's table is one page, its chart the next: no header row over the chart.
    expect(xml).not.toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">`);
    // The ranking's table fits its first page: no header row repeated over the analysis below it.
    expect(xml).not.toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">`);
    expect(await part(bytes, "xl/worksheets/sheet1.xml")).not.toContain('gridLines="1"');
  });

  it("writes the header (agency left, year right) and footer (page of pages) on odd pages", () => {
    const hf = sheet("ITA 2565 อันดับ").headerFooter;
    // The agency's "&" is doubled so it prints as "&", not as a code.
    expect(hf.oddHeader).toMatch(
      /^&L&14&"TH SarabunPSK,Regular"=HYPERLINK\(.*\) อบต\. A&&B&R&14&"TH SarabunPSK,Regular"ปีงบประมาณ พ\.ศ\. ๒๕๖๕$/
    );
    expect(hf.oddFooter).toBe('&C&14&"TH SarabunPSK,Regular"หน้า &P / &N');
    expect(hf.differentFirst).toBeFalsy();
    expect(hf.differentOddEven).toBeFalsy();
  });
});
