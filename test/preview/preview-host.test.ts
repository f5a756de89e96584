/** @jest-environment jsdom */
import { HostError } from "../../src/report/host";
import { specFingerprint } from "../../src/report/fingerprint";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { PreviewHost } from "../../src/preview/preview-host";
import type { SheetSpec } from "../../src/report/spec";
import { sheet } from "../taskpane/fakes";

const SAMPLE: (string | number)[][] = [
  ["ที่", "ตัวชี้วัด", "ผลคะแนนปี ๒๕๖๔", "ผลคะแนนปี ๒๕๖๕"],
  [1, "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (IIT)", 89.98, 90.79],
  ["", "ผลคะแนนเฉลี่ย", 89.76, 88.53],
];

function spec(name: string, key: string, values: (string | number | null)[][], over: Partial<SheetSpec> = {}): SheetSpec {
  return { ...sheet(name), key, rows: values.map((r) => r.map((value) => ({ value }))), ...over };
}

describe("PreviewHost", () => {
  beforeEach(() => localStorage.clear());

  it("round trip: writeSample selects the block, readSource(selection) gives the same cells back", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Scores");
    const host = new PreviewHost(wb);
    await host.writeSample("ตัวอย่าง ITA", SAMPLE);
    const read = await host.readSource({ kind: "selection" });
    expect(read.sheet).toBe("ตัวอย่าง ITA");
    expect(read.address).toBe("A1:D3");
    expect(read.origin).toEqual({ row: 0, col: 0 });
    expect(read.cells).toEqual(SAMPLE); // the empty first cell of the last row reads back as ""
  });

  it("a second sample goes to a new sheet, never over the first", async () => {
    const wb = new MemoryWorkbook();
    const host = new PreviewHost(wb);
    await host.writeSample("ตัวอย่าง ITA", SAMPLE);
    await host.writeSample("ตัวอย่าง ITA", [["x"]]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["ตัวอย่าง ITA", "ตัวอย่าง ITA (2)"]);
    expect(wb.getCell("ตัวอย่าง ITA", 1, 3)).toBe(90.79);
  });

  it("reads a range placed anywhere with its origin, and one selected cell as the block around it", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Data");
    wb.setBlock("Data", 3, 2, SAMPLE); // C4:F6
    const host = new PreviewHost(wb);
    wb.select("Data", { firstRow: 4, firstCol: 3, lastRow: 4, lastCol: 3 }); // D5 only
    const read = await host.readSource({ kind: "selection" });
    expect(read.address).toBe("C4:F6");
    expect(read.origin).toEqual({ row: 3, col: 2 });
    expect(read.cells[1][3]).toBe(90.79);
  });

  it("refuses to read nothing: no selection, or one empty cell", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Data");
    const host = new PreviewHost(wb);
    await expect(host.readSource({ kind: "selection" })).rejects.toMatchObject({ code: "no-selection" });
    wb.select("Data", { firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 0 });
    await expect(host.readSource({ kind: "selection" })).rejects.toBeInstanceOf(HostError);
  });

  it("lists and reads named ranges", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Data");
    wb.setBlock("Data", 0, 0, SAMPLE);
    wb.names.set("คะแนนITA", { sheet: "Data", range: { firstRow: 0, firstCol: 0, lastRow: 2, lastCol: 3 } });
    const host = new PreviewHost(wb);
    expect(await host.listSources()).toEqual([{ kind: "name", name: "คะแนนITA", address: "Data!A1:D3" }]);
    expect((await host.readSource({ kind: "name", name: "คะแนนITA" })).cells).toEqual(SAMPLE);
    await expect(host.readSource({ kind: "table", name: "Table1" })).rejects.toMatchObject({ code: "not-found" });
  });

  it("writes specs as new sheets, finds them again by marker with the report's fingerprint, and replaces by id", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Scores");
    const host = new PreviewHost(wb);
    const first = spec("อันดับ 2565", "ranking:2565", [
      ["ตัวชี้วัด", "คะแนน"],
      ["การใช้อำนาจ", 83.97],
    ]);
    const res = await host.writeSheets([first], []);
    expect(res.written).toEqual(["อันดับ 2565"]);
    const found = await host.findGenerated();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: "อันดับ 2565", kind: "ranking", key: "ranking:2565", fingerprint: specFingerprint(first) });
    expect(found[0].values).toEqual([
      ["ตัวชี้วัด", "คะแนน"],
      ["การใช้อำนาจ", 83.97],
    ]);
    expect(wb.sheet("อันดับ 2565")?.spec).toBe(first);

    // A user renames the tab: found by marker all the same; a re-run replaces it in place.
    wb.sheet("อันดับ 2565")!.name = "ของฉัน";
    const second = spec("อันดับ 2565", "ranking:2565", [
      ["ตัวชี้วัด", "คะแนน"],
      ["การใช้อำนาจ", 90],
    ]);
    await host.writeSheets([second], [found[0].id]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Scores", "อันดับ 2565"]);
    expect(wb.getCell("อันดับ 2565", 1, 1)).toBe(90);
  });

  it('leaves a sheet the user owns under its name and writes ours as "name (2)", as the Excel adapter does', async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Scores");
    const mine = wb.addSheet("มาตรการ 2566");
    mine.cells = [["ของฉัน"]];
    const host = new PreviewHost(wb);
    const specs = [spec("อันดับ 2565", "ranking:2565", [["a"]]), spec("มาตรการ 2566", "measures:2566", [["b"]])];
    const res = await host.writeSheets(specs, []);
    expect(res.written).toEqual(["อันดับ 2565", "มาตรการ 2566 (2)"]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Scores", "มาตรการ 2566", "อันดับ 2565", "มาตรการ 2566 (2)"]);
    expect(wb.getCell("มาตรการ 2566", 0, 0)).toBe("ของฉัน");
    expect(wb.getCell("มาตรการ 2566 (2)", 0, 0)).toBe("b");
    expect(wb.active).toBe("อันดับ 2565");
  });

  it("keeps the chart with the sheet and reports only what the preview does not draw as skipped", async () => {
    const wb = new MemoryWorkbook();
    const host = new PreviewHost(wb);
    const withExtras = spec("เปรียบเทียบ", "comparison:2564-2565", [["a"]], {
      chart: { kind: "clusteredBar", title: "t", categories: "A2:A11", series: [], anchor: { from: "G2", to: "N20" } },
      validation: [{ range: "E3:E12", items: ["กองคลัง"] }],
    });
    const res = await host.writeSheets([withExtras], []);
    expect(res.skipped).toEqual([{ sheet: "เปรียบเทียบ", feature: "dataValidation" }]);
    expect(wb.sheet("เปรียบเทียบ")?.charts).toEqual([withExtras.chart]);
  });

  it("keeps settings in localStorage, so they survive a reload", async () => {
    await new PreviewHost(new MemoryWorkbook()).saveSetting("owners", "กองคลัง\nกองช่าง");
    expect(await new PreviewHost(new MemoryWorkbook()).loadSetting("owners")).toBe("กองคลัง\nกองช่าง");
    expect(await new PreviewHost(new MemoryWorkbook()).loadSetting("agency")).toBeNull();
  });
});
