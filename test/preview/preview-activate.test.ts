// PreviewHost.activate: the pane's sheet links switch the preview's tab and
// tell its views; a missing sheet is "not-found", as in Excel.
import { HostError } from "../../src/report/host";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { PreviewHost } from "../../src/preview/preview-host";

describe("PreviewHost.activate", () => {
  it("makes the sheet active (matched as Excel matches names, ignoring case) and notifies the views", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Scores");
    wb.addSheet("ITA 2565 Ranking");
    const host = new PreviewHost(wb);
    let told = 0;
    wb.subscribe(() => told++);
    await host.activate("ita 2565 ranking");
    expect(wb.active).toBe("ITA 2565 Ranking");
    expect(told).toBe(1);
  });

  it("refuses a sheet that is not there with not-found", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Scores");
    const e = await new PreviewHost(wb).activate("gone").catch((x: unknown) => x);
    expect((e as HostError).code).toBe("not-found");
    expect(wb.active).toBe("Scores");
  });
});
