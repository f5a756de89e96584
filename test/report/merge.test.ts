import { analyse } from "../../src/engine/analyse";
import { buildSheets } from "../../src/report/build";
import { specFingerprint, specValues } from "../../src/report/fingerprint";
import type { GeneratedSheet } from "../../src/report/host";
import { mergeEdits } from "../../src/report/merge";
import type { SheetSpec } from "../../src/report/spec";
import { referenceTable } from "../helpers/tables";

const r = analyse(referenceTable());
if (!r.ok) throw new Error("reference must analyse");
const opts = { lang: "th" as const, digits: "thai" as const, agency: "เทศบาล", owners: [] };
const specs = buildSheets(r.analysis, opts);
const measures = specs[2];

/** What the workbook holds after a write: the spec's values, with a fingerprint stored. */
function generated(spec: SheetSpec, id: string, edit?: (v: unknown[][]) => void): GeneratedSheet {
  const values = specValues(spec).map((row) => [...row]);
  edit?.(values);
  return { id, name: spec.name, kind: spec.kind, key: spec.key, values, fingerprint: specFingerprint(spec) };
}

describe("re-running", () => {
  it("replaces only sheets generated with the same key", () => {
    const other = { ...generated(specs[0], "s9"), key: "ranking:2564" };
    const plan = mergeEdits(specs, [generated(specs[0], "s1"), other]);
    expect(plan.replace).toEqual(["s1"]);
    expect(plan.needsConfirm).toEqual([]);
  });

  it("keeps the user's owner, period and monitoring without asking", () => {
    const old = generated(measures, "m1", (v) => {
      v[4][3] = "กองช่าง";
      v[4][4] = "ม.ค. ๖๖ - มี.ค. ๖๖";
      v[4][5] = "รายงานทุกเดือน";
    });
    const plan = mergeEdits(specs, [old]);
    expect(plan.specs[2].rows[4].slice(3).map((c) => c.value)).toEqual(["กองช่าง", "ม.ค. ๖๖ - มี.ค. ๖๖", "รายงานทุกเดือน"]);
    expect(plan.specs[2].rows[5]).toEqual(measures.rows[5]);
    expect(plan.needsConfirm).toEqual([]);
  });

  it("carries edits by indicator, not by position, when the user reordered rows (and asks)", () => {
    const old = generated(measures, "m1", (v) => {
      [v[4], v[5]] = [v[5], v[4]];
      v[4][3] = "กองช่าง"; // now the row of the second-weakest indicator
    });
    const plan = mergeEdits(specs, [old]);
    expect(plan.specs[2].rows[5][3].value).toBe("กองช่าง");
    expect(plan.specs[2].rows[4][3].value).toBe(measures.rows[4][3].value);
    expect(plan.needsConfirm).toEqual([{ name: measures.name }]);
  });

  it("asks before replacing a sheet changed beyond the editable columns", () => {
    const old = generated(measures, "m1", (v) => {
      v[5][2] = "ขั้นตอนที่ผู้ใช้เขียนเอง";
    });
    expect(mergeEdits(specs, [old]).needsConfirm).toEqual([{ name: measures.name }]);
    const ranking = generated(specs[0], "r1", (v) => {
      v[4][3] = 99;
    });
    expect(mergeEdits(specs, [ranking]).needsConfirm).toEqual([{ name: specs[0].name }]);
  });
});
