// Worksheet ids last one session only: Excel 2016/2019 renumber them when a
// file is reopened (office-js-docs#297, office-js#1390). A stored id may then
// name a user's sheet; re-running must still find its own sheets and never
// touch that one.
import { OfficeHost } from "../../src/excel/office-host";
import { FakeExcel, FakeSettings } from "./fake-excel";
import { threeSheets } from "./specs";

/** "Close and reopen": every sheet gets a positional id, in a shuffled order. */
function reopen(fx: FakeExcel, order: string[]): void {
  const byName = new Map(fx.state.sheets.map((s) => [s.name, s]));
  const oldIds = new Map(fx.state.sheets.map((s) => [s.name, s.id]));
  order.forEach((name, i) => {
    const target = byName.get(name)!;
    // The i-th name in `order` takes the i-th old id in sheet order: ids move to other sheets.
    target.id = [...oldIds.values()][i];
  });
  fx.state.activeSheetId = fx.state.sheets[0].id;
  fx.state.selection = { sheetId: fx.state.sheets[0].id, address: "A1" };
}

describe("markers after a reopen that renumbered sheet ids", () => {
  it("finds its sheets by name, replaces them, and leaves the user's sheets that took their old ids alone", async () => {
    const fx = new FakeExcel();
    const settings = new FakeSettings();
    const host = () => new OfficeHost({ run: fx.run, requirements: fx.requirements, settings });
    await host().writeSheets(threeSheets(5), []);
    fx.addSheet("ของฉัน", [["งานของฉัน", 1]]);
    // Sheets: Sheet1, อันดับ 2565, เปรียบเทียบ, มาตรการ, ITA_lists, ของฉัน.
    // The user's sheet gets the ranking sheet's old id, Sheet1 the list sheet's.
    reopen(fx, ["มาตรการ", "ของฉัน", "ITA_lists", "อันดับ 2565", "Sheet1", "เปรียบเทียบ"]);

    const again = host(); // a new session
    const gen = await again.findGenerated();
    expect(gen.map((g) => g.name).sort()).toEqual(["มาตรการ", "อันดับ 2565", "เปรียบเทียบ"].sort());
    expect(gen.map((g) => g.id).sort()).toEqual(["มาตรการ", "อันดับ 2565", "เปรียบเทียบ"].map((n) => fx.sheet(n).id).sort());

    const res = await again.writeSheets(
      threeSheets(6),
      gen.map((g) => g.id)
    );
    expect(res.written).toEqual(["อันดับ 2565", "เปรียบเทียบ", "มาตรการ"]); // replaced, not "(2)"
    expect(fx.values("ของฉัน", "A1:B1")).toEqual([["งานของฉัน", 1]]);
    expect(fx.sheet("Sheet1")).toBeDefined();
    expect(fx.values("อันดับ 2565", "A10")).toEqual([[6]]);
    // The old list sheet went with the sheets it served; one remains.
    expect(fx.state.sheets.filter((s) => s.name.startsWith("ITA_lists")).length).toBe(1);
  });

  it("does not take a user's sheet that now holds a marker's id for a generated one", async () => {
    const fx = new FakeExcel();
    const settings = new FakeSettings();
    await new OfficeHost({ run: fx.run, requirements: fx.requirements, settings }).writeSheets(threeSheets(5), []);
    // The generated sheets were deleted; the user's sheet now has the ranking sheet's old id.
    const rankingId = fx.sheet("อันดับ 2565").id;
    fx.state.sheets = fx.state.sheets.filter((s) => s.name === "Sheet1");
    fx.addSheet("ของฉัน", [["งานของฉัน"]]).id = rankingId;
    for (const api of ["1.17", "1.3"]) {
      fx.maxApi = api;
      const gen = await new OfficeHost({ run: fx.run, requirements: fx.requirements, settings }).findGenerated();
      expect(gen).toEqual([]);
    }
  });
});
