// The self-test run against the preview's own workbook: every probe the
// preview can answer passes, the scratch sheets are gone afterwards.
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { PreviewHost } from "../../src/preview/preview-host";

function setup() {
  const wb = new MemoryWorkbook();
  wb.addSheet("Scores");
  wb.setBlock("Scores", 0, 0, [
    ["ที่", "2565"],
    [1, 90],
  ]);
  const host = new PreviewHost(wb, { storage: { getItem: () => null, setItem: () => undefined } });
  return { wb, host };
}

describe("PreviewHost.selfTest", () => {
  it("answers the probes from the in-browser workbook, its formats and print view", async () => {
    const { host } = setup();
    const r = await host.selfTest();
    expect(Object.fromEntries(r.probes.map((p) => [p.id, p.outcome]))).toEqual({
      "text-write": "pass",
      "thai-digits": "pass",
      "page-a4-fit": "pass",
      "print-titles": "pass",
      "sheet-name-range": "skipped",
      "deleted-sheet-null": "pass",
      "print-names": "pass",
    });
    expect(r.probes.find((p) => p.id === "thai-digits")?.observed).toBe('[$-D00041E]0.00 shows "๘๘.๕๓"');
    // 297 mm landscape at 96 px per inch; a 4 × 60-unit table shrinks to fit.
    expect(r.probes.find((p) => p.id === "page-a4-fit")?.observed).toMatch(/^paper 1123×794 px, scale 0\.\d+$/);
    expect(r.info.host).toBe("preview");
  });

  it("leaves the workbook as it was", async () => {
    const { wb, host } = setup();
    const before = JSON.stringify({ sheets: wb.sheets, active: wb.active });
    const r = await host.selfTest();
    expect(r.scratchRemoved).toBe(true);
    expect(JSON.stringify({ sheets: wb.sheets, active: wb.active })).toBe(before);
  });
});
