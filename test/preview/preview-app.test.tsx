/** @jest-environment jsdom */
// The preview page end to end with the real engine and report builders:
// the reference sample in "Scores", read from the selection, generated into
// new sheets, drawn as they print.
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { PreviewApp } from "../../src/preview/preview-app";
import { PreviewHost } from "../../src/preview/preview-host";
import { SAMPLE_CELLS } from "../../src/report/sample";
import { App } from "../../src/taskpane/App";
import { STRINGS } from "../../src/taskpane/strings";
import "../taskpane/jsdom-shims";

const th = STRINGS.th;

async function page() {
  const wb = new MemoryWorkbook();
  wb.addSheet("Scores");
  wb.setBlock("Scores", 0, 0, SAMPLE_CELLS);
  wb.select("Scores", { firstRow: 0, firstCol: 0, lastRow: SAMPLE_CELLS.length - 1, lastCol: 3 });
  const host = new PreviewHost(wb, { storage: { getItem: () => null, setItem: () => undefined } });
  render(<PreviewApp wb={wb} lang="th" pane={<App host={host} initialLang="th" />} />);
  await act(async () => {}); // the pane's start-up reads (settings, sources)
  return wb;
}

describe("preview page", () => {
  it("reads the sample from the selection and generates print-ready sheets from it", async () => {
    const wb = await page();
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    const matched = await screen.findByTestId("matched");
    expect(within(matched).getAllByRole("row")).toHaveLength(11);
    expect(screen.getByTestId("years").textContent).toBe("2564, 2565");

    fireEvent.click(screen.getByRole("button", { name: th.generate }));
    const written = await screen.findByTestId("written", {}, { timeout: 10000 });
    const generated = wb.sheets.filter((s) => s.spec);
    expect(generated.length).toBeGreaterThanOrEqual(2);
    expect(written.textContent).toContain(generated[0].name);
    // The first generated sheet is shown as its printed page, with the reference overall 88.53 in it.
    const pageEl = document.querySelector(".sheet-page") as HTMLElement;
    expect(pageEl).not.toBeNull();
    expect(pageEl.textContent).toMatch(/88\.53|๘๘\.๕๓/);
    // Tabs: Scores plus each generated sheet.
    expect(screen.getAllByRole("tab").map((t) => t.textContent)).toEqual(wb.sheets.map((s) => s.name));
    // Charts are drawn, so the pane notes none as skipped; the ranking's sits beside its table in the grid.
    expect(written.textContent).not.toContain(th.feature.charts);
    // The print view offers the browser's print, on A4 pages in the sheet's orientation.
    const print = jest.spyOn(window, "print").mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole("button", { name: "พิมพ์ / บันทึก PDF" }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
    expect(pageEl.querySelector("style")?.textContent).toContain("@page ita-portrait{size:A4 portrait;margin:0}");
    expect(pageEl.getAttribute("data-orientation")).toBe("portrait");
    fireEvent.click(screen.getByRole("button", { name: "ตาราง" }));
    expect(screen.queryByRole("button", { name: "พิมพ์ / บันทึก PDF" })).toBeNull(); // the grid: nothing to print as drawn
    expect(document.querySelectorAll("svg[data-chart] rect[data-bar]")).toHaveLength(10);
  });

  it("pastes tab-separated text into the grid at the selected cell", async () => {
    const wb = await page();
    act(() => wb.select("Scores", { firstRow: 20, firstCol: 1, lastRow: 20, lastCol: 1 }));
    const grid = screen.getByRole("grid");
    fireEvent.paste(grid, { clipboardData: { getData: () => "ตัวชี้วัด\t2566\nการใช้อำนาจ\t91.5\n" } });
    expect(wb.getCell("Scores", 20, 1)).toBe("ตัวชี้วัด");
    expect(wb.getCell("Scores", 21, 2)).toBe(91.5);
    expect(screen.getByTestId("selection-box").textContent).toBe("Scores!B21:C22");
  });

  it("selects a range by dragging the mouse", async () => {
    const wb = await page();
    const grid = screen.getByRole("grid");
    const at = (a1: string) => grid.querySelector(`[data-cell="${a1}"]`) as HTMLElement;
    fireEvent.mouseDown(at("B2"));
    fireEvent.mouseEnter(at("D6"));
    fireEvent.mouseUp(window);
    fireEvent.mouseEnter(at("E9")); // after release: no change
    expect(wb.selection).toEqual({ sheet: "Scores", range: { firstRow: 1, firstCol: 1, lastRow: 5, lastCol: 3 } });
  });

  it("edits a cell by typing, committing with Enter", async () => {
    const wb = await page();
    const grid = screen.getByRole("grid");
    fireEvent.mouseDown(grid.querySelector('[data-cell="D3"]') as HTMLElement);
    fireEvent.keyDown(grid, { key: "8" });
    const input = screen.getByLabelText("D3") as HTMLInputElement;
    fireEvent.change(input, { target: { value: "81.5" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(wb.getCell("Scores", 2, 3)).toBe(81.5);
    expect(wb.selection?.range).toEqual({ firstRow: 3, firstCol: 3, lastRow: 3, lastCol: 3 });
  });
});
