/** @jest-environment jsdom */
// The compatibility check in the pane, over the preview's host (the
// in-browser workbook): results shown, the download tried and answered, and
// the report (host, platform, version, requirement sets, each probe) copied.
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { PreviewHost } from "../../src/preview/preview-host";
import type { SelfTestReport } from "../../src/report/self-test";
import { Pane } from "../../src/taskpane/components/Pane";
import { CHECK_WORDS } from "../../src/taskpane/self-test-report";
import { fakeDeps, FakeHost } from "./fakes";
import "./jsdom-shims";

const w = CHECK_WORDS.th;

function previewHost() {
  const wb = new MemoryWorkbook();
  wb.addSheet("Scores");
  return new PreviewHost(wb, { storage: { getItem: () => null, setItem: () => undefined } });
}

async function open(host: FakeHost | PreviewHost, deps = fakeDeps()) {
  render(<Pane host={host} deps={deps} initialLang="th" />);
  await act(async () => {});
  return deps;
}

const report = () =>
  (screen.getByTestId("check-report").querySelector("textarea") ?? screen.getByTestId("check-report")) as HTMLTextAreaElement;

describe("the compatibility check in the pane", () => {
  it("is offered only by a host that can run it", async () => {
    await open(new FakeHost());
    expect(screen.queryByTestId("compatibility-check")).toBeNull();
  });

  it("runs against the preview's workbook and shows each probe's result", async () => {
    await open(previewHost());
    fireEvent.click(screen.getByRole("button", { name: w.run }));
    await screen.findByTestId("probes");
    const probes = screen.getByTestId("probes").querySelectorAll("li");
    expect(probes).toHaveLength(7);
    expect(probes[1].textContent).toBe(`${w.probe["thai-digits"]}: ${w.outcome.pass}`);
    expect(probes[4].getAttribute("data-outcome")).toBe("skipped");
  });

  it("tries the download with a real sheet description and records the user's answer in the report", async () => {
    const deps = await open(previewHost());
    fireEvent.click(screen.getByRole("button", { name: w.run }));
    await screen.findByTestId("probes");
    expect(report().value).toContain(`8. [download] ${w.probe.download}: ${w.outcome.skipped} (${w.downloadNotTried})`);
    fireEvent.click(screen.getByRole("button", { name: w.tryDownload }));
    await screen.findByText(w.downloadAsk);
    const [[specs]] = deps.calls.writeWorkbook as [[{ name: string; rows: unknown[] }[]]];
    expect(specs.map((s) => s.name)).toEqual(["ITA check"]);
    expect((deps.calls.saveFile[0] as unknown[])[0]).toBe("ITA-check.xlsx");
    fireEvent.click(screen.getByRole("button", { name: w.downloadYes }));
    expect(report().value).toContain(`8. [download] ${w.probe.download}: ${w.outcome.pass} (user saw the file)`);
  });

  it("copies a report naming host, platform, version, requirement sets and every probe", async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, "clipboard", { value: { writeText: async (t: string) => void written.push(t) }, configurable: true });
    await open(previewHost());
    fireEvent.click(screen.getByRole("button", { name: w.run }));
    await screen.findByTestId("probes");
    fireEvent.click(screen.getByRole("button", { name: w.copy }));
    await screen.findByText(w.copied);
    const text = written[0];
    expect(text).toBe(report().value);
    const lines = text.split("\n");
    expect(lines[0]).toBe(w.reportTitle);
    expect(lines).toContain("host: preview · platform: browser · version: in-browser workbook");
    expect(lines).toContain("requirement sets: none (no Excel)");
    expect(lines.some((l) => l.startsWith("webview: "))).toBe(true);
    for (const id of [
      "text-write",
      "thai-digits",
      "page-a4-fit",
      "print-titles",
      "sheet-name-range",
      "deleted-sheet-null",
      "print-names",
      "download",
    ]) {
      expect(lines.some((l) => l.includes(`[${id}]`))).toBe(true);
    }
  });

  it("asks to copy by hand when the webview allows no clipboard, with the text selected", async () => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: async () => Promise.reject(new Error("denied")) },
      configurable: true,
    });
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    await open(previewHost());
    fireEvent.click(screen.getByRole("button", { name: w.run }));
    await screen.findByTestId("probes");
    fireEvent.click(screen.getByRole("button", { name: w.copy }));
    await screen.findByText(w.copyByHand);
    const field = report();
    await waitFor(() => expect(field.selectionEnd - field.selectionStart).toBe(field.value.length));
  });

  it("says one sentence when the host's check fails", async () => {
    const host = previewHost();
    host.selfTest = async (): Promise<SelfTestReport> => {
      throw new Error("boom at line 3");
    };
    await open(host);
    fireEvent.click(screen.getByRole("button", { name: w.run }));
    await screen.findByText(w.failed);
    expect(document.body.textContent).not.toContain("boom");
  });
});
