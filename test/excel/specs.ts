// Small hand-made SheetSpecs for the Office adapter tests (independent of the
// report builders, so these tests pin the writer, not the content).
import type { CellSpec, SheetKind, SheetSpec } from "../../src/report/spec";

export const NASTY = ["=1+1", "+66 2 123 4567", "-", "@home", "1/10"];

/** A title, subtitle, blank row, header (row 4) and `n` body rows over columns A–E (+ pass mark in G). */
export function makeSpec(kind: SheetKind, name: string, n: number, extra: Partial<SheetSpec> = {}): SheetSpec {
  const body: CellSpec[][] = Array.from({ length: n }, (_, i) => [
    { value: i + 1, format: "0", style: "number" },
    { value: i < NASTY.length ? NASTY[i] : `ตัวชี้วัดที่ ${i + 1}`, style: "body" },
    { value: 80 + (i % 20), format: "0.00", style: "number" },
    // One colour override (as a highlighted row); report specs colour by conditional rules.
    { value: i % 3 === 0 ? "ผ่าน" : "ไม่ผ่าน", style: "body", color: i === 0 ? "#006100" : undefined },
    { value: null, style: "body" },
    { value: null },
    { value: 85, format: "0.00" },
  ]);
  const first = 5; // 1-based row of the first body row
  const last = 4 + n;
  return {
    kind,
    key: `${kind}:2565`,
    font: { name: "TH SarabunPSK", size: 16 },
    name,
    rows: [
      [{ value: `รายงาน ${name}`, style: "title" }],
      [{ value: "เทศบาลตำบลตัวอย่าง", style: "subtitle" }],
      [],
      ["ลำดับ", "ตัวชี้วัด", "คะแนน", "ผล", "ผู้รับผิดชอบ"].map((value): CellSpec => ({ value, style: "header" })),
      ...body,
    ],
    columns: [{ width: 6 }, { width: 40 }, { width: 12 }, { width: 12 }, { width: 20 }],
    rowHeights: { 3: 36 },
    merges: ["A1:E1", "A2:E2"],
    headerRow: 3,
    freezeRows: 4,
    conditional: [{ range: `C${first}:C${last}`, operator: "lessThan", value: 85, fontColor: "#9C0006", fill: "#FFC7CE" }],
    validation: [{ range: `E${first}:E${last}`, items: ["กองคลัง", "สำนักปลัด, งานธุรการ", "=SUM(A1)"], prompt: "เลือกหน่วยงานผู้รับผิดชอบ" }],
    chart: {
      kind: "bar",
      title: "คะแนนรายตัวชี้วัด",
      categories: `B${first}:B${last}`,
      series: [{ name: "คะแนน", values: `C${first}:C${last}` }],
      anchor: { from: "I5", to: "P20" },
      referenceLine: { name: "เกณฑ์ผ่าน", value: 85, values: `G${first}:G${last}` },
    },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: "$4:$4",
      area: `A$1:E$${last}`,
      header: { left: "เทศบาล && ตำบล", right: "ปีงบประมาณ 2565" },
      footer: { center: "หน้า &P / &N" },
      gridlines: false,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    },
    editableColumns: [4],
    rowKeys: Object.fromEntries(body.map((_, i) => [4 + i, String(i + 1)])),
    ...extra,
  };
}

/** The usual three output sheets. */
export function threeSheets(n: number): SheetSpec[] {
  return [makeSpec("ranking", "อันดับ 2565", n), makeSpec("comparison", "เปรียบเทียบ", n), makeSpec("measures", "มาตรการ", n)];
}
