/** @jest-environment jsdom */
// The measures sheet is signed by the people the Word memo names: Generate
// reads the fields the report's form kept with the workbook. Without saved
// signers (or with a setting that no longer reads) the sheet has no block,
// and Generate still writes.
import { act, fireEvent, render, screen } from "@testing-library/react";
import { parseScores } from "../../src/engine/input";
import { describeProblem } from "../../src/engine/messages";
import { buildSheets } from "../../src/report/build";
import { SAMPLE_CELLS } from "../../src/report/sample";
import { Pane } from "../../src/taskpane/components/Pane";
import { FIELDS_SETTING } from "../../src/taskpane/document-settings";
import { STRINGS } from "../../src/taskpane/strings";
import { SEED_FIELDS } from "../docx/fixture";
import { fakeDeps, FakeHost } from "./fakes";
import "./jsdom-shims";

const th = STRINGS.th;

async function generateWith(setting: string | null): Promise<string[]> {
  const host = new FakeHost();
  host.source = { cells: SAMPLE_CELLS, sheet: "คะแนน", address: "A1:D12", origin: { row: 0, col: 0 } };
  if (setting !== null) host.settings.set(FIELDS_SETTING, setting);
  render(<Pane host={host} deps={fakeDeps({ parseScores, describeProblem, buildSheets })} initialLang="th" />);
  await act(async () => {});
  fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
  await screen.findByTestId("matched");
  fireEvent.click(screen.getByRole("button", { name: th.generate }));
  await screen.findByTestId("written");
  const measures = host.writes[host.writes.length - 1].specs.find((s) => s.kind === "measures")!;
  return measures.rows.flat().map((c) => String(c.value));
}

it("signs the measures sheet with the saved memo fields", async () => {
  const cells = await generateWith(JSON.stringify(SEED_FIELDS));
  expect(cells.some((v) => v.includes(SEED_FIELDS.preparer.name))).toBe(true);
  expect(cells.some((v) => v.includes(SEED_FIELDS.reviewers[0].position))).toBe(true);
});

it("writes no block without saved signers, or when the setting no longer reads", async () => {
  for (const setting of [null, "{not json", JSON.stringify({ division: "กอง" })]) {
    const cells = await generateWith(setting);
    expect(cells.some((v) => v.includes(SEED_FIELDS.preparer.name))).toBe(false);
    document.body.innerHTML = "";
  }
});
