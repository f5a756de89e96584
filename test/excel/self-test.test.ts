// The compatibility self-test against the fake Excel: each probe's verdict
// at the ExcelApi versions of Microsoft 365 (1.17), Office 2019 (1.7) and
// Office 2016 (1.1), the scratch sheets gone afterwards, the round trips.
import { OfficeHost } from "../../src/excel/office-host";
import type { ProbeId, SelfTestReport } from "../../src/report/self-test";
import { FakeExcel, FakeSettings } from "./fake-excel";

async function selfTest(maxApi: string, setup: (fx: FakeExcel) => void = () => undefined) {
  const fx = new FakeExcel();
  fx.maxApi = maxApi;
  setup(fx);
  const host = new OfficeHost({ run: fx.run, requirements: fx.requirements, settings: new FakeSettings() });
  const before = fx.snapshot();
  const s0 = fx.syncCount;
  const report = await host.selfTest();
  return { fx, report, before, syncs: fx.syncCount - s0 };
}

const outcomes = (r: SelfTestReport) => Object.fromEntries(r.probes.map((p) => [p.id, p.outcome])) as Record<ProbeId, string>;

describe("OfficeHost.selfTest", () => {
  it("passes every probe in an Excel that behaves as the adapter assumes, and leaves the workbook as it was", async () => {
    const { fx, report, before, syncs } = await selfTest("1.17");
    expect(outcomes(report)).toEqual({
      "text-write": "pass",
      "thai-digits": "pass",
      "page-a4-fit": "pass",
      "print-titles": "pass",
      "sheet-name-range": "pass",
      "deleted-sheet-null": "pass",
      "print-names": "pass",
    });
    expect(report.scratchRemoved).toBe(true);
    expect(fx.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    // The scratch sheet's sheet-scoped name went with it; nothing else changed.
    expect(fx.snapshot()).toBe(before);
    expect(report.info.requirementSets[0]).toBe("ExcelApi 1.1–1.17");
    // 1 add; text 1, digits 1, page 2, titles 2, name 3, deleted sheet 3, print names 2; 2 to remove.
    expect(syncs).toBe(1 + 1 + 1 + 2 + 2 + 3 + 3 + 2 + 2);
  });

  it("reports what it read back, so a differing Excel can be told apart", async () => {
    const { report } = await selfTest("1.17");
    const seen = Object.fromEntries(report.probes.map((p) => [p.id, p.observed]));
    expect(seen["text-write"]).toContain('"=1+1","0012","1/10"');
    expect(seen["thai-digits"]).toBe('[$-D00041E]0.00 shows "๘๘.๕๓" for 88.53');
    expect(seen["print-titles"]).toMatch(/!1:2"$/);
    expect(seen["sheet-name-range"]).toMatch(/!B5:C6"$/);
    expect(seen["print-names"]).toBe("none listed");
  });

  it("fails the print-names probe when Excel lists Print_Area and Print_Titles as sheet names (listSources would offer them)", async () => {
    const { report } = await selfTest("1.17", (fx) => (fx.printNamesListed = true));
    const p = report.probes.find((x) => x.id === "print-names")!;
    expect(p.outcome).toBe("fail");
    expect(p.observed).toMatch(/sheet:Print_Area/);
    expect(p.observed).toMatch(/sheet:Print_Titles/);
  });

  it("fails the text probe when an '@' cell does not keep the text (a formula or a number comes back)", async () => {
    // Simulate an Excel that ignores "@": the fake then parses as typing would.
    const { report } = await selfTest("1.17", (fx) => {
      const run = fx.run;
      (fx as { run: typeof run }).run = (batch) =>
        run((ctx) => {
          const getRange = ctx.workbook.worksheets.getItem.bind(ctx.workbook.worksheets);
          ctx.workbook.worksheets.getItem = (key: string) => {
            const ws = getRange(key);
            const original = ws.getRange.bind(ws);
            ws.getRange = (a?: string) => {
              const rg = original(a);
              Object.defineProperty(rg, "numberFormat", { set: () => {}, get: () => [] });
              return rg;
            };
            return ws;
          };
          return batch(ctx);
        });
    });
    const p = report.probes.find((x) => x.id === "text-write")!;
    expect(p.outcome).toBe("fail");
    expect(p.observed).toMatch(/formulas \["=1\+1"/);
  });

  it("skips what Office 2019 (1.7) and 2016 (1.1) lack, runs the rest, and still removes its sheets", async () => {
    const v17 = await selfTest("1.7");
    expect(outcomes(v17.report)).toMatchObject({
      "text-write": "pass",
      "thai-digits": "pass",
      "page-a4-fit": "skipped",
      "print-titles": "skipped",
      "sheet-name-range": "pass",
      "deleted-sheet-null": "pass",
      "print-names": "skipped",
    });
    expect(v17.report.probes.find((p) => p.id === "page-a4-fit")?.observed).toBe("needs ExcelApi 1.9");
    const v11 = await selfTest("1.1");
    expect(outcomes(v11.report)).toMatchObject({
      "text-write": "pass",
      "thai-digits": "pass",
      "sheet-name-range": "skipped",
      "deleted-sheet-null": "skipped",
    });
    expect(v11.report.info.requirementSets[0]).toBe("ExcelApi 1.1–1.1");
    for (const r of [v17, v11]) {
      expect(r.report.scratchRemoved).toBe(true);
      expect(r.fx.snapshot()).toBe(r.before);
    }
  });

  it("says so when the scratch sheet cannot be added (a protected workbook), changing nothing", async () => {
    const { report, fx, before } = await selfTest("1.17", (f) => f.failAtSync(1, "AccessDenied", 0));
    expect(report.probes.every((p) => p.outcome === "error" && p.observed === "scratch sheet not added: AccessDenied")).toBe(true);
    expect(fx.snapshot()).toBe(before);
  });
});
