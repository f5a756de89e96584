// Small stand-ins for the pane's collaborators: a recording WorkbookHost and
// engine/report functions whose answers each test chooses.
import type { Framework, ParseResult, Problem } from "../../src/engine/types";
import { BUILT_IN_FRAMEWORKS } from "../../src/engine/frameworks/years";
import type { Capabilities, GeneratedSheet, SourceCells, SourceChoice, SourceInfo, WorkbookHost, WriteResult } from "../../src/report/host";
import type { SheetSpec } from "../../src/report/spec";
import { analyseGroup, parseGroupScores } from "../../src/engine/group";
import { analyse } from "../../src/engine/analyse";
import { frameworkCaveats } from "../../src/engine/caveats";
import { checkStatedFigures, extractStatedFigures } from "../../src/engine/consistency";
import { frameworkToJson, parseFrameworkJson } from "../../src/engine/framework-file";
import { buildGroupSheets } from "../../src/report/group-sheets";
import type { MergeOutcome, PaneDeps } from "../../src/taskpane/pane-deps";

export class FakeHost implements WorkbookHost {
  source: SourceCells = { cells: [["x"]], sheet: "Scores", address: "B2:D13", origin: { row: 1, col: 1 } };
  sources: SourceInfo[] = [];
  generated: GeneratedSheet[] = [];
  settings = new Map<string, string>();
  readError: unknown = null;
  writeError: unknown = null;
  writes: { specs: SheetSpec[]; replace: string[] }[] = [];
  reads: SourceChoice[] = [];
  samples: { name: string; cells: (string | number)[][] }[] = [];
  skipped: WriteResult["skipped"] = [];

  async capabilities(): Promise<Capabilities> {
    return { conditionalFormats: true, dataValidation: true, pageLayout: true, charts: true, autoFilter: true };
  }
  async listSources() {
    return this.sources;
  }
  async readSource(choice: SourceChoice) {
    this.reads.push(choice);
    if (this.readError) throw this.readError;
    return this.source;
  }
  async findGenerated() {
    return this.generated;
  }
  async writeSheets(specs: SheetSpec[], replace: string[]): Promise<WriteResult> {
    if (this.writeError) throw this.writeError;
    this.writes.push({ specs, replace });
    return { written: specs.map((s) => s.name), skipped: this.skipped };
  }
  async writeSample(name: string, cells: (string | number)[][]) {
    this.samples.push({ name, cells });
  }
  activated: string[] = [];
  async activate(sheet: string) {
    this.activated.push(sheet);
  }
  async loadSetting(key: string) {
    return this.settings.get(key) ?? null;
  }
  async saveSetting(key: string, value: string) {
    this.settings.set(key, value);
  }
}

const fw2565 = BUILT_IN_FRAMEWORKS.find((f) => f.year === 2565) as Framework;

/** A table that parsed cleanly: two years, all ten indicators. */
export function goodParse(): ParseResult {
  const scores = (base: number) => Object.fromEntries(fw2565.indicators.map((i) => [i.number, String(base + i.number)]));
  const year = (y: number, base: number) => ({
    year: y,
    scores: scores(base),
    cells: {},
    stated: null,
    statedCell: null,
    statedGrade: null,
  });
  return { ok: true, table: { years: [year(2564, 80), year(2565, 82)], layout: "year-columns", ignored: [] }, warnings: [] };
}

export function badParse(problems: Problem[]): ParseResult {
  return { ok: false, problems, ignored: [] };
}

export function sheet(name: string): SheetSpec {
  return {
    kind: "ranking",
    key: `ranking:${name}`,
    font: { name: "TH SarabunPSK", size: 16 },
    name,
    rows: [[{ value: "x" }]],
    columns: [{ width: 10 }],
    merges: [],
    headerRow: 0,
    freezeRows: 0,
    conditional: [],
    validation: [],
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      area: "A1:A1",
      header: {},
      footer: {},
      gridlines: false,
      margins: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 },
    },
    editableColumns: [],
    rowKeys: {},
  };
}

export function fakeDeps(over: Partial<PaneDeps> = {}): PaneDeps & { calls: Record<string, unknown[][]> } {
  const calls: Record<string, unknown[][]> = {
    parseScores: [],
    analyse: [],
    buildSheets: [],
    mergeEdits: [],
    parseGroupScores: [],
    analyseGroup: [],
    buildGroupSheets: [],
    writeWorkbook: [],
    buildDocument: [],
    buildGroupDocument: [],
    writeDocument: [],
    saveFile: [],
  };
  const merge = (specs: SheetSpec[]): MergeOutcome => ({ specs, replace: [], needsConfirm: [] });
  const base: PaneDeps = {
    parseScores: (...a) => (calls.parseScores.push(a), goodParse()),
    describeProblem: (p) => `${p.where}: problem ${p.code}`,
    // The real (pure) analysis of the table read: the results area shows its headline and checks.
    analyse: (...a) => (calls.analyse.push(a), analyse(...a)),
    buildSheets: (...a) => (calls.buildSheets.push(a), [sheet("อันดับ 2565"), sheet("มาตรการ 2566")]),
    checkReportText: (analysis, text) => checkStatedFigures(analysis, extractStatedFigures(text)),
    mergeEdits: (...a) => (calls.mergeEdits.push(a), merge(a[0])),
    sampleCells: [
      ["ที่", "ตัวชี้วัด", "2565"],
      [1, "การปฏิบัติหน้าที่", 90],
    ],
    frameworks: BUILT_IN_FRAMEWORKS,
    // Framework files and caveats: the real (pure) engine functions.
    frameworkFiles: async () => ({ parseFrameworkJson, frameworkToJson }),
    frameworkCaveats,
    // Group mode runs the real (pure, fast) engine and sheet builder, recorded.
    parseGroupScores: (...a) => (calls.parseGroupScores.push(a), parseGroupScores(...a)),
    analyseGroup: (...a) => (calls.analyseGroup.push(a), analyseGroup(...a)),
    buildGroupSheets: (...a) => (calls.buildGroupSheets.push(a), buildGroupSheets(...a)),
    groupSampleCells: [
      ["หน่วยงาน", "ปี", ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)],
      ["กรม ก", 2565, ...Array(10).fill(90)],
    ],
    writeWorkbook: async (...a) => (calls.writeWorkbook.push(a), new Uint8Array([0x50, 0x4b, 3, 4])),
    buildDocument: async (...a) => (calls.buildDocument.push(a), { blocks: [] } as never),
    buildGroupDocument: async (...a) => (calls.buildGroupDocument.push(a), { blocks: [] } as never),
    writeDocument: async (...a) => (calls.writeDocument.push(a), new Uint8Array([0x50, 0x4b, 5, 6])),
    saveFile: (...a) => void calls.saveFile.push(a),
  };
  return Object.assign(base, over, { calls });
}
