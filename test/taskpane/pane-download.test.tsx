/** @jest-environment jsdom */
// "Download .xlsx": offered once sheets are written, it hands exactly the
// specs just written to the (injected) writer and saves the bytes under a
// name with the report's year.
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { Pane } from "../../src/taskpane/components/Pane";
import { STRINGS } from "../../src/taskpane/strings";
import type { FileHandover } from "../../src/report/host";
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

describe("the .xlsx on Office for Mac (WKWebView ignores downloads: office-js#2700)", () => {
  class MacHost extends FakeHost {
    opened: Uint8Array[] = [];
    urls: string[] = [];
    constructor(private readonly how: FileHandover) {
      super();
    }
    override async capabilities() {
      return { ...(await super.capabilities()), fileHandover: this.how };
    }
    async openWorkbook(bytes: Uint8Array) {
      this.opened.push(bytes);
    }
    async openInBrowser(url: string) {
      this.urls.push(url);
    }
  }

  it("opens the sheets as a new workbook instead of a download that would do nothing", async () => {
    const host = new MacHost("new-workbook");
    const { deps } = await generated(fakeDeps(), host);
    fireEvent.click(await screen.findByRole("button", { name: th.openAsWorkbook }));
    expect(screen.queryByRole("button", { name: th.download })).toBeNull();
    await waitFor(() => expect(host.opened).toHaveLength(1));
    expect(Array.from(host.opened[0])).toEqual([0x50, 0x4b, 3, 4]);
    expect(deps.calls.saveFile).toHaveLength(0);
    expect(await screen.findByText(th.macNewWorkbookDone)).toBeTruthy();
  });

  it("on an older Mac Excel opens the preview in the browser, and says why", async () => {
    const host = new MacHost("browser");
    await generated(fakeDeps(), host);
    fireEvent.click(await screen.findByRole("button", { name: th.openPreview }));
    await waitFor(() => expect(host.urls).toHaveLength(1));
    expect(host.urls[0]).toMatch(/\/preview\.html$/);
    expect(screen.getByTestId("download-hint").textContent).toBe(th.macBrowserHint);
  });

  it("with neither, says what to do instead of showing a button that does nothing", async () => {
    await generated(fakeDeps(), new MacHost("explain"));
    await waitFor(() => expect(screen.getByTestId("download-area").getAttribute("data-handover")).toBe("explain"));
    expect(screen.queryByRole("button", { name: th.download })).toBeNull();
    expect(screen.getByTestId("download-hint").textContent).toBe(th.macExplain);
  });
});
