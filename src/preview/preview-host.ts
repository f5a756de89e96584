// WorkbookHost over the in-memory workbook, so the same pane runs in a plain
// browser page. Failures use the same HostError codes as the Excel adapter.
import {
  HostError,
  lackedFeatures,
  type Capabilities,
  type GeneratedSheet,
  type SourceCells,
  type SourceChoice,
  type SourceInfo,
  type WorkbookHost,
  type WriteResult,
} from "../report/host";
import { specFingerprint } from "../report/fingerprint";
import { claimName } from "../report/sheet-names";
import type { SelfTestHost, SelfTestReport } from "../report/self-test";
import type { SheetSpec } from "../report/spec";
import { formatRange, type CellRange } from "../engine/a1";
import { MemoryWorkbook } from "./memory-workbook";
import { widestRow } from "../engine/input/limits";
import { previewSelfTest } from "./self-test";

/** What the preview can draw: everything but drop-down lists and filter buttons (the pane reports them as skipped). */
export const PREVIEW_CAPABILITIES: Capabilities = {
  conditionalFormats: true,
  dataValidation: false,
  pageLayout: true,
  charts: true,
  autoFilter: false,
  workbook: "preview",
};

export interface PreviewHostOptions {
  /** Fingerprint of a written spec; mergeEdits compares it with the sheet's values. */
  fingerprint?: (spec: SheetSpec) => string;
  /** Where settings live; defaults to localStorage (or memory when none). */
  storage?: Pick<Storage, "getItem" | "setItem">;
  capabilities?: Capabilities;
}

const SETTING_PREFIX = "ita-scorecard:";

function memoryStorage(): Pick<Storage, "getItem" | "setItem"> {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

function defaultStorage(): Pick<Storage, "getItem" | "setItem"> {
  try {
    if (typeof localStorage !== "undefined") return localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
  }
  return memoryStorage();
}

export class PreviewHost implements WorkbookHost, SelfTestHost {
  private nextId = 1;
  private readonly fingerprint: (spec: SheetSpec) => string;
  private readonly storage: Pick<Storage, "getItem" | "setItem">;
  private readonly caps: Capabilities;

  constructor(
    readonly workbook: MemoryWorkbook,
    opts: PreviewHostOptions = {}
  ) {
    this.fingerprint = opts.fingerprint ?? specFingerprint;
    this.storage = opts.storage ?? defaultStorage();
    this.caps = opts.capabilities ?? PREVIEW_CAPABILITIES;
  }

  async capabilities(): Promise<Capabilities> {
    return { ...this.caps };
  }

  async listSources(): Promise<SourceInfo[]> {
    return [...this.workbook.names].map(([name, n]) => ({ kind: "name", name, address: `${n.sheet}!${formatRange(n.range)}` }));
  }

  async readSource(choice: SourceChoice): Promise<SourceCells> {
    const wb = this.workbook;
    let sheet: string;
    let range: CellRange;
    if (choice.kind === "selection") {
      // One cell selected: the paste it is in, or the block around it (MemoryWorkbook.readRange).
      const at = wb.readRange();
      if (!at) throw new HostError("no-selection");
      sheet = at.sheet;
      range = at.range;
    } else if (choice.kind === "name") {
      // The in-memory workbook has workbook names only.
      const n = choice.sheet === undefined ? wb.names.get(choice.name) : undefined;
      if (!n || !wb.sheet(n.sheet)) throw new HostError("not-found", choice.name);
      sheet = n.sheet;
      range = n.range;
    } else {
      throw new HostError("not-found", choice.name);
    }
    return {
      cells: wb.values(sheet, range),
      sheet: wb.sheet(sheet)!.name,
      address: formatRange(range),
      origin: { row: range.firstRow, col: range.firstCol },
    };
  }

  async findGenerated(): Promise<GeneratedSheet[]> {
    const wb = this.workbook;
    return wb.sheets
      .filter((s) => s.marker)
      .map((s) => {
        const used = wb.usedRange(s.name);
        return {
          id: s.marker!.id,
          name: s.name,
          kind: s.marker!.kind,
          key: s.marker!.key,
          values: used ? wb.values(s.name, used) : [],
          fingerprint: s.marker!.fingerprint,
        };
      });
  }

  async writeSheets(specs: SheetSpec[], replace: string[]): Promise<WriteResult> {
    const wb = this.workbook;
    const replaced = wb.sheets.filter((s) => s.marker && replace.includes(s.marker.id));
    // Names as the Excel adapter gives them (report/sheet-names): a sheet the user
    // owns keeps its name and ours becomes "name (2)"; replaced sheets free theirs.
    const taken = new Set(wb.sheets.filter((s) => !replaced.includes(s)).map((s) => s.name.toLowerCase()));
    const names = specs.map((spec) => claimName(spec.name, taken));
    let at = replaced.length ? wb.sheets.indexOf(replaced[0]) : wb.sheets.length;
    for (const s of replaced) wb.removeSheet(s.name);
    at = Math.min(at, wb.sheets.length);

    const skipped: WriteResult["skipped"] = [];
    specs.forEach((spec, i) => {
      const name = names[i];
      const sheet = wb.addSheet(name, at++);
      sheet.cells = spec.rows.map((r) => r.map((c) => (c.value === "" ? null : c.value)));
      sheet.spec = spec;
      sheet.marker = { id: `gen-${this.nextId++}`, kind: spec.kind, key: spec.key, fingerprint: this.fingerprint(spec) };
      const lacked = lackedFeatures(spec, this.caps);
      if (spec.chart && !lacked.has("charts")) sheet.charts = [spec.chart];
      for (const feature of lacked) skipped.push({ sheet: name, feature });
    });
    if (specs.length) wb.active = names[0];
    wb.changed();
    return { written: names, skipped };
  }

  async writeSample(name: string, cells: (string | number)[][]): Promise<void> {
    const wb = this.workbook;
    const sheet = wb.addSheet(wb.freeName(name)).name;
    wb.setBlock(sheet, 0, 0, cells);
    const cols = Math.max(1, widestRow(cells));
    wb.select(sheet, { firstRow: 0, firstCol: 0, lastRow: Math.max(0, cells.length - 1), lastCol: cols - 1 });
  }

  /** The compatibility self-test against this workbook (preview/self-test.ts). */
  selfTest(): Promise<SelfTestReport> {
    return previewSelfTest(this.workbook, this);
  }

  async activate(sheet: string): Promise<void> {
    const s = this.workbook.sheet(sheet);
    if (!s) throw new HostError("not-found", sheet);
    this.workbook.active = s.name;
    this.workbook.changed();
  }

  async loadSetting(key: string): Promise<string | null> {
    try {
      return this.storage.getItem(SETTING_PREFIX + key);
    } catch {
      return null;
    }
  }

  async saveSetting(key: string, value: string): Promise<void> {
    try {
      this.storage.setItem(SETTING_PREFIX + key, value);
    } catch {
      throw new HostError("unknown", "settings");
    }
  }
}
