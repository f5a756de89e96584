// The same engine in the pane: the national sheet (8,323 agencies × 2 years)
// read from a (fake) workbook, parsed, analysed by province, its report
// sheets built and their write planned (value blocks, style rectangles), then
// written. Prints the time of reading and planning (median of 5) twice: in
// all, and as the add-in's own JavaScript, without the fake Excel's work of
// answering the read (FakeExcel.answerMs: scanning its cells, copying the
// values out, sizing the response — Excel's work, not ours); then the
// write's round trips (context.sync calls).
import { analyseGroup } from "../src/engine/group/analyse";
import { parseGroupScores } from "../src/engine/group/parse";
import { cellRange, formatRange } from "../src/engine/a1";
import { OfficeHost } from "../src/excel/office-host";
import { styleRects, valueBlocks } from "../src/excel/sheet-plan";
import { buildGroupSheets } from "../src/report/group-sheets";
import type { SheetSpec } from "../src/report/spec";
import { FakeExcel, FakeSettings } from "../test/excel/fake-excel";
import { NATIONAL_AGENCIES, nationalCells } from "./national-file";

export const PANE_TARGET_MS = 150;
/** OfficeHost's default byte budget per request (the plan is made as writeSheets makes it). */
const BUDGET = 2_500_000;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface PaneRun {
  /** The read as the add-in waits for it, the fake's answering included. */
  read: number;
  /** Of which the fake Excel's own work of answering. */
  fake: number;
  parse: number;
  analyse: number;
  sheets: number;
  plan: number;
  specs: SheetSpec[];
}

async function readAndPlan(host: OfficeHost, fx: FakeExcel): Promise<PaneRun> {
  const answered = fx.answerMs;
  let t = now();
  const lap = () => {
    const d = now() - t;
    t = now();
    return d;
  };
  const source = await host.readSource({ kind: "selection" });
  const read = lap();
  const fake = fx.answerMs - answered;
  const parsed = parseGroupScores(source.cells, { origin: source.origin, addressStyle: "a1" });
  if (!parsed.ok) throw new Error("the national sheet did not parse");
  const parse = lap();
  const r = analyseGroup(parsed.table, { group: "จังหวัด" });
  if (!r.ok) throw new Error("the national sheet did not analyse");
  const analyse = lap();
  const specs = buildGroupSheets(r.analysis, { lang: "th", digits: "thai", scope: "ทั้งประเทศ" });
  const sheets = lap();
  for (const spec of specs) {
    valueBlocks(spec, BUDGET);
    styleRects(spec);
  }
  const plan = lap();
  return { read, fake, parse, analyse, sheets, plan, specs };
}

export async function paneLines(runs = 5): Promise<{ lines: string[]; ms: number; syncs: number }> {
  const cells = nationalCells(NATIONAL_AGENCIES) as (string | number | boolean)[][];
  const fx = new FakeExcel();
  const sheet = fx.addSheet("คะแนน ITA ทั้งประเทศ", cells);
  fx.state.selection = { sheetId: sheet.id, address: formatRange(cellRange(0, 0, cells.length - 1, cells[0].length - 1)) };
  const host = new OfficeHost({ run: fx.run, requirements: fx.requirements, settings: new FakeSettings() });
  const all: PaneRun[] = [];
  for (let i = 0; i <= runs; i++) all.push(await readAndPlan(host, fx));
  const timed = all.slice(1); // the first run warms the JIT, as a pane's second Generate would be
  const m = (k: keyof Omit<PaneRun, "specs">) => median(timed.map((x) => x[k]));
  const total = median(timed.map((x) => x.read + x.parse + x.analyse + x.sheets + x.plan));
  // Our JavaScript: the same, less the fake's answering of the read.
  const ours = median(timed.map((x) => x.read - x.fake + x.parse + x.analyse + x.sheets + x.plan));
  const engine = median(timed.map((x) => x.parse + x.analyse));
  const own = median(timed.map((x) => x.read - x.fake + x.sheets + x.plan));
  // The write itself, on a fresh workbook: its round trips.
  const out = new FakeExcel();
  const writer = new OfficeHost({ run: out.run, requirements: out.requirements, settings: new FakeSettings() });
  const t0 = now();
  await writer.writeSheets(all[0].specs, []);
  const write = now() - t0;
  const f = (x: number) => `${x.toFixed(1)} ms`;
  const lines = [
    "",
    `pane, national sheet by province (${NATIONAL_AGENCIES} agencies), median of ${runs}:`,
    `  read ${f(m("read"))} (of which the fake Excel answering ${f(m("fake"))}, the add-in's JS ${f(median(timed.map((x) => x.read - x.fake)))}),` +
      ` parse ${f(m("parse"))}, analyse ${f(m("analyse"))}, sheets ${f(m("sheets"))}, plan ${f(m("plan"))}`,
    `  reading and planning the write, in all (the fake's answering included): ${f(total)}`,
    `  reading and planning the write, the add-in's JS (without the fake's answering): ${f(ours)} (target ≤ ${PANE_TARGET_MS} ms): ${ours <= PANE_TARGET_MS ? "OK" : "TOO SLOW"}`,
    `    parse + analyse (src/engine) ${f(engine)}; the pane's own (read less the fake, sheets, plan) ${f(own)} (medians each)`,
    `  the write on the fake: ${out.syncCount} syncs, largest request ${out.largestRequest} bytes` +
      ` (${f(write)} in all, of which the fake applying it ${f(out.answerMs)})`,
  ];
  return { lines, ms: ours, syncs: out.syncCount };
}
