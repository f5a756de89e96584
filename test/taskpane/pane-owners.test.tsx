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
});
