// An in-memory workbook for the browser preview: sheets of plain values, a
// selection, and (for sheets this tool generated) the SheetSpec they were
// drawn from and a marker, as Excel keeps in its custom XML / settings.
import type { CellValue, ChartSpec, SheetKind, SheetSpec } from "../report/spec";
import { inRange, type CellRange } from "../engine/a1";

export interface GeneratedMarker {
  id: string;
  kind: SheetKind;
  /** SheetSpec.key: a re-run replaces the sheet with the same key. */
  key: string;
  fingerprint: string;
}

export interface MemorySheet {
  name: string;
  /** Sparse rows of values; a missing cell is empty. */
  cells: CellValue[][];
  /** Kept for generated sheets so the preview can draw them as they print. */
  spec?: SheetSpec;
  marker?: GeneratedMarker;
  /**
   * Charts on the sheet, as Excel keeps them: where their labels and values
   * are (ranges on this sheet), never the values, so an edited cell redraws.
   */
  charts?: ChartSpec[];
}

export interface Selection {
  sheet: string;
  range: CellRange;
}

/** Excel's rule: a tab name is 1–31 characters, none of : \ / ? * [ ]. */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name);
}

export class MemoryWorkbook {
  sheets: MemorySheet[] = [];
  active = "";
  selection: Selection | null = null;
  /** Where the last paste went: a read from one cell inside it reads it whole (see readRange). */
  lastPaste: Selection | null = null;
  /** Named ranges (name → sheet and range), for listSources. */
  names = new Map<string, { sheet: string; range: CellRange }>();
  private listeners = new Set<() => void>();
  private version = 0;

  /** For React's useSyncExternalStore: a number that changes on every edit. */
  getVersion = (): number => this.version;

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  /** Tell views the workbook changed. */
  changed(): void {
    this.version++;
    for (const fn of [...this.listeners]) fn();
  }

  sheet(name: string): MemorySheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  addSheet(name: string, at = this.sheets.length): MemorySheet {
    if (!isValidSheetName(name)) throw new Error(`invalid sheet name: ${name}`);
    if (this.sheet(name)) throw new Error(`sheet exists: ${name}`);
    const s: MemorySheet = { name, cells: [] };
    this.sheets.splice(at, 0, s);
    if (!this.active) this.active = name;
    this.changed();
    return s;
  }

  removeSheet(name: string): void {
    const i = this.sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
    if (i < 0) return;
    this.sheets.splice(i, 1);
    if (this.active.toLowerCase() === name.toLowerCase()) this.active = this.sheets[Math.max(0, i - 1)]?.name ?? "";
    if (this.selection?.sheet.toLowerCase() === name.toLowerCase()) this.selection = null;
    this.changed();
  }

  /** A name not yet used: "Name", then "Name (2)", "Name (3)", … */
  freeName(base: string): string {
    if (!this.sheet(base)) return base;
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const candidate = base.slice(0, 31 - suffix.length) + suffix;
      if (!this.sheet(candidate)) return candidate;
    }
  }

  getCell(sheet: string, row: number, col: number): CellValue {
    return this.sheet(sheet)?.cells[row]?.[col] ?? null;
  }

  setCell(sheet: string, row: number, col: number, value: CellValue, notify = true): void {
    const s = this.sheet(sheet);
    if (!s) return;
    const r = (s.cells[row] ??= []);
    r[col] = value === "" ? null : value;
    if (notify) this.changed();
  }

  /** Write a block of values with its top-left at (row, col). */
  setBlock(sheet: string, row: number, col: number, values: CellValue[][]): void {
    values.forEach((line, i) => line.forEach((v, j) => this.setCell(sheet, row + i, col + j, v, false)));
    this.changed();
  }

  clearRange(sheet: string, r: CellRange): void {
    for (let i = r.firstRow; i <= r.lastRow; i++) for (let j = r.firstCol; j <= r.lastCol; j++) this.setCell(sheet, i, j, null, false);
    this.changed();
  }

  /** Values of a range; empty cells as "" (as Excel's range.values gives them). */
  values(sheet: string, r: CellRange): (string | number | boolean)[][] {
    const out: (string | number | boolean)[][] = [];
    for (let i = r.firstRow; i <= r.lastRow; i++) {
      const line: (string | number | boolean)[] = [];
      for (let j = r.firstCol; j <= r.lastCol; j++) line.push(this.getCell(sheet, i, j) ?? "");
      out.push(line);
    }
    return out;
  }

  /** Smallest range holding every non-empty cell (from A1, like Excel's used range), or null. */
  usedRange(sheet: string): CellRange | null {
    const s = this.sheet(sheet);
    if (!s) return null;
    let lastRow = -1;
    let lastCol = -1;
    s.cells.forEach((line, i) =>
      line?.forEach((v, j) => {
        if (v !== null && v !== undefined && v !== "") {
          lastRow = Math.max(lastRow, i);
          lastCol = Math.max(lastCol, j);
        }
      })
    );
    return lastRow < 0 ? null : { firstRow: 0, firstCol: 0, lastRow, lastCol };
  }

  private filled(sheet: string, row: number, col: number): boolean {
    const v = this.getCell(sheet, row, col);
    return v !== null && v !== "";
  }

  /** Excel's "current region": the block of filled cells around a cell, bounded by empty rows and columns. */
  currentRegion(sheet: string, row: number, col: number): CellRange {
    const r: CellRange = { firstRow: row, firstCol: col, lastRow: row, lastCol: col };
    for (let grew = true; grew;) {
      grew = false;
      const rowHas = (i: number) => {
        for (let j = Math.max(0, r.firstCol - 1); j <= r.lastCol + 1; j++) if (this.filled(sheet, i, j)) return true;
        return false;
      };
      const colHas = (j: number) => {
        for (let i = Math.max(0, r.firstRow - 1); i <= r.lastRow + 1; i++) if (this.filled(sheet, i, j)) return true;
        return false;
      };
      if (r.firstRow > 0 && rowHas(r.firstRow - 1)) (r.firstRow--, (grew = true));
      if (rowHas(r.lastRow + 1)) (r.lastRow++, (grew = true));
      if (r.firstCol > 0 && colHas(r.firstCol - 1)) (r.firstCol--, (grew = true));
      if (colHas(r.lastCol + 1)) (r.lastCol++, (grew = true));
    }
    return r;
  }

  /**
   * A paste replaces every cell of the rectangle it spans (short rows are
   * padded with empty cells), so no old value hides among the new ones.
   */
  paste(sheet: string, row: number, col: number, block: CellValue[][]): CellRange {
    const width = Math.max(1, ...block.map((r) => r.length));
    const rect = block.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
    const range = { firstRow: row, firstCol: col, lastRow: row + rect.length - 1, lastCol: col + width - 1 };
    this.lastPaste = { sheet: this.sheet(sheet)?.name ?? sheet, range };
    this.setBlock(sheet, row, col, rect);
    return range;
  }

  /** "ล้างชีต": every cell of a sheet emptied, the selection back to A1. */
  clearSheet(sheet: string): void {
    const s = this.sheet(sheet);
    if (!s) return;
    s.cells = [];
    if (this.lastPaste?.sheet === s.name) this.lastPaste = null;
    this.select(s.name, { firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 0 });
  }

  /**
   * What "use the selection" reads: the range selected; one cell inside the
   * last paste, the paste (the read follows it); another single cell, the
   * block around it, as Excel users mean "this table". Null when nothing is there.
   */
  readRange(): Selection | null {
    const sel = this.selection;
    if (!sel || !this.sheet(sel.sheet)) return null;
    const r = sel.range;
    if (r.firstRow !== r.lastRow || r.firstCol !== r.lastCol) return sel;
    const p = this.lastPaste;
    if (p && p.sheet.toLowerCase() === sel.sheet.toLowerCase() && inRange(p.range, r.firstRow, r.firstCol)) return p;
    if (!this.filled(sel.sheet, r.firstRow, r.firstCol)) return null;
    return { sheet: sel.sheet, range: this.currentRegion(sel.sheet, r.firstRow, r.firstCol) };
  }

  /** True when a range holds cells of the last paste and filled cells from before it (a paste over older data). */
  mixesOld(at: Selection): boolean {
    const p = this.lastPaste;
    if (!p || p.sheet.toLowerCase() !== at.sheet.toLowerCase()) return false;
    const r = at.range;
    const overlaps =
      r.firstRow <= p.range.lastRow && p.range.firstRow <= r.lastRow && r.firstCol <= p.range.lastCol && p.range.firstCol <= r.lastCol;
    if (!overlaps) return false;
    for (let i = r.firstRow; i <= r.lastRow; i++)
      for (let j = r.firstCol; j <= r.lastCol; j++) if (!inRange(p.range, i, j) && this.filled(at.sheet, i, j)) return true;
    return false;
  }

  select(sheet: string, range: CellRange): void {
    this.selection = { sheet, range };
    this.active = this.sheet(sheet)?.name ?? this.active;
    this.changed();
  }

  isSelected(sheet: string, row: number, col: number): boolean {
    return this.selection?.sheet === sheet && inRange(this.selection.range, row, col);
  }
}
