// Issue 11 through the CLI: FY2569 out of the box, a later year only on an
// explicit choice, a yearless table never graded without --year, and reform
// frameworks (other indicators and instruments) from a file, into .xlsx too.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reformCells } from "../helpers/reform-framework";
import { REPORT_2564, REPORT_2565 } from "../helpers/tables";
import { run } from "../helpers/run-cli";

const dir = mkdtempSync(join(tmpdir(), "ita-fw-"));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const fixture = (name: string) => join(__dirname, "../fixtures/frameworks", name);
const twoYears = (y1: number, y2: number, a: string[], b: string[]) =>
  [`ตัวชี้วัด,${y1},${y2}`, ...a.map((s, i) => `${i + 1},${s},${b[i]}`)].join("\n");

describe("FY2569 out of the box", () => {
  const t6869 = file("t6869.csv", twoYears(2568, 2569, REPORT_2564, REPORT_2565));

  it("grades a 2568/2569 table with the carried-forward caveat in the summary and in --json", async () => {
    const s = await run("grade", t6869, "--digits", "arabic");
    expect(s.code).toBe(0);
    expect(s.out.split("\n")[0]).toBe("ปีงบประมาณ พ.ศ. 2569 (กรอบการประเมิน ita-2569)");
    expect(s.out).toContain("หมายเหตุ: ไม่พบคู่มือการประเมินของ ป.ป.ช. ปี 2569 — ใช้ตัวชี้วัด น้ำหนัก และระดับผลการประเมินของปี 2568 (ยังไม่ยืนยัน)");
    const j = JSON.parse((await run("grade", t6869, "--json")).out);
    expect(j.framework).toEqual({
      id: "ita-2569",
      year: 2569,
      confidence: { indicators: "L", weights: "L", scale: "L" },
      carriedFrom: 2568,
      custom: false,
    });
    expect(j.caveats.map((c: { code: string }) => c.code)).toEqual(["carried-forward", "weights-unverified"]);
    expect(j.measures[0].period).toBe("ต.ค. 69 - ก.ย. 70");
  });

  it("refuses 2570 naming the way forward; --framework ita-2569 grades it with the caveat on stderr and in the output", async () => {
    const t6970 = file("t6970.csv", twoYears(2569, 2570, REPORT_2564, REPORT_2565));
    const no = await run("grade", t6970);
    expect(no.code).toBe(2);
    expect(no.out).toBe("");
    expect(no.err).toContain("ยังไม่มีเกณฑ์ของปีงบประมาณ 2570");
    expect(no.err).toContain("--framework ita-2569");
    const yes = await run("grade", t6970, "--framework", "ita-2569", "--json");
    expect(yes.code).toBe(0);
    expect(yes.err).toBe("หมายเหตุ: ยังไม่มีเกณฑ์ปี 2570 — คำนวณตามเกณฑ์ปี 2569 (ยังไม่ยืนยัน)\n");
    const j = JSON.parse(yes.out);
    expect(j.current.year).toBe(2570);
    expect(j.caveats[0]).toEqual({ code: "applied-to-other-year", year: 2570, text: "ยังไม่มีเกณฑ์ปี 2570 — คำนวณตามเกณฑ์ปี 2569 (ยังไม่ยืนยัน)" });
  });

  it("never grades a yearless column without --year", async () => {
    const bare = file("bare.csv", ["คะแนน", ...REPORT_2565].join("\n"));
    const no = await run("grade", bare);
    expect(no.code).toBe(2);
    expect(no.out).toBe("");
    expect(no.err).toContain("ไม่รู้ว่าคะแนนเป็นของปีงบประมาณใด");
    expect(no.err).toContain("--year");
    const yes = await run("grade", bare, "--year", "2565", "--json");
    expect(JSON.parse(yes.out).current).toMatchObject({ year: 2565, grade: "A", overall: 88.53 });
  });
});

describe("reform frameworks from a file", () => {
  const pasted = file(
    "reform.csv",
    reformCells()
      .map((row) => row.join(","))
      .join("\n")
  );

  it("grades, ranks and plans an 8-indicator, 2-instrument year by its names", async () => {
    const r = await run("grade", pasted, "--framework", fixture("two-instruments-8.json"), "--json");
    expect(r.err).toBe("");
    const j = JSON.parse(r.out);
    expect(j.current).toMatchObject({ year: 2570, overall: 83.96, grade: "ต้องปรับปรุง", instruments: { PER: 81, EVD: 85.94 } });
    expect(j.ranking.map((x: { indicator: number }) => x.indicator)).toEqual([5, 6, 1, 8, 3, 2, 4, 7]);
    expect(j.ranking[0]).toMatchObject({ name: "การเปิดเผยข้อมูล", instrument: "EVD" });
    expect(j.measures.map((m: { indicator: number }) => m.indicator)).toEqual([7, 4, 2, 3]);
    expect(j.caveats[0].code).toBe("custom-framework");
  });

  it("writes its .xlsx: the framework's names and instruments, and the caveat row under the title", async () => {
    const out = join(dir, "reform.xlsx");
    const r = await run("report", pasted, "-o", out, "--framework", fixture("two-instruments-8.json"), "--digits", "arabic");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const ranking = wb.getWorksheet("ITA 2570 อันดับ")!;
    expect(String(ranking.getCell("A3").value)).toContain("กรอบการประเมินที่ผู้ใช้กำหนด");
    const column = (c: string) => ranking.getColumn(c).values.map((v) => String(v ?? ""));
    expect(column("B")).toContain("ตัวชี้วัดที่ 5 การเปิดเผยข้อมูล (EVD)");
    expect(column("B")).toContain("แบบตรวจหลักฐานเชิงประจักษ์ (EVD)");
    expect(column("C").filter((v) => v === "PER" || v === "EVD")).toHaveLength(8);
  });

  it("compares a 12-indicator, 4-instrument year with the standard 2569, new indicators shown as new", async () => {
    const twelve = [...REPORT_2565, "82", "81"];
    const t = file("t12.csv", ["ตัวชี้วัด,2569,2570", ...twelve.map((s, i) => `${i + 1},${i < 10 ? REPORT_2564[i] : ""},${s}`)].join("\n"));
    const j = JSON.parse((await run("grade", t, "--framework", fixture("four-instruments-12.json"), "--json")).out);
    expect(j.changes).toHaveLength(10);
    expect(j.indicatorsOnlyIn).toEqual({ current: [11, 12], previous: [] });
    expect(Object.keys(j.current.instruments)).toEqual(["IIT", "EIT", "OIT", "DEV"]);
    const out = join(dir, "t12.xlsx");
    expect((await run("report", t, "-o", out, "--framework", fixture("four-instruments-12.json"), "--digits", "arabic")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const cmp = wb.getWorksheet("ITA 2569-2570")!;
    const rows = Array.from(cmp.getSheetValues(), (r) => (Array.isArray(r) ? Array.from(r, (v) => String(v ?? "")) : []));
    const newRow = rows.find((r) => r.includes("ตัวชี้วัดที่ 11 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร (DEV)"));
    expect(newRow).toEqual(expect.arrayContaining(["—", "82", "ตัวชี้วัดใหม่"]));
  });

  it("refuses a broken framework file naming its field, line and column, and writes nothing", async () => {
    const broken = file("broken.json", '{ "id": "x",\n  "indicators": [ { "number": 1, "instrument": "QQQ", "weight": 100 } ] }');
    const out = join(dir, "never.xlsx");
    const r = await run("report", pasted, "-o", out, "--framework", broken);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(
      `"indicators[0].instrument" ไม่มีแบบวัด QQQ ในรายการ "instruments" (มี IIT, EIT, OIT) (บรรทัด 2 คอลัมน์ ${'  "indicators": [ { "number": 1, '.length + 1})`
    );
    expect(() => readFileSync(out)).toThrow();
  });
});
