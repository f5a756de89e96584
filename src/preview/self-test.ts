// The compatibility self-test run against the preview itself: the same
// probes, answered by the in-memory workbook, its number formats and its
// print view (so the check, its report and copying can be tried without
// Excel). It says nothing about any Excel: the report names the host
// "preview".
import type { CellSpec, SheetSpec } from "../report/spec";
import { RISKY_TEXTS, selfTestSheet, THAI_DIGIT_SAMPLE, type ProbeResult, type SelfTestReport } from "../report/self-test";
import { scoreFormat } from "../report/formats";
import type { WorkbookHost } from "../report/host";
import type { MemoryWorkbook } from "./memory-workbook";
import { formatValue } from "./number-format";
import { paginate } from "./pages";

const A4_LANDSCAPE_PX = Math.round((297 / 25.4) * 96); // 297 mm at the print view's 96 px per inch

export async function previewSelfTest(
  wb: MemoryWorkbook,
  host: Pick<WorkbookHost, "findGenerated" | "listSources">
): Promise<SelfTestReport> {
  const scratch = wb.freeName("~ita-check");
  wb.addSheet(scratch);
  const probes: ProbeResult[] = [];
  try {
    probes.push(textWrite(wb, scratch), thaiDigits(), pageFit(), printTitles());
    probes.push({ id: "sheet-name-range", outcome: "skipped", observed: "the preview has workbook names only" });
    probes.push(await deletedSheet(wb, host));
    const names = (await host.listSources()).map((x) => x.name);
    const printNames = names.filter((n) => /print_(area|titles)$/i.test(n));
    probes.push({
      id: "print-names",
      outcome: printNames.length === 0 ? "pass" : "fail",
      observed: printNames.length === 0 ? "none listed" : `listed: ${printNames.join(", ")}`,
    });
  } finally {
    wb.removeSheet(scratch);
  }
  return {
    info: { host: "preview", platform: "browser", version: "in-browser workbook", requirementSets: ["none (no Excel)"] },
    probes,
    scratchRemoved: !wb.sheet(scratch),
  };
}

function textWrite(wb: MemoryWorkbook, sheet: string): ProbeResult {
  wb.setBlock(sheet, 0, 0, [RISKY_TEXTS]);
  const back = wb.values(sheet, { firstRow: 0, firstCol: 0, lastRow: 0, lastCol: RISKY_TEXTS.length - 1 })[0];
  const shown = back.map((v) => formatValue(v, "@"));
  const ok = RISKY_TEXTS.every((t, i) => back[i] === t && shown[i] === t);
  return { id: "text-write", outcome: ok ? "pass" : "fail", observed: `values ${JSON.stringify(back)}, shown ${JSON.stringify(shown)}` };
}

function thaiDigits(): ProbeResult {
  const shown = formatValue(THAI_DIGIT_SAMPLE.value, scoreFormat("thai"));
  return {
    id: "thai-digits",
    outcome: shown === THAI_DIGIT_SAMPLE.text ? "pass" : "fail",
    observed: `${scoreFormat("thai")} shows ${JSON.stringify(shown)}`,
  };
}

/** A table wider than the paper, landscape and fit to width: the print view's paper is A4 and the table shrinks onto it. */
function pageFit(): ProbeResult {
  const base = selfTestSheet();
  const spec: SheetSpec = { ...base, columns: base.columns.map(() => ({ width: 60 })), print: { ...base.print, orientation: "landscape" } };
  const p = paginate(spec);
  const ok = p.paper.width === A4_LANDSCAPE_PX && p.tableWidth * p.scale <= p.printable.width + 1e-6 && p.scale < 1;
  return {
    id: "page-a4-fit",
    outcome: ok ? "pass" : "fail",
    observed: `paper ${p.paper.width}×${p.paper.height} px, scale ${p.scale.toFixed(3)}`,
  };
}

/** Rows enough for three pages: each page after the first starts with the title row. */
function printTitles(): ProbeResult {
  const base = selfTestSheet();
  const rows: CellSpec[][] = [
    [{ value: "header", style: "header" }],
    ...Array.from({ length: 150 }, (_, i): CellSpec[] => [{ value: i + 1 }]),
  ];
  const p = paginate({ ...base, rows, print: { ...base.print, area: `A1:D${rows.length}`, repeatRows: "$1:$1" } });
  const ok = p.pages.length > 1 && p.pages.every((page) => page.rows[0] === 0);
  return {
    id: "print-titles",
    outcome: ok ? "pass" : "fail",
    observed: `${p.pages.length} pages, first rows ${JSON.stringify(p.pages.map((x) => x.rows[0]))}`,
  };
}

/** A marked sheet removed by the user is no longer among the generated ones (and reading them does not fail). */
async function deletedSheet(wb: MemoryWorkbook, host: Pick<WorkbookHost, "findGenerated">): Promise<ProbeResult> {
  const name = wb.freeName("~ita-gone");
  const s = wb.addSheet(name);
  s.marker = { id: "check-gone", kind: "ranking", key: "check:0", fingerprint: "" };
  wb.removeSheet(name);
  const found = (await host.findGenerated()).filter((g) => g.id === "check-gone");
  return { id: "deleted-sheet-null", outcome: found.length === 0 ? "pass" : "fail", observed: `${found.length} found after deletion` };
}
