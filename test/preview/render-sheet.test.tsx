/** @jest-environment jsdom */
import { render } from "@testing-library/react";
import { SheetPrintView } from "../../src/preview/render-sheet";
import type { SheetSpec } from "../../src/report/spec";
import { sheet } from "../taskpane/fakes";

function rankingSpec(): SheetSpec {
  return {
    ...sheet("อันดับ 2565"),
    rows: [
      [{ value: "ผลการประเมิน ITA 2565", style: "title" }],
      [
        { value: "ตัวชี้วัด", style: "header" },
        { value: "คะแนน", style: "header" },
        { value: "ผลต่าง", style: "header" },
      ],
      [
        { value: "การใช้อำนาจ", style: "body" },
        { value: 83.97, format: "0.00", style: "number" },
        { value: -1.16, format: "+0.00;-0.00;0.00", style: "number" },
      ],
      [
        { value: "การเปิดเผยข้อมูล", style: "body" },
        { value: 95.5, format: "0.00", style: "number" },
        { value: 0.81, format: "+0.00;-0.00;0.00", style: "number" },
      ],
      [
        { value: "รวม", style: "total" },
        { value: 88.53, format: "[$-D00041E]0.00", style: "totalNumber" },
        { value: 0, format: "+0.00;-0.00;0.00" },
      ],
    ],
    columns: [{ width: 30 }, { width: 10 }, { width: 10 }],
    merges: ["A1:C1"],
    conditional: [{ range: "B3:B5", operator: "lessThan", value: 85, fill: "#FFC7CE", fontColor: "#9C0006" }],
    print: {
      ...sheet("x").print,
      area: "A1:C5",
      header: { center: '&"TH SarabunPSK,Bold"&16เทศบาลเมืองเขลางค์นคร' },
      footer: { right: "หน้า &P จาก &N" },
    },
  };
}

/**
 * A measures-like landscape sheet that prints on 3 pages (the arithmetic is
 * in pages.test.ts): title, blank row, header row 3 (repeated), 5 tall
 * measures: pages hold rows 1–5, 3+6–7, 3+8.
 */
function longSpec(): SheetSpec {
  const measure = (i: number) => [
    { value: `มาตรการที่ ${i}`, style: "bodyWrap" as const },
    { value: `ผู้รับผิดชอบ ${i}`, style: "body" as const },
    { value: 80 + i, format: "0.00", style: "number" as const },
    { value: "ทุกไตรมาส", style: "body" as const },
  ];
  return {
    ...sheet("มาตรการ 2566"),
    rows: [
      [{ value: "มาตรการส่งเสริมคุณธรรม 2566", style: "title" }],
      [],
      ["มาตรการ", "ผู้รับผิดชอบ", "คะแนน", "ระยะเวลา"].map((value) => ({ value, style: "header" as const })),
      ...[1, 2, 3, 4, 5].map(measure),
    ],
    columns: [{ width: 72.6 }, { width: 72.6 }, { width: 72.6 }, { width: 72.6 }],
    rowHeights: { 0: 60, 2: 90, 3: 300, 4: 300, 5: 300, 6: 300, 7: 300 },
    merges: ["A1:D1", "B5:B6"],
    print: {
      ...sheet("x").print,
      orientation: "landscape",
      area: "A$1:D$8",
      repeatRows: "$3:$3",
      header: { left: "เทศบาลเมืองเขลางค์นคร", right: "ปีงบประมาณ &&2566" },
      footer: { center: "หน้า &P / &N" },
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    },
  };
}

const cell = (root: HTMLElement, a1: string) => root.querySelector(`[data-cell="${a1}"]`) as HTMLTableCellElement;

describe("SheetPrintView", () => {
  it("shows values through their number formats", () => {
    const { container } = render(<SheetPrintView spec={rankingSpec()} />);
    expect(cell(container, "B3").textContent).toBe("83.97");
    expect(cell(container, "B4").textContent).toBe("95.50");
    expect(cell(container, "C3").textContent).toBe("-1.16");
    expect(cell(container, "C4").textContent).toBe("+0.81");
    expect(cell(container, "C5").textContent).toBe("0.00");
    expect(cell(container, "B5").textContent).toBe("๘๘.๕๓");
  });

  it("applies a conditional colour to the cells that meet the rule, and only those", () => {
    const { container } = render(<SheetPrintView spec={rankingSpec()} />);
    const low = cell(container, "B3");
    expect(low.style.background).toBe("rgb(255, 199, 206)");
    expect(low.style.color).toBe("rgb(156, 0, 6)");
    expect(cell(container, "B4").style.background).toBe(""); // 95.50: no fill
    // Outside the rule's range, though below 85: no colour.
    expect(cell(container, "C3").style.background).toBe("");
  });

  it("re-colours from the current values, as Excel does after an edit", () => {
    const spec = rankingSpec();
    const values = spec.rows.map((r) => r.map((c) => c.value));
    values[3][1] = 70; // B4 edited below the mark
    const { container } = render(<SheetPrintView spec={spec} values={values} />);
    expect(cell(container, "B4").textContent).toBe("70.00");
    expect(cell(container, "B4").style.background).toBe("rgb(255, 199, 206)");
  });

  it("merges the title across the table, makes headers bold and sizes columns", () => {
    const { container } = render(<SheetPrintView spec={rankingSpec()} />);
    const title = cell(container, "A1");
    expect(title.colSpan).toBe(3);
    expect(cell(container, "B1")).toBeNull();
    expect(cell(container, "A2").style.fontWeight).toBe("700");
    const cols = container.querySelectorAll("col");
    expect(cols[0].style.width).toBe(`${30 * 7 + 5}px`);
  });

  it("draws an A4 page with the header and footer text", () => {
    const { container } = render(<SheetPrintView spec={rankingSpec()} />);
    const page = container.querySelector(".sheet-page") as HTMLElement;
    expect(page.dataset.orientation).toBe("portrait");
    expect(page.style.width).toBe("794px"); // 210 mm at 96 dpi
    expect((container.querySelector('[data-part="header"]') as HTMLElement).textContent).toBe("เทศบาลเมืองเขลางค์นคร");
    expect((container.querySelector('[data-part="footer"]') as HTMLElement).textContent).toBe("หน้า 1 จาก 1");
  });

  it("keeps a long header on one line, cut with an ellipsis and whole in its title, so it never runs over the sheet", () => {
    const spec = rankingSpec();
    const long = "องค์การบริหารส่วนตำบล".repeat(12);
    spec.print.header = { center: long, right: "&P" };
    const { container } = render(<SheetPrintView spec={spec} />);
    const center = container.querySelector('[data-part="header"] [data-align="center"]') as HTMLElement;
    expect(center.textContent).toBe(long);
    expect(center.title).toBe(long);
    expect(center.style.whiteSpace).toBe("nowrap");
    expect(center.style.overflow).toBe("hidden");
    expect(center.style.textOverflow).toBe("ellipsis");
    // A flex item shrinks below its text only with min-width 0.
    expect(parseFloat(center.style.minWidth)).toBe(0);
  });

  it("renders markup typed into a cell as text", () => {
    const spec = rankingSpec();
    spec.rows[2][0] = { value: "<b>x</b><script>alert(1)</script>", style: "body" };
    const { container } = render(<SheetPrintView spec={spec} />);
    expect(cell(container, "A3").querySelector("b, script")).toBeNull();
    expect(cell(container, "A3").textContent).toBe("<b>x</b><script>alert(1)</script>");
  });

  it("draws a long sheet as one A4 sheet of paper per printed page", () => {
    const { container } = render(<SheetPrintView spec={longSpec()} />);
    const papers = Array.from(container.querySelectorAll<HTMLElement>(".sheet-paper"));
    expect(papers).toHaveLength(3);
    expect(papers.map((p) => p.dataset.page)).toEqual(["1", "2", "3"]);
    // Landscape A4: 297 × 210 mm at 96 px/in.
    expect(papers[1].style.width).toBe("1123px");
    expect(papers[1].style.height).toBe("794px");
    // Each page its own table; the title only on the first.
    expect(papers.map((p) => p.querySelectorAll("table").length)).toEqual([1, 1, 1]);
    expect(papers.map((p) => p.textContent?.includes("มาตรการส่งเสริมคุณธรรม 2566"))).toEqual([true, false, false]);
  });

  it("repeats the header row at the top of every page and prints each measure once", () => {
    const { container } = render(<SheetPrintView spec={longSpec()} />);
    const papers = Array.from(container.querySelectorAll<HTMLElement>(".sheet-paper"));
    const rowsText = (p: HTMLElement) => Array.from(p.querySelectorAll("tr")).map((tr) => tr.textContent ?? "");
    for (const p of papers) expect(rowsText(p)).toContainEqual("มาตรการผู้รับผิดชอบคะแนนระยะเวลา");
    // Pages 2 and 3 start with it.
    expect(rowsText(papers[1])[0]).toBe("มาตรการผู้รับผิดชอบคะแนนระยะเวลา");
    expect(rowsText(papers[2])[0]).toBe("มาตรการผู้รับผิดชอบคะแนนระยะเวลา");
    const cells = (a1: string) => container.querySelectorAll(`[data-cell="${a1}"]`).length;
    expect(cells("A3")).toBe(3);
    for (const a1 of ["A4", "A5", "A6", "A7", "A8"]) expect(cells(a1)).toBe(1);
    expect(papers[1].querySelector('[data-cell="A6"]')?.textContent).toBe("มาตรการที่ 3");
    expect(papers[2].querySelector('[data-cell="C8"]')?.textContent).toBe("85.00");
  });

  it("numbers the pages in the header and footer of each page", () => {
    const { container } = render(<SheetPrintView spec={longSpec()} />);
    const papers = Array.from(container.querySelectorAll<HTMLElement>(".sheet-paper"));
    const part = (p: HTMLElement, role: string) => (p.querySelector(`[data-part="${role}"]`) as HTMLElement).textContent;
    expect(papers.map((p) => part(p, "footer"))).toEqual(["หน้า 1 / 3", "หน้า 2 / 3", "หน้า 3 / 3"]);
    // "&&" in user text is a literal "&".
    for (const p of papers) expect(part(p, "header")).toBe("เทศบาลเมืองเขลางค์นครปีงบประมาณ &2566");
    expect((container.querySelector(".sheet-page") as HTMLElement).dataset.pages).toBe("3");
  });

  it("draws a merge cut by a page break on both pages, its value on the first", () => {
    const { container } = render(<SheetPrintView spec={longSpec()} />);
    const papers = Array.from(container.querySelectorAll<HTMLElement>(".sheet-paper"));
    // B5:B6 spans rows 5 (page 1) and 6 (page 2).
    const first = papers[0].querySelector('[data-cell="B5"]') as HTMLTableCellElement;
    expect(first.rowSpan).toBe(1);
    expect(first.textContent).toBe("ผู้รับผิดชอบ 2");
    const rest = papers[1].querySelector('[data-cell="B6"]') as HTMLTableCellElement;
    expect(rest.rowSpan).toBe(1);
    expect(rest.textContent).toBe("");
    expect(rest.style.border).toBe(first.style.border);
    expect(rest.style.border).not.toBe("");
  });

  it("sizes every printed row from the spec, empty rows at Excel's default 15 pt", () => {
    const { container } = render(<SheetPrintView spec={longSpec()} />);
    const page1 = Array.from((container.querySelector(".sheet-paper") as HTMLElement).querySelectorAll("tr"));
    // 60 pt = 80 px, 15 pt = 20 px, 90 pt = 120 px, 300 pt = 400 px.
    expect(page1.map((tr) => tr.style.height)).toEqual(["80px", "20px", "120px", "400px", "400px"]);
  });
});
