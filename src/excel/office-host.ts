// WorkbookHost on Office.js: the only code that calls Excel APIs. It renders
// SheetSpecs and decides nothing about content.
//
// Round trips (`context.sync()`), fixed whatever the row count:
//  - writeSheets: 4 for any normal output — 1 read sheet names, 1 write the
//    core (sheets, values, plain number formats, fonts, styles, widths), 1
//    commit (names, replaced sheets deleted), 1 the optional decorations
//    (src/excel/decorations.ts) — plus one per extra block when the cell data
//    passes the byte budget (Excel on the web caps a request at 5 MB) and one
//    per decoration that fails at run time. A failure in the first three is
//    undone; a failing decoration is listed as skipped and the sheets stay.
//  - readSource: 2 (address, then values in row blocks under the 5 MB
//    response cap: one more per block past the first).
//  - findGenerated: 0 without markers; else 1 probe (header rows only) + 1
//    values of the sheets found (below ExcelApi 1.4: one more probe).
// Features a host lacks are skipped and reported, never a failure.
import type { SheetSpec } from "../report/spec";
import type {
  Capabilities,
  FileHandover,
  GeneratedSheet,
  SkippedEntry,
  SourceCells,
  SourceChoice,
  SourceInfo,
  WorkbookHost,
  WriteResult,
} from "../report/host";
import { HostError } from "../report/host";
import type { SelfTestHost, SelfTestReport } from "../report/self-test";
import { specFingerprint } from "../report/fingerprint";
import { claimName } from "../report/sheet-names";
import { cellRange, columnLetters, formatRange, parseA1, type CellRange } from "../engine/a1";
import { applyDecorations, listSheetStep, sheetSteps, FEATURE_ORDER, type DecorationStep, type ListSheet } from "./decorations";
import { toHostError } from "./errors";
import {
  carriesMarker,
  carriesSignature,
  officeSettings,
  readMarkers,
  rowSignature,
  signatureRange,
  writeMarkers,
  type Marker,
  type Markers,
  type SettingsStore,
} from "./markers";
import { readValues } from "./read-values";
import { runSelfTest } from "./self-test";
import { styleRects, textInput, valueBlocks, type Block, type StyleRect } from "./sheet-plan";
import { BORDER_COLOR, STYLES, widthToPoints } from "./styles";
import { widestRow } from "../engine/input/limits";

export type RunFn = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  /** Defaults to `Excel.run`; tests pass a fake context. */
  run?: RunFn;
  /** Defaults to `Office.context.requirements.isSetSupported`. */
  requirements?: (set: string, version: string) => boolean;
  /** Defaults to `Office.context.document.settings`. */
  settings?: SettingsStore;
  /** Fingerprint stored with each generated sheet; defaults to report/fingerprint. */
  fingerprint?: (spec: SheetSpec) => string;
  /** Estimated bytes of cell data per request; well under the 5 MB web cap. */
  byteBudget?: number;
  /** Cells read per round trip (50,000 at ≤ 50 bytes each stays under the 5 MB response cap). */
  readCells?: number;
  /** Defaults to `Office.context.platform` ("Mac", "PC", "OfficeOnline", …). */
  platform?: () => string;
  /** Defaults to `Excel.createWorkbook` (ExcelApi 1.8). */
  createWorkbook?: (base64: string) => Promise<void>;
  /** Defaults to `Office.context.ui.openBrowserWindow` (OpenBrowserWindowApi 1.1). */
  openBrowserWindow?: (url: string) => void;
}

const DEFAULT_BUDGET = 2_500_000;
const DEFAULT_READ_CELLS = 50_000;

export class OfficeHost implements WorkbookHost, SelfTestHost {
  private readonly run: RunFn;
  private readonly requirements: (set: string, version: string) => boolean;
  private readonly settingsStore?: SettingsStore;
  private readonly fingerprint: (spec: SheetSpec) => string;
  private readonly budget: number;
  private readonly readCells: number;
  private readonly platform: () => string;
  private readonly createWorkbook: (base64: string) => Promise<void>;
  private readonly openBrowserWindow: (url: string) => void;
  /** Marker id → the sheet the last findGenerated verified for it (ids can change between sessions). */
  private readonly foundAt = new Map<string, string>();

  constructor(options: OfficeHostOptions = {}) {
    this.run = options.run ?? (<T>(batch: (c: Excel.RequestContext) => Promise<T>) => Excel.run(batch));
    // The version goes in as a string: as a number "1.10" would be 1.1.
    this.requirements = options.requirements ?? ((set, version) => Office.context.requirements.isSetSupported(set, version));
    this.settingsStore = options.settings;
    this.fingerprint = options.fingerprint ?? specFingerprint;
    this.budget = options.byteBudget ?? DEFAULT_BUDGET;
    this.readCells = options.readCells ?? DEFAULT_READ_CELLS;
    this.platform = options.platform ?? (() => (typeof Office === "undefined" ? "" : String(Office.context?.platform ?? "")));
    this.createWorkbook = options.createWorkbook ?? ((base64) => Excel.createWorkbook(base64));
    this.openBrowserWindow = options.openBrowserWindow ?? ((url) => Office.context.ui.openBrowserWindow(url));
  }

  private get settings(): SettingsStore {
    return this.settingsStore ?? officeSettings();
  }

  private supports(version: string): boolean {
    return this.requirements("ExcelApi", version);
  }

  private async call<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (e) {
      throw toHostError(e);
    }
  }

  async capabilities(): Promise<Capabilities> {
    return {
      conditionalFormats: this.supports("1.6"),
      dataValidation: this.supports("1.8"),
      pageLayout: this.supports("1.9"),
      // charts.add is 1.1, but a chart with its own category range, several
      // series and a pass line needs ChartSeries.setValues/setXAxisValues and
      // per-series chartType (1.7). Office 2019 has 1.7; 2016 gets no chart.
      charts: this.supports("1.7"),
      autoFilter: this.supports("1.9"),
      fileHandover: this.fileHandover(),
    };
  }

  /** Office for Mac ignores blob downloads (office-js#2700): a new workbook there, else the browser, else words. */
  private fileHandover(): FileHandover {
    if (this.platform() !== "Mac") return "download";
    if (this.supports("1.8")) return "new-workbook";
    return this.requirements("OpenBrowserWindowApi", "1.1") ? "browser" : "explain";
  }

  async openWorkbook(bytes: Uint8Array): Promise<void> {
    try {
      await this.createWorkbook(toBase64(bytes));
    } catch (e) {
      throw toHostError(e);
    }
  }

  async openInBrowser(url: string): Promise<void> {
    try {
      this.openBrowserWindow(url);
    } catch (e) {
      throw toHostError(e);
    }
  }

  async readSource(choice: SourceChoice): Promise<SourceCells> {
    return this.call(async (context) => {
      const wb = context.workbook;
      const picked =
        choice.kind === "selection"
          ? wb.getSelectedRange()
          : choice.kind === "table"
            ? wb.tables.getItem(choice.name).getRange()
            : (choice.sheet === undefined ? wb.names : wb.worksheets.getItem(choice.sheet).names).getItem(choice.name).getRange();
      // Whole columns (a click on the column letters) are a million rows: read
      // only their part of the used range. Nothing there comes back as a null
      // object (1.4), or below 1.4 as Range.getUsedRange's ItemNotFound (1.1;
      // its valuesOnly argument is 1.2).
      const nullable = this.supports("1.4");
      const range = nullable
        ? picked.getIntersectionOrNullObject(picked.worksheet.getUsedRange(true))
        : this.supports("1.2")
          ? picked.getUsedRange(true)
          : picked.getUsedRange();
      // Round trip 1: only where and how big (the values may pass the web's 5 MB response cap).
      range.load("address");
      const nothing = () => new HostError(choice.kind === "selection" ? "no-selection" : "not-found");
      try {
        await context.sync();
      } catch (e) {
        // Only getUsedRange can fail this way for a selection; a missing table or name is not-found either way.
        if (!nullable && toHostError(e).code === "not-found") throw nothing();
        throw e;
      }
      if (nullable && range.isNullObject) throw nothing();
      const { sheet, range: cellsAt } = excelAddress(range.address);
      const address = formatRange(cellsAt);
      // Then the values, in row blocks under the cap.
      const [cells] = await readValues(context, [{ sheet: wb.worksheets.getItem(sheet), range: cellsAt }], this.readCells);
      const oneCell = cellsAt.firstRow === cellsAt.lastRow && cellsAt.firstCol === cellsAt.lastCol;
      if (choice.kind === "selection" && oneCell && cells[0]?.[0] === "") {
        throw new HostError("no-selection");
      }
      return { cells, sheet, address, origin: { row: cellsAt.firstRow, col: cellsAt.firstCol } };
    });
  }

  async listSources(): Promise<SourceInfo[]> {
    return this.call(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      const names = context.workbook.names;
      names.load(NAME_PROPS);
      // Names scoped to one worksheet (worksheet.names, ExcelApi 1.4): not
      // loadable through the worksheets collection (unlike tables), so each
      // sheet's are queued once the sheets are known.
      const scoped = this.supports("1.4");
      const sheets = context.workbook.worksheets;
      if (scoped) sheets.load("items/name");
      await context.sync();
      // A table's address is only reachable through getRange(): one more round
      // trip when the workbook has tables; the sheets' names come in the same one.
      const ranges = tables.items.map((t) => t.getRange().load("address"));
      const perSheet = scoped ? sheets.items.map((ws) => ({ sheet: ws.name, names: ws.names.load(`${NAME_PROPS},items/scope`) })) : [];
      if (ranges.length > 0 || perSheet.length > 0) await context.sync();
      const out: SourceInfo[] = tables.items.map((t, i) => ({ kind: "table", name: t.name, address: ranges[i].address }));
      const bookNames = rangeNames(names.items);
      // concat/for, not push(...): a spread of an unbounded list overflows the stack.
      for (const b of bookNames) out.push(b);
      // Excel on the web lists the workbook's names in every sheet's names too
      // (OfficeDev/office-js#1011): keep a sheet's entry only when it is its own.
      const isBookName = (n: Excel.NamedItem) =>
        n.scope === "Workbook" || bookNames.some((b) => b.name === n.name && b.address === String(n.value).replace(/^=/, ""));
      for (const p of perSheet)
        for (const n of rangeNames(
          p.names.items.filter((i) => !isBookName(i)),
          p.sheet
        ))
          out.push(n);
      return out;
    });
  }

  async findGenerated(): Promise<GeneratedSheet[]> {
    const markers = readMarkers(this.settings);
    const ids = Object.keys(markers);
    this.foundAt.clear();
    if (ids.length === 0) return [];
    return this.call(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      const nullable = this.supports("1.4");
      // What a marker needs of a candidate sheet, by sheet id, queued once: its
      // used range's address and the few cells of the header row it recorded
      // (never the whole sheet: the web caps a response at 5 MB).
      const probes = new Map<string, { ws: Excel.Worksheet; used: Excel.Range; rows: Map<string, Excel.Range> }>();
      let queued = false;
      const probe = (sheetId: string, markerIds: string[], orNull = false) => {
        let p = probes.get(sheetId);
        queued = true;
        if (!p) {
          const ws = orNull ? sheets.getItemOrNullObject(sheetId) : sheets.getItem(sheetId);
          p = { ws, used: (nullable ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange()).load("address"), rows: new Map() };
          probes.set(sheetId, p);
        }
        for (const id of markerIds) {
          const at = signatureRange(markers[id]);
          if (at && !p.rows.has(at)) p.rows.set(at, p.ws.getRange(at).load("values"));
        }
      };
      // Usual case, one round trip: each marked sheet probed by id (a deleted
      // sheet comes back as a null object). Below 1.4, listed first.
      if (nullable) for (const id of ids) probe(id, [id], true);
      await context.sync();
      queued = false;

      const live = sheets.items.map((s) => ({ id: s.id, name: s.name }));
      const byId = (id: string) => live.find((s) => s.id === id);
      const byName = (id: string) => live.find((s) => s.name.toLowerCase() === markers[id].name?.toLowerCase());
      const found = new Map<string, { markerId: string; name: string; used?: CellRange }>(); // by current sheet id
      const taken = new Set<string>(); // marker ids settled
      const take = (markerId: string, sheet: { id: string; name: string } | undefined) => {
        const p = sheet && probes.get(sheet.id);
        if (!sheet || !p || found.has(sheet.id) || taken.has(markerId)) return;
        const m = markers[markerId];
        const at = signatureRange(m);
        // Markers from before signatures are checked on their values, below.
        if (at && !carriesSignature((p.rows.get(at)?.values as unknown[][] | undefined)?.[0], m)) return;
        const used = nullable && p.used.isNullObject ? undefined : excelAddress(p.used.address).range;
        found.set(sheet.id, { markerId, name: sheet.name, used });
        taken.add(markerId);
      };
      // 1. Same id and same name: the usual case, settled in that one round trip.
      for (const id of ids) {
        const sheet = byId(id);
        if (sheet && byName(id) === sheet) take(id, sheet);
      }
      // Ids last a session only (Excel 2016/2019 renumber them on reopen): the
      // rest are looked for 2. by the name they were written under, then
      // 3. by id alone (a sheet the user renamed in this session).
      for (const id of ids) {
        if (taken.has(id)) continue;
        for (const sheet of [byName(id), byId(id)]) {
          // Probed by id already (1.4 and up) with this marker's row: nothing new to ask.
          if (sheet && !(nullable && sheet.id === id)) probe(sheet.id, [id]);
        }
      }
      if (queued) await context.sync();
      for (const id of ids) take(id, byName(id));
      for (const id of ids) take(id, byId(id));

      // The found sheets' values from A1 (rows line up with the spec's even if
      // the used range starts lower), in row blocks under the cap.
      const list = [...found].map(([sheetId, f]) => ({ sheetId, ...f }));
      const fromA1 = (used: CellRange | undefined) => cellRange(0, 0, used?.lastRow ?? 0, used?.lastCol ?? 0);
      const values = await readValues(
        context,
        list.map((f) => ({ sheet: probes.get(f.sheetId)!.ws, range: fromA1(f.used) })),
        this.readCells
      );
      const out: GeneratedSheet[] = [];
      list.forEach((f, i) => {
        const m = markers[f.markerId];
        const v = f.used ? values[i] : [];
        if (!m.signature && !carriesMarker(v, m)) return;
        this.foundAt.set(f.markerId, f.sheetId);
        out.push({ id: f.sheetId, name: f.name, kind: m.kind, key: m.key, fingerprint: m.fingerprint, values: v });
      });
      return out;
    });
  }

  /**
   * One Excel.run for the whole write, its round trips in order (see the top
   * of this file): the names in use, the core, the commit, the decorations.
   * The phases share the run's context: the new sheets' proxies live in it.
   */
  async writeSheets(specs: SheetSpec[], replace: string[]): Promise<WriteResult> {
    const caps = await this.capabilities();
    const settings = this.settings;
    const markers = rekey(readMarkers(settings), this.foundAt);
    // Only sheets found by marker are ever replaced, whatever ids come in.
    const replaceIds = new Set(replace.filter((id) => markers[id]));
    const skipped: SkippedEntry[] = [];

    return this.call(async (context) => {
      const existing = await readSheetList(context); // round trip 1
      const plan = planNames(specs, existing, replaceIds, caps.dataValidation);
      const helperIds = helpersToDelete(markers, replaceIds, existing); // list sheets no sheet will refer to
      const written = await this.writeOrUndo(context, specs, plan, helperIds, skipped); // round trips 2 and 3
      await this.decorate(context, specs, plan, written, caps, skipped); // round trip 4
      await this.saveMarkers(settings, markers, replaceIds, specs, plan, written);
      return { written: plan.finalNames, skipped: orderSkipped(skipped, plan.finalNames) };
    });
  }

  /**
   * Round trips 2 and 3, all or nothing: the core, then the commit. On any
   * failure the workbook is put back first, and the error says whether that worked.
   */
  private async writeOrUndo(
    context: Excel.RequestContext,
    specs: SheetSpec[],
    plan: WritePlan,
    helperIds: string[],
    skipped: SkippedEntry[]
  ): Promise<Written> {
    const created: Excel.Worksheet[] = []; // filled as sheets are queued: the undo needs even a partial list
    try {
      const blocksBySheet = await this.writeCore(context, specs, plan, created, skipped);
      await commitNames(context, plan, created, helperIds);
      return { created, blocksBySheet };
    } catch (e) {
      throw await this.undo(context, e, plan, created);
    }
  }

  /**
   * Round trip 2 (one more per extra block past the byte budget): each sheet
   * under its temporary name with its values, plain number formats, fonts,
   * styles and widths. Calculation is suspended for each of these syncs.
   */
  private async writeCore(
    context: Excel.RequestContext,
    specs: SheetSpec[],
    plan: WritePlan,
    created: Excel.Worksheet[],
    skipped: SkippedEntry[]
  ): Promise<Block[][]> {
    const batch = new Batch(context, this.budget, () => {
      if (this.supports("1.6")) context.application.suspendApiCalculationUntilNextSync();
    });
    const blocksBySheet: Block[][] = [];
    for (let i = 0; i < specs.length; i++) {
      const ws = context.workbook.worksheets.add(plan.tempNames[i]);
      ws.load("id"); // for the markers, and for the undo to find it
      created.push(ws);
      blocksBySheet.push(await this.queueSheet(batch, ws, specs[i], plan.finalNames[i], skipped));
    }
    await batch.flush();
    return blocksBySheet;
  }

  /** Queues one sheet's core, syncing through `batch` whenever the budget is reached; returns its value blocks. */
  private async queueSheet(batch: Batch, ws: Excel.Worksheet, spec: SheetSpec, name: string, skipped: SkippedEntry[]): Promise<Block[]> {
    const whole = ws.getRange().format.font; // the sheet's default font, one call
    whole.name = spec.font.name;
    whole.size = spec.font.size;
    const blocks = valueBlocks(spec, this.budget);
    for (const block of blocks) {
      await batch.reserve(block.bytes);
      const rg = ws.getRange(block.address);
      rg.numberFormat = block.formats; // before values: "@" cells take number-like text as text
      rg.values = block.values;
    }
    await batch.reserve(2000);
    if (!this.writeLayout(ws, spec)) skipped.push({ sheet: name, feature: "layout" });
    for (const rect of styleRects(spec)) {
      await batch.reserve(rect.style ? 1500 : 150); // ~15 property sets, or one
      applyStyle(ws.getRange(rect.address), rect, spec.font.size);
    }
    return blocks;
  }

  /** After a failed round trip 2 or 3: the workbook put back, and the error to show (with whether protection is why). */
  private async undo(context: Excel.RequestContext, e: unknown, plan: WritePlan, created: Excel.Worksheet[]): Promise<HostError> {
    const after = await rollback(context, {
      createdNames: new Set(plan.tempNames),
      createdIds: created,
      replaced: plan.replaced.map((r, i) => ({ ...r, park: plan.parkNames[i] })),
      probeProtection: toHostError(e).code === "refused" ? { workbook: this.supports("1.7"), sheets: this.supports("1.2") } : undefined,
    });
    const err = toHostError(e);
    return new HostError(after.protectedFound ? "protected" : err.code, err.detail, after.undone);
  }

  /**
   * Round trip 4 (one more per failing feature): the optional parts
   * (decorations.ts: Thai digits, frozen panes, filters, conditional formats,
   * drop-downs and their list sheet, charts, page layout). The sheets are in
   * place: a failure here is listed as skipped, never undone.
   */
  private async decorate(
    context: Excel.RequestContext,
    specs: SheetSpec[],
    plan: WritePlan,
    written: Written,
    caps: Capabilities,
    skipped: SkippedEntry[]
  ): Promise<void> {
    const { listSheet, finalNames } = plan;
    const steps: DecorationStep[] = [];
    if (listSheet && listSheet.lists.length > 0) steps.push(listSheetStep(context.workbook.worksheets, listSheet, finalNames[0]));
    const supports = (v: string) => this.supports(v);
    specs.forEach((spec, i) => {
      const sheet = { ws: written.created[i], spec, name: finalNames[i], blocks: written.blocksBySheet[i] };
      steps.push(...sheetSteps({ ...sheet, caps, supports, listSheet, listColumns: listSheet?.columns[i] }, skipped));
    });
    await applyDecorations(context, steps, this.budget, skipped);
  }

  /** No round trip: the markers of the sheets now written (ids loaded at round trip 2), with the others still there. */
  private async saveMarkers(
    settings: SettingsStore,
    markers: Markers,
    replaceIds: Set<string>,
    specs: SheetSpec[],
    plan: WritePlan,
    written: Written
  ): Promise<void> {
    const helperId = loadedId(plan.listSheet?.sheet);
    const next: Markers = {};
    for (const [id, m] of Object.entries(markers)) if (!replaceIds.has(id) && stillThere(m, id, plan.existing)) next[id] = m;
    written.created.forEach((ws, i) => {
      const spec = specs[i];
      next[ws.id] = {
        kind: spec.kind,
        key: spec.key,
        fingerprint: this.fingerprint(spec),
        name: plan.finalNames[i],
        signature: { row: spec.headerRow, text: rowSignature(spec.rows[spec.headerRow]?.map((c) => c.value)) },
        ...(helperId && plan.listSheet ? { lists: helperId, listsName: plan.listSheet.name } : {}),
      };
    });
    this.foundAt.clear();
    writeMarkers(settings, next);
    try {
      await settings.save();
    } catch {
      // The sheets are written; the markers stay in memory for this session
      // and are saved with the next successful save.
    }
  }

  /** Widths, heights and merged titles (1.2); false when this Excel lacks them (the sheet is still correct, only plainer). */
  private writeLayout(ws: Excel.Worksheet, spec: SheetSpec): boolean {
    if (!this.supports("1.2")) return false;
    spec.columns.forEach((c, i) => {
      ws.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = widthToPoints(c.width);
    });
    for (const [row, height] of Object.entries(spec.rowHeights ?? {})) {
      ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = height;
    }
    for (const m of spec.merges) ws.getRange(m).merge(false);
    return true;
  }

  async writeSample(name: string, cells: (string | number)[][]): Promise<void> {
    await this.call(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const ws = sheets.add(claimName(name, taken));
      const width = Math.max(1, widestRow(cells));
      const rows = cells.length > 0 ? cells : [[]];
      const cellsIn = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
      const input = (v: string | number) => (typeof v === "string" ? textInput(v) : { value: v, format: "General" });
      const rg = ws.getRange(formatRange(cellRange(0, 0, rows.length - 1, width - 1)));
      rg.numberFormat = cellsIn.map((r) => r.map((v) => input(v).format));
      rg.values = cellsIn.map((r) => r.map((v) => input(v).value));
      if (this.supports("1.2")) rg.format.autofitColumns();
      ws.activate();
      rg.select();
      await context.sync();
    });
  }

  /** The compatibility self-test on a scratch sheet (excel/self-test.ts). */
  selfTest(): Promise<SelfTestReport> {
    return runSelfTest({
      run: this.run,
      supports: (v) => this.supports(v),
      requirements: this.requirements,
      diagnostics: () => (typeof Office !== "undefined" ? Office.context.diagnostics : undefined),
    });
  }

  /** One round trip: getItem is bound at the sync, where a missing sheet fails as ItemNotFound ("not-found"). */
  async activate(sheet: string): Promise<void> {
    await this.call(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      await context.sync();
    });
  }

  async loadSetting(key: string): Promise<string | null> {
    const v = this.settings.get(key);
    return typeof v === "string" ? v : null;
  }

  async saveSetting(key: string, value: string): Promise<void> {
    const s = this.settings;
    s.set(key, value);
    try {
      await s.save();
    } catch (e) {
      throw toHostError(e);
    }
  }
}

const NAME_PROPS = "items/name,items/type,items/value,items/visible";

/** A sheet as round trip 1 found it. */
interface ExistingSheet {
  id: string;
  name: string;
  hidden: boolean;
}

/** What round trip 1 settles: the sheets there, and every name this write uses. */
interface WritePlan {
  existing: ExistingSheet[];
  /** Our sheets this write replaces (found by marker). */
  replaced: ExistingSheet[];
  /** Per spec: the name it ends with, and the one it is written under until the commit. */
  finalNames: string[];
  tempNames: string[];
  /** Per replaced sheet: where it is parked until the new sheets have their names. */
  parkNames: string[];
  listSheet?: ListSheet & { columns: number[][] };
}

/** What round trip 2 made: the new sheets and each one's value blocks (the decorations reuse them). */
interface Written {
  created: Excel.Worksheet[];
  blocksBySheet: Block[][];
}

/** Round trip 1: the sheets in use, so no name this write takes is taken. */
async function readSheetList(context: Excel.RequestContext): Promise<ExistingSheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name,items/visibility");
  await context.sync();
  return sheets.items.map((s) => ({ id: s.id, name: s.name, hidden: s.visibility !== "Visible" }));
}

/**
 * The names of this write, no round trip: a user's own sheet keeps its name
 * and ours get " (2)"; temporary and parking names are taken by no one.
 */
function planNames(specs: SheetSpec[], existing: ExistingSheet[], replaceIds: Set<string>, lists: boolean): WritePlan {
  const replaced = existing.filter((s) => replaceIds.has(s.id));
  const allNames = new Set(existing.map((s) => s.name.toLowerCase()));
  const afterCommit = new Set(existing.filter((s) => !replaceIds.has(s.id)).map((s) => s.name.toLowerCase()));
  const finalNames = specs.map((s) => claimName(s.name, afterCommit));
  const stamp = Math.random().toString(36).slice(2, 8);
  const reserved = new Set([...allNames, ...afterCommit]);
  const tempNames = specs.map((_, i) => claimName(`~ita-${stamp}-${i + 1}`, reserved));
  const parkNames = replaced.map((_, i) => claimName(`~ita-old-${stamp}-${i + 1}`, reserved));
  for (const n of finalNames) reserved.add(n.toLowerCase());
  return { existing, replaced, finalNames, tempNames, parkNames, listSheet: lists ? planLists(specs, reserved) : undefined };
}

/**
 * Round trip 3, the commit: park the replaced sheets, give the new ones their
 * names, and only then delete (replaced sheets, helpers no longer needed);
 * a failure before the deletes is undone by the caller.
 */
async function commitNames(context: Excel.RequestContext, plan: WritePlan, created: Excel.Worksheet[], helperIds: string[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  const replacedSheets = plan.replaced.map((r) => sheets.getItem(r.id));
  replacedSheets.forEach((s, i) => (s.name = plan.parkNames[i]));
  created.forEach((s, i) => (s.name = plan.finalNames[i]));
  if (created.length > 0) created[0].activate();
  replacedSheets.forEach((s) => s.delete());
  helperIds.forEach((id) => sheets.getItem(id).delete());
  await context.sync();
}

/** An address this adapter or Excel wrote ("'it''s'!$A$1:$B$2"): always A1, so anything else is a bug. */
function excelAddress(address: string): { sheet: string; range: CellRange } {
  const a = parseA1(address);
  if (!a) throw new Error(`not an A1 range: ${address}`);
  return a;
}

/** Bytes → base64 (Excel.createWorkbook takes the file so), in chunks: no call with a million arguments. */
function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The visible names that refer to a range, as sources (`sheet` for a sheet's own names). */
function rangeNames(items: Excel.NamedItem[], sheet?: string): SourceInfo[] {
  return items
    .filter((n) => n.type === "Range" && n.visible !== false)
    .map((n) => ({ kind: "name", name: n.name, ...(sheet !== undefined ? { sheet } : {}), address: String(n.value).replace(/^=/, "") }));
}

/** Collects queued work and syncs when the estimated request size passes the budget. */
class Batch {
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
    private readonly onStart: () => void
  ) {
    onStart();
  }
  async reserve(n: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + n > this.budget) {
      await this.context.sync();
      this.bytes = 0;
      this.onStart(); // calculation suspension lasts one sync only
    }
    this.bytes += n;
  }
  async flush(): Promise<void> {
    await this.context.sync();
    this.bytes = 0;
  }
}

type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function applyStyle(rg: Excel.Range, rect: StyleRect, baseSize: number): void {
  const st = rect.style ? STYLES[rect.style] : undefined;
  const f = rg.format;
  if (st) {
    if (st.font.size !== 0) f.font.size = baseSize + st.font.size;
    f.font.bold = !!st.font.bold;
    f.font.italic = !!st.font.italic;
    if (st.font.color) f.font.color = st.font.color;
    if (st.fill) f.fill.color = st.fill;
    if (st.horizontalAlignment) f.horizontalAlignment = st.horizontalAlignment;
    if (st.verticalAlignment) f.verticalAlignment = st.verticalAlignment;
    if (st.wrapText) f.wrapText = true;
    if (st.borders === "grid") {
      const r = excelAddress(rect.address).range;
      const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
      if (r.lastRow > r.firstRow) edges.push("InsideHorizontal");
      if (r.lastCol > r.firstCol) edges.push("InsideVertical");
      for (const e of edges) {
        const border = f.borders.getItem(e);
        border.style = "Continuous";
        border.weight = "Thin";
        border.color = BORDER_COLOR;
      }
    }
  }
  if (rect.color) f.font.color = rect.color;
  if (rect.align) f.horizontalAlignment = rect.align === "left" ? "Left" : rect.align === "center" ? "Center" : "Right";
}

/** Markers moved to the sheets findGenerated verified for them, when their ids changed. */
function rekey(markers: Markers, foundAt: Map<string, string>): Markers {
  const out: Markers = {};
  // Built afresh: ids may have moved round in a cycle (a → b, b → c).
  for (const [id, m] of Object.entries(markers)) if (!foundAt.has(id)) out[id] = m;
  for (const [markerId, sheetId] of foundAt) if (markers[markerId]) out[sheetId] = markers[markerId];
  return out;
}

/** A marked sheet that may still exist: its id is there, or (ids renumbered on reopen) its name. */
function stillThere(m: Marker, id: string, existing: { id: string; name: string }[]): boolean {
  const name = m.name?.toLowerCase();
  return existing.some((s) => s.id === id || (name !== undefined && s.name.toLowerCase() === name));
}

/**
 * Helper sheets no surviving generated sheet refers to any more. A helper is
 * deleted only when the sheet is still the one written: by its id under its
 * name, else (ids changed on reopen) a hidden sheet of that name.
 */
function helpersToDelete(markers: Markers, replaced: Set<string>, existing: { id: string; name: string; hidden: boolean }[]): string[] {
  const resolve = (m: Marker): string | undefined => {
    const name = (m.listsName ?? "").toLowerCase();
    if (!m.lists || !name) return undefined; // a marker without the name: never trust its id alone
    const byId = existing.find((s) => s.id === m.lists && s.name.toLowerCase() === name);
    return (byId ?? existing.find((s) => s.hidden && s.name.toLowerCase() === name))?.id;
  };
  const keep = new Set<string>();
  const drop = new Set<string>();
  for (const [id, m] of Object.entries(markers)) {
    const helper = resolve(m);
    if (!helper) continue;
    if (replaced.has(id) || !stillThere(m, id, existing)) drop.add(helper);
    else keep.add(helper);
  }
  return [...drop].filter((id) => !keep.has(id));
}

/**
 * Puts the workbook back: delete what this write created, un-park replaced
 * sheets. For a refusal (InvalidOperation, AccessDenied: not proof of
 * protection by themselves) it also asks, in the same round trip, whether the
 * workbook structure (1.7) or a replaced sheet (1.2) is protected.
 */
async function rollback(
  context: Excel.RequestContext,
  what: {
    createdNames: Set<string>;
    createdIds: Excel.Worksheet[];
    replaced: { id: string; name: string; park: string }[];
    probeProtection?: { workbook: boolean; sheets: boolean };
  }
): Promise<{ undone: boolean; protectedFound: boolean }> {
  let protectedFound = false;
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    const probe = what.probeProtection;
    const book = probe?.workbook ? context.workbook.protection.load("protected") : undefined;
    const own = probe?.sheets ? what.replaced.map((r) => sheets.getItem(r.id).protection.load("protected")) : [];
    await context.sync();
    protectedFound = !!book?.protected || own.some((p) => p.protected);
    const ids = new Set<string>();
    for (const ws of what.createdIds) {
      try {
        ids.add(ws.id); // loaded only if the write request went through
      } catch {
        /* not loaded: found by its temporary name instead */
      }
    }
    for (const s of sheets.items) if (ids.has(s.id) || what.createdNames.has(s.name)) s.delete();
    for (const r of what.replaced) {
      const s = sheets.items.find((x) => x.id === r.id);
      if (s && s.name !== r.name) s.name = r.name;
    }
    await context.sync();
    return { undone: true, protectedFound };
  } catch {
    // Best effort: the original error is what the user needs to see, with word that some sheets may remain.
    return { undone: false, protectedFound };
  }
}

/** Columns of the hidden list sheet: one per drop-down list of every spec (null when no spec has one). */
function planLists(specs: SheetSpec[], reserved: Set<string>): (ListSheet & { columns: number[][] }) | undefined {
  const lists: (string | number)[][] = [];
  const columns = specs.map((spec) => spec.validation.map((v) => lists.push(v.items) - 1));
  if (lists.length === 0) return undefined;
  return { name: claimName("ITA_lists", reserved), lists, columns };
}

/** A worksheet's id if the request that added it went through. */
function loadedId(ws: Excel.Worksheet | undefined): string | undefined {
  try {
    return ws?.id;
  } catch {
    return undefined;
  }
}

/** Skipped entries sheet by sheet (as written), each sheet's in feature order. */
function orderSkipped(skipped: SkippedEntry[], sheets: string[]): SkippedEntry[] {
  const order: string[] = ["layout", ...FEATURE_ORDER];
  const rank = (e: SkippedEntry) => sheets.indexOf(e.sheet) * 100 + order.indexOf(e.feature);
  return [...skipped].sort((a, b) => rank(a) - rank(b));
}
