/** @jest-environment jsdom */
// The question before replacing edited sheets comes with Fluent's Dialog by
// import(); when that chunk cannot load, the pane asks the same question
// itself and both answers still work.
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { Pane } from "../../src/taskpane/components/Pane";
import { STRINGS } from "../../src/taskpane/strings";
import { fakeDeps, FakeHost, sheet } from "./fakes";
import "./jsdom-shims";

jest.mock("../../src/taskpane/components/ConfirmDialog", () => {
  throw new Error("ChunkLoadError: Loading chunk 54 failed");
});

const th = STRINGS.th;

it("asks in the pane when the dialog's chunk does not load: cancel writes nothing, replace writes", async () => {
  const deps = fakeDeps({ mergeEdits: (specs) => ({ specs, replace: ["gen-1"], needsConfirm: [{ name: "มาตรการ 2566" }] }) });
  const host = new FakeHost();
  render(<Pane host={host} deps={deps} initialLang="th" />);
  await act(async () => {});
  fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
  await screen.findByTestId("matched");
  fireEvent.click(screen.getByRole("button", { name: th.generate }));
  const question = await screen.findByRole("alertdialog", { name: th.confirmTitle });
  expect(question.dataset.testid).toBe("confirm-inline"); // the pane's own, not Fluent's Dialog
  expect(within(question).getByText("มาตรการ 2566")).toBeTruthy();
  expect(document.body.textContent).not.toContain("ChunkLoadError");
  fireEvent.click(within(question).getByRole("button", { name: th.cancel }));
  await screen.findByText(th.cancelled);
  expect(host.writes).toHaveLength(0);
  fireEvent.click(screen.getByRole("button", { name: th.generate }));
  fireEvent.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: th.confirmReplace }));
  await screen.findByTestId("written");
  expect(host.writes).toEqual([{ specs: [sheet("อันดับ 2565"), sheet("มาตรการ 2566")], replace: ["gen-1"] }]);
});
