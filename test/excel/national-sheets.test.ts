// Writing the national agencies ranking (8,323 agencies) through the adapter:
// row blocks under Excel on the web's 5 MB request limit, a bounded number of
// syncs, every row written.
import { nationalCells, NATIONAL_AGENCIES } from "../../bench/national-file";
import { analyseGroup, parseGroupScores } from "../../src/engine/group";
import { OfficeHost } from "../../src/excel/office-host";
import { buildGroupSheets } from "../../src/report/group-sheets";
import { FakeExcel, FakeSettings } from "./fake-excel";

describe("the national file in (fake) Excel", () => {
  const parsed = parseGroupScores(nationalCells(NATIONAL_AGENCIES));
  if (!parsed.ok) throw new Error("national file must parse");
  const r = analyseGroup(parsed.table, { group: "จังหวัด" });
  if (!r.ok) throw new Error("national file must analyse");
  const specs = buildGroupSheets(r.analysis, { lang: "th", digits: "thai", scope: "ทั้งประเทศ" });

  it("writes every agency in blocks under the request limit, in a bounded number of syncs", async () => {
    const fx = new FakeExcel();
    const host = new OfficeHost({ run: fx.run, requirements: fx.requirements, settings: new FakeSettings() });
    const agencies = specs.find((s) => s.kind === "agencies")!;
    const res = await host.writeSheets(specs, []);
    expect(res.written).toContain(agencies.name);
    expect(fx.largestRequest).toBeLessThanOrEqual(fx.requestLimit);
    if (process.env.SHOW_SYNCS) console.log(`national write: ${fx.syncCount} syncs, largest request ${fx.largestRequest} bytes`);
    // 4 syncs for a normal write (names, core, commit, decorations), one more per extra block: a handful, not one per row.
    expect(fx.syncCount).toBeGreaterThanOrEqual(4);
    expect(fx.syncCount).toBeLessThanOrEqual(12);
    // The last agency row (the sheet ends with notes) arrived whole.
    const i = agencies.rows.map((r) => r.length >= 5).lastIndexOf(true);
    expect(i).toBeGreaterThan(NATIONAL_AGENCIES);
    expect(fx.values(agencies.name, `A${i + 1}:B${i + 1}`)).toEqual([agencies.rows[i].slice(0, 2).map((c) => c.value)]);
    expect(fx.values(agencies.name, `A${i + 2}`)).toEqual([[agencies.rows[i + 1][0].value]]);
  });

  it("fails with a plain 'too large' error, leaving the workbook as it was, if blocks were too big", async () => {
    const fx = new FakeExcel();
    fx.requestLimit = 100_000;
    const host = new OfficeHost({ run: fx.run, requirements: fx.requirements, settings: new FakeSettings(), byteBudget: 10_000_000 });
    await expect(host.writeSheets(specs, [])).rejects.toMatchObject({ code: "too-large" });
    expect(fx.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
