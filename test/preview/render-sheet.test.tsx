/** @jest-environment jsdom */
import * as React from "react";
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
      [{ value: "การใช้อำนาจ", style: "body" }, { value: 83.97, format: "0.00", style: "number" }, { value: -1.16, format: "+0.00;-0.00;0.00", style: "number" }],
      [{ value: "การเปิดเผยข้อมูล", style: "body" }, { value: 95.5, format: "0.00", style: "number" }, { value: 0.81, format: "+0.00;-0.00;0.00", style: "number" }],
      [{ value: "รวม", style: "total" }, { value: 88.53, format: "[$-D00041E]0.00", style: "totalNumber" }, { value: 0, format: "+0.00;-0.00;0.00" }],
    ],
    columns: [{ width: 30 }, { width: 10 }, { width: 10 }],
    merges: ["A1:C1"],
    conditional: [{ range: "B3:B5", operator: "lessThan", value: 85, fill: "#FFC7CE", fontColor: "#9C0006" }],
    print: { ...sheet("x").print, area: "A1:C5", header: { center: '&"TH SarabunPSK,Bold"&16เทศบาลเมืองเขลางค์นคร' }, footer: { right: "หน้า &P จาก &N" } },
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

  it("renders markup typed into a cell as text", () => {
    const spec = rankingSpec();
    spec.rows[2][0] = { value: "<b>x</b><script>alert(1)</script>", style: "body" };
    const { container } = render(<SheetPrintView spec={spec} />);
    expect(cell(container, "A3").querySelector("b, script")).toBeNull();
    expect(cell(container, "A3").textContent).toBe("<b>x</b><script>alert(1)</script>");
  });
});
