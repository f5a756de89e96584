// OfficeHost.activate: a written sheet's link in the pane brings it to the
// front in one round trip; a sheet deleted meanwhile is "not-found".
import { HostError } from "../../src/report/host";
import { OfficeHost } from "../../src/excel/office-host";
import { FakeExcel, FakeSettings } from "./fake-excel";
import { makeSpec } from "./specs";

function setup() {
  const fx = new FakeExcel();
  const host = new OfficeHost({ run: fx.run, requirements: fx.requirements, settings: new FakeSettings() });
  return { fx, host };
}

const activeName = (fx: FakeExcel) => fx.state.sheets.find((s) => s.id === fx.state.activeSheetId)?.name;

describe("OfficeHost.activate", () => {
  it("activates the named sheet with one context.sync()", async () => {
    const { fx, host } = setup();
    await host.writeSheets([makeSpec("ranking", "อันดับ 2565", 3), makeSpec("measures", "มาตรการ 2566", 3)], []);
    await host.activate("Sheet1");
    expect(activeName(fx)).toBe("Sheet1");
    const before = fx.syncCount;
    await host.activate("มาตรการ 2566");
    expect(fx.syncCount - before).toBe(1);
    expect(activeName(fx)).toBe("มาตรการ 2566");
  });

  it("says not-found (a HostError, no raw Office error) for a sheet deleted meanwhile", async () => {
    const { fx, host } = setup();
    const e = await host.activate("ไม่มีชีตนี้").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).code).toBe("not-found");
    expect(activeName(fx)).toBe("Sheet1");
  });
});
