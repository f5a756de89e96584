/** @jest-environment jsdom */
// A paste over the preloaded sample: it replaces every cell it spans, the
// read follows it (no old rows read back as "ซ้ำ"), "ล้างชีต" empties the
// sheet, a read range holding old and new cells is warned about, and CSV
// text pasted into one column is split.
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { PREVIEW_LABELS, PreviewApp } from "../../src/preview/preview-app";
import { PreviewHost } from "../../src/preview/preview-host";
import { readPaste } from "../../src/preview/paste-limit";
import { SAMPLE_CELLS } from "../../src/report/sample";
import { App } from "../../src/taskpane/App";
import { STRINGS } from "../../src/taskpane/strings";
import "../taskpane/jsdom-shims";

const th = STRINGS.th;
const t = PREVIEW_LABELS.th;
const SHEET = t.scoresSheet;

async function page() {
  const wb = new MemoryWorkbook();
  wb.addSheet(SHEET);
  wb.setBlock(SHEET, 0, 0, SAMPLE_CELLS);
  wb.select(SHEET, { firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 0 });
  const host = new PreviewHost(wb, { storage: { getItem: () => null, setItem: () => undefined } });
  render(<PreviewApp wb={wb} lang="th" pane={<App host={host} initialLang="th" root="div" />} />);
  await act(async () => {});
  return { wb, host };
}

/** One year's table, smaller than the sample (3 columns, indicators 1–10, no total). */
const ONE_YEAR = [["ตัวชี้วัด", "ปี 2566"], ...SAMPLE_CELLS.slice(1, 11).map((r) => [String(r[1]), String(r[3])])];
const tsv = (rows: string[][]) => rows.map((r) => r.join("\t")).join("\n") + "\n";

function paste(text: string) {
  fireEvent.paste(screen.getByRole("grid"), { clipboardData: { getData: () => text } });
}

describe("pasting over the sample", () => {
  it("replaces the cells it spans, short rows included, and the read follows the paste", async () => {
    const { wb } = await page();
    // A ragged paste: the title row has one cell, so its second column must be emptied too.
    paste(tsv([["ITA 2566"], ...ONE_YEAR]));
    expect(wb.getCell(SHEET, 0, 1)).toBeNull(); // was "ตัวชี้วัด" of the sample
    expect(wb.getCell(SHEET, 0, 0)).toBe("ITA 2566");
    // One cell clicked inside the paste: the paste is read, not the block with the sample's columns C–D.
    act(() => wb.select(SHEET, { firstRow: 3, firstCol: 1, lastRow: 3, lastCol: 1 }));
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("matched");
    expect(screen.getByTestId("years").textContent).toBe("2566");
    expect(screen.queryAllByTestId("problem")).toHaveLength(0);
    expect(screen.getByTestId("paste-mixed").textContent).toBe("");
  });

  it("warns when the range to read holds both the paste and older cells", async () => {
    const { wb } = await page();
    paste(tsv(ONE_YEAR));
    expect(screen.getByTestId("paste-mixed").textContent).toBe("");
    act(() => wb.select(SHEET, { firstRow: 0, firstCol: 0, lastRow: 11, lastCol: 3 }));
    const status = screen.getByTestId("paste-mixed");
    expect(status.getAttribute("role")).toBe("status");
    expect(status.textContent).toBe(t.mixed);
  });

  it("ล้างชีต empties the sheet, so a paste then stands alone", async () => {
    const { wb } = await page();
    fireEvent.click(screen.getByRole("button", { name: t.clear }));
    expect(wb.usedRange(SHEET)).toBeNull();
    paste(tsv(ONE_YEAR));
    expect(wb.usedRange(SHEET)).toEqual({ firstRow: 0, firstCol: 0, lastRow: ONE_YEAR.length - 1, lastCol: 1 });
  });

  it("splits CSV text pasted as one column into its columns", async () => {
    const { wb } = await page();
    paste(ONE_YEAR.map((r) => r.map((c) => (c.includes(",") ? `"${c}"` : c)).join(",")).join("\r\n") + "\r\n");
    expect(wb.getCell(SHEET, 1, 0)).toBe(ONE_YEAR[1][0]);
    expect(wb.getCell(SHEET, 1, 1)).toBe(Number(ONE_YEAR[1][1]));
  });
});

describe("CSV pasted as one column, by the engine's rule (engine/input/one-column-csv)", () => {
  it("leaves one column of thousands-comma numbers alone, and tab-separated text too", () => {
    expect(readPaste("1,234\n12,500\n", "th")).toEqual({ rows: [["1,234"], ["12,500"]] });
    expect(readPaste("a\tb\nc\td\n", "th")).toEqual({
      rows: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
  });

  it("splits semicolon CSV (Excel's in comma-decimal locales), decimal commas and all, and keeps quoted commas", () => {
    expect(readPaste('ตัวชี้วัด;2565\n"การใช้อำนาจ, (IIT)";83,97\nการใช้งบประมาณ;81,43\n', "th")).toEqual({
      rows: [
        ["ตัวชี้วัด", "2565"],
        ["การใช้อำนาจ, (IIT)", "83,97"],
        ["การใช้งบประมาณ", "81,43"],
      ],
    });
  });
});

describe("the preview's words and landmarks", () => {
  it("never calls the preview 'Excel รุ่นนี้' when it skips drop-down lists", async () => {
    const { wb } = await page();
    act(() => wb.select(SHEET, { firstRow: 0, firstCol: 0, lastRow: SAMPLE_CELLS.length - 1, lastCol: 3 }));
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("matched");
    fireEvent.click(screen.getByRole("button", { name: th.generate }));
    const written = await screen.findByTestId("written", {}, { timeout: 10000 });
    expect(written.textContent).not.toContain("Excel รุ่นนี้");
    expect(within(written).getByTestId("skipped-skipped").textContent).toContain("ตัวอย่างในเบราว์เซอร์");
  });

  it("has one main (the workbook) and the pane in an aside, never a main inside it", async () => {
    await page();
    expect(document.querySelectorAll("main")).toHaveLength(1);
    expect(document.querySelector("aside main")).toBeNull();
    expect(screen.getByRole("complementary", { name: t.pane })).toBeTruthy();
  });

  it("Esc leaves the grid for the next control; Tab is not taken by the grid", async () => {
    await page();
    const grid = screen.getByRole("grid");
    grid.focus();
    const tab = fireEvent.keyDown(grid, { key: "Tab" });
    expect(tab).toBe(true); // not prevented: the browser moves focus on
    fireEvent.keyDown(grid, { key: "Escape" });
    expect(document.activeElement).not.toBe(grid);
    expect(grid.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
