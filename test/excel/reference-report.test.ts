// The whole Generate path for the reference report through the Office.js
// adapter: read the pasted scores, analyse, build the three sheets, write
// them, counting context.sync() round trips.
import { analyse } from "../../src/engine/analyse";
import { parseScores } from "../../src/engine/input";
import { OfficeHost } from "../../src/excel/office-host";
import { buildSheets } from "../../src/report/build";
import { mergeEdits } from "../../src/report/merge";
import { SAMPLE_AGENCY, SAMPLE_CELLS } from "../../src/report/sample";
import { FakeExcel, FakeSettings } from "./fake-excel";

async function generate(host: OfficeHost) {
  const source = await host.readSource({ kind: "selection" });
  const parsed = parseScores(source.cells, { origin: source.origin });
  if (!parsed.ok) throw new Error("sample must parse");
  const r = analyse(parsed.table);
  if (!r.ok) throw new Error("sample must analyse");
  const specs = buildSheets(r.analysis, { lang: "th", digits: "thai", agency: SAMPLE_AGENCY, owners: ["กองคลัง"] });
  const plan = mergeEdits(specs, await host.findGenerated());
  return host.writeSheets(plan.specs, plan.replace);
}

describe("Generate on the reference report in (fake) Excel", () => {
  const fx = new FakeExcel();
  const host = new OfficeHost({ run: fx.run, requirements: fx.requirements, settings: new FakeSettings() });

  it("reads the selection in one sync and writes all three sheets in three", async () => {
    await host.writeSample("ตัวอย่าง ITA", SAMPLE_CELLS);
    const before = fx.syncCount;
    const readSyncs = async () => {
      const s = fx.syncCount;
      await host.readSource({ kind: "selection" });
      return fx.syncCount - s;
    };
    expect(await readSyncs()).toBe(1);
    const s0 = fx.syncCount;
    const written = await generate(host);
    // read (1) + findGenerated (0: no markers stored yet) + write (3)
    expect(fx.syncCount - s0).toBe(4);
    expect(written.written).toEqual(["ITA 2565 อันดับ", "ITA 2564-2565", "มาตรการ 2566"]);
    expect(fx.syncCount).toBeGreaterThan(before);
  });

  it("writes the report's numbers with Thai-digit formats and the pass-mark rule", () => {
    expect(fx.values("ITA 2565 อันดับ", "D5:D14").map((r) => r[0])).toEqual([100, 95.56, 90.79, 85.75, 83.97, 81.43, 80.98, 80.81, 80.74, 78.74]);
    expect(fx.values("ITA 2565 อันดับ", "D15:D16")).toEqual([[88.53], ["A"]]);
    expect(fx.cell("ITA 2565 อันดับ", "D5")?.numberFormat).toBe("[$-D00041E]0.00");
    expect(fx.sheet("ITA 2565 อันดับ").conditionalFormats[0]).toMatchObject({ address: "D5:D14", rule: { formula1: "=85", operator: "LessThan" } });
    expect(fx.values("ITA 2564-2565", "E15:F15")).toEqual([[-1.23, "ลดลง"]]);
    expect(fx.values("มาตรการ 2566", "E5")).toEqual([["ต.ค. ๖๕ - ก.ย. ๖๖"]]);
  });

  it("re-runs in the same number of syncs, replacing only its own sheets", async () => {
    const s0 = fx.syncCount;
    const names = (await host.findGenerated()).map((g) => g.name).sort();
    expect(names).toEqual(["ITA 2564-2565", "ITA 2565 อันดับ", "มาตรการ 2566"].sort());
    const mid = fx.syncCount;
    await generate(host);
    // read (1) + findGenerated (1) + write with replacement (3)
    expect(fx.syncCount - mid).toBe(5);
    expect(mid - s0).toBe(1);
    expect(fx.sheet("ตัวอย่าง ITA")).toBeDefined();
  });
});
