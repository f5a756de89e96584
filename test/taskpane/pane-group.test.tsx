/** @jest-environment jsdom */
// Group ("many agencies") mode of the pane, with the real group engine and
// sheet builder behind a recording fake host.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describeProblem } from "../../src/engine/messages";
import { GROUP_SAMPLE_CELLS } from "../../src/report/group-sample";
import type { SheetSpec } from "../../src/report/spec";
import { Pane } from "../../src/taskpane/components/Pane";
import { STRINGS } from "../../src/taskpane/strings";
import { fakeDeps, FakeHost } from "./fakes";
import "./jsdom-shims";

const th = STRINGS.th;
const en = STRINGS.en;
const ten = (v: number | string) => Array.from({ length: 10 }, () => v);

// Read from B3 on: problems must name sheet cells, not cells of the block.
// Overall = 6 % × each IIT + 10 % × each EIT + 20 % × each OIT, so ten equal scores give that score.
const TABLE: unknown[][] = [
  ["หน่วยงาน", "จังหวัด", "ปี", ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)],
  ["อบต.ก", "ลำปาง", 2565, ...ten(90)],
  ["อบต.ข", "ลำปาง", 2565, ...ten(95.5)],
  // Indicator 3 of this row is in column 1 + 2 + 3 = 6 (G), row 3 + 3 = 6.
  ["อบต.ค", "ลำพูน", 2565, 80, 80, "8x", ...ten(80).slice(3)],
  ["อบต.ง", "ลำพูน", 2565, ...ten(84)],
];

async function setup(lang: "th" | "en" = "th") {
  const host = new FakeHost();
  host.source = { cells: TABLE, sheet: "Agencies", address: "B3:N7", origin: { row: 2, col: 1 } };
  const deps = fakeDeps({ describeProblem });
  render(<Pane host={host} deps={deps} initialLang={lang} />);
  await act(async () => {});
  return { host, deps };
}

const textOf = (spec: SheetSpec) => spec.rows.map((r) => r.map((c) => String(c.value)));

async function readAsGroup(s = th) {
  fireEvent.click(screen.getByLabelText(s.modeGroup));
  fireEvent.click(screen.getByRole("button", { name: s.useSelection }));
  return screen.findByTestId("agencies-read");
}

describe("Pane in group mode", () => {
  it("lists a bad row with its cell while the other rows are read, and enables Generate", async () => {
    const { deps } = await setup();
    const read = await readAsGroup();
    expect(read.textContent).toBe(th.agenciesRead(3, 3));
    expect(screen.getByTestId("years").textContent).toBe("2565");
    expect(screen.getByTestId("group-columns").textContent).toBe("จังหวัด");
    const rows = screen.getAllByTestId("rejected-row");
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain("อบต.ค");
    const problems = within(rows[0]).getAllByTestId("problem");
    expect(problems).toHaveLength(1);
    expect(problems[0].textContent).toMatch(/^G6: /);
    expect(problems[0].textContent).toContain("8x");
    // The block's top-left reaches the parser, as in single mode.
    expect((deps.calls.parseGroupScores[0][1] as { origin: unknown }).origin).toEqual({ row: 2, col: 1 });
    expect(deps.calls.parseScores).toHaveLength(0);
    expect((screen.getByRole("button", { name: th.generate }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("generates the agencies and distribution sheets through the same merge-and-write path", async () => {
    const { host, deps } = await setup();
    await readAsGroup();
    fireEvent.change(screen.getByLabelText(th.digits), { target: { value: "arabic" } });
    fireEvent.click(screen.getByRole("button", { name: th.generate }));
    await screen.findByTestId("written");
    expect(host.writes).toHaveLength(1);
    const specs = host.writes[0].specs;
    expect(specs.map((x) => x.name)).toEqual(["ITA 2565 หน่วยงาน", "ITA 2565 กระจายระดับ"]);
    expect(deps.calls.mergeEdits).toHaveLength(1);
    // Grouped by the first group column found (the province) by default.
    expect((deps.calls.analyseGroup[0][1] as { group?: string }).group).toBe("จังหวัด");
    // Ranked by overall: ข 95.50, ก 90.00, ง 84.00; the rejected ค is not graded.
    const agencyRows = textOf(specs[0]).filter((r) => /^อบต\./.test(r[1] ?? ""));
    expect(agencyRows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["1", "อบต.ข", "ลำปาง"],
      ["2", "อบต.ก", "ลำปาง"],
      ["3", "อบต.ง", "ลำพูน"],
    ]);
    // The default heading names the set: 3 agencies, grouped by province.
    expect(textOf(specs[0])[1][0]).toBe("3 หน่วยงาน — จังหวัด");
    expect(screen.getByTestId("written").textContent).toContain("ITA 2565 กระจายระดับ");
  });

  it("adds the peers sheet for a chosen agency, and names an unknown one without the CLI's option name", async () => {
    const { host } = await setup("en");
    await readAsGroup(en);
    fireEvent.change(screen.getByLabelText(en.chosenAgency), { target: { value: "อบต.ฮ" } });
    fireEvent.click(screen.getByRole("button", { name: en.generate }));
    await screen.findByText(en.analyseProblems);
    const msg = screen.getAllByTestId("problem").find((li) => /no agency/.test(li.textContent ?? ""));
    expect(msg?.textContent).toMatch(/^no agency .*อบต\.ฮ.* 2565/);
    expect(msg?.textContent).not.toContain("--agency");
    expect(host.writes).toHaveLength(0);

    fireEvent.change(screen.getByLabelText(en.chosenAgency), { target: { value: "อบต.ก" } });
    fireEvent.change(screen.getByLabelText(en.groupColumn), { target: { value: "" } }); // no grouping: peers are all agencies
    fireEvent.click(screen.getByRole("button", { name: en.generate }));
    await screen.findByTestId("written");
    expect(host.writes[0].specs.map((x) => x.kind)).toEqual(["agencies", "distribution", "peers"]);
  });

  it("re-reads the same cells as the other mode when switched, without reading the workbook again", async () => {
    const { host, deps } = await setup();
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("matched");
    fireEvent.click(screen.getByLabelText(th.modeGroup));
    await screen.findByTestId("agencies-read");
    expect(host.reads).toHaveLength(1);
    expect(deps.calls.parseGroupScores[0][0]).toBe(TABLE);
    expect(screen.queryByTestId("matched")).toBeNull();
  });

  it("Load sample writes the group sample in group mode", async () => {
    const { host, deps } = await setup();
    fireEvent.click(screen.getByLabelText(th.modeGroup));
    fireEvent.click(screen.getByRole("button", { name: th.loadSample }));
    await screen.findByTestId("agencies-read");
    expect(host.samples).toEqual([{ name: th.groupSampleSheetName, cells: deps.groupSampleCells }]);
  });

  it("shows a sentence while writing, and the pane stays usable", async () => {
    const { host } = await setup();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const real = host.findGenerated.bind(host);
    host.findGenerated = async () => (await gate, real());
    await readAsGroup();
    fireEvent.click(screen.getByRole("button", { name: th.generate }));
    // First the analysis, then (held here by the host) the writing.
    expect((await screen.findByTestId("progress")).textContent).toMatch(new RegExp(`${th.progress.analysing}|${th.progress.writing}`));
    await waitFor(() => expect(screen.getByTestId("progress").textContent).toContain(th.progress.writing));
    // Options still take input while the work runs.
    fireEvent.change(screen.getByLabelText(th.scope), { target: { value: "อปท. ภาคเหนือ" } });
    expect((screen.getByLabelText(th.scope) as HTMLInputElement).value).toBe("อปท. ภาคเหนือ");
    release();
    await screen.findByTestId("written");
    expect(screen.queryByTestId("progress")).toBeNull();
  });
});

describe("the group sample", () => {
  it("reads without problems: 12 agencies, 2 years, province and type columns", () => {
    const deps = fakeDeps();
    const r = deps.parseGroupScores(GROUP_SAMPLE_CELLS, { origin: { row: 0, col: 0 }, addressStyle: "a1" });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(new Set(r.table.records.map((x) => x.agency)).size).toBe(12);
    expect(r.table.years).toEqual([2564, 2565]);
    expect(r.table.groupColumns.map((g) => g.name)).toEqual(["จังหวัด", "ประเภท"]);
    expect(r.table.rejected).toEqual([]);
    expect(new Set(r.table.records.map((x) => x.groups[0]))).toEqual(new Set(["ลำปาง", "ลำพูน", "เชียงใหม่"]));
  });
});
