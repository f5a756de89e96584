// WorkbookHost on Office.js: the only code that calls Excel APIs. It renders
// SheetSpecs and decides nothing about content.
//
// Requests: writeSheets uses 3 `context.sync()` calls for any normal output
// (1 read sheet names, 1 write everything, 1 commit), one more per extra block
// when the cell data passes the byte budget (Excel on the web caps a request at
// 5 MB). Features a host lacks are skipped and reported, never a failure.
import type { SheetSpec } from "../report/spec";
import type {
  Capabilities,
  GeneratedSheet,
  SourceCells,
  SourceChoice,
  SkippedFeature,
  SourceInfo,
  WorkbookHost,
  WriteResult,
} from "../report/host";
import { HostError } from "../report/host";
import { REFERENCE_LINE_COLOR } from "../report/styles";
import { specFingerprint } from "../report/fingerprint";
import { colName, parseAddress, rangeName, sheetRef } from "./a1";
import { toHostError } from "./errors";
import { carriesMarker, officeSettings, readMarkers, rowSignature, writeMarkers, type Marker, type Markers, type SettingsStore } from "./markers";
import { TEXT_FORMAT, styleRects, valueBlocks, type StyleRect } from "./sheet-plan";
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
}

type HelperRange = (items: (string | number)[]) => { range: Excel.Range; source: string };

const DEFAULT_BUDGET = 2_500_000;
/** Sheet name rules: ≤ 31 characters, none of : \ / ? * [ ]. */
const MAX_NAME = 31;

export class OfficeHost implements WorkbookHost {
  private readonly run: RunFn;
  private readonly requirements: (set: string, version: string) => boolean;
  private readonly settingsStore?: SettingsStore;
  private readonly fingerprint: (spec: SheetSpec) => string;
  private readonly budget: number;
  /** Marker id → the sheet the last findGenerated verified for it (ids can change between sessions). */
  private readonly foundAt = new Map<string, string>();

  constructor(options: OfficeHostOptions = {}) {
    this.run = options.run ?? (<T>(batch: (c: Excel.RequestContext) => Promise<T>) => Excel.run(batch));
    this.requirements =
      options.requirements ?? ((set, version) => Office.context.requirements.isSetSupported(set, Number(version)));
    this.settingsStore = options.settings;
    this.fingerprint = options.fingerprint ?? specFingerprint;
    this.budget = options.byteBudget ?? DEFAULT_BUDGET;
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
    };
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
      // only their part of the used range, in the same round trip. Nothing there
      // comes back as a null object (1.4), or below 1.4 as Range.getUsedRange's
      // ItemNotFound (1.1; its valuesOnly argument is 1.2).
      const nullable = this.supports("1.4");
      const range = nullable
        ? picked.getIntersectionOrNullObject(picked.worksheet.getUsedRange(true))
        : this.supports("1.2")
          ? picked.getUsedRange(true)
          : picked.getUsedRange();
      range.load("values,address"); // one round trip for both
      const nothing = () => new HostError(choice.kind === "selection" ? "no-selection" : "not-found");
      try {
        await context.sync();
      } catch (e) {
        // Only getUsedRange can fail this way for a selection; a missing table or name is not-found either way.
        if (!nullable && toHostError(e).code === "not-found") throw nothing();
        throw e;
      }
      if (nullable && range.isNullObject) throw nothing();
      const { sheet, range: address, bounds } = parseAddress(range.address);
      const cells = range.values as unknown[][];
      if (choice.kind === "selection" && bounds.rowCount * bounds.colCount === 1 && cells[0]?.[0] === "") {
        throw new HostError("no-selection");
      }
      return { cells, sheet, address, origin: { row: bounds.row, col: bounds.col } };
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
      const perSheet = scoped ? sheets.items.map((ws) => ({ sheet: ws.name, names: ws.names.load(NAME_PROPS) })) : [];
      if (ranges.length > 0 || perSheet.length > 0) await context.sync();
      const tableInfo: SourceInfo[] = tables.items.map((t, i) => ({ kind: "table", name: t.name, address: ranges[i].address }));
      // concat, not push(...): a spread of an unbounded list overflows the stack.
      return tableInfo.concat(rangeNames(names.items), perSheet.flatMap((p) => rangeNames(p.names.items, p.sheet)));
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
      // Used ranges by sheet id, each queued once.
      const used = new Map<string, Excel.Range>();
      const queue = (id: string, orNull = false) => {
        if (used.has(id)) return;
        const ws = orNull ? sheets.getItemOrNullObject(id) : sheets.getItem(id);
        used.set(id, (nullable ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange()).load("values"));
      };
      // Usual case, one round trip: each marked sheet probed by id with its values
      // (a deleted sheet comes back as a null object). Below 1.4, listed first.
      if (nullable) for (const id of ids) queue(id, true);
      await context.sync();

      const live = sheets.items.map((s) => ({ id: s.id, name: s.name }));
      const byId = (id: string) => live.find((s) => s.id === id);
      const byName = (id: string) => live.find((s) => s.name.toLowerCase() === markers[id].name?.toLowerCase());
      const found = new Map<string, { markerId: string; name: string; values: unknown[][] }>(); // by current sheet id
      const taken = new Set<string>(); // marker ids settled
      const take = (markerId: string, sheet: { id: string; name: string } | undefined) => {
        const range = sheet && used.get(sheet.id);
        if (!sheet || !range || found.has(sheet.id) || taken.has(markerId)) return;
        const values = nullable && range.isNullObject ? [] : (range.values as unknown[][]);
        if (!carriesMarker(values, markers[markerId])) return;
        found.set(sheet.id, { markerId, name: sheet.name, values });
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
      const probed = used.size;
      for (const id of ids) {
        if (taken.has(id)) continue;
        for (const sheet of [byName(id), nullable ? undefined : byId(id)]) if (sheet) queue(sheet.id);
      }
      if (used.size > probed) await context.sync();
      for (const id of ids) take(id, byName(id));
      for (const id of ids) take(id, byId(id));

      return [...found].map(([sheetId, f]) => {
        this.foundAt.set(f.markerId, sheetId);
        const m = markers[f.markerId];
        return { id: sheetId, name: f.name, kind: m.kind, key: m.key, fingerprint: m.fingerprint, values: f.values };
      });
    });
  }

  async writeSheets(specs: SheetSpec[], replace: string[]): Promise<WriteResult> {
    const caps = await this.capabilities();
    const settings = this.settings;
    const markers = rekey(readMarkers(settings), this.foundAt);
    // Only sheets found by marker are ever replaced, whatever ids come in.
    const replaceIds = new Set(replace.filter((id) => markers[id]));
    const skipped: WriteResult["skipped"] = [];

    return this.call(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name,items/visibility");
      await context.sync(); // sync 1: names in use

      const existing = sheets.items.map((s) => ({ id: s.id, name: s.name, hidden: s.visibility !== "Visible" }));
      const replaced = existing.filter((s) => replaceIds.has(s.id));
      const allNames = new Set(existing.map((s) => s.name.toLowerCase()));
      // Final names: a user's own sheet keeps its name; ours get " (2)".
      const afterCommit = new Set(existing.filter((s) => !replaceIds.has(s.id)).map((s) => s.name.toLowerCase()));
      const finalNames = specs.map((s) => claimName(s.name, afterCommit));
      const stamp = Math.random().toString(36).slice(2, 8);
      const reserved = new Set([...allNames, ...afterCommit]);
      const tempNames = specs.map((_, i) => claimName(`~ita-${stamp}-${i + 1}`, reserved));
      const parkNames = replaced.map((_, i) => claimName(`~ita-old-${stamp}-${i + 1}`, reserved));
      const helperNeeded = caps.dataValidation && specs.some((s) => s.validation.length > 0);
      const helperName = helperNeeded ? claimName("ITA_lists", reserved) : null;
      for (const n of finalNames) reserved.add(n.toLowerCase());

      const created: Excel.Worksheet[] = [];
      let helper: Excel.Worksheet | null = null;
      try {
        const batch = new Batch(context, this.budget, () => {
          if (this.supports("1.6")) context.application.suspendApiCalculationUntilNextSync();
        });
        let helperCol = 0;
        if (helperName) {
          helper = sheets.add(helperName);
          helper.load("id");
        }
        /** Writes items down one helper column: the range and an absolute reference to it. */
        const helperRange: HelperRange = (items) => {
          if (!helper || !helperName) throw new Error("no helper sheet");
          const col = colName(helperCol++);
          const n = Math.max(1, items.length);
          const range = helper.getRange(`${col}1:${col}${n}`);
          range.numberFormat = items.length ? items.map((v) => [typeof v === "string" ? TEXT_FORMAT : "General"]) : [[TEXT_FORMAT]];
          range.values = items.length ? items.map((v) => [v]) : [[""]];
          return { range, source: `=${sheetRef(helperName)}!$${col}$1:$${col}$${n}` };
        };

        for (let i = 0; i < specs.length; i++) {
          const spec = specs[i];
          const ws = sheets.add(tempNames[i]);
          ws.load("id");
          created.push(ws);
          const whole = ws.getRange().format.font; // the sheet's default font, one call
          whole.name = spec.font.name;
          whole.size = spec.font.size;
          for (const block of valueBlocks(spec, this.budget)) {
            await batch.reserve(block.bytes);
            const rg = ws.getRange(block.address);
            rg.numberFormat = block.formats; // before values: "@" cells take text as text
            rg.values = block.values;
          }
          await batch.reserve(2000);
          for (const feature of this.writeLayout(ws, spec)) skipped.push({ sheet: finalNames[i], feature });
          for (const rect of styleRects(spec)) {
            await batch.reserve(rect.style ? 1500 : 150); // ~15 property sets, or one
            applyStyle(ws.getRange(rect.address), rect, spec.font.size);
          }

          if (spec.conditional.length > 0) {
            if (!caps.conditionalFormats) skipped.push({ sheet: finalNames[i], feature: "conditionalFormats" });
            else
              for (const rule of spec.conditional) {
                const cf = ws.getRange(rule.range).conditionalFormats.add("CellValue");
                if (rule.fontColor) cf.cellValue.format.font.color = rule.fontColor;
                if (rule.fill) cf.cellValue.format.fill.color = rule.fill;
                cf.cellValue.rule = {
                  formula1: `=${rule.value}`,
                  ...(rule.value2 !== undefined ? { formula2: `=${rule.value2}` } : {}),
                  operator: OPERATORS[rule.operator],
                };
              }
          }
          if (spec.validation.length > 0) {
            if (!caps.dataValidation) skipped.push({ sheet: finalNames[i], feature: "dataValidation" });
            else
              for (const v of spec.validation) {
                // Items live in a hidden range: an inline list splits on commas
                // in every locale, and owner names may contain commas.
                const dv = ws.getRange(v.range).dataValidation;
                dv.rule = { list: { inCellDropDown: true, source: helperRange(v.items).source } };
                if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt.slice(0, 255) };
              }
          }
          if (spec.chart) {
            if (!caps.charts) skipped.push({ sheet: finalNames[i], feature: "charts" });
            else this.writeChart(ws, spec);
          }
          if (spec.autoFilter) {
            if (!caps.autoFilter) skipped.push({ sheet: finalNames[i], feature: "autoFilter" });
            else ws.autoFilter.apply(ws.getRange(spec.autoFilter));
          }
          if (!caps.pageLayout) skipped.push({ sheet: finalNames[i], feature: "pageLayout" });
          else this.writePrint(ws, spec);
        }
        await batch.flush(); // sync 2 (one more per extra block)

        // Commit: park the replaced sheets, give the new ones their names,
        // and only then delete; a failure before the deletes is undone below.
        const replacedSheets = replaced.map((r) => sheets.getItem(r.id));
        replacedSheets.forEach((s, i) => (s.name = parkNames[i]));
        created.forEach((s, i) => (s.name = finalNames[i]));
        if (helper) helper.visibility = "Hidden";
        if (created.length > 0) created[0].activate();
        replacedSheets.forEach((s) => s.delete());
        const orphanHelpers = helpersToDelete(markers, replaceIds, existing);
        orphanHelpers.forEach((id) => sheets.getItem(id).delete());
        await context.sync(); // sync 3

        const next: Markers = {};
        for (const [id, m] of Object.entries(markers)) if (!replaceIds.has(id) && stillThere(m, id, existing)) next[id] = m;
        const helperId = helper ? helper.id : undefined;
        created.forEach((ws, i) => {
          const spec = specs[i];
          next[ws.id] = {
            kind: spec.kind,
            key: spec.key,
            fingerprint: this.fingerprint(spec),
            name: finalNames[i],
            signature: { row: spec.headerRow, text: rowSignature(spec.rows[spec.headerRow]?.map((c) => c.value)) },
            ...(helperId && helperName ? { lists: helperId, listsName: helperName } : {}),
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
        return { written: finalNames, skipped };
      } catch (e) {
        await rollback(context, {
          createdNames: new Set([...tempNames, ...(helperName ? [helperName] : [])]),
          createdIds: [...created, ...(helper ? [helper] : [])],
          replaced: replaced.map((r, i) => ({ ...r, park: parkNames[i] })),
        });
        throw e;
      }
    });
  }

  /** Widths, heights, merges, frozen header, gridlines; returns what this Excel lacks (the sheet is still correct, only plainer). */
  private writeLayout(ws: Excel.Worksheet, spec: SheetSpec): SkippedFeature[] {
    const skipped: SkippedFeature[] = [];
    if (this.supports("1.2")) {
      spec.columns.forEach((c, i) => {
        ws.getRange(`${colName(i)}:${colName(i)}`).format.columnWidth = widthToPoints(c.width);
      });
      for (const [row, height] of Object.entries(spec.rowHeights ?? {})) {
        ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = height;
      }
      for (const m of spec.merges) ws.getRange(m).merge(false);
    } else skipped.push("layout");
    if (spec.freezeRows > 0) {
      if (this.supports("1.7")) ws.freezePanes.freezeRows(spec.freezeRows);
      else skipped.push("freezePanes");
    }
    if (this.supports("1.8")) ws.showGridlines = false;
    else skipped.push("gridlines");
    return skipped;
  }

  private writeChart(ws: Excel.Worksheet, spec: SheetSpec): void {
    const c = spec.chart;
    if (!c || c.series.length === 0) return;
    // Vertical columns for both kinds: the pass mark is a horizontal line,
    // which Excel can only combine with column (not horizontal bar) charts.
    const chart = ws.charts.add("ColumnClustered", ws.getRange(c.series[0].values), "Columns");
    chart.title.text = c.title;
    chart.legend.position = "Bottom";
    const first = chart.series.getItemAt(0);
    first.name = c.series[0].name;
    const categories = ws.getRange(c.categories);
    first.setXAxisValues(categories);
    for (const s of c.series.slice(1)) chart.series.add(s.name).setValues(ws.getRange(s.values));
    if (c.referenceLine) {
      // The pass mark repeated once per category (a spec range) drawn as a line.
      const line = chart.series.add(c.referenceLine.name);
      line.setValues(ws.getRange(c.referenceLine.values));
      line.chartType = "Line";
      line.format.line.color = REFERENCE_LINE_COLOR;
    }
    chart.setPosition(c.anchor.from, c.anchor.to);
  }

  private writePrint(ws: Excel.Worksheet, spec: SheetSpec): void {
    const p = spec.print;
    const pl = ws.pageLayout;
    pl.paperSize = "A4";
    pl.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    // Assigned whole: setting one member of zoom is ignored.
    pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: p.onePage ? 1 : 0 };
    if (p.repeatRows) pl.setPrintTitleRows(p.repeatRows);
    pl.setPrintArea(p.area);
    pl.printGridlines = false;
    // Spec margins are inches; Office.js takes points.
    const pt = (inches: number) => Math.round(inches * 7200) / 100;
    pl.topMargin = pt(p.margins.top);
    pl.bottomMargin = pt(p.margins.bottom);
    pl.leftMargin = pt(p.margins.left);
    pl.rightMargin = pt(p.margins.right);
    pl.headerMargin = pt(p.margins.header);
    pl.footerMargin = pt(p.margins.footer);
    // Header/footer strings are Excel header codes (&P, &N, fonts), as for ExcelJS.
    const hf = pl.headersFooters.defaultForAllPages;
    hf.leftHeader = p.header.left ?? "";
    hf.centerHeader = p.header.center ?? "";
    hf.rightHeader = p.header.right ?? "";
    hf.leftFooter = p.footer.left ?? "";
    hf.centerFooter = p.footer.center ?? "";
    hf.rightFooter = p.footer.right ?? "";
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
      const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
      const rg = ws.getRange(rangeName(0, 0, rows.length - 1, width - 1));
      rg.numberFormat = values.map((r) => r.map((v) => (typeof v === "string" ? TEXT_FORMAT : "General")));
      rg.values = values;
      if (this.supports("1.2")) rg.format.autofitColumns();
      ws.activate();
      rg.select();
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

/** The visible names that refer to a range, as sources (`sheet` for a sheet's own names). */
function rangeNames(items: Excel.NamedItem[], sheet?: string): SourceInfo[] {
  return items
    .filter((n) => n.type === "Range" && n.visible !== false)
    .map((n) => ({ kind: "name", name: n.name, ...(sheet !== undefined ? { sheet } : {}), address: String(n.value).replace(/^=/, "") }));
}

const OPERATORS = {
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  greaterThan: "GreaterThan",
  equal: "EqualTo",
  between: "Between",
} as const;

/** Collects queued work and syncs when the estimated request size passes the budget. */
class Batch {
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
    private readonly onStart: () => void,
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
      const b = parseAddress(rect.address).bounds;
      const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
      if (b.rowCount > 1) edges.push("InsideHorizontal");
      if (b.colCount > 1) edges.push("InsideVertical");
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

/** Takes `name` (or "name (2)", "name (3)" …) not yet in `taken`, and records it. */
function claimName(name: string, taken: Set<string>): string {
  const clean = name.replace(/[:\\/?*[\]]/g, "-").trim().slice(0, MAX_NAME) || "Sheet";
  let candidate = clean;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = clean.slice(0, MAX_NAME - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
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

/** Puts the workbook back: delete what this write created, un-park replaced sheets. */
async function rollback(
  context: Excel.RequestContext,
  what: { createdNames: Set<string>; createdIds: Excel.Worksheet[]; replaced: { id: string; name: string; park: string }[] },
): Promise<void> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    await context.sync();
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
  } catch {
    // Best effort: the original error is what the user needs to see.
  }
}
