// The compatibility self-test in the user's Excel (see report/self-test.ts).
// Every probe runs in its own Excel.run on a scratch sheet, so one that fails
// (an API this Excel lacks, a behaviour that differs) leaves the others to
// run; the scratch sheets are deleted at the end whatever happened.
import { scoreFormat } from "../report/formats";
import {
  HOST_PROBES,
  RISKY_TEXTS,
  THAI_DIGIT_SAMPLE,
  type HostInfo,
  type HostProbeId,
  type ProbeResult,
  type SelfTestReport,
} from "../report/self-test";
import { textInput } from "./sheet-plan";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface SelfTestDeps {
  run: Run;
  /** ExcelApi version supported ("1.4"). */
  supports: (version: string) => boolean;
  /** Any requirement set (OpenBrowserWindowApi…). */
  requirements: (set: string, version: string) => boolean;
  /** Office.context.diagnostics, when there is one. */
  diagnostics: () => { host?: unknown; platform?: unknown; version?: string } | undefined;
}

const NAME = "ita_check";
/** The highest ExcelApi minor version asked about. */
const HIGHEST_MINOR = 20;

type Probe = (context: Excel.RequestContext, ws: Excel.Worksheet) => Promise<Omit<ProbeResult, "id">>;

const json = (v: unknown) => JSON.stringify(v);
const errorCode = (e: unknown) => (typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "no code");

export async function runSelfTest(d: SelfTestDeps): Promise<SelfTestReport> {
  const stamp = Math.random().toString(36).slice(2, 7);
  const scratch = `~ita-check-${stamp}`;
  const probes: ProbeResult[] = [];
  let created = false;
  try {
    await d.run(async (context) => {
      context.workbook.worksheets.add(scratch);
      await context.sync();
    });
    created = true;
  } catch (e) {
    // No scratch sheet (a protected workbook): every probe says so.
    const observed = `scratch sheet not added: ${errorCode(e)}`;
    for (const id of HOST_PROBES) probes.push({ id, outcome: "error", observed });
    return { info: hostInfo(d), probes, scratchRemoved: true };
  }
  for (const id of HOST_PROBES) probes.push(await runProbe(d, id, scratch, stamp));
  const scratchRemoved = created ? await removeSheets(d, [scratch, `~ita-gone-${stamp}`]) : true;
  return { info: hostInfo(d), probes, scratchRemoved };
}

/** The ExcelApi version each probe needs. */
const NEEDS: Record<HostProbeId, string> = {
  "text-write": "1.1",
  "thai-digits": "1.1",
  "page-a4-fit": "1.9",
  "print-titles": "1.9",
  "sheet-name-range": "1.4",
  "deleted-sheet-null": "1.4",
  "print-names": "1.9",
};

async function runProbe(d: SelfTestDeps, id: HostProbeId, scratch: string, stamp: string): Promise<ProbeResult> {
  if (!d.supports(NEEDS[id])) return { id, outcome: "skipped", observed: `needs ExcelApi ${NEEDS[id]}` };
  const probe: Probe = id === "deleted-sheet-null" ? (context) => deletedSheet(context, `~ita-gone-${stamp}`) : PROBES[id];
  try {
    return { id, ...(await d.run((context) => probe(context, context.workbook.worksheets.getItem(scratch)))) };
  } catch (e) {
    return { id, outcome: "error", observed: `error ${errorCode(e)}` };
  }
}

const PROBES: Record<Exclude<HostProbeId, "deleted-sheet-null">, Probe> = {
  /**
   * Risky texts written exactly as the adapter writes every text (textInput: "@" first,
   * a quote prefix for formula-like text) read back as the same text. The values decide;
   * the formulas are reported because no page says what Range.formulas gives for a
   * quote-prefixed cell, and a person verifying a release should see it.
   */
  "text-write": async (context, ws) => {
    const rg = ws.getRange("A1:D1");
    const inputs = RISKY_TEXTS.map(textInput);
    rg.numberFormat = [inputs.map((t) => t.format)];
    rg.values = [inputs.map((t) => t.value)];
    rg.load("values,formulas");
    await context.sync();
    const values = rg.values[0];
    const ok = RISKY_TEXTS.every((t, i) => values[i] === t);
    return { outcome: ok ? "pass" : "fail", observed: `values ${json(values)}, formulas ${json(rg.formulas[0])}` };
  },
  /** The report's score format with the [$-D00041E] prefix shows Thai digits. */
  "thai-digits": async (context, ws) => {
    const rg = ws.getRange("A3");
    rg.numberFormat = [[scoreFormat("thai")]];
    rg.values = [[THAI_DIGIT_SAMPLE.value]];
    rg.load("text,values");
    await context.sync();
    const text = rg.text[0][0];
    return {
      outcome: text === THAI_DIGIT_SAMPLE.text ? "pass" : "fail",
      observed: `${scoreFormat("thai")} shows ${json(text)} for ${json(rg.values[0][0])}`,
    };
  },
  /** A4, landscape, one page wide (zoom assigned whole), read back. */
  "page-a4-fit": async (context, ws) => {
    const pl = ws.pageLayout;
    pl.paperSize = "A4";
    pl.orientation = "Landscape";
    pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    await context.sync();
    pl.load("paperSize,orientation,zoom");
    await context.sync();
    const z = pl.zoom;
    const ok = pl.paperSize === "A4" && pl.orientation === "Landscape" && z.horizontalFitToPages === 1 && !z.verticalFitToPages;
    return {
      outcome: ok ? "pass" : "fail",
      observed: `paperSize ${json(pl.paperSize)}, orientation ${json(pl.orientation)}, zoom ${json(z)}`,
    };
  },
  /** Rows repeated on every printed page, read back. */
  "print-titles": async (context, ws) => {
    ws.pageLayout.setPrintTitleRows("$1:$2");
    await context.sync();
    const rows = ws.pageLayout.getPrintTitleRowsOrNullObject();
    rows.load("address");
    await context.sync();
    if (rows.isNullObject) return { outcome: "fail", observed: "no print title rows read back" };
    return { outcome: /\$?1:\$?2$/.test(rows.address) ? "pass" : "fail", observed: `read back ${json(rows.address)}` };
  },
  /** A name scoped to one sheet, read through that sheet's names (what listSources offers). */
  "sheet-name-range": async (context, ws) => {
    ws.names.add(NAME, ws.getRange("B5:C6"));
    await context.sync();
    const name = ws.names.getItem(NAME);
    const rg = name.getRange();
    rg.load("address");
    await context.sync();
    name.delete();
    await context.sync();
    return { outcome: /!\$?B\$?5:\$?C\$?6$/.test(rg.address) ? "pass" : "fail", observed: `getRange() gives ${json(rg.address)}` };
  },
  /** Whether setting a print area and titles adds names a user would see offered as sources. */
  "print-names": async (context, ws) => {
    ws.pageLayout.setPrintArea("A1:D6");
    ws.pageLayout.setPrintTitleRows("$1:$1");
    await context.sync();
    const local = ws.names.load("items/name,items/type,items/visible");
    const global = context.workbook.names.load("items/name,items/type,items/visible");
    await context.sync();
    const isPrint = (n: Excel.NamedItem) => /print_(area|titles)$/i.test(n.name);
    const seen = [
      ...local.items.filter(isPrint).map((n) => `sheet:${n.name}`),
      ...global.items.filter(isPrint).map((n) => `workbook:${n.name}`),
    ];
    // listSources offers visible names of type Range: those would show up in the source list.
    const offered = [...local.items, ...global.items].filter((n) => isPrint(n) && n.type === "Range" && n.visible !== false);
    return { outcome: offered.length === 0 ? "pass" : "fail", observed: seen.length === 0 ? "none listed" : `listed: ${seen.join(", ")}` };
  },
};

/**
 * A marked sheet the user deleted: findGenerated reads it by id through
 * getItemOrNullObject + getUsedRangeOrNullObject and expects null objects, not an error.
 */
async function deletedSheet(context: Excel.RequestContext, name: string): Promise<Omit<ProbeResult, "id">> {
  const gone = context.workbook.worksheets.add(name);
  gone.load("id");
  await context.sync();
  const id = gone.id;
  gone.delete();
  await context.sync();
  const ws = context.workbook.worksheets.getItemOrNullObject(id);
  const used = ws.getUsedRangeOrNullObject(true);
  // isNullObject is read after a sync, without a load (Microsoft's "*OrNullObject methods" page).
  used.load("values");
  await context.sync();
  return {
    outcome: ws.isNullObject && used.isNullObject ? "pass" : "fail",
    observed: `sheet null ${ws.isNullObject}, used range null ${used.isNullObject}`,
  };
}

/** Deletes the scratch sheets that exist; false when that failed (the user then deletes them by hand). */
async function removeSheets(d: SelfTestDeps, names: string[]): Promise<boolean> {
  try {
    await d.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      for (const s of sheets.items) if (names.indexOf(s.name) >= 0) s.delete();
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}

function hostInfo(d: SelfTestDeps): HostInfo {
  let highest = 0;
  for (let m = 1; m <= HIGHEST_MINOR && d.supports(`1.${m}`); m++) highest = m;
  const sets = [highest > 0 ? `ExcelApi 1.1–1.${highest}` : "ExcelApi: none"];
  for (const [set, v] of [
    ["OpenBrowserWindowApi", "1.1"],
    ["DialogApi", "1.1"],
  ])
    sets.push(`${set} ${v}: ${d.requirements(set, v) ? "yes" : "no"}`);
  const diag = safe(d.diagnostics);
  const text = (v: unknown, otherwise: string) => (v === undefined || v === null ? otherwise : String(v));
  return {
    host: text(diag?.host, "Excel"),
    platform: text(diag?.platform, "unknown"),
    version: text(diag?.version, "unknown"),
    requirementSets: sets,
  };
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
