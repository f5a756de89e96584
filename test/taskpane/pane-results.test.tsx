/** @jest-environment jsdom */
// After Generate: the headline beside the button, the consistency checks with
// their cells (and a draft report's, as --check does), the same checks on the
// ranking sheet, and each written sheet as a link that activates it. Expected
// figures come from the reference report (tests/helpers/tables.ts), not from
// the program.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { parseScores } from "../../src/engine/input";
import { describeProblem } from "../../src/engine/messages";
import { withDigits } from "../../src/engine/text";
import { buildSheets } from "../../src/report/build";
import { SAMPLE_CELLS } from "../../src/report/sample";
import { Pane } from "../../src/taskpane/components/Pane";
import { RESULT_STRINGS } from "../../src/taskpane/result-strings";
import { STRINGS } from "../../src/taskpane/strings";
import { REPORT_2565 } from "../helpers/tables";
import { fakeDeps, FakeHost } from "./fakes";
import "./jsdom-shims";

const th = STRINGS.th;
const report = readFileSync(join(__dirname, "../fixtures/khelang-nakhon-ita-2565-report.txt"), "utf8");
const lines = report.split(/\r?\n/);
const lineNo = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;

/** The sample (the reference report's section 6) with its 2565 total typed wrong: 88.35 for 88.53, in D12. */
function hostWithTypo(): FakeHost {
  const host = new FakeHost();
  const cells = SAMPLE_CELLS.map((r) => [...r]);
  cells[cells.length - 1][3] = 88.35;
  host.source = { cells, sheet: "คะแนน", address: "A1:D12", origin: { row: 0, col: 0 } };
  return host;
}

async function generate(host: FakeHost, draft = "") {
  const deps = fakeDeps({ parseScores, describeProblem, buildSheets });
  render(<Pane host={host} deps={deps} initialLang="th" />);
  await act(async () => {});
  fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
  await screen.findByTestId("matched");
  if (draft) fireEvent.change(screen.getByLabelText(RESULT_STRINGS.th.draftLabel), { target: { value: draft } });
  fireEvent.click(screen.getByRole("button", { name: th.generate }));
  return screen.findByTestId("written");
}

describe("the pane's results", () => {
  it("heads the results with the overall, grade, pass, change and the split, beside Generate", async () => {
    const host = hostWithTypo();
    await generate(host);
    // Section 5: 88.53, grade A; section 6: 89.76 → 88.53, ลดลง -1.23; strengths are the scores at or over 85.
    const strong = REPORT_2565.filter((v) => Number(v) >= 85).length;
    const expected = withDigits(`คะแนนรวม 88.53 ระดับ A ผ่านเกณฑ์ · ลดลง \u22121.23 · จุดแข็ง ${strong} / ต้องพัฒนา ${10 - strong}`, "thai");
    const head = screen.getByTestId("headline");
    expect(head.textContent).toBe(expected);
    // Next to the button (the same row), not below the results.
    expect(head.parentElement).toBe(screen.getByRole("button", { name: th.generate }).parentElement);
  });

  it("shows the mistyped total with its cell, as a mismatch, and puts it on the ranking sheet", async () => {
    const host = hostWithTypo();
    const done = await generate(host);
    const checks = within(done).getByTestId("checks");
    const want = "เซลล์ D12: คะแนนรวม ๒๕๖๕ — ระบุไว้ ๘๘.๓๕, คำนวณได้ ๘๘.๕๓ (ไม่ตรงกัน)";
    expect(
      within(checks)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([want]);
    const ranking = host.writes[0].specs.find((s) => s.kind === "ranking")!;
    // Printed running text carries U+200B between Thai words (report/thai-breaks): invisible, so compared without it.
    const texts = ranking.rows.flat().map((c) => String(c.value).replace(/\u200b/g, ""));
    expect(texts).toContain(`• ${want}`);
  });

  it("checks a pasted draft's figures against the score table, as --check does", async () => {
    const host = new FakeHost();
    host.source = { cells: SAMPLE_CELLS, sheet: "คะแนน", address: "A1:D12", origin: { row: 0, col: 0 } };
    const done = await generate(host, report);
    const items = within(within(done).getByTestId("checks"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    // Section 7 restates three indicators wrong (see test/engine/consistency.test.ts).
    expect(items).toHaveLength(3);
    expect(items[0]).toBe(
      withDigits(
        `บรรทัด ${lineNo("๑. การปฏิบัติหน้าที่ ๙๐.๗๔")}: ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (IIT) 2565 — ระบุไว้ 90.74, ในตารางคะแนน 90.79 (ไม่ตรงกัน)`,
        "thai"
      )
    );
    for (const it of items) expect(it).not.toContain("คำนวณได้");
  });

  it("says when every stated figure agrees", async () => {
    const host = new FakeHost();
    host.source = { cells: SAMPLE_CELLS, sheet: "คะแนน", address: "A1:D12", origin: { row: 0, col: 0 } };
    const done = await generate(host);
    expect(within(done).getByTestId("checks").textContent).toBe(RESULT_STRINGS.th.checksNone);
  });

  it("makes each written sheet a link that brings it to the front", async () => {
    const host = hostWithTypo();
    const done = await generate(host);
    const names = host.writes[0].specs.map((s) => s.name);
    const links = within(done).getAllByRole("button", { name: new RegExp(`^(${names.join("|")})$`) });
    expect(links.map((l) => l.textContent)).toEqual(names);
    fireEvent.click(links[1]);
    await act(async () => {});
    expect(host.activated).toEqual([names[1]]);
  });
});

describe("the pane's results for many agencies", () => {
  // Ten equal scores make that score the overall (weights sum to 100): a published 89.50 beside ten 90s is off by 0.5.
  const ten = (v: number) => Array.from({ length: 10 }, () => v);
  const TABLE: unknown[][] = [
    ["หน่วยงาน", "ปี", ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`), "คะแนนรวม"],
    ["อบต.ก", 2565, ...ten(90), 89.5],
    ["อบต.ข", 2565, ...ten(80), 80],
  ];

  it("lists each published overall that differs, with its cell and agency", async () => {
    const host = new FakeHost();
    host.source = { cells: TABLE, sheet: "Agencies", address: "A1:M3", origin: { row: 0, col: 0 } };
    render(<Pane host={host} deps={fakeDeps({ describeProblem })} initialLang="th" />);
    await act(async () => {});
    fireEvent.click(screen.getByLabelText(th.modeGroup));
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("agencies-read");
    fireEvent.click(screen.getByRole("button", { name: th.generate }));
    const done = await screen.findByTestId("written");
    const items = within(within(done).getByTestId("checks"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual(["เซลล์ M2: อบต.ก คะแนนรวม ๒๕๖๕ — ระบุไว้ ๘๙.๕๐, คำนวณได้ ๙๐.๐๐ (ไม่ตรงกัน)"]);
    expect(screen.queryByTestId("headline")).toBeNull(); // one agency's headline only
  });
});
