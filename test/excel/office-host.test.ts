import { parseScores } from "../../src/engine/input";
import { HostError } from "../../src/report/host";
import { OfficeHost } from "../../src/excel/office-host";
import { MARKERS_KEY } from "../../src/excel/markers";
import { FakeExcel, FakeSettings } from "./fake-excel";
import { NASTY, makeSpec, threeSheets } from "./specs";

function setup(maxApi = "1.17") {
  const fx = new FakeExcel();
  fx.maxApi = maxApi;
  const settings = new FakeSettings();
  const host = new OfficeHost({ run: fx.run, requirements: fx.requirements, settings });
  return { fx, settings, host };
}

async function hostError(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(HostError);
    return e as HostError;
  }
  throw new Error("expected a HostError");
}

describe("OfficeHost.writeSheets", () => {
  it("writes values and number formats, and text as text", async () => {
    const { fx, host } = setup();
    const res = await host.writeSheets([makeSpec("ranking", "อันดับ 2565", 10)], []);
    expect(res.written).toEqual(["อันดับ 2565"]);
    expect(res.skipped).toEqual([]);
    expect(fx.values("อันดับ 2565", "A1")).toEqual([["รายงาน อันดับ 2565"]]);
    expect(fx.values("อันดับ 2565", "A4:E4")).toEqual([["ลำดับ", "ตัวชี้วัด", "คะแนน", "ผล", "ผู้รับผิดชอบ"]]);
    expect(fx.values("อันดับ 2565", "A14:D14")).toEqual([[10, "ตัวชี้วัดที่ 10", 89, "ผ่าน"]]);
    expect(fx.cell("อันดับ 2565", "C5")?.numberFormat).toBe("0.00");
    expect(fx.cell("อันดับ 2565", "A5")?.numberFormat).toBe("0");
    // Each risky text stays exactly as given: no formula, no number, no date.
    // Formula-like text goes in with Excel's quote prefix (a General cell), other text as "@".
    NASTY.forEach((text, i) => {
      const cell = fx.cell("อันดับ 2565", `B${5 + i}`)!;
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      const formulaLike = /^[=+\-@]/.test(text);
      expect([cell.numberFormat, !!cell.quotePrefix]).toEqual(formulaLike ? ["General", true] : ["@", false]);
    });
  });

  it("the fake follows the documented parsing: '=', '+', '-', '@' make a formula even in an '@' cell; an apostrophe makes text", async () => {
    const fx = new FakeExcel();
    await fx.run(async (ctx) => {
      const rg = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      rg.numberFormat = [["@", "@", "General", "@"]];
      rg.values = [["=1+1", "- ข้อ", "'- ข้อ", "0012"]];
      await ctx.sync();
    });
    expect(fx.cell("Sheet1", "A1")?.formula).toBe("=1+1");
    expect(fx.cell("Sheet1", "B1")?.formula).toBe("- ข้อ");
    expect(fx.cell("Sheet1", "C1")).toMatchObject({ value: "- ข้อ", quotePrefix: true });
    expect(fx.cell("Sheet1", "C1")?.formula).toBeUndefined();
    expect(fx.cell("Sheet1", "D1")?.value).toBe("0012");
  });

  it("the fake would catch a formula: '=1+1' into a General cell becomes a formula", async () => {
    const fx = new FakeExcel();
    await fx.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["=1+1", "0012"]];
      await ctx.sync();
    });
    expect(fx.cell("Sheet1", "A1")?.formula).toBe("=1+1");
    expect(fx.cell("Sheet1", "B1")?.value).toBe(12);
  });

  it("puts sort and filter buttons on the spec's range, or lists them as skipped below ExcelApi 1.9", async () => {
    const { fx, host } = setup();
    await host.writeSheets([makeSpec("agencies", "หน่วยงาน", 10, { autoFilter: "A4:E14" })], []);
    expect(fx.sheet("หน่วยงาน").autoFilter).toBe("A4:E14");
    const old = setup("1.8");
    const res = await old.host.writeSheets([makeSpec("agencies", "หน่วยงาน", 10, { autoFilter: "A4:E14" })], []);
    expect(old.fx.sheet("หน่วยงาน").autoFilter).toBeUndefined();
    expect(res.skipped).toContainEqual({ sheet: "หน่วยงาน", feature: "autoFilter" });
  });

  it("writes conditional rules, the drop-down list from a hidden range, and the chart", async () => {
    const { fx, host } = setup();
    await host.writeSheets([makeSpec("measures", "มาตรการ", 10)], []);
    const s = fx.sheet("มาตรการ");
    expect(s.conditionalFormats).toEqual([
      { address: "C5:C14", type: "CellValue", fontColor: "#9C0006", fill: "#FFC7CE", rule: { formula1: "=85", operator: "LessThan" } },
    ]);
    expect(s.validations).toHaveLength(1);
    expect(s.validations[0].address).toBe("E5:E14");
    expect(s.validations[0].rule).toEqual({ list: { inCellDropDown: true, source: "='ITA_lists'!$A$1:$A$3" } });
    expect(s.validations[0].prompt).toMatchObject({ showPrompt: true, message: "เลือกหน่วยงานผู้รับผิดชอบ" });
    const lists = fx.sheet("ITA_lists");
    expect(lists.visibility).toBe("Hidden");
    // Items with a comma and a leading "=" arrive whole and as text.
    expect(fx.values("ITA_lists", "A1:A3")).toEqual([["กองคลัง"], ["สำนักปลัด, งานธุรการ"], ["=SUM(A1)"]]);
    expect(fx.cell("ITA_lists", "A3")?.formula).toBeUndefined();

    expect(s.charts).toHaveLength(1);
    const chart = s.charts[0];
    expect(chart).toMatchObject({ type: "ColumnClustered", title: "คะแนนรายตัวชี้วัด", position: { from: "I5", to: "P20" } });
    expect(chart.series[0]).toMatchObject({ name: "คะแนน", values: "C5:C14", xValues: "B5:B14" });
    expect(chart.series[1]).toMatchObject({ name: "เกณฑ์ผ่าน", values: "G5:G14", chartType: "Line" });
  });

  it("fits a one-page sheet to one page tall as well as wide", async () => {
    const { fx, host } = setup();
    const spec = makeSpec("comparison", "เปรียบเทียบ", 10);
    await host.writeSheets([{ ...spec, print: { ...spec.print, onePage: true } }], []);
    expect(fx.sheet("เปรียบเทียบ").pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
  });

  it("adds the report's page breaks before each break row at the scale they were placed at, in the decorations' one sync; none below ExcelApi 1.9", async () => {
    const { fx, host } = setup();
    const spec = makeSpec("measures", "มาตรการ", 10);
    await host.writeSheets([{ ...spec, print: { ...spec.print, breaks: [8, 11], scale: 72 } }], []);
    expect(fx.sheet("มาตรการ").pageLayout.pageBreaks).toEqual(["A9", "A12"]);
    // "Adjust to 72 %", not Fit To: Excel ignores manual breaks under Fit To (report/page-breaks.ts).
    expect(fx.sheet("มาตรการ").pageLayout.zoom).toEqual({ scale: 72 });
    expect(fx.syncCount).toBe(4); // names, core, commit, decorations: the breaks add no round trip
    const old = setup("1.8");
    const res = await old.host.writeSheets([{ ...spec, print: { ...spec.print, breaks: [8] } }], []);
    expect(old.fx.sheet("มาตรการ").pageLayout.pageBreaks).toBeUndefined();
    expect(res.skipped).toContainEqual({ sheet: "มาตรการ", feature: "pageLayout" });
  });

  it("sets up printing: A4 landscape, one page wide, title rows, header/footer, no gridlines", async () => {
    const { fx, host } = setup();
    await host.writeSheets([makeSpec("ranking", "อันดับ", 10)], []);
    const s = fx.sheet("อันดับ");
    expect(s.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$4:$4",
      printArea: "A$1:E$14",
      printGridlines: false,
      // inches × 72 points
      margins: { top: 54, bottom: 54, left: 36, right: 36, header: 21.6, footer: 21.6 },
      headersFooters: {
        leftHeader: "เทศบาล && ตำบล",
        centerHeader: "",
        rightHeader: "ปีงบประมาณ 2565",
        leftFooter: "",
        centerFooter: "หน้า &P / &N",
        rightFooter: "",
      },
    });
    expect(s.showGridlines).toBe(false);
    expect(s.frozenRows).toBe(4);
  });

  it("sets column widths in points, row heights, merges, fonts and styles", async () => {
    const { fx, host } = setup();
    await host.writeSheets([makeSpec("ranking", "อันดับ", 10)], []);
    const s = fx.sheet("อันดับ");
    // (round(chars × 7 px) + 5 px) × 0.75 pt/px: 6 → 35.25, 40 → 213.75, 12 → 66.75, 20 → 108.75.
    expect(s.columnWidths).toEqual({ 0: 35.25, 1: 213.75, 2: 66.75, 3: 66.75, 4: 108.75 });
    expect(s.rowHeights).toEqual({ 3: 36 });
    expect(s.merges).toEqual(["A1:E1", "A2:E2"]);
    expect(s.defaultFont).toEqual({ name: "TH SarabunPSK", size: 16 });
    expect(fx.cell("อันดับ", "A1")?.format.font).toMatchObject({ bold: true, size: 20 });
    expect(fx.cell("อันดับ", "C4")?.format).toMatchObject({ font: { bold: true }, fill: "#D9E1F2", horizontalAlignment: "Center" });
    expect(fx.cell("อันดับ", "C7")?.format.horizontalAlignment).toBe("Right");
    expect(fx.cell("อันดับ", "D5")?.format.font.color).toBe("#006100"); // colour override
    expect(fx.cell("อันดับ", "D8")?.format.font.color).toBeUndefined();
    // Body numbers (A and C columns) are styled as whole rectangles, not per cell.
    expect(
      s.borders
        .filter((b) => b.address === "C5:C14")
        .map((b) => b.edge)
        .sort()
    ).toEqual(["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop", "InsideHorizontal"].sort());
  });

  it("uses 4 syncs for 3 sheets, whether they hold 10 or 5,000 rows", async () => {
    const small = setup();
    await small.host.writeSheets(threeSheets(10), []);
    const large = setup();
    await large.host.writeSheets(threeSheets(5000), []);
    // names, core, commit, decorations
    expect(small.fx.syncCount).toBe(4);
    expect(large.fx.syncCount).toBe(4);
    expect(large.fx.values("มาตรการ", "A5004:C5004")).toEqual([[5000, "ตัวชี้วัดที่ 5000", 99]]);
    // Calculation is suspended for the write request.
    expect(large.fx.state.calcSuspensions).toBeGreaterThanOrEqual(1);
  });

  it("splits a huge sheet into blocks: one more sync per extra block, every row still written", async () => {
    const fx = new FakeExcel();
    const settings = new FakeSettings();
    // ~120 bytes a row here, so a 100 kB budget takes 5,000 rows in several requests.
    const host = new OfficeHost({ run: fx.run, requirements: fx.requirements, settings, byteBudget: 100_000 });
    await host.writeSheets([makeSpec("ranking", "อันดับ", 5000)], []);
    expect(fx.syncCount).toBeGreaterThan(4);
    const blocks = fx.syncCount - 3; // all syncs but the name read, the commit and the decorations
    expect(blocks).toBeGreaterThanOrEqual(5);
    expect(fx.values("อันดับ", "A5004:B5004")).toEqual([[5000, "ตัวชี้วัดที่ 5000"]]);
    expect(fx.values("อันดับ", "A2500:A2501")).toEqual([[2496], [2497]]);
  });

  it("skips what an old Excel lacks (ExcelApi 1.6), lists it, and still writes", async () => {
    const { fx, host } = setup("1.6");
    expect(await host.capabilities()).toEqual({
      conditionalFormats: true,
      dataValidation: false,
      pageLayout: false,
      charts: false,
      autoFilter: false,
      fileHandover: "download",
    });
    const res = await host.writeSheets([makeSpec("measures", "มาตรการ", 10)], []);
    expect(res.written).toEqual(["มาตรการ"]);
    expect(res.skipped).toEqual([
      { sheet: "มาตรการ", feature: "freezePanes" }, // 1.7
      { sheet: "มาตรการ", feature: "gridlines" }, // 1.8
      { sheet: "มาตรการ", feature: "dataValidation" },
      { sheet: "มาตรการ", feature: "charts" },
      { sheet: "มาตรการ", feature: "pageLayout" },
    ]);
    const s = fx.sheet("มาตรการ");
    expect(s.conditionalFormats).toHaveLength(1);
    expect(s.validations).toEqual([]);
    expect(s.charts).toEqual([]);
    expect(fx.state.sheets.map((x) => x.name)).toEqual(["Sheet1", "มาตรการ"]); // no list sheet
    expect(fx.values("มาตรการ", "B5")).toEqual([["=1+1"]]);
  });

  it("writes plain sheets on ExcelApi 1.1 (Office 2016 volume licence)", async () => {
    const { fx, host } = setup("1.1");
    const res = await host.writeSheets([makeSpec("ranking", "อันดับ", 10)], []);
    // Every feature left off is reported, the basics of Excel 1.2–1.8 too.
    expect(res.skipped.map((s) => s.feature)).toEqual([
      "layout",
      "freezePanes",
      "gridlines",
      "conditionalFormats",
      "dataValidation",
      "charts",
      "pageLayout",
    ]);
    expect(fx.values("อันดับ", "C5")).toEqual([[80]]);
    const s = fx.sheet("อันดับ");
    expect([s.columnWidths, s.merges, s.frozenRows, s.showGridlines]).toEqual([{}, [], 0, true]); // as reported
  });

  it("leaves the workbook exactly as it was when Excel refuses mid-write (AccessDenied), and does not call it protection", async () => {
    const { fx, host, settings } = setup();
    fx.addSheet("ข้อมูล", [
      ["ตัวชี้วัด", "คะแนน"],
      ["การปฏิบัติหน้าที่", 90],
    ]);
    const before = fx.snapshot();
    fx.failAtSync(2, "AccessDenied"); // the write request: half its operations applied, then refused
    const err = await hostError(host.writeSheets(threeSheets(10), []));
    // AccessDenied "may be caused by a user's antivirus software" (Microsoft): nothing here is protected.
    expect([err.code, err.undone]).toEqual(["refused", true]);
    expect(fx.snapshot()).toBe(before);
    expect(settings.get(MARKERS_KEY)).toBeNull();
  });

  it("says 'protected' only when the workbook structure is protected, after undoing the write", async () => {
    const { fx, host } = setup();
    fx.state.structureProtected = true;
    const before = fx.snapshot();
    const err = await hostError(host.writeSheets(threeSheets(3), []));
    expect(err.code).toBe("protected");
    expect(fx.snapshot()).toBe(before);
  });

  it("names GeneralException and InactiveWorkbook for what they are, and the write is undone", async () => {
    for (const [code, expected] of [
      ["GeneralException", "excel-error"],
      ["InactiveWorkbook", "inactive-workbook"],
      ["InvalidOperation", "refused"],
    ]) {
      const { fx, host } = setup();
      const before = fx.snapshot();
      fx.failAtSync(3, code); // the commit
      const err = await hostError(host.writeSheets(threeSheets(3), []));
      expect([code, err.code, err.undone]).toEqual([code, expected, true]);
      expect(fx.snapshot()).toBe(before);
    }
  });

  it("a failing decoration leaves the sheets and lists itself as failed; the other decorations are applied", async () => {
    const { fx, host } = setup();
    fx.failAt("WorksheetFreezePanes.freezeRows");
    const res = await host.writeSheets(threeSheets(5), []);
    expect(res.written).toEqual(["อันดับ 2565", "เปรียบเทียบ", "มาตรการ"]);
    expect(res.skipped).toEqual(res.written.map((sheet) => ({ sheet, feature: "freezePanes", reason: "failed" })));
    expect(fx.syncCount).toBe(5); // 4, + 1 re-sending what followed the failure
    const s = fx.sheet("มาตรการ");
    expect([s.frozenRows, s.showGridlines, s.conditionalFormats.length, s.charts.length, s.pageLayout.paperSize]).toEqual([
      0,
      false,
      1,
      1,
      "A4",
    ]);
  });

  it("a failure it cannot place leaves that request's features listed, re-sends nothing, and keeps the sheets", async () => {
    const { fx, host } = setup();
    fx.failAtSync(4, "GeneralException", 3); // the decorations request, no errorLocation
    const res = await host.writeSheets(threeSheets(5), []);
    expect(res.written).toHaveLength(3);
    expect(fx.syncCount).toBe(4);
    expect(res.skipped.every((x) => x.reason === "failed")).toBe(true);
    expect(new Set(res.skipped.map((x) => x.feature))).toEqual(
      new Set(["freezePanes", "gridlines", "conditionalFormats", "dataValidation", "charts", "pageLayout"])
    );
    expect(fx.values("มาตรการ", "A9:C9")).toEqual([[5, "1/10", 84]]); // text stays text
  });

  it("undoes a failure during the commit of a re-run: old sheets back under their names", async () => {
    const { fx, host } = setup();
    await host.writeSheets(threeSheets(10), []);
    const gen = await host.findGenerated();
    const before = fx.snapshot();
    const markersBefore = fx.state.sheets.length;
    fx.failAtSync(3, "InvalidOperationInCellEditMode", 7); // commit: 3 getItem, 3 old sheets parked, 1 new renamed, then failed
    const err = await hostError(
      host.writeSheets(
        threeSheets(12),
        gen.map((g) => g.id)
      )
    );
    expect(err.code).toBe("edit-mode");
    expect(fx.snapshot()).toBe(before);
    expect(fx.state.sheets.length).toBe(markersBefore);
  });

  it("re-run replaces only the sheets found by marker, never a user's sheet of the same name", async () => {
    const { fx, host } = setup();
    const first = await host.writeSheets([makeSpec("ranking", "อันดับ", 10)], []);
    expect(first.written).toEqual(["อันดับ"]);
    const [old] = await host.findGenerated();
    expect(old).toMatchObject({ name: "อันดับ", kind: "ranking", key: "ranking:2565" });
    expect(old.values[0][0]).toBe("รายงาน อันดับ");
    expect(old.values[13].slice(0, 2)).toEqual([10, "ตัวชี้วัดที่ 10"]);

    // The user makes a sheet named like one the tool generates.
    const mine = fx.addSheet("มาตรการ", [["ของฉัน"]]);
    const syncs = fx.syncCount;
    const res = await host.writeSheets(
      [makeSpec("ranking", "อันดับ", 12), makeSpec("measures", "มาตรการ", 12)],
      [old.id, mine.id] // even if asked, an unmarked sheet is not replaced
    );
    expect(fx.syncCount - syncs).toBe(4);
    expect(res.written).toEqual(["อันดับ", "มาตรการ (2)"]);
    expect(fx.state.sheets.find((s) => s.id === old.id)).toBeUndefined();
    expect(fx.sheet("มาตรการ").id).toBe(mine.id);
    expect(fx.values("มาตรการ", "A1")).toEqual([["ของฉัน"]]);
    expect(fx.values("อันดับ", "A16")).toEqual([[12]]);

    const gen = await host.findGenerated();
    expect(gen.map((g) => [g.name, g.kind]).sort()).toEqual([
      ["มาตรการ (2)", "measures"],
      ["อันดับ", "ranking"],
    ]);
    // The first run's list sheet went with the sheet it served; one remains.
    expect(fx.state.sheets.filter((s) => s.name.startsWith("ITA_lists")).length).toBe(1);
  });

  it("finds generated sheets by marker after a rename, in two syncs, and forgets deleted ones", async () => {
    const { fx, host } = setup();
    await host.writeSheets(threeSheets(5), []);
    fx.sheet("อันดับ 2565").name = "อันดับ (แก้ไข)";
    const s = fx.sheet("เปรียบเทียบ");
    fx.state.sheets.splice(fx.state.sheets.indexOf(s), 1);
    const syncs = fx.syncCount;
    const gen = await host.findGenerated();
    expect(fx.syncCount - syncs).toBe(2); // header rows, then the found sheets' values
    expect(gen.map((g) => g.name).sort()).toEqual(["มาตรการ", "อันดับ (แก้ไข)"].sort());
    expect(gen.every((g) => /^[0-9a-f]{8}$/.test(g.fingerprint))).toBe(true);
  });

  it("stores markers in document settings and saves them", async () => {
    const { host, settings } = setup();
    await host.writeSheets([makeSpec("ranking", "อันดับ", 3)], []);
    expect(settings.saves).toBe(1);
    const markers = JSON.parse(String(settings.saved.get(MARKERS_KEY)));
    const entries = Object.values(markers) as { kind: string; key: string }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: "ranking", key: "ranking:2565" });
  });
});

describe("OfficeHost reading", () => {
  it("reads the selection with its origin in two syncs (address, then values)", async () => {
    const { fx, host } = setup();
    const s = fx.addSheet("คะแนน ITA", [[], ["", "ตัวชี้วัด", 2565], ["", "การปฏิบัติหน้าที่", 95.5]]);
    fx.state.selection = { sheetId: s.id, address: "B2:C3" };
    const got = await host.readSource({ kind: "selection" });
    expect(fx.syncCount).toBe(2);
    expect(got).toEqual({
      cells: [
        ["ตัวชี้วัด", 2565],
        ["การปฏิบัติหน้าที่", 95.5],
      ],
      sheet: "คะแนน ITA",
      address: "B2:C3",
      origin: { row: 1, col: 1 },
    });
  });

  it("reads a table and a named range; an empty single-cell selection is no selection", async () => {
    const { fx, host } = setup();
    const s = fx.addSheet("Data", [
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    fx.state.tables.push({ name: "Scores", sheetId: s.id, address: "A1:B3" });
    fx.state.names.push({ name: "Last", type: "Range", value: "=Data!$A$3:$B$3", visible: true });
    expect((await host.readSource({ kind: "table", name: "Scores" })).cells).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    const named = await host.readSource({ kind: "name", name: "Last" });
    expect(named).toMatchObject({ cells: [["c", 3]], origin: { row: 2, col: 0 }, sheet: "Data" });
    expect((await hostError(host.readSource({ kind: "table", name: "Nope" }))).code).toBe("not-found");
    fx.state.selection = { sheetId: s.id, address: "F9" };
    expect((await hostError(host.readSource({ kind: "selection" }))).code).toBe("no-selection");
  });

  it("lists tables and visible range names", async () => {
    const { fx, host } = setup();
    const s = fx.addSheet("Data", [["a", 1]]);
    fx.state.tables.push({ name: "Scores", sheetId: s.id, address: "A1:B3" });
    fx.state.names.push({ name: "Last", type: "Range", value: "=Data!$A$3:$B$3", visible: true });
    fx.state.names.push({ name: "Rate", type: "Double", value: "0.5", visible: true });
    fx.state.names.push({ name: "Hidden", type: "Range", value: "=Data!$A$1", visible: false });
    expect(await host.listSources()).toEqual([
      { kind: "table", name: "Scores", address: "Data!A1:B3" },
      { kind: "name", name: "Last", address: "Data!$A$3:$B$3" },
    ]);
  });

  it("lists names scoped to one worksheet with their sheet, in the table addresses' round trip, and reads them", async () => {
    const { fx, host } = setup();
    const data = fx.addSheet("Data", [
      ["a", 1],
      ["b", 2],
    ]);
    const ita = fx.addSheet("ITA", [
      ["ตัวชี้วัด", 2565],
      ["การปฏิบัติหน้าที่", 91],
    ]);
    fx.state.names.push({ name: "คะแนน", type: "Range", value: "=Data!$A$1:$B$2", visible: true });
    fx.state.names.push({ name: "คะแนน", type: "Range", value: "=ITA!$A$1:$B$2", visible: true, sheetId: ita.id });
    fx.state.names.push({ name: "Print_Area", type: "Range", value: "=ITA!$A$1", visible: false, sheetId: ita.id });
    fx.state.names.push({ name: "Rate", type: "Double", value: "0.5", visible: true, sheetId: data.id });
    const syncs = fx.syncCount;
    expect(await host.listSources()).toEqual([
      { kind: "name", name: "คะแนน", address: "Data!$A$1:$B$2" },
      { kind: "name", name: "คะแนน", sheet: "ITA", address: "ITA!$A$1:$B$2" },
    ]);
    expect(fx.syncCount - syncs).toBe(2);
    fx.state.tables.push({ name: "Scores", sheetId: data.id, address: "A1:B2" });
    const before = fx.syncCount;
    expect(await host.listSources()).toHaveLength(3);
    expect(fx.syncCount - before).toBe(2); // tables add no round trip of their own

    const read = await host.readSource({ kind: "name", name: "คะแนน", sheet: "ITA" });
    expect(read).toMatchObject({
      sheet: "ITA",
      address: "A1:B2",
      cells: [
        ["ตัวชี้วัด", 2565],
        ["การปฏิบัติหน้าที่", 91],
      ],
    });
    expect((await host.readSource({ kind: "name", name: "คะแนน" })).sheet).toBe("Data");
    expect((await hostError(host.readSource({ kind: "name", name: "คะแนน", sheet: "Data" }))).code).toBe("not-found");
  });

  it("below ExcelApi 1.4 lists no sheet's own names (worksheet.names is 1.4), in one sync", async () => {
    const { fx, host } = setup("1.3");
    const ita = fx.addSheet("ITA", [["x"]]);
    fx.state.names.push({ name: "คะแนน", type: "Range", value: "=ITA!$A$1", visible: true, sheetId: ita.id });
    fx.state.names.push({ name: "All", type: "Range", value: "=ITA!$A$1", visible: true });
    expect(await host.listSources()).toEqual([{ kind: "name", name: "All", address: "ITA!$A$1" }]);
    expect(fx.syncCount).toBe(1);
  });

  it("writes a sample sheet as text where text, selects it, and picks a free name", async () => {
    const { fx, host } = setup();
    fx.addSheet("ตัวอย่าง");
    await host.writeSample("ตัวอย่าง", [
      ["ตัวชี้วัด", "2565"],
      ["=HYPERLINK(1)", 91.25],
    ]);
    const s = fx.sheet("ตัวอย่าง (2)");
    expect(fx.values("ตัวอย่าง (2)", "A1:B2")).toEqual([
      ["ตัวชี้วัด", "2565"],
      ["=HYPERLINK(1)", 91.25],
    ]);
    expect(fx.cell("ตัวอย่าง (2)", "A2")?.formula).toBeUndefined();
    expect(fx.state.selection).toEqual({ sheetId: s.id, address: "A1:B2" });
    expect(fx.state.activeSheetId).toBe(s.id);
  });

  it("keeps settings in the document", async () => {
    const { host, settings } = setup();
    expect(await host.loadSetting("owners")).toBeNull();
    await host.saveSetting("owners", "กองคลัง");
    expect(await host.loadSetting("owners")).toBe("กองคลัง");
    expect(settings.saved.get("owners")).toBe("กองคลัง");
    settings.failSave = true;
    expect((await hostError(host.saveSetting("owners", "x"))).code).toBe("unknown");
  });
});

// These tests read before load or sync on purpose: they show the fake refusing it as Excel does.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
describe("the fake enforces Office's rules", () => {
  it("throws on a property read before load and sync, and applies writes only at sync", async () => {
    const fx = new FakeExcel();
    await fx.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      expect(() => ws.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      ws.getRange("A1").values = [["x"]];
      expect(fx.values("Sheet1", "A1")).toEqual([[""]]);
      ws.load("name");
      await context.sync();
      expect(ws.name).toBe("Sheet1");
      expect(fx.values("Sheet1", "A1")).toEqual([["x"]]);
    });
  });

  it("answers isNullObject of an *OrNullObject result after a sync, without a load, and not before", async () => {
    const fx = new FakeExcel();
    await fx.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("ไม่มี");
      const there = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      const used = there.getUsedRangeOrNullObject(true);
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      expect(used.isNullObject).toBe(true); // an empty sheet has no used range of values
      // Other properties still need their load.
      expect(() => there.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("rejects an API above the simulated ExcelApi version", async () => {
    const fx = new FakeExcel();
    fx.maxApi = "1.8";
    await fx.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      expect(() => ws.pageLayout).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      await context.sync();
    });
  });

  it("refuses a read over five million cells with RangeExceedsLimit, and reads a whole column under it", async () => {
    const fx = new FakeExcel();
    fx.responseLimit = Infinity; // desktop Excel: no 5 MB response cap (a million empty cells pass it on the web)
    fx.addSheet("ข้อมูล", [["a"], ["b"]]);
    await fx.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("ข้อมูล");
      const column = ws.getRange("A:A").load("values"); // 1,048,576 cells: within the limit
      await context.sync();
      expect(column.values.length).toBe(1048576);
      expect(column.values.slice(0, 3)).toEqual([["a"], ["b"], [""]]);
      ws.getRange("A:E").load("values"); // 5,242,880 cells
      await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    });
  });

  it("takes print title rows only as whole rows", async () => {
    const fx = new FakeExcel();
    await fx.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.pageLayout.setPrintTitleRows("$4:$4");
      await context.sync();
      ws.pageLayout.setPrintTitleRows("A4:H4");
      await expect(context.sync()).rejects.toMatchObject({
        code: "InvalidArgument",
        debugInfo: { errorLocation: "PageLayout.setPrintTitleRows" },
      });
    });
    expect(fx.sheet("Sheet1").pageLayout.printTitleRows).toBe("$4:$4");
  });
});
/* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */

describe("OfficeHost reading whole columns", () => {
  it("reads a selection of whole columns as its used part, naming real cells, in two syncs", async () => {
    const { fx, host } = setup();
    const s = fx.addSheet("คะแนน", [[], [], [], [], ["", "", "ตัวชี้วัด", 2565], ["", "", "การปฏิบัติหน้าที่", "8x.5"]]);
    fx.state.selection = { sheetId: s.id, address: "C:D" }; // clicked on the column letters
    const got = await host.readSource({ kind: "selection" });
    expect(fx.syncCount).toBe(2);
    expect(got).toEqual({
      cells: [
        ["ตัวชี้วัด", 2565],
        ["การปฏิบัติหน้าที่", "8x.5"],
      ],
      sheet: "คะแนน",
      address: "C5:D6",
      origin: { row: 4, col: 2 },
    });
    // The bad score is named by its sheet address, not its place in the selection.
    const parsed = parseScores(got.cells, { origin: got.origin, addressStyle: "a1" });
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.where)).toContain("D6");
    fx.state.selection = { sheetId: s.id, address: "H:H" }; // nothing there
    expect((await hostError(host.readSource({ kind: "selection" }))).code).toBe("no-selection");
  });
});

describe("OfficeHost reading whole columns below ExcelApi 1.4 (Office 2016)", () => {
  it.each(["1.1", "1.2", "1.3"])("ExcelApi %s: cuts the columns to their used cells, still in two syncs", async (api) => {
    const { fx, host } = setup(api);
    const s = fx.addSheet("คะแนน", [[], [], [], [], ["", "", "ตัวชี้วัด", 2565], ["", "", "การปฏิบัติหน้าที่", "8x.5"]]);
    fx.state.selection = { sheetId: s.id, address: "C:D" };
    const got = await host.readSource({ kind: "selection" });
    expect(fx.syncCount).toBe(2);
    expect(got).toMatchObject({ sheet: "คะแนน", address: "C5:D6", origin: { row: 4, col: 2 } });
    expect(got.cells).toEqual([
      ["ตัวชี้วัด", 2565],
      ["การปฏิบัติหน้าที่", "8x.5"],
    ]);
    fx.state.selection = { sheetId: s.id, address: "H:H" }; // nothing there: Excel answers ItemNotFound
    expect((await hostError(host.readSource({ kind: "selection" }))).code).toBe("no-selection");
    const table = fx.addSheet("ว่าง");
    fx.state.tables.push({ name: "Empty", sheetId: table.id, address: "A1:B3" });
    expect((await hostError(host.readSource({ kind: "table", name: "Empty" }))).code).toBe("not-found");
  });
});

describe("OfficeHost under Excel on the web's 5 MB response cap", () => {
  /** A sheet of `rows` rows × 12 columns of Thai text (~100 bytes a cell in JSON). */
  function bigSheet(fx: FakeExcel, rows: number) {
    const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: 12 }, (_, c) => `หน่วยงานตัวอย่างแถวที่ ${r + 1} คอลัมน์ ${c + 1}`));
    const s = fx.addSheet("ทั้งประเทศ", cells);
    fx.state.selection = { sheetId: s.id, address: `A1:L${rows}` };
    return cells;
  }

  it("reads a national-size range in row blocks, each response under the cap", async () => {
    const { fx, host } = setup();
    const cells = bigSheet(fx, 8323); // ~10 MB of values in one response
    const got = await host.readSource({ kind: "selection" });
    expect(got.cells).toEqual(cells);
    expect(fx.largestResponse).toBeLessThanOrEqual(fx.responseLimit);
    // address, then ⌈99,876 cells / 50,000⌉ = 2 blocks at the default budget… unless a block passed 5 MB and was halved.
    expect(fx.syncCount).toBeGreaterThanOrEqual(3);
    expect(fx.syncCount).toBeLessThanOrEqual(6);
  });

  it("halves a block the web still refuses, and says 'too large' plainly when one row is over the cap", async () => {
    const { fx, host } = setup();
    const cells = bigSheet(fx, 40);
    fx.responseLimit = 20_000; // ~ 4 rows of this text
    expect((await host.readSource({ kind: "selection" })).cells).toEqual(cells);
    expect(fx.largestResponse).toBeLessThanOrEqual(20_000);
    fx.responseLimit = 500; // not even one row
    const err = await hostError(host.readSource({ kind: "selection" }));
    expect(err.code).toBe("too-large");
  });

  it("finds a generated sheet by the few cells of its header row; the values come in blocks too", async () => {
    const fx = new FakeExcel();
    const settings = new FakeSettings();
    const host = new OfficeHost({ run: fx.run, requirements: fx.requirements, settings, readCells: 30 });
    await host.writeSheets([makeSpec("ranking", "อันดับ", 10)], []);
    const syncs = fx.syncCount;
    const [g] = await host.findGenerated();
    expect(g.values[13].slice(0, 2)).toEqual([10, "ตัวชี้วัดที่ 10"]);
    // 1 probe + 14 rows × 7 columns in blocks of ≤ 30 cells (4 rows): 4 more.
    expect(fx.syncCount - syncs).toBe(5);
  });
});

describe("OfficeHost smaller points", () => {
  it("finds its sheet when the used range no longer starts at A1 (title rows cleared)", async () => {
    const { fx, host } = setup();
    await host.writeSheets([makeSpec("ranking", "อันดับ", 5)], []);
    const s = fx.sheet("อันดับ");
    for (const key of ["0,0", "1,0"]) s.cells.delete(key); // the user cleared the title and subtitle
    const gen = await host.findGenerated();
    expect(gen.map((g) => g.name)).toEqual(["อันดับ"]);
    // Rows still line up with the spec's: row 4 (index 3) is the header.
    expect(gen[0].values[3].slice(0, 3)).toEqual(["ลำดับ", "ตัวชี้วัด", "คะแนน"]);
    expect(gen[0].values[0][0]).toBe("");
  });

  it("lists a workbook name once although Excel on the web repeats it in every sheet's names (office-js#1011)", async () => {
    const { fx, host } = setup();
    fx.sheetNamesIncludeWorkbookNames = true;
    const ita = fx.addSheet("ITA", [["x", 1]]);
    fx.addSheet("Other", [["y"]]);
    fx.state.names.push({ name: "คะแนน", type: "Range", value: "=ITA!$A$1:$B$1", visible: true });
    fx.state.names.push({ name: "ของชีต", type: "Range", value: "=ITA!$A$1", visible: true, sheetId: ita.id });
    expect(await host.listSources()).toEqual([
      { kind: "name", name: "คะแนน", address: "ITA!$A$1:$B$1" },
      { kind: "name", name: "ของชีต", sheet: "ITA", address: "ITA!$A$1" },
    ]);
  });

  it("asks Office for requirement sets with the version as a string ('1.10' is not '1.1')", async () => {
    const asked: unknown[] = [];
    const office = { context: { requirements: { isSetSupported: (_set: string, v: unknown) => (asked.push(v), typeof v === "string") } } };
    (globalThis as unknown as { Office: unknown }).Office = office;
    try {
      const caps = await new OfficeHost({ run: new FakeExcel().run, settings: new FakeSettings() }).capabilities();
      expect(asked).toContain("1.9");
      expect(asked.every((v) => typeof v === "string")).toBe(true);
      expect(caps.pageLayout).toBe(true);
    } finally {
      delete (globalThis as unknown as { Office?: unknown }).Office;
    }
  });
});

describe("OfficeHost file handover (Office for Mac ignores blob downloads: office-js#2700)", () => {
  const host = (platform: string, maxApi: string, browserWindow = true) => {
    const fx = new FakeExcel();
    fx.maxApi = maxApi;
    const opened: string[] = [];
    const h = new OfficeHost({
      run: fx.run,
      settings: new FakeSettings(),
      requirements: (set, v) => (set === "OpenBrowserWindowApi" ? browserWindow : fx.requirements(set, v)),
      platform: () => platform,
      createWorkbook: async (b64) => void opened.push(b64),
      openBrowserWindow: (url) => void opened.push(url),
    });
    return { h, opened };
  };

  it("downloads everywhere but on the Mac; there a new workbook (1.8), else the browser, else words", async () => {
    expect((await host("PC", "1.17").h.capabilities()).fileHandover).toBe("download");
    expect((await host("OfficeOnline", "1.17").h.capabilities()).fileHandover).toBe("download");
    expect((await host("Mac", "1.17").h.capabilities()).fileHandover).toBe("new-workbook");
    expect((await host("Mac", "1.7").h.capabilities()).fileHandover).toBe("browser");
    expect((await host("Mac", "1.7", false).h.capabilities()).fileHandover).toBe("explain");
  });

  it("hands the file to Excel.createWorkbook as base64, and a URL to openBrowserWindow", async () => {
    const { h, opened } = host("Mac", "1.17");
    await h.openWorkbook(new Uint8Array([0x50, 0x4b, 3, 4, 255]));
    expect(opened).toEqual([Buffer.from([0x50, 0x4b, 3, 4, 255]).toString("base64")]);
    await h.openInBrowser("https://example.go.th/preview.html");
    expect(opened[1]).toBe("https://example.go.th/preview.html");
  });
});
