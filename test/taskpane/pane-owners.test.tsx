/** @jest-environment jsdom */
// Owners from the planner's list: once a list is typed, the measures sheet
// never names a unit that is not on it. Defaults that name a listed unit are
// mapped onto it, others wait for the planner's pick ("(ระบุผู้รับผิดชอบ)"),
// and each pick is kept with the workbook.
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { parseScores } from "../../src/engine/input";
import { describeProblem } from "../../src/engine/messages";
import { OWNER_TO_NAME } from "../../src/engine/owners";
import { RECOMMENDATIONS } from "../../src/engine/recommendations";
import { buildSheets } from "../../src/report/build";
import { HEADER_ROW } from "../../src/report/frame";
import { SAMPLE_CELLS } from "../../src/report/sample";
import { Pane } from "../../src/taskpane/components/Pane";
import { RESULT_STRINGS } from "../../src/taskpane/result-strings";
import { STRINGS } from "../../src/taskpane/strings";
import { fakeDeps, FakeHost } from "./fakes";
import "./jsdom-shims";

const th = STRINGS.th;
const UNITS = ["กองคลัง", "สำนักปลัด", "กองช่าง"];

function sampleHost(): FakeHost {
  const host = new FakeHost();
  host.source = { cells: SAMPLE_CELLS, sheet: "คะแนน", address: "A1:D12", origin: { row: 0, col: 0 } };
  return host;
}

async function open(host: FakeHost) {
  render(<Pane host={host} deps={fakeDeps({ parseScores, describeProblem, buildSheets })} initialLang="th" />);
  await act(async () => {});
  fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
  await screen.findByTestId("matched");
}

/** Indicator number (from "ตัวชี้วัดที่ ๘ …") → the owner cell of its measure row. */
function ownersOnSheet(host: FakeHost): Map<number, string> {
  const spec = host.writes[host.writes.length - 1].specs.find((s) => s.kind === "measures")!;
  const out = new Map<number, string>();
  for (const row of spec.rows.slice(HEADER_ROW + 1)) {
    // The measure's text carries U+200B between Thai words (report/thai-breaks): read without it.
    const measure = String(row[1]?.value ?? "").replace(/\u200b/g, "");
    const m = /ตัวชี้วัดที่ (\d+)/.exec(measure.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)));
    if (m) out.set(Number(m[1]), String(row[3].value));
  }
  return out;
}

/** The indicators the picker offers an owner for, in its order (each select's label: "ตัวชี้วัดที่ 8 …"). */
function pickerIndicators(): number[] {
  const picker = screen.getByTestId("owner-picker");
  return within(picker)
    .queryAllByRole("combobox")
    .map((el) => {
      const label = (el as HTMLSelectElement).labels?.[0]?.textContent ?? "";
      return Number(/^ตัวชี้วัดที่ (\d+) /.exec(label)?.[1]);
    });
}

async function generate() {
  fireEvent.click(screen.getByRole("button", { name: th.generate }));
  await screen.findByTestId("written");
}

describe("owners from the planner's list", () => {
  it("maps defaults onto the list and prints no unit the planner did not type", async () => {
    const host = sampleHost();
    await open(host);
    fireEvent.change(screen.getByLabelText(th.owners), { target: { value: UNITS.join("\n") } });
    await generate();
    const owners = ownersOnSheet(host);
    expect(owners.size).toBeGreaterThan(0);
    for (const [n, unit] of owners) {
      const def = RECOMMENDATIONS[n].owner.th;
      // The default's unit when it is on the list ("กองคลัง (งานพัสดุ)" → "กองคลัง"), else the prompt.
      const listed = UNITS.find((u) => def === u || def.startsWith(`${u} `));
      expect([n, unit]).toEqual([n, listed ?? OWNER_TO_NAME.th]);
    }
    // Indicator 4's default is "กองคลัง (งานพัสดุ)"; 8's "ทุกสำนัก/กอง" is on no list.
    expect(owners.get(4)).toBe("กองคลัง");
    expect(owners.get(8)).toBe(OWNER_TO_NAME.th);
  });

  it("takes the planner's pick per indicator, keeps it with the workbook, and restores it", async () => {
    const host = sampleHost();
    await open(host);
    fireEvent.change(screen.getByLabelText(th.owners), { target: { value: UNITS.join("\n") } });
    const picker = screen.getByTestId("owner-picker");
    const select8 = within(picker).getByLabelText(/^ตัวชี้วัดที่ 8 /);
    // Only the planner's units (and "to be named") are offered.
    expect(
      within(select8)
        .getAllByRole("option")
        .map((o) => o.textContent)
    ).toEqual([OWNER_TO_NAME.th, ...UNITS]);
    fireEvent.change(select8, { target: { value: "กองช่าง" } });
    fireEvent.change(within(picker).getByLabelText(/^ตัวชี้วัดที่ 4 /), { target: { value: "" } });
    await generate();
    expect(ownersOnSheet(host).get(8)).toBe("กองช่าง");
    expect(ownersOnSheet(host).get(4)).toBe(OWNER_TO_NAME.th);
    expect(JSON.parse(host.settings.get("ownerChoices")!)).toEqual({ 4: "", 8: "กองช่าง" });
  });

  it("restores the picks in a new session, and drops a pick no longer on the list", async () => {
    const host = sampleHost();
    host.settings.set("owners", "กองช่าง\nกองคลัง");
    host.settings.set("ownerChoices", JSON.stringify({ 8: "กองช่าง", 6: "กองการศึกษา" }));
    await open(host);
    await generate();
    const owners = ownersOnSheet(host);
    expect(owners.get(8)).toBe("กองช่าง");
    // กองการศึกษา was picked once but is not on today's list: not printed.
    expect([...owners.values()]).not.toContain("กองการศึกษา");
    for (const unit of owners.values()) expect(["กองช่าง", "กองคลัง", OWNER_TO_NAME.th]).toContain(unit);
  });

  it("leaves the library's defaults when no list is typed", async () => {
    const host = sampleHost();
    await open(host);
    expect(screen.queryByTestId("owner-picker")).toBeNull();
    await generate();
    for (const [n, unit] of ownersOnSheet(host)) expect(unit).toBe(RECOMMENDATIONS[n].owner.th);
  });

  // The reference scores at the default mark 85: weaknesses 8, 4, 6, 7, 2, 3 (weakest first); strengths 10, 9, 1, 5.
  it("offers an owner only for the indicators with a measure, in the plan's order", async () => {
    const host = sampleHost();
    await open(host);
    fireEvent.change(screen.getByLabelText(th.owners), { target: { value: UNITS.join("\n") } });
    expect(pickerIndicators()).toEqual([8, 4, 6, 7, 2, 3]);
    await generate();
    // The measures sheet's rows, in their order: the same indicators.
    expect([...ownersOnSheet(host).keys()]).toEqual([8, 4, 6, 7, 2, 3]);
  });

  it("follows the pass mark and the strengths option", async () => {
    const host = sampleHost();
    await open(host);
    fireEvent.change(screen.getByLabelText(th.owners), { target: { value: UNITS.join("\n") } });
    fireEvent.change(screen.getByLabelText(th.passMark), { target: { value: "๙๐" } });
    // 5 (85.75) is under 90: a weakness now.
    expect(pickerIndicators()).toEqual([8, 4, 6, 7, 2, 3, 5]);
    fireEvent.change(screen.getByLabelText(th.passMark), { target: { value: "85" } });
    fireEvent.click(screen.getByRole("checkbox", { name: th.includeStrengths }));
    // Strengths kept up follow the weaknesses, strongest first.
    expect(pickerIndicators()).toEqual([8, 4, 6, 7, 2, 3, 10, 9, 1, 5]);
    fireEvent.click(screen.getByRole("checkbox", { name: th.includeStrengths }));
    fireEvent.change(screen.getByLabelText(th.passMark), { target: { value: "50" } });
    // Every indicator passes: no measure, no owner to pick.
    expect(pickerIndicators()).toEqual([]);
    expect(screen.getByTestId("owner-picker").textContent).toBe(RESULT_STRINGS.th.ownersNoMeasures);
  });

  it("keeps a pick saved for an indicator without a measure, prints it nowhere, and offers it again when the plan takes the indicator", async () => {
    const host = sampleHost();
    host.settings.set("owners", UNITS.join("\n"));
    // Indicator 1 (90.79) is a strength: no measure at the default mark.
    host.settings.set("ownerChoices", JSON.stringify({ 1: "กองช่าง", 8: "กองคลัง" }));
    await open(host);
    expect(pickerIndicators()).not.toContain(1);
    fireEvent.change(within(screen.getByTestId("owner-picker")).getByLabelText(/^ตัวชี้วัดที่ 4 /), { target: { value: "สำนักปลัด" } });
    expect(JSON.parse(host.settings.get("ownerChoices")!)).toEqual({ 1: "กองช่าง", 4: "สำนักปลัด", 8: "กองคลัง" });
    await generate();
    const owners = ownersOnSheet(host);
    expect([owners.has(1), owners.get(4), owners.get(8)]).toEqual([false, "สำนักปลัด", "กองคลัง"]);
    // Kept up as a strength, indicator 1 has a measure: the saved pick is back, and printed.
    fireEvent.click(screen.getByRole("checkbox", { name: th.includeStrengths }));
    expect(pickerIndicators()).toContain(1);
    expect((within(screen.getByTestId("owner-picker")).getByLabelText(/^ตัวชี้วัดที่ 1 /) as HTMLSelectElement).value).toBe("กองช่าง");
    await generate();
    expect(ownersOnSheet(host).get(1)).toBe("กองช่าง");
  });
});
