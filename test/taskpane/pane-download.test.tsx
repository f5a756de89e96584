/** @jest-environment jsdom */
// "Download .xlsx": offered once sheets are written, it hands exactly the
// specs just written to the (injected) writer and saves the bytes under a
// name with the report's year.
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { Pane } from "../../src/taskpane/components/Pane";
import { STRINGS } from "../../src/taskpane/strings";
import { fakeDeps, FakeHost, sheet } from "./fakes";
import "./jsdom-shims";

const th = STRINGS.th;

async function generated(deps = fakeDeps(), host = new FakeHost()) {
  render(<Pane host={host} deps={deps} initialLang="th" />);
  await act(async () => {});
  fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
  await screen.findByTestId("matched");
  expect(screen.queryByRole("button", { name: th.download })).toBeNull(); // nothing to download yet
  fireEvent.click(screen.getByRole("button", { name: th.generate }));
  await screen.findByTestId("written");
  return { deps, host };
}

describe("Download .xlsx", () => {
  it("is not offered before Generate, then writes the sheets just written and saves them as ITA-<year>.xlsx", async () => {
    // mergeEdits returns other specs than buildSheets built: the download must carry the written (merged) ones.
    const merged = [sheet("ITA 2565 อันดับ"), sheet("มาตรการ 2566")];
    const deps = fakeDeps({ mergeEdits: () => ({ specs: merged, replace: [], needsConfirm: [] }) });
    const { host } = await generated(deps);
    expect(host.writes[0].specs).toBe(merged);

    fireEvent.click(screen.getByRole("button", { name: th.download }));
    await waitFor(() => expect(deps.calls.saveFile).toHaveLength(1));
    expect(deps.calls.writeWorkbook).toEqual([[merged]]);
    const [name, bytes] = deps.calls.saveFile[0] as [string, Uint8Array];
    // fakes' sheet() keys are "ranking:<name>": the first sheet's year names the file.
    expect(name).toBe("ITA-2565.xlsx");
    expect(Array.from(bytes)).toEqual([0x50, 0x4b, 3, 4]);
    expect(screen.queryByTestId("download-error")).toBeNull();
  });

  it("says one plain sentence when the file cannot be made, never the error's text", async () => {
    const deps = fakeDeps({
      writeWorkbook: async () => {
        throw new Error("ChunkLoadError: Loading chunk 512 failed (https://localhost/512.js)");
      },
    });
    await generated(deps);
    fireEvent.click(screen.getByRole("button", { name: th.download }));
    const box = await screen.findByTestId("download-error");
    expect(box.textContent).toBe(th.downloadFailed);
    expect(document.body.textContent).not.toContain("ChunkLoadError");
    expect(deps.calls.saveFile).toHaveLength(0);
    // The written sheets are still listed: a failed download changes nothing else.
    expect(screen.getByTestId("written").textContent).toContain("มาตรการ 2566");
  });

  it("disappears when the scores are read again", async () => {
    await generated();
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await waitFor(() => expect(screen.queryByRole("button", { name: th.download })).toBeNull());
  });
});
