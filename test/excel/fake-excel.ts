// A small in-memory Excel: exactly the Office.js subset OfficeHost uses, typed
// against @types/office-js (each class `implements Shape<Excel.X, names>`, so
// a member Office does not have fails to compile). Like Office it:
//  - queues every write and applies it only at `context.sync()`;
//  - throws when a property is read before it was loaded and synced;
//  - binds getItem/add/getSelectedRange at their place in the batch;
//  - rejects APIs above the simulated ExcelApi version ("ApiNotFound");
//  - parses a written string as Microsoft documents (see writeValue): "=", "+",
//    "-" (and "@") start a formula whatever the number format; a leading
//    apostrophe makes the rest text; number-like text is a number unless the
//    cell is text-formatted ("@");
//  - refuses a request or a response over 5 MB (Excel on the web).
// It counts syncs and can fail the Nth sync, or every operation at a chosen
// place (failAt("PageLayout.zoom")), as a real batch fails: the commands
// queued before the failing one are executed, those after it are not
// ("All other commands after the failed command in the batch are not
// executed": OfficeExtension.Error reference, "Trace message instrumentation",
// https://learn.microsoft.com/javascript/api/office/officeextension.error).
// The error carries debugInfo.errorLocation ("the object type and property or
// method name": OfficeExtension.DebugInfo reference) as the fake names it.
//
// Sources. Every Excel behaviour encoded here has its source beside it, or
// says "Not documented (searched: …)" with what being wrong would cost. Short
// names used below:
//  - typings: @types/office-js (node_modules/@types/office-js/index.d.ts),
//    whose comments are Microsoft's Excel JavaScript API reference text; every
//    ctx.need("1.x") below matches the "[Api set: ExcelApi 1.x]" remark there
//    (checked member by member);
//  - api-model: "Application-specific API model", office-js-docs-pr
//    docs/develop/application-specific-api-model.md
//    (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model);
//  - error-codes: "Error handling with the application-specific JavaScript
//    APIs", office-js-docs-pr docs/testing/application-specific-api-error-handling.md;
//  - limits: "Resource limits and performance optimization", office-js-docs-pr
//    docs/concepts/resource-limits-and-performance-optimization.md, and
//    docs/excel/performance.md ("Payload size limit best practices").
// The README's table "What the fake Excel encodes" lists them in one place.

/** Member types loosened to names and argument lists (return types are the fake's own). */
type Loose<T> = T extends (...args: infer A) => unknown ? (...args: A) => unknown : T extends object ? unknown : T;
export type Shape<T, K extends keyof T> = { [P in K]: Loose<T[P]> };

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string = code,
    errorLocation?: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** A place where operations fail: every operation queued there (or those `when` picks) fails with `code`. */
export interface InjectedFailure {
  /** errorLocation of the operation, e.g. "PageLayout.zoom", "Range.numberFormat". */
  at: string;
  code?: string;
  /** Fails only the operations whose argument this accepts (e.g. Thai-digit number formats). */
  when?: (arg: unknown) => boolean;
  /** How many times it fails (default: every time, as A4 on a PC without a printer). */
  times?: number;
}

// ---------- state ----------

export interface CellFormat {
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

export interface Cell {
  value: string | number | boolean;
  /** Set when the written text was taken as a formula. */
  formula?: string;
  /** Set when the text was written with a leading apostrophe (Excel's quote prefix). */
  quotePrefix?: boolean;
  numberFormat: string;
  format: CellFormat;
}

export interface ChartState {
  type: string;
  title?: string;
  legend?: string;
  series: { name?: string; values?: string; xValues?: string; chartType?: string; lineColor?: string }[];
  position?: { from: string; to?: string };
}

export interface PageLayoutState {
  paperSize?: string;
  orientation?: string;
  zoom?: unknown;
  printTitleRows?: string;
  printArea?: string;
  printGridlines?: boolean;
  margins: Record<string, number>;
  headersFooters: Record<string, string>;
  /** Manual horizontal page breaks: the A1 cell each was added before, in order. */
  pageBreaks?: string[];
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, Cell>;
  defaultFont: { name?: string; size?: number };
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  merges: string[];
  borders: { address: string; edge: string; style?: string; weight?: string; color?: string }[];
  conditionalFormats: {
    address: string;
    type: string;
    rule?: { formula1: string; formula2?: string; operator: string };
    fontColor?: string;
    fill?: string;
  }[];
  validations: { address: string; rule?: unknown; prompt?: unknown }[];
  charts: ChartState[];
  pageLayout: PageLayoutState;
  frozenRows: number;
  showGridlines: boolean;
  autoFilter?: string;
  /** Worksheet protection (ExcelApi 1.2): changing its cells or deleting it fails. */
  protected: boolean;
}

interface WorkbookState {
  sheets: SheetState[];
  tables: { name: string; sheetId: string; address: string }[];
  /** `sheetId` set: scoped to that worksheet (worksheet.names), else to the workbook. */
  names: { name: string; type: string; value: string; visible: boolean; sheetId?: string }[];
  selection: { sheetId: string; address: string };
  activeSheetId: string;
  calcSuspensions: number;
  /** Workbook structure protection (ExcelApi 1.7): adding, renaming or deleting sheets fails. */
  structureProtected: boolean;
}

// ---------- addresses (kept apart from src/engine/a1.ts so a bug there is not mirrored) ----------

const MAX_ROW = 1048575;
const MAX_COL = 16383;

export interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colOf(s: string): number {
  return [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** "B2", "B2:C5", "A:C", "4:4", or undefined for the whole sheet. */
export function parseBox(address?: string): Box {
  if (address === undefined) return { r1: 0, c1: 0, r2: MAX_ROW, c2: MAX_COL };
  const a = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [p, q = p] = a.replace(/\$/g, "").toUpperCase().split(":");
  const one = (s: string) => {
    let m = /^([A-Z]+)(\d+)$/.exec(s);
    if (m) return { r: Number(m[2]) - 1, c: colOf(m[1]), kind: "cell" };
    m = /^([A-Z]+)$/.exec(s);
    if (m) return { r: -1, c: colOf(m[1]), kind: "col" };
    m = /^(\d+)$/.exec(s);
    if (m) return { r: Number(m[1]) - 1, c: -1, kind: "row" };
    throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
  };
  const x = one(p);
  const y = one(q);
  if (x.kind === "col") return { r1: 0, c1: x.c, r2: MAX_ROW, c2: y.c };
  if (x.kind === "row") return { r1: x.r, c1: 0, r2: y.r, c2: MAX_COL };
  return { r1: Math.min(x.r, y.r), c1: Math.min(x.c, y.c), r2: Math.max(x.r, y.r), c2: Math.max(x.c, y.c) };
}

export function boxName(b: Box): string {
  const a = `${letters(b.c1)}${b.r1 + 1}`;
  return b.r1 === b.r2 && b.c1 === b.c2 ? a : `${a}:${letters(b.c2)}${b.r2 + 1}`;
}

/** "B5:C6" → "$B$5:$C$6", as Excel writes a name's reference. */
function absolute(a1: string): string {
  return a1.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/**
 * A sheet name as Excel writes it in an address. "Address value contains the
 * sheet reference (e.g., "Sheet1!A1:B4")" (typings, Range.address); when
 * Excel quotes a name is not documented by Microsoft (searched: typings,
 * office-js-docs-pr); XlsxWriter's notes from observation (jmcnamara/
 * XlsxWriter#1078) say non-ASCII word characters are not quoted ("École1"),
 * so a Thai name may come back unquoted where this fake quotes it. Cost:
 * none, the adapter's parseA1 (engine/a1.ts) reads both forms.
 */
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const bounded = (b: Box) => b.r2 < MAX_ROW && b.c2 < MAX_COL;

/** Cells one read may cover (limits: "A range is limited to 5,000,000 cells for read operations"). */
const MAX_READ_CELLS = 5_000_000;

// ---------- the fake ----------

function minor(version: string): number {
  return Number(version.split(".")[1] ?? 0);
}

export class FakeExcel {
  readonly state: WorkbookState;
  syncCount = 0;
  /**
   * Excel on the web refuses a request over 5 MB: "Excel on the web has a
   * payload size limit for requests and responses of 5MB" (limits), code
   * RequestPayloadSizeLimitExceeded, "This error only occurs in Office on the
   * web" (error-codes). The fake counts only the cell data written (values,
   * number formats), while a request's payload "combines: the number of API
   * calls; the number of objects …; the length of the value to set or get"
   * (limits, performance.md): it undercounts. Cost if that matters: a request the fake passes could fail
   * on the web; the adapter keeps to half the cap (DEFAULT_BUDGET 2.5 MB) and
   * adds an estimate per style and decoration step (office-host.ts).
   */
  requestLimit = 5 * 1024 * 1024;
  /** Bytes of cell data in the largest request seen. */
  largestRequest = 0;
  /** Excel on the web also caps a response at 5 MB (limits; ResponsePayloadSizeLimitExceeded, error-codes). */
  responseLimit = 5 * 1024 * 1024;
  /** Bytes of loaded values in the largest response seen. */
  largestResponse = 0;
  /**
   * Milliseconds this fake spent answering syncs (running the queued
   * operations: reading its cells, applying writes, sizing responses): work
   * that is Excel's, not the add-in's, which benches subtract from their own.
   */
  answerMs = 0;
  /**
   * Excel on the web lists the workbook's names in every worksheet's `names`
   * as well (OfficeDev/office-js#1011); true makes this fake do so.
   */
  sheetNamesIncludeWorkbookNames = false;
  private readonly injected: InjectedFailure[] = [];
  /**
   * Highest ExcelApi set this "Excel" supports. isSetSupported takes the
   * version as a string ("minVersion - The minimum required version; e.g.,
   * "1.4"": typings), compared here by its minor number (ExcelApi is 1.x).
   */
  maxApi = "1.17";
  /** Whether setPrintArea/setPrintTitleRows add sheet names Print_Area/Print_Titles (undocumented; see FakePageLayout). */
  printNamesListed = false;
  private failure?: { atSync: number; code: string; opsBefore?: number };
  private nextId = 1;

  constructor() {
    const first = this.newSheet("Sheet1");
    this.state = {
      sheets: [first],
      tables: [],
      names: [],
      selection: { sheetId: first.id, address: "A1" },
      activeSheetId: first.id,
      calcSuspensions: 0,
      structureProtected: false,
    };
  }

  readonly requirements = (set: string, version: string): boolean => set === "ExcelApi" && minor(version) <= minor(this.maxApi);

  supports(version: string): boolean {
    return this.requirements("ExcelApi", version);
  }

  /**
   * Like Excel.run: a fresh context per batch. Stricter than Excel: "`run`
   * functions call `sync()` implicitly before they resolve their returned
   * promise" (api-model), but here work left unsynced fails the test, so
   * every round trip is one the adapter asked for and counted.
   */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending() > 0) throw new Error(`fake Excel: ${ctx.pending()} queued operations never synced`);
    return result;
  };

  /** The Nth sync from now (1 = the next) fails with `code` after applying `opsBefore` of its operations (default: half). */
  failAtSync(n: number, code: string, opsBefore?: number): void {
    this.failure = { atSync: this.syncCount + n, code, opsBefore };
  }

  /** Every operation at `failure.at` fails from now on (or `times` times). */
  failAt(failure: InjectedFailure | string): void {
    this.injected.push(typeof failure === "string" ? { at: failure } : { ...failure });
  }

  /** @internal the injected failure this operation meets, if any (counted). */
  injectedAt(location: string, arg: unknown): InjectedFailure | undefined {
    const f = this.injected.find((x) => x.at === location && (x.times ?? Infinity) > 0 && (!x.when || x.when(arg)));
    if (f && f.times !== undefined) f.times--;
    return f;
  }

  /** @internal */
  takeFailure(syncNo: number): { code: string; opsBefore?: number } | undefined {
    if (this.failure && this.failure.atSync === syncNo) {
      const f = this.failure;
      this.failure = undefined;
      return f;
    }
    return undefined;
  }

  newSheet(name: string): SheetState {
    return {
      id: `{00000000-0000-0000-0000-${String(this.nextId++).padStart(12, "0")}}`,
      name,
      visibility: "Visible",
      cells: new Map(),
      defaultFont: {},
      columnWidths: {},
      rowHeights: {},
      merges: [],
      borders: [],
      conditionalFormats: [],
      validations: [],
      charts: [],
      pageLayout: { margins: {}, headersFooters: {} },
      frozenRows: 0,
      showGridlines: true,
      protected: false,
    };
  }

  /** Test setup: a sheet with values from A1 (applied at once, not through a batch). */
  addSheet(name: string, values: (string | number | boolean)[][] = []): SheetState {
    const s = this.newSheet(name);
    values.forEach((row, r) =>
      row.forEach((v, c) => v !== "" && s.cells.set(`${r},${c}`, { value: v, numberFormat: "General", format: { font: {} } }))
    );
    this.state.sheets.push(s);
    return s;
  }

  sheet(name: string): SheetState {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}; have ${this.state.sheets.map((x) => x.name).join(", ")}`);
    return s;
  }

  cell(sheet: string, address: string): Cell | undefined {
    const b = parseBox(address);
    return this.sheet(sheet).cells.get(`${b.r1},${b.c1}`);
  }

  values(sheet: string, address: string): (string | number | boolean)[][] {
    const s = this.sheet(sheet);
    const b = parseBox(address);
    const out: (string | number | boolean)[][] = [];
    for (let r = b.r1; r <= b.r2; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = b.c1; c <= b.c2; c++) row.push(s.cells.get(`${r},${c}`)?.value ?? "");
      out.push(row);
    }
    return out;
  }

  /** Everything a user could see in the file (not which sheet is active), for before/after comparisons. */
  snapshot(): string {
    const { sheets, tables, names } = this.state;
    return JSON.stringify({
      sheets: sheets.map((s) => ({ ...s, cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)) })),
      tables,
      names,
    });
  }

  // ----- used by proxies -----

  findSheet(key: string): SheetState | undefined {
    return this.state.sheets.find((s) => s.id === key) ?? this.state.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
  }

  sheetById(id: string | undefined): SheetState | undefined {
    return id === undefined ? undefined : this.state.sheets.find((s) => s.id === id);
  }
}

type Op = (() => void) & { location?: string; arg?: unknown };

class FakeContext implements Shape<Excel.RequestContext, "workbook" | "application" | "sync"> {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(readonly fx: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }

  /** Queues an operation; `location` names it as Office's errorLocation would ("PageLayout.zoom"). */
  enqueue(op: () => void, location?: string, arg?: unknown): void {
    const o: Op = op;
    if (location) {
      o.location = location;
      o.arg = arg;
    }
    this.queue.push(o);
  }

  /** Bytes of values loaded by the request being answered. */
  private response = 0;
  addResponse(data: unknown): void {
    this.response += Buffer.byteLength(JSON.stringify(data), "utf8");
  }

  /** Bytes of cell data in the request being built (Excel on the web caps a request at 5 MB). */
  private payload = 0;
  addPayload(data: unknown): void {
    this.payload += Buffer.byteLength(JSON.stringify(data), "utf8");
  }

  pending(): number {
    return this.queue.length;
  }

  need(version: string, what: string): void {
    if (!this.fx.supports(version)) throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
  }

  async sync(): Promise<void> {
    const started = performance.now();
    try {
      this.answer();
    } finally {
      this.fx.answerMs += performance.now() - started;
    }
    await Promise.resolve();
  }

  /**
   * What Excel does at a sync: "the queued commands are dispatched to the
   * Office application and run" (api-model, "Proxy objects"), then the
   * response is sized.
   */
  private answer(): void {
    const ops = this.queue;
    const payload = this.payload;
    this.queue = [];
    this.payload = 0;
    this.fx.syncCount++;
    this.fx.largestRequest = Math.max(this.fx.largestRequest, payload);
    if (payload > this.fx.requestLimit) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${payload} bytes over ${this.fx.requestLimit}`);
    }
    const failure = this.fx.takeFailure(this.fx.syncCount);
    const limit = failure ? (failure.opsBefore ?? Math.floor(ops.length / 2)) : ops.length;
    this.response = 0;
    // Commands run in order; the first that fails stops the batch (those before it stay done).
    for (let i = 0; i < limit && i < ops.length; i++) {
      const op = ops[i];
      const hit = op.location ? this.fx.injectedAt(op.location, op.arg) : undefined;
      if (hit) throw new FakeOfficeError(hit.code ?? "GeneralException", `simulated failure at ${op.location}`, op.location);
      try {
        op();
      } catch (e) {
        if (e instanceof FakeOfficeError && !e.debugInfo.errorLocation && op.location) {
          throw new FakeOfficeError(e.code, e.message, op.location);
        }
        throw e;
      }
    }
    if (failure) throw new FakeOfficeError(failure.code, `simulated ${failure.code}`);
    if (this.response > this.fx.responseLimit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `response of ${this.response} bytes over ${this.fx.responseLimit}`);
    }
    this.fx.largestResponse = Math.max(this.fx.largestResponse, this.response); // of the responses given
  }
}

/**
 * Properties readable only after load() and sync(): "Before you can read the
 * properties of a proxy object, you must explicitly load the properties … and
 * then call context.sync()" (api-model, "load()"). The code is
 * OfficeExtension.ErrorCodes.propertyNotLoaded (typings). The adapter never
 * catches it: reading too early is a bug the tests must show.
 */
abstract class Loadable {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  protected abstract snap(prop: string): unknown;

  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError("PropertyNotLoaded", `${this.constructor.name}.${prop} read before load() and sync()`);
    }
    return this.loaded.get(prop) as T;
  }

  /** @internal sets loaded values directly (collection items). */
  preload(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.snap(p));
  }

  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(() => this.preload(list.length ? list : ["*"]));
    return this;
  }
}

/**
 * What an *OrNullObject method returns: its isNullObject can be read after the
 * next sync without a load ("You must call context.sync() before reading the
 * isNullObject property": Microsoft's OfficeExtension.ClientObject reference;
 * "Office automatically loads this property when context.sync is called":
 * api-model, "*OrNullObject methods and properties").
 */
function nullable<T extends Loadable>(ctx: FakeContext, obj: T): T {
  ctx.enqueue(() => obj.preload(["isNullObject"]));
  return obj;
}

/** suspendApiCalculationUntilNextSync: "Suspends calculation until the next context.sync() is called" (typings, ExcelApi 1.6); counted only. */
class FakeApplication implements Shape<Excel.Application, "suspendApiCalculationUntilNextSync"> {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.need("1.6", "suspendApiCalculationUntilNextSync");
    this.ctx.enqueue(() => this.ctx.fx.state.calcSuspensions++);
  }
}

/** Workbook.protection (1.7) and Worksheet.protection (1.2): `protected`, loadable. */
class FakeProtection extends Loadable implements Shape<Excel.WorkbookProtection, "protected"> {
  constructor(
    ctx: FakeContext,
    private readonly read: () => boolean
  ) {
    super(ctx);
  }
  protected snap(prop: string): unknown {
    if (prop === "protected" || prop === "*") {
      this.loaded.set("protected", this.read());
      return this.read();
    }
    throw new Error(`fake: cannot load protection.${prop}`);
  }
  get protected(): boolean {
    return this.got("protected");
  }
}

class FakeWorkbook implements Shape<Excel.Workbook, "worksheets" | "tables" | "names" | "getSelectedRange" | "application" | "protection"> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx, () => undefined);
    this.application = new FakeApplication(ctx);
  }
  get protection(): FakeProtection {
    this.ctx.need("1.7", "Workbook.protection");
    return new FakeProtection(this.ctx, () => this.ctx.fx.state.structureProtected);
  }
  /**
   * "Gets the currently selected single range … If there are multiple ranges
   * selected, this method will throw an error" (typings): a multiple
   * selection is not modelled (the adapter maps InvalidSelection to
   * "no-selection").
   */
  getSelectedRange(): FakeRange {
    const fx = this.ctx.fx;
    let bound: { sheetId: string; address: string } | undefined;
    this.ctx.enqueue(() => (bound = { ...fx.state.selection }));
    return new FakeRange(this.ctx, () => {
      if (!bound) throw new Error("selection not bound");
      const s = fx.sheetById(bound.sheetId);
      return s ? { sheet: s, box: parseBox(bound.address) } : null;
    });
  }
}

// ---------- worksheets ----------

class FakeWorksheetCollection
  extends Loadable
  implements Shape<Excel.WorksheetCollection, "items" | "add" | "getItem" | "getItemOrNullObject">
{
  private itemProps: string[] = [];
  get items(): FakeWorksheet[] {
    return this.got<FakeWorksheet[]>("items");
  }
  protected snap(prop: string): unknown {
    if (prop !== "items") return undefined;
    return this.ctx.fx.state.sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, s.id);
      ws.preload(this.itemProps);
      return ws;
    });
  }
  override load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim());
    this.itemProps = list.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    return super.load("items");
  }
  /**
   * "The worksheet will be added at the end of existing worksheets" (typings,
   * WorksheetCollection.add). A name in use fails with ItemAlreadyExists, "The
   * resource being created already exists" (error-codes); Office Scripts
   * shows the same for addWorksheet ("A resource with the same name or
   * identifier already exists": OfficeDev/office-scripts-docs#560). That the
   * comparison ignores case: not in Microsoft's docs (searched: Office.js
   * reference, office-js issues); third parties say so (abap2xlsx#1360,
   * exceljs#3028). Cost if wrong: none, the adapter picks names unused
   * case-insensitively itself (claimName over lowercased names). With no
   * name "Excel determines the name" (typings): "SheetN" here, never relied
   * on (the adapter always passes one).
   */
  add(name?: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, undefined);
    const fx = this.ctx.fx;
    this.ctx.enqueue(() => {
      const n = name ?? `Sheet${fx.state.sheets.length + 1}`;
      if (fx.state.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", n);
      // Which code a protected workbook structure gives: not documented (searched: Office.js reference,
      // error-codes, office-js issues); the fake says InvalidOperation. Cost if wrong: small, any refusal
      // (InvalidOperation or AccessDenied) makes the undo ask Workbook.protection (1.7) before saying "protected".
      if (fx.state.structureProtected) throw new FakeOfficeError("InvalidOperation", "workbook structure is protected");
      const s = fx.newSheet(n);
      fx.state.sheets.push(s);
      ws.bind(s.id);
    }, "WorksheetCollection.add");
    return ws;
  }
  /**
   * By "name or ID" (typings), bound at its place in the batch: a missing
   * sheet fails that sync with ItemNotFound ("the getItem() method throws an
   * ItemNotFound exception": api-model). Matching a name whatever its case:
   * not documented (searched as for add); the adapter passes ids and names
   * it has just loaded, so case never decides.
   */
  getItem(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, undefined);
    this.ctx.enqueue(() => {
      const s = this.ctx.fx.findSheet(key);
      if (!s) throw new FakeOfficeError("ItemNotFound", key);
      ws.bind(s.id);
    });
    return ws;
  }
  /** A missing sheet gives a null object, not an error (api-model; typings, ExcelApi 1.4). */
  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.need("1.4", "getItemOrNullObject");
    const ws = new FakeWorksheet(this.ctx, undefined);
    this.ctx.enqueue(() => ws.bind(this.ctx.fx.findSheet(key)?.id ?? null));
    return nullable(this.ctx, ws);
  }
}

type SheetBinding = string | null | undefined; // id, null object, not yet bound

class FakeWorksheet
  extends Loadable
  implements
    Shape<
      Excel.Worksheet,
      | "id"
      | "name"
      | "visibility"
      | "isNullObject"
      | "showGridlines"
      | "getRange"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
      | "delete"
      | "activate"
      | "freezePanes"
      | "pageLayout"
      | "horizontalPageBreaks"
      | "charts"
      | "autoFilter"
      | "names"
    >
{
  constructor(
    ctx: FakeContext,
    private binding: SheetBinding
  ) {
    super(ctx);
  }
  bind(id: string | null): void {
    this.binding = id;
  }
  /**
   * The sheet at execution time; a null object gives undefined. Which code a
   * method called on a null object, or on a deleted sheet, fails with
   * (InvalidObjectPath, ItemNotFound here): not documented (searched:
   * api-model, typings, error-codes). Cost: none, the adapter reads
   * isNullObject before using such an object and never reuses a deleted one.
   */
  state(allowNull = false): SheetState | undefined {
    if (this.binding === undefined) throw new Error("fake: worksheet used before its add/getItem ran");
    if (this.binding === null) {
      if (allowNull) return undefined;
      throw new FakeOfficeError("InvalidObjectPath", "null object used");
    }
    const s = this.ctx.fx.sheetById(this.binding);
    if (!s) throw new FakeOfficeError("ItemNotFound", "worksheet was deleted");
    return s;
  }
  protected snap(prop: string): unknown {
    const s = this.state(true);
    if (prop === "isNullObject") return !s;
    if (!s) return null;
    if (prop === "id" || prop === "name" || prop === "visibility" || prop === "showGridlines") return s[prop];
    if (prop === "*") {
      for (const p of ["id", "name", "visibility", "showGridlines"]) this.loaded.set(p, s[p as keyof SheetState]);
      return undefined;
    }
    throw new Error(`fake: cannot load Worksheet.${prop}`);
  }
  override preload(props: string[]): void {
    super.preload([...props, "isNullObject"]);
  }
  /** "The value of the identifier remains the same even when the worksheet is renamed or moved" (typings, Worksheet.id). */
  get id(): string {
    return this.got("id");
  }
  get name(): string {
    return this.got("name");
  }
  /** A rename to a name in use fails as add does (ItemAlreadyExists; for a rename not documented, searched as for add). */
  set name(v: string) {
    this.ctx.enqueue(() => {
      const s = this.state()!;
      if (this.ctx.fx.state.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", v);
      }
      if (this.ctx.fx.state.structureProtected) throw new FakeOfficeError("InvalidOperation", "workbook structure is protected");
      s.name = v;
    }, "Worksheet.name");
  }
  get visibility(): SheetState["visibility"] {
    return this.got("visibility");
  }
  /** "ExcelApi 1.1 for reading visibility; 1.2 for setting it" (typings). */
  set visibility(v: SheetState["visibility"]) {
    this.ctx.need("1.2", "Worksheet.visibility (set)");
    this.ctx.enqueue(() => (this.state()!.visibility = v));
  }
  get isNullObject(): boolean {
    return this.got("isNullObject");
  }
  get showGridlines(): boolean {
    return this.got("showGridlines");
  }
  set showGridlines(v: boolean) {
    this.ctx.need("1.8", "Worksheet.showGridlines");
    this.ctx.enqueue(() => (this.state()!.showGridlines = v), "Worksheet.showGridlines");
  }
  getRange(address?: string): FakeRange {
    const box = parseBox(address);
    return new FakeRange(this.ctx, () => {
      const s = this.state(true);
      return s ? { sheet: s, box } : null;
    });
  }
  private used(valuesOnly: boolean): Box | null {
    const s = this.state(true);
    return s ? usedWithin(s, parseBox(), valuesOnly) : null;
  }
  /**
   * "If the entire worksheet is blank, this function will return the top left
   * cell (i.e. it will *not* throw an error)"; valuesOnly is ExcelApi 1.2
   * (typings, Worksheet.getUsedRange).
   */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.ctx.need("1.2", "Worksheet.getUsedRange(valuesOnly)");
    return new FakeRange(this.ctx, () => ({ sheet: this.state()!, box: this.used(!!valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 } }));
  }
  /** "If the entire worksheet is blank, then this method returns an object with its isNullObject property set to true" (typings). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.need("1.4", "getUsedRangeOrNullObject");
    const range = new FakeRange(this.ctx, () => {
      const b = this.used(!!valuesOnly);
      return b ? { sheet: this.state()!, box: b } : null;
    });
    return nullable(this.ctx, range);
  }
  /**
   * Refused (InvalidOperation) for the last visible sheet and under
   * protection: not documented (searched: Worksheet.delete in typings, the
   * worksheets article, office-js issues; the article's sample only checks
   * that it is "not the only sheet"). Cost: small, the adapter deletes only
   * replaced sheets after their replacements exist, and a refusal is undone
   * and probed for protection. Documented but not modelled: a "VeryHidden"
   * sheet's delete "will fail with an InvalidOperation exception" (typings;
   * GeneralException on a Mac, office-js#365); the adapter hides its list
   * sheet as "Hidden" only.
   */
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.state()!;
      const st = this.ctx.fx.state;
      if (st.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
        throw new FakeOfficeError("InvalidOperation", "cannot delete the last visible sheet");
      }
      if (st.structureProtected || s.protected) throw new FakeOfficeError("InvalidOperation", "protected");
      st.sheets.splice(st.sheets.indexOf(s), 1);
      if (st.activeSheetId === s.id) st.activeSheetId = st.sheets[0].id;
    }, "Worksheet.delete");
  }
  /** Through getItem, a missing sheet fails with ItemNotFound ("the activate() method throws an ItemNotFound error": docs/excel/excel-add-ins-worksheets.md). */
  activate(): void {
    this.ctx.enqueue(() => (this.ctx.fx.state.activeSheetId = this.state()!.id));
  }
  /** freezeRows: "Freeze the top row or rows of the worksheet in place" (typings, ExcelApi 1.7); recorded. */
  get freezePanes(): { freezeRows(count?: number): void } {
    const ws = this;
    return {
      freezeRows: (count?: number) => {
        ws.ctx.need("1.7", "freezePanes.freezeRows");
        ws.ctx.enqueue(() => (ws.state()!.frozenRows = count ?? 1), "WorksheetFreezePanes.freezeRows");
      },
    };
  }
  get pageLayout(): FakePageLayout {
    this.ctx.need("1.9", "Worksheet.pageLayout");
    return new FakePageLayout(this.ctx, () => this.state()!);
  }
  /**
   * Worksheet.horizontalPageBreaks (ExcelApi 1.9): PageBreakCollection.add
   * "adds a page break before the top-left cell of the range specified"
   * (Microsoft's Excel JavaScript API reference, Excel.PageBreakCollection).
   * Recorded only: what Excel prints is not modelled. Microsoft's support
   * text says manual breaks are ignored under Fit To; nothing found says
   * whether fit-to-width alone (verticalFitToPages 0) keeps them, so the
   * adapter writes a `scale` zoom with every set of breaks
   * (report/page-breaks.ts), and the tests pin that pairing, not a printout.
   */
  get horizontalPageBreaks(): Pick<Excel.PageBreakCollection, "add"> {
    this.ctx.need("1.9", "Worksheet.horizontalPageBreaks");
    const ws = this;
    return {
      add(range: Excel.Range | string): Excel.PageBreak {
        const at = typeof range === "string" ? range : boxName(asFake(range).t().box);
        ws.ctx.enqueue(
          () => {
            const p = ws.state()!.pageLayout;
            p.pageBreaks = [...(p.pageBreaks ?? []), at.split(":")[0]];
          },
          "PageBreakCollection.add",
          at
        );
        return {} as Excel.PageBreak;
      },
    };
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, () => this.state()!);
  }
  /** "Collection of names scoped to the current worksheet" (typings, ExcelApi 1.4); on the web the workbook's too (office-js#1011). */
  get names(): FakeNamedItemCollection {
    this.ctx.need("1.4", "Worksheet.names");
    return new FakeNamedItemCollection(this.ctx, () => this.state()!.id);
  }
  get protection(): FakeProtection {
    this.ctx.need("1.2", "Worksheet.protection");
    return new FakeProtection(this.ctx, () => this.state()!.protected);
  }
  get autoFilter(): Pick<Excel.AutoFilter, "apply"> {
    const ws = this;
    return {
      apply: (range: Excel.Range | string) => {
        ws.ctx.need("1.9", "autoFilter.apply");
        ws.ctx.enqueue(() => {
          ws.state()!.autoFilter = typeof range === "string" ? range : boxName((range as unknown as FakeRange).t().box);
        }, "AutoFilter.apply");
      },
    } as Pick<Excel.AutoFilter, "apply">;
  }
}

// ---------- ranges ----------

type RangeTarget = { sheet: SheetState; box: Box } | null;

function looksNumeric(s: string): boolean {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s.trim());
}

class FakeRange
  extends Loadable
  implements
    Shape<
      Excel.Range,
      | "values"
      | "numberFormat"
      | "formulas"
      | "text"
      | "address"
      | "rowCount"
      | "columnCount"
      | "isNullObject"
      | "format"
      | "merge"
      | "select"
      | "conditionalFormats"
      | "dataValidation"
      | "worksheet"
      | "getIntersectionOrNullObject"
      | "getUsedRange"
    >
{
  constructor(
    ctx: FakeContext,
    readonly target: () => RangeTarget
  ) {
    super(ctx);
  }
  /** Target at execution time (throws for a null object). */
  t(): { sheet: SheetState; box: Box } {
    const t = this.target();
    if (!t) throw new FakeOfficeError("InvalidObjectPath", "null range used");
    return t;
  }
  protected snap(prop: string): unknown {
    const t = this.target();
    if (prop === "isNullObject") return !t;
    if (!t) return null;
    const { sheet, box } = t;
    // Whole rows read back as rows ("Sheet1!1:2"): not documented (searched: typings, Range.address). Cost:
    // none in the adapter (it reads addresses of bounded ranges only); the self-test's print-titles probe,
    // the one reader of such an address, accepts "1:2" with or without "$" on a real Excel.
    if (prop === "address")
      return `${quoteSheet(sheet.name)}!${box.c1 === 0 && box.c2 === MAX_COL && box.r2 < MAX_ROW ? `${box.r1 + 1}:${box.r2 + 1}` : boxName(box)}`;
    if (prop === "rowCount") return box.r2 - box.r1 + 1;
    if (prop === "columnCount") return box.c2 - box.c1 + 1;
    if (prop === "values" || prop === "numberFormat" || prop === "formulas" || prop === "text") {
      // "A range is limited to 5,000,000 cells for read operations. When a read exceeds this limit, the API
      // will either return null or throw an error" (limits); RangeExceedsLimit: "The cell count in the range
      // has exceeded the maximum supported number" (error-codes). The fake throws; the adapter checks the
      // size before reading and also takes a null (read-values.ts).
      const cells = (box.r2 - box.r1 + 1) * (box.c2 - box.c1 + 1);
      if (cells > MAX_READ_CELLS) throw new FakeOfficeError("RangeExceedsLimit", `read of ${cells} cells`);
      const out: unknown[][] = [];
      for (let r = box.r1; r <= box.r2; r++) {
        const row: unknown[] = [];
        for (let c = box.c1; c <= box.c2; c++) {
          const cell = sheet.cells.get(`${r},${c}`);
          row.push(cellProp(cell, prop));
        }
        out.push(row);
      }
      this.ctx.addResponse(out);
      return out;
    }
    throw new Error(`fake: cannot load Range.${prop}`);
  }
  override preload(props: string[]): void {
    super.preload([...props, "isNullObject"]);
  }
  get address(): string {
    return this.got("address");
  }
  get rowCount(): number {
    return this.got("rowCount");
  }
  get columnCount(): number {
    return this.got("columnCount");
  }
  get isNullObject(): boolean {
    return this.got("isNullObject");
  }
  get values(): unknown[][] {
    return this.got("values");
  }
  set values(v: unknown[][]) {
    this.ctx.addPayload(v);
    this.ctx.enqueue(() => this.each(v, "values", (cell, x) => writeValue(cell, x as string | number | boolean)), "Range.values", v);
  }
  get numberFormat(): unknown[][] {
    return this.got("numberFormat");
  }
  get formulas(): unknown[][] {
    return this.got("formulas");
  }
  get text(): string[][] {
    return this.got("text");
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.addPayload(v);
    this.ctx.enqueue(() => this.each(v, "numberFormat", (cell, x) => (cell.numberFormat = String(x))), "Range.numberFormat", v);
  }
  /**
   * Applies a 2-D array that must match the range's size: Excel answers
   * InvalidArgument, "The number of rows or columns in the input array doesn't
   * match the size or dimensions of the range.", errorLocation "Range.values"
   * (OfficeDev/office-js#1025). A protected sheet refuses with AccessDenied
   * ("You cannot perform the requested operation", error-codes): which code a
   * write to protected cells gets is not documented (searched: error-codes,
   * typings, office-js issues; office-js#6784 shows AccessDenied from
   * WorksheetProtection itself). Cost: small, AccessDenied and
   * InvalidOperation both mean "refused" and the undo then asks the sheets'
   * protection before saying "protected" (office-host.ts rollback).
   */
  private each(v: unknown[][], what: string, f: (cell: Cell, x: unknown) => void): void {
    const { sheet, box } = this.t();
    if (sheet.protected) throw new FakeOfficeError("AccessDenied", "the sheet is protected");
    const rows = box.r2 - box.r1 + 1;
    const cols = box.c2 - box.c1 + 1;
    if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new FakeOfficeError("InvalidArgument", `${what}: array size does not match ${boxName(box)}`);
    }
    v.forEach((row, i) => row.forEach((x, j) => f(cellAt(sheet, box.r1 + i, box.c1 + j), x)));
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.ctx, this);
  }
  /** ExcelApi 1.2 (typings); recorded only. */
  merge(across?: boolean): void {
    this.ctx.need("1.2", "Range.merge");
    this.ctx.enqueue(() => {
      const { sheet, box } = this.t();
      sheet.merges.push(across ? `across:${boxName(box)}` : boxName(box));
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.t();
      this.ctx.fx.state.selection = { sheetId: sheet.id, address: boxName(box) };
    });
  }
  /** ExcelApi 1.6 (typings); add("CellValue") and its rule are recorded, not evaluated. */
  get conditionalFormats(): FakeConditionalFormatCollection {
    this.ctx.need("1.6", "Range.conditionalFormats");
    return new FakeConditionalFormatCollection(this.ctx, this);
  }
  /** ExcelApi 1.8 (typings); rule and prompt recorded, not enforced. */
  get dataValidation(): FakeDataValidation {
    this.ctx.need("1.8", "Range.dataValidation");
    return new FakeDataValidation(this.ctx, this);
  }
  get worksheet(): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, undefined);
    this.ctx.enqueue(() => ws.bind(this.t().sheet.id));
    return ws;
  }
  /**
   * ExcelApi 1.1 (valuesOnly 1.2): the used cells of this range; "If there
   * are no used cells within the range, this function will throw an
   * ItemNotFound error" (typings, Range.getUsedRange).
   */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.ctx.need("1.2", "Range.getUsedRange(valuesOnly)");
    let box: Box | null = null;
    this.ctx.enqueue(() => {
      const { sheet, box: b } = this.t();
      box = usedWithin(sheet, b, !!valuesOnly);
      if (!box) throw new FakeOfficeError("ItemNotFound", "no used cells in the range");
    });
    return new FakeRange(this.ctx, () => (box ? { sheet: this.t().sheet, box } : null));
  }
  /** "If no intersection is found, then this method returns an object with its isNullObject property set to true" (typings, ExcelApi 1.4). */
  getIntersectionOrNullObject(other: Excel.Range | string): FakeRange {
    this.ctx.need("1.4", "Range.getIntersectionOrNullObject");
    const range = new FakeRange(this.ctx, () => {
      const a = this.target();
      const b = typeof other === "string" ? (a ? { sheet: a.sheet, box: parseBox(other) } : null) : asFake(other).target();
      if (!a || !b || a.sheet !== b.sheet) return null;
      const box = {
        r1: Math.max(a.box.r1, b.box.r1),
        c1: Math.max(a.box.c1, b.box.c1),
        r2: Math.min(a.box.r2, b.box.r2),
        c2: Math.min(a.box.c2, b.box.c2),
      };
      return box.r1 > box.r2 || box.c1 > box.c2 ? null : { sheet: a.sheet, box };
    });
    return nullable(this.ctx, range);
  }
}

/**
 * A loaded cell property: formulas give the formula or else the value ("If a
 * cell has no formula, its value is returned instead": typings,
 * Range.formulas), text the shown text.
 */
function cellProp(cell: Cell | undefined, prop: "values" | "numberFormat" | "formulas" | "text"): unknown {
  if (prop === "values") return cell?.value ?? "";
  if (prop === "numberFormat") return cell?.numberFormat ?? "General";
  if (prop === "formulas") return cell?.formula ?? cell?.value ?? "";
  return shownText(cell);
}

/**
 * Range.text as the fake renders it: a number with "0.00" gets two decimals,
 * and the LCID prefix [$-D0…] native (here Thai) digits. Not documented in
 * what could be searched (Office.js reference, office-js-docs-pr, office-js
 * issues; the xxyyzzzz reading of the prefix is from Q&A pages, not
 * Microsoft): whether Excel really does this for [$-D00041E] is what the
 * self-test's thai-digits probe asks of a real Excel. Cost if wrong: the
 * Thai-digit formats are an optional decoration written last, skipped when
 * refused (decorations.ts). Other formats: the value as a string.
 */
function shownText(cell: Cell | undefined): string {
  if (!cell || typeof cell.value !== "number") return cell ? String(cell.value) : "";
  const decimals = /0\.(0+)/.exec(cell.numberFormat)?.[1].length;
  const plain = decimals !== undefined ? cell.value.toFixed(decimals) : String(cell.value);
  return /^\[\$-D0/i.test(cell.numberFormat) ? plain.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d))) : plain;
}

/** Bounding box of the cells in `box` that hold a value (or, unless valuesOnly, any format); null when none. */
function usedWithin(sheet: SheetState, box: Box, valuesOnly: boolean): Box | null {
  // One scan of the "r,c" keys, no allocation per cell (the fake re-answers
  // this for every read of a used range's properties).
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -1;
  let c2 = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === "") continue;
    const comma = key.indexOf(",");
    const r = Number(key.slice(0, comma));
    const c = Number(key.slice(comma + 1));
    if (r < box.r1 || r > box.r2 || c < box.c1 || c > box.c2) continue;
    if (r < r1) r1 = r;
    if (r > r2) r2 = r;
    if (c < c1) c1 = c;
    if (c > c2) c2 = c;
  }
  return r2 < 0 ? null : { r1, c1, r2, c2 };
}

/** The adapter passes our own ranges where Office takes an Excel.Range. */
function asFake(r: unknown): FakeRange {
  if (!(r instanceof FakeRange)) throw new Error("fake: not a range from this fake");
  return r;
}

/** A1 address (without sheet) of an address string or a fake range, at execution time. */
function addressOf(r: unknown): string {
  return typeof r === "string" ? r : boxName(asFake(r).t().box);
}

function cellAt(sheet: SheetState, r: number, c: number): Cell {
  const key = `${r},${c}`;
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: "", numberFormat: "General", format: { font: {} } };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/**
 * What Excel does with a value written into a cell, as documented:
 *  - Range.values: "If the returned value starts with a plus ("+"), minus
 *    ("-"), or equal sign ("="), Excel interprets this value as a formula"
 *    (@types/office-js, Excel.Range.values). No exception is documented for a
 *    text number format, so this fake makes a formula whatever the format;
 *    "@" is taken as a formula start too (typed "@x" is one in Excel 365).
 *    A lone "+" or "-" is text, as typed.
 *  - A leading apostrophe stores the rest as text (Excel's quote prefix), as
 *    Microsoft's VBA reference shows with `Range("A1").Value = "'1"`
 *    (ErrorCheckingOptions.NumberAsText): the value read back has no
 *    apostrophe (office-js#6687). For Office.js itself no page says so: if
 *    Excel kept the apostrophe, a cell would show "'=x" — visible, never a formula.
 *    In a text-formatted ("@") cell the fake keeps the apostrophe (undocumented).
 *  - Number-like text becomes a number, unless the cell is formatted as text
 *    first (Microsoft support, "Long numbers are displayed incorrectly in
 *    Excel": set the Text format before typing).
 */
function writeValue(cell: Cell, v: string | number | boolean | null): void {
  delete cell.formula;
  delete cell.quotePrefix;
  if (v === null) return; // null leaves the cell as it is
  if (typeof v !== "string") {
    cell.value = v;
    return;
  }
  if (/^[=+\-@]/.test(v) && v.length > 1) {
    cell.formula = v;
    cell.value = 0; // the fake does not calculate
  } else if (v.startsWith("'") && cell.numberFormat !== "@") {
    cell.value = v.slice(1);
    cell.quotePrefix = true;
  } else if (looksNumeric(v) && cell.numberFormat !== "@") cell.value = Number(v);
  else cell.value = v;
}

class FakeRangeFormat implements Shape<
  Excel.RangeFormat,
  "font" | "fill" | "borders" | "columnWidth" | "rowHeight" | "horizontalAlignment" | "verticalAlignment" | "wrapText" | "autofitColumns"
> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange
  ) {}
  /** Per-cell for a bounded range; whole-sheet font becomes the sheet default. */
  private apply(f: (fmt: CellFormat) => void, whole?: (s: SheetState) => void): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.range.t();
      if (!bounded(box)) {
        if (!whole) throw new Error("fake: this format cannot be set on whole rows/columns");
        whole(sheet);
        return;
      }
      for (let r = box.r1; r <= box.r2; r++) for (let c = box.c1; c <= box.c2; c++) f(cellAt(sheet, r, c).format);
    });
  }
  get font(): Shape<Excel.RangeFont, "name" | "size" | "bold" | "italic" | "color"> {
    const fmt = this;
    const prop = <K extends keyof CellFormat["font"]>(k: K) => ({
      set: (v: CellFormat["font"][K]) =>
        fmt.apply(
          (c) => (c.font[k] = v),
          k === "name" || k === "size" ? (s) => ((s.defaultFont as Record<string, unknown>)[k] = v) : undefined
        ),
    });
    return {
      set name(v: string) {
        prop("name").set(v);
      },
      set size(v: number) {
        prop("size").set(v);
      },
      set bold(v: boolean) {
        prop("bold").set(v);
      },
      set italic(v: boolean) {
        prop("italic").set(v);
      },
      set color(v: string) {
        prop("color").set(v);
      },
    } as Shape<Excel.RangeFont, "name" | "size" | "bold" | "italic" | "color">;
  }
  get fill(): { color: string } {
    const fmt = this;
    return {
      set color(v: string) {
        fmt.apply((c) => (c.fill = v));
      },
    } as { color: string };
  }
  get borders(): { getItem(index: string): { style: string; weight: string; color: string } } {
    const fmt = this;
    return {
      getItem(edge: string) {
        const set = (k: "style" | "weight" | "color", v: string) =>
          fmt.ctx.enqueue(() => {
            const { sheet, box } = fmt.range.t();
            const address = boxName(box);
            let rec = sheet.borders.find((b) => b.address === address && b.edge === edge);
            if (!rec) sheet.borders.push((rec = { address, edge }));
            rec[k] = v;
          });
        return {
          set style(v: string) {
            set("style", v);
          },
          set weight(v: string) {
            set("weight", v);
          },
          set color(v: string) {
            set("color", v);
          },
        } as { style: string; weight: string; color: string };
      },
    };
  }
  set columnWidth(v: number) {
    this.ctx.need("1.2", "RangeFormat.columnWidth");
    this.ctx.enqueue(() => {
      const { sheet, box } = this.range.t();
      for (let c = box.c1; c <= box.c2; c++) sheet.columnWidths[c] = v;
    });
  }
  get columnWidth(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFormat.columnWidth");
  }
  set rowHeight(v: number) {
    this.ctx.need("1.2", "RangeFormat.rowHeight");
    this.ctx.enqueue(() => {
      const { sheet, box } = this.range.t();
      for (let r = box.r1; r <= box.r2; r++) sheet.rowHeights[r] = v;
    });
  }
  get rowHeight(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFormat.rowHeight");
  }
  set horizontalAlignment(v: Excel.RangeFormat["horizontalAlignment"]) {
    this.apply((c) => (c.horizontalAlignment = v));
  }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFormat.horizontalAlignment");
  }
  set verticalAlignment(v: Excel.RangeFormat["verticalAlignment"]) {
    this.apply((c) => (c.verticalAlignment = v));
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFormat.verticalAlignment");
  }
  set wrapText(v: boolean) {
    this.apply((c) => (c.wrapText = v));
  }
  get wrapText(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFormat.wrapText");
  }
  autofitColumns(): void {
    this.ctx.need("1.2", "autofitColumns");
    this.ctx.enqueue(() => undefined);
  }
}

// ---------- conditional formats, validation ----------

class FakeConditionalFormatCollection implements Shape<Excel.ConditionalFormatCollection, "add"> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange
  ) {}
  add(type: string): { cellValue: { format: { font: { color: string }; fill: { color: string } }; rule: Excel.ConditionalCellValueRule } } {
    const ctx = this.ctx;
    let rec: SheetState["conditionalFormats"][number] | undefined;
    ctx.enqueue(() => {
      const { sheet, box } = this.range.t();
      rec = { address: boxName(box), type };
      sheet.conditionalFormats.push(rec);
    }, "ConditionalFormatCollection.add");
    const later = (f: (r: NonNullable<typeof rec>) => void) => ctx.enqueue(() => f(rec!), "CellValueConditionalFormat.rule");
    if (type !== "CellValue") throw new Error(`fake: conditional format ${type} not modelled`);
    return {
      cellValue: {
        format: {
          font: {
            set color(v: string) {
              later((r) => (r.fontColor = v));
            },
          } as { color: string },
          fill: {
            set color(v: string) {
              later((r) => (r.fill = v));
            },
          } as { color: string },
        },
        set rule(v: Excel.ConditionalCellValueRule) {
          later((r) => (r.rule = { ...v, operator: String(v.operator) }));
        },
      } as { format: { font: { color: string }; fill: { color: string } }; rule: Excel.ConditionalCellValueRule },
    };
  }
}

class FakeDataValidation implements Shape<Excel.DataValidation, "rule" | "prompt"> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange
  ) {}
  private rec(f: (r: SheetState["validations"][number]) => void, location: string): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.range.t();
      const address = boxName(box);
      let r = sheet.validations.find((x) => x.address === address);
      if (!r) sheet.validations.push((r = { address }));
      f(r);
    }, location);
  }
  set rule(v: Excel.DataValidationRule) {
    this.rec((r) => (r.rule = v), "DataValidation.rule");
  }
  get rule(): Excel.DataValidationRule {
    throw new FakeOfficeError("PropertyNotLoaded", "DataValidation.rule");
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.rec((r) => (r.prompt = v), "DataValidation.prompt");
  }
  get prompt(): Excel.DataValidationPrompt {
    throw new FakeOfficeError("PropertyNotLoaded", "DataValidation.prompt");
  }
}

// ---------- page layout ----------

class FakePageLayout implements Shape<
  Excel.PageLayout,
  | "paperSize"
  | "orientation"
  | "zoom"
  | "printGridlines"
  | "topMargin"
  | "bottomMargin"
  | "leftMargin"
  | "rightMargin"
  | "headerMargin"
  | "footerMargin"
  | "setPrintTitleRows"
  | "setPrintArea"
  | "headersFooters"
  | "getPrintTitleRowsOrNullObject"
> {
  private readonly loaded = new Map<string, unknown>();
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState
  ) {}
  private put(f: (p: PageLayoutState) => void, member: string, arg?: unknown): void {
    this.ctx.enqueue(() => f(this.sheet().pageLayout), `PageLayout.${member}`, arg);
  }
  private unread(): never {
    throw new FakeOfficeError("PropertyNotLoaded", "PageLayout");
  }
  /** paperSize, orientation and zoom can be read back (a copy, as Office returns). */
  load(props: string): this {
    const list = props.split(",").map((p) => p.trim());
    this.ctx.enqueue(() => {
      const p = this.sheet().pageLayout;
      for (const k of list)
        if (k === "paperSize" || k === "orientation" || k === "zoom") this.loaded.set(k, k === "zoom" ? { ...(p.zoom as object) } : p[k]);
    });
    return this;
  }
  private read<T>(k: string): T {
    if (!this.loaded.has(k)) this.unread();
    return this.loaded.get(k) as T;
  }
  /** ExcelApi 1.9: the rows set, or a null object. */
  getPrintTitleRowsOrNullObject(): FakeRange {
    const range = new FakeRange(this.ctx, () => {
      const s = this.sheet();
      return s.pageLayout.printTitleRows ? { sheet: s, box: parseBox(s.pageLayout.printTitleRows) } : null;
    });
    return nullable(this.ctx, range);
  }
  /**
   * Whether Excel lists the print area and titles among the sheet's names
   * is not documented: by default the fake does not (FakeExcel.printNamesListed).
   */
  private listName(name: string, ref: string): void {
    if (!this.ctx.fx.printNamesListed) return;
    const s = this.sheet();
    const names = this.ctx.fx.state.names.filter((n) => !(n.sheetId === s.id && n.name === name));
    names.push({ name, type: "Range", value: `=${quoteSheet(s.name)}!${ref}`, visible: true, sheetId: s.id });
    this.ctx.fx.state.names = names;
  }
  set paperSize(v: Excel.PageLayout["paperSize"]) {
    this.put((p) => (p.paperSize = v), "paperSize", v);
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    return this.read("paperSize");
  }
  set orientation(v: Excel.PageLayout["orientation"]) {
    this.put((p) => (p.orientation = v), "orientation", v);
  }
  get orientation(): Excel.PageLayout["orientation"] {
    return this.read("orientation");
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.put((p) => (p.zoom = { ...v }), "zoom", v);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    // Office returns a copy: changing one member of it changes nothing. "The PageLayoutZoomOptions object must
    // be set as a JSON object (use x.zoom = {...} instead of x.zoom.scale = ...)" (typings, PageLayout.zoom).
    return this.read("zoom");
  }
  set printGridlines(v: boolean) {
    this.put((p) => (p.printGridlines = v), "printGridlines", v);
  }
  get printGridlines(): boolean {
    return this.unread();
  }
  private margin(k: string, v: number): void {
    this.put((p) => (p.margins[k] = v), `${k}Margin`, v);
  }
  set topMargin(v: number) {
    this.margin("top", v);
  }
  get topMargin(): number {
    return this.unread();
  }
  set bottomMargin(v: number) {
    this.margin("bottom", v);
  }
  get bottomMargin(): number {
    return this.unread();
  }
  set leftMargin(v: number) {
    this.margin("left", v);
  }
  get leftMargin(): number {
    return this.unread();
  }
  set rightMargin(v: number) {
    this.margin("right", v);
  }
  get rightMargin(): number {
    return this.unread();
  }
  set headerMargin(v: number) {
    this.margin("header", v);
  }
  get headerMargin(): number {
    return this.unread();
  }
  set footerMargin(v: number) {
    this.margin("footer", v);
  }
  get footerMargin(): number {
    return this.unread();
  }
  /**
   * "The range must span the entire row to be valid" (typings,
   * PageLayout.setPrintTitleRows): anything else fails here with
   * InvalidArgument (which code Excel gives: not documented; the adapter
   * passes whole rows, "$4:$4", and a failure is a skipped pageLayout).
   */
  setPrintTitleRows(rows: string | Excel.Range): void {
    this.put((p) => {
      const box = parseBox(addressOf(rows));
      if (box.c1 !== 0 || box.c2 !== MAX_COL) throw new FakeOfficeError("InvalidArgument", "print title rows must be whole rows");
      p.printTitleRows = addressOf(rows);
      this.listName("Print_Titles", p.printTitleRows);
    }, "setPrintTitleRows");
  }
  setPrintArea(area: string | Excel.Range | Excel.RangeAreas): void {
    this.put((p) => {
      p.printArea = addressOf(area);
      this.listName("Print_Area", p.printArea);
    }, "setPrintArea");
  }
  /**
   * Strings recorded as given: Excel reads them as header codes (&P, &N, fonts), "To apply font formatting
   * or insert a variable value, use format codes specified here: https://msdn.microsoft.com/library/bb225426.aspx"
   * (typings, HeaderFooter.centerHeader …); the fake does not interpret them.
   */
  get headersFooters(): { defaultForAllPages: Record<string, string> } {
    const put = (k: string, v: string) => this.ctx.enqueue(() => (this.sheet().pageLayout.headersFooters[k] = v), `HeaderFooter.${k}`, v);
    const hf: Partial<Record<keyof Excel.HeaderFooter, unknown>> = {};
    for (const k of ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const) {
      Object.defineProperty(hf, k, {
        set: (v: string) => {
          put(k, v);
        },
      });
    }
    return { defaultForAllPages: hf as Record<string, string> };
  }
}

// ---------- charts ----------

/**
 * Charts, recorded: ChartCollection.add (ExcelApi 1.1) takes "the Range
 * object corresponding to the source data" and seriesBy, "the way columns or
 * rows are used as data series"; the fake makes one series of the whole
 * source (the adapter passes one column, so one series either way).
 * setPosition: "If specified, the chart's width and height will be set to
 * fully cover up this cell/range" (typings, Chart.setPosition). Series add,
 * setValues, setXAxisValues and chartType are ExcelApi 1.7 (typings).
 */
class FakeChartCollection implements Shape<Excel.ChartCollection, "add"> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState
  ) {}
  add(type: Excel.ChartType | `${Excel.ChartType}`, sourceData: Excel.Range, seriesBy?: "Auto" | "Columns" | "Rows"): FakeChart {
    const chart = new FakeChart(this.ctx);
    const source = asFake(sourceData);
    this.ctx.enqueue(() => {
      const { box } = source.t();
      const state: ChartState = { type, series: [{ values: boxName(box) }] };
      if (seriesBy && seriesBy !== "Columns" && seriesBy !== "Auto") state.series[0].values += ` by ${seriesBy}`;
      this.sheet().charts.push(state);
      chart.state = state;
    }, "ChartCollection.add");
    return chart;
  }
}

class FakeChart implements Shape<Excel.Chart, "title" | "legend" | "series" | "setPosition"> {
  state?: ChartState;
  constructor(private readonly ctx: FakeContext) {}
  private later(f: (c: ChartState) => void): void {
    this.ctx.enqueue(() => f(this.state!), "Chart");
  }
  get title(): { text: string } {
    const later = (f: (c: ChartState) => void) => this.later(f);
    return {
      set text(v: string) {
        later((c) => (c.title = v));
      },
    } as { text: string };
  }
  get legend(): { position: string } {
    const later = (f: (c: ChartState) => void) => this.later(f);
    return {
      set position(v: string) {
        later((c) => (c.legend = v));
      },
    } as { position: string };
  }
  get series(): { getItemAt(i: number): FakeSeries; add(name?: string): FakeSeries } {
    const ctx = this.ctx;
    return {
      getItemAt: (i: number) => new FakeSeries(ctx, () => this.state!.series[i]),
      add: (name?: string) => {
        ctx.need("1.7", "ChartSeriesCollection.add");
        let s: ChartState["series"][number] | undefined;
        ctx.enqueue(() => this.state!.series.push((s = { name })), "ChartSeriesCollection.add");
        return new FakeSeries(ctx, () => s!);
      },
    };
  }
  setPosition(from: string | Excel.Range, to?: string | Excel.Range): void {
    this.later((c) => (c.position = { from: addressOf(from), to: to === undefined ? undefined : addressOf(to) }));
  }
}

class FakeSeries implements Shape<Excel.ChartSeries, "name" | "chartType" | "setValues" | "setXAxisValues" | "format"> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly s: () => ChartState["series"][number]
  ) {}
  private later(f: (s: ChartState["series"][number]) => void): void {
    this.ctx.enqueue(() => f(this.s()), "ChartSeries");
  }
  set name(v: string) {
    this.later((s) => (s.name = v));
  }
  get name(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "ChartSeries.name");
  }
  set chartType(v: Excel.ChartSeries["chartType"]) {
    this.ctx.need("1.7", "ChartSeries.chartType");
    this.later((s) => (s.chartType = v));
  }
  get chartType(): Excel.ChartSeries["chartType"] {
    throw new FakeOfficeError("PropertyNotLoaded", "ChartSeries.chartType");
  }
  setValues(sourceData: Excel.Range): void {
    this.ctx.need("1.7", "ChartSeries.setValues");
    this.later((s) => (s.values = addressOf(sourceData)));
  }
  setXAxisValues(sourceData: Excel.Range): void {
    this.ctx.need("1.7", "ChartSeries.setXAxisValues");
    this.later((s) => (s.xValues = addressOf(sourceData)));
  }
  get format(): { line: { color: string } } {
    const later = (f: (s: ChartState["series"][number]) => void) => this.later(f);
    return {
      line: {
        set color(v: string) {
          later((s) => (s.lineColor = v));
        },
      } as { color: string },
    };
  }
}

// ---------- tables and names ----------

class FakeTableCollection extends Loadable implements Shape<Excel.TableCollection, "items" | "getItem"> {
  private itemProps: string[] = [];
  get items(): FakeTable[] {
    return this.got("items");
  }
  protected snap(prop: string): unknown {
    if (prop !== "items") return undefined;
    return this.ctx.fx.state.tables.map((t) => {
      const x = new FakeTable(this.ctx, t.name);
      x.bindNow();
      x.preload(this.itemProps);
      return x;
    });
  }
  override load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim());
    this.itemProps = list.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    return super.load("items");
  }
  /** "Gets a table by name or ID" (typings); found whatever the case, as names are (see FakeNamedItemCollection). */
  getItem(name: string): FakeTable {
    const t = new FakeTable(this.ctx, name);
    this.ctx.enqueue(() => t.bindNow());
    return t;
  }
}

class FakeTable extends Loadable implements Shape<Excel.Table, "name" | "getRange"> {
  private rec?: WorkbookState["tables"][number];
  constructor(
    ctx: FakeContext,
    private readonly key: string
  ) {
    super(ctx);
  }
  bindNow(): void {
    this.rec = this.ctx.fx.state.tables.find((t) => t.name.toLowerCase() === this.key.toLowerCase());
    if (!this.rec) throw new FakeOfficeError("ItemNotFound", this.key);
  }
  protected snap(prop: string): unknown {
    if (prop === "name") return this.rec!.name;
    throw new Error(`fake: cannot load Table.${prop}`);
  }
  get name(): string {
    return this.got("name");
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.ctx.fx.sheetById(this.rec!.sheetId);
      return s ? { sheet: s, box: parseBox(this.rec!.address) } : null;
    });
  }
}

type NameScope = () => string | undefined; // the worksheet's id at execution time; undefined: the workbook

/**
 * workbook.names: "a collection of workbook-scoped named items"; worksheet.names:
 * "names scoped to the current worksheet" (typings). Names compare without
 * case: "Microsoft Excel does not distinguish between uppercase and lowercase
 * characters in names" (Office help, "Guidelines for names",
 * http://office.microsoft.com/en-gb/help/HP051983471033.aspx; ECMA-376 Part 4,
 * "Names": "names are not case-sensitive").
 */
class FakeNamedItemCollection extends Loadable implements Shape<Excel.NamedItemCollection, "items" | "getItem" | "add"> {
  private itemProps: string[] = [];
  constructor(
    ctx: FakeContext,
    private readonly scope: NameScope
  ) {
    super(ctx);
  }
  get items(): FakeNamedItem[] {
    return this.got("items");
  }
  protected snap(prop: string): unknown {
    if (prop !== "items") return undefined;
    const sheetId = this.scope();
    const fx = this.ctx.fx;
    const listed = (n: WorkbookState["names"][number]) =>
      n.sheetId === sheetId || (sheetId !== undefined && fx.sheetNamesIncludeWorkbookNames && n.sheetId === undefined);
    return fx.state.names.filter(listed).map((n) => {
      const x = new FakeNamedItem(this.ctx, n.name, () => n.sheetId);
      x.bindNow();
      x.preload(this.itemProps);
      return x;
    });
  }
  override load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim());
    this.itemProps = list.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    return super.load("items");
  }
  getItem(name: string): FakeNamedItem {
    const n = new FakeNamedItem(this.ctx, name, this.scope);
    this.ctx.enqueue(() => n.bindNow());
    return n;
  }
  /**
   * ExcelApi 1.4: a name for a range, scoped as this collection is; a name in
   * use fails with ItemAlreadyExists ("A resource with the same name or
   * identifier already exists": office-js#2875). Its value reads
   * "=Sheet1!$B$5:$C$6": "For a named range, it will return the range
   * address" (typings, NamedItem.value), with the "=" a user reports
   * (office-js#740). Cost if the "=" is absent: none, the adapter strips a
   * leading "=" if there is one.
   */
  add(name: string, reference: Excel.Range | string): FakeNamedItem {
    this.ctx.need("1.4", "NamedItemCollection.add");
    const n = new FakeNamedItem(this.ctx, name, this.scope);
    this.ctx.enqueue(() => {
      const sheetId = this.scope();
      const names = this.ctx.fx.state.names;
      if (names.some((x) => x.sheetId === sheetId && x.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError("ItemAlreadyExists", name);
      const t = typeof reference === "string" ? null : asFake(reference).t();
      const value = t ? `=${quoteSheet(t.sheet.name)}!${absolute(boxName(t.box))}` : `=${reference}`;
      names.push({ name, type: "Range", value, visible: true, ...(sheetId !== undefined ? { sheetId } : {}) });
      n.bindNow();
    });
    return n;
  }
}

class FakeNamedItem
  extends Loadable
  implements Shape<Excel.NamedItem, "name" | "type" | "value" | "visible" | "scope" | "getRange" | "delete">
{
  private rec?: WorkbookState["names"][number];
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    private readonly scopeOf: NameScope
  ) {
    super(ctx);
  }
  bindNow(): void {
    const sheetId = this.scopeOf();
    this.rec = this.ctx.fx.state.names.find((t) => t.sheetId === sheetId && t.name.toLowerCase() === this.key.toLowerCase());
    if (!this.rec) throw new FakeOfficeError("ItemNotFound", this.key);
  }
  protected snap(prop: string): unknown {
    const r = this.rec!;
    if (prop === "name" || prop === "type" || prop === "value" || prop === "visible") return r[prop];
    if (prop === "scope") return r.sheetId === undefined ? "Workbook" : "Worksheet";
    throw new Error(`fake: cannot load NamedItem.${prop}`);
  }
  get name(): string {
    return this.got("name");
  }
  get type(): Excel.NamedItem["type"] {
    return this.got("type");
  }
  get value(): string {
    return this.got("value");
  }
  get visible(): boolean {
    return this.got("visible");
  }
  get scope(): "Worksheet" | "Workbook" {
    return this.got("scope");
  }
  /** ExcelApi 1.4. */
  delete(): void {
    this.ctx.need("1.4", "NamedItem.delete");
    this.ctx.enqueue(() => {
      const names = this.ctx.fx.state.names;
      if (this.rec) names.splice(names.indexOf(this.rec), 1);
    });
  }
  /** ExcelApi 1.1 (@types/office-js NamedItem.getRange: "[Api set: ExcelApi 1.1]"). */
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const ref = this.rec!.value.replace(/^=/, "");
      const bang = ref.lastIndexOf("!");
      const sheetName = ref
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      const s = this.ctx.fx.findSheet(sheetName);
      return s ? { sheet: s, box: parseBox(ref.slice(bang + 1)) } : null;
    });
  }
}

/**
 * An in-memory SettingsStore like Office.context.document.settings: get of an
 * unknown name gives null ("If the setting doesn't exist, the method returns
 * null"), set changes only the in-memory copy until saveAsync ("The get, set,
 * and remove methods operate only on the in-memory copy": office-js-docs-pr,
 * docs/develop/persisting-add-in-state-and-settings.md). A failed save has
 * code 4001, "Save Settings Error … The settings could not be saved" (Office
 * Common API error codes, docs/reference/javascript-api-for-office-error-codes.md).
 */
export class FakeSettings {
  readonly data = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  saves = 0;
  failSave = false;
  get(key: string): unknown {
    return this.data.has(key) ? this.data.get(key) : null;
  }
  set(key: string, value: unknown): void {
    this.data.set(key, value);
  }
  async save(): Promise<void> {
    if (this.failSave) throw { code: 4001, message: "The settings could not be saved." };
    this.saves++;
    this.saved = new Map(this.data);
  }
}
