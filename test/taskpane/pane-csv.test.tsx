/** @jest-environment jsdom */
// A CSV pasted into column A in Excel: the pane reads the cells (one line a
// cell), the parse reads them split, and the pane says so, above what it
// read; a problem names the cell and the field. The cells are not written.
import { act, fireEvent, render, screen } from "@testing-library/react";
import { parseGroupScores } from "../../src/engine/group/parse";
import { parseScores } from "../../src/engine/input";
import { describeProblem } from "../../src/engine/messages";
import { buildSheets } from "../../src/report/build";
import { GROUP_SAMPLE_CELLS } from "../../src/report/group-sample";
import { SAMPLE_CELLS } from "../../src/report/sample";
import { Pane } from "../../src/taskpane/components/Pane";
import { STRINGS } from "../../src/taskpane/strings";
import { csvColumn } from "../helpers/csv-lines";
import { fakeDeps, FakeHost } from "./fakes";
import "./jsdom-shims";

async function readCsv(lang: "th" | "en", rows: (string | number)[][]) {
  const host = new FakeHost();
  const cells = csvColumn(rows);
  host.source = { cells, sheet: "Sheet1", address: `A1:A${cells.length}`, origin: { row: 0, col: 0 } };
  render(<Pane host={host} deps={fakeDeps({ parseScores, describeProblem, buildSheets })} initialLang={lang} />);
  await act(async () => {});
  fireEvent.click(screen.getByRole("button", { name: STRINGS[lang].useSelection }));
  return { host, cells, before: JSON.stringify(cells) };
}

describe("CSV text in one column", () => {
  it("is read split, the pane says so in Thai, and Generate writes the report sheets only", async () => {
    const { host, cells, before } = await readCsv("th", SAMPLE_CELLS);
    await screen.findByTestId("matched");
    expect(screen.getByTestId("csv-split").textContent).toContain(
      "ข้อความในเซลล์ A1:A12 เป็นข้อความ CSV ในคอลัมน์เดียว จึงอ่านโดยแยกที่เครื่องหมายจุลภาค (,) เป็น 4 คอลัมน์"
    );
    expect(screen.getByTestId("years").textContent).toBe("2564, 2565");
    fireEvent.click(screen.getByRole("button", { name: STRINGS.th.generate }));
    await screen.findByTestId("written");
    expect(host.writes.flatMap((w) => w.specs.map((s) => s.kind))).toEqual(["ranking", "comparison", "measures"]);
    // The cells read are as they were: one line a cell, nothing put back into them.
    expect(JSON.stringify(cells)).toBe(before);
    expect(host.samples).toEqual([]);
  });

  it("names a bad value by its cell and field, with the notice in English", async () => {
    const rows = SAMPLE_CELLS.map((r) => [...r]);
    rows[4][2] = "8x.5";
    await readCsv("en", rows);
    const problem = await screen.findByTestId("problem");
    expect(problem.textContent).toMatch(/^A5, field 3: /);
    expect(screen.getByTestId("csv-split").textContent).toContain("The cells A1:A12 hold CSV text in one column");
  });

  it("says nothing of CSV for an ordinary table", async () => {
    const host = new FakeHost();
    host.source = { cells: SAMPLE_CELLS, sheet: "Sheet1", address: "A1:D12", origin: { row: 0, col: 0 } };
    render(<Pane host={host} deps={fakeDeps({ parseScores, describeProblem, buildSheets })} initialLang="th" />);
    await act(async () => {});
    fireEvent.click(screen.getByRole("button", { name: STRINGS.th.useSelection }));
    await screen.findByTestId("matched");
    expect(screen.queryByTestId("csv-split")).toBeNull();
  });

  it("is read split in group mode too: the agencies are read and the pane says so", async () => {
    const host = new FakeHost();
    const cells = csvColumn(GROUP_SAMPLE_CELLS);
    host.source = { cells, sheet: "Sheet1", address: `A1:A${cells.length}`, origin: { row: 0, col: 0 } };
    render(<Pane host={host} deps={fakeDeps({ parseGroupScores, describeProblem })} initialLang="th" />);
    await act(async () => {});
    fireEvent.click(screen.getByLabelText(STRINGS.th.modeGroup));
    fireEvent.click(screen.getByRole("button", { name: STRINGS.th.useSelection }));
    expect((await screen.findByTestId("agencies-read")).textContent).toContain("12");
    expect(screen.getByTestId("csv-split").textContent).toContain(`ข้อความในเซลล์ A1:A${cells.length} เป็นข้อความ CSV ในคอลัมน์เดียว`);
    expect(screen.getByTestId("group-columns").textContent).toBe("จังหวัด, ประเภท");
  });
});
