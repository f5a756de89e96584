// Turns a SheetSpec into the few bulk operations the Office writer sends:
// 2-D value/format blocks and style rectangles. Pure, so it is tested without
// Excel and the writer stays a thin loop over the plan.
import type { SheetSpec, StyleName } from "../report/spec";
import { cellRange, formatRange } from "../engine/a1";
import { widestRow } from "../engine/input/limits";

/** Excel's number format for text: a value assigned to such a cell stays text. */
export const TEXT_FORMAT = "@";

export interface Block {
  /** A1 range of the block, all columns of the sheet. */
  address: string;
  values: (string | number | boolean)[][];
  /** Formats Excel takes everywhere: Thai-digit locale prefixes left off. */
  formats: string[][];
  /** The spec's own formats, when some differ from `formats` (set later, as an optional decoration). */
  localeFormats?: string[][];
  /** Rough request size in bytes (UTF-8 of values and formats). */
  bytes: number;
}

export interface StyleRect {
  address: string;
  style?: StyleName;
  color?: string;
  align?: "left" | "center" | "right";
}

export function sheetWidth(spec: SheetSpec): number {
  return Math.max(1, spec.columns.length, widestRow(spec.rows));
}

/**
 * Text that Excel would read as a formula: Range.values documents that a value
 * starting with "+", "-" or "=" is "interpreted as a formula" (@types/office-js,
 * Excel.Range.values), "@" starts one in Excel 365, and a leading apostrophe
 * would itself be taken as a quote prefix and vanish. No page says a text
 * number format ("@") prevents the formula, so it is not relied on.
 */
export const FORMULA_LIKE = /^[=+\-@']/;

/**
 * A string as written through Range.values, with the number format to set
 * first. Formula-like text gets a leading apostrophe (Excel's quote prefix:
 * the rest is stored as text, the apostrophe is not part of the value; the
 * documented behaviour of Excel's object model, `Range("A1").Value = "'1"` in
 * Microsoft's VBA reference) in a General cell, where the prefix is honoured
 * as when typed. Other text keeps "@", so "0012" or "1/10" is not read as a
 * number or a date (Microsoft support: set the Text format before entering).
 */
export function textInput(text: string): { value: string; format: string } {
  return FORMULA_LIKE.test(text) ? { value: `'${text}`, format: "General" } : { value: text, format: TEXT_FORMAT };
}

/** A number format without locale prefixes such as Thai digits' "[$-D00041E]" (refused on some hosts). */
export function plainFormat(format: string): string {
  const plain = format.replace(/\[\$-[0-9A-Fa-f]+\]/g, "");
  return plain === "" ? "General" : plain;
}

/** UTF-8 length of a JSON-ish rendering: Thai letters take 3 bytes each. */
function byteLength(s: string): number {
  let n = 2; // quotes/separator
  for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) < 0x80 ? 1 : 3;
  return n;
}

/** A number format with what the plan needs of it, worked out once per format (a sheet has a handful). */
interface FormatInfo {
  plain: string;
  bytes: number;
}

function formatInfo(cache: Map<string, FormatInfo>, format: string): FormatInfo {
  let f = cache.get(format);
  if (!f) cache.set(format, (f = { plain: plainFormat(format), bytes: byteLength(format) }));
  return f;
}

/** Splits the sheet's rows into blocks, each under `budget` bytes (at least one row). */
export function valueBlocks(spec: SheetSpec, budget: number): Block[] {
  const width = sheetWidth(spec);
  const blocks: Block[] = [];
  const formatsSeen = new Map<string, FormatInfo>();
  let start = 0;
  let values: Block["values"] = [];
  /** The spec's own formats, and (the same row when none differs) the plain ones. */
  let formats: string[][] = [];
  let plain: string[][] = [];
  let differs = false;
  let bytes = 0;
  const flush = (end: number) => {
    if (values.length === 0) return;
    blocks.push({
      address: formatRange(cellRange(start, 0, end, width - 1)),
      values,
      formats: plain,
      ...(differs ? { localeFormats: formats } : {}),
      bytes,
    });
    values = [];
    formats = [];
    plain = [];
    differs = false;
    bytes = 0;
    start = end + 1;
  };
  const rowCount = Math.max(1, spec.rows.length);
  for (let r = 0; r < rowCount; r++) {
    const row = spec.rows[r] ?? [];
    const vs: (string | number | boolean)[] = new Array(width);
    const fs: string[] = new Array(width);
    let ps: string[] | null = null;
    let rowBytes = 0;
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      const x = cell?.value;
      // Text through textInput (user text never becomes a formula); numbers and booleans as they are.
      let v: string | number | boolean;
      let f: string;
      if (typeof x === "string") {
        ({ value: v, format: f } = textInput(x));
        rowBytes += byteLength(v);
      } else {
        v = x === null || x === undefined ? "" : x;
        f = cell ? (cell.format ?? "General") : "General";
        rowBytes += 2 + String(v).length; // numbers and booleans print in ASCII
      }
      const info = formatInfo(formatsSeen, f);
      rowBytes += info.bytes;
      vs[c] = v;
      fs[c] = f;
      if (!ps && info.plain !== f) ps = fs.slice(0, c);
      if (ps) ps[c] = info.plain;
    }
    if (values.length > 0 && bytes + rowBytes > budget) flush(r - 1);
    values.push(vs);
    formats.push(fs);
    plain.push(ps ?? fs);
    if (ps) differs = true;
    bytes += rowBytes;
  }
  flush(rowCount - 1);
  return blocks;
}

/**
 * Cells sharing a style grouped into rectangles: runs along each row,
 * extended down while the next row has the same run. A table body becomes one
 * rectangle per column group, so formatting calls do not grow with the row
 * count. Colour and alignment overrides come as separate, smaller rectangles
 * (one property each), applied after the styles.
 */
export function styleRects(spec: SheetSpec): StyleRect[] {
  const style = new Runs((address, key) => ({ address, style: key as StyleName }));
  const color = new Runs((address, key) => ({ address, color: key }));
  const align = new Runs((address, key) => ({ address, align: key as StyleRect["align"] }));
  // Each cell's three keys read once per row, then each kind's runs found along them.
  const ks: (string | undefined)[] = [];
  const kc: (string | undefined)[] = [];
  const ka: (string | undefined)[] = [];
  const rows = spec.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const n = row.length;
    for (let c = 0; c < n; c++) {
      const cell = row[c];
      ks[c] = cell?.style;
      kc[c] = cell?.color;
      ka[c] = cell?.align;
    }
    style.row(r, ks, n);
    color.row(r, kc, n);
    align.row(r, ka, n);
  }
  return [...style.end(), ...color.end(), ...align.end()];
}

/** A run of equal keys along one row (columns from its start to c2), extended down while the rows below repeat it. */
interface Run {
  firstRow: number;
  lastRow: number;
  c2: number;
  key: string;
}

/** One kind's rectangles: runs along each row, extended down while the next row has the same run. */
class Runs {
  private readonly out: StyleRect[] = [];
  /** Open runs by their first column: a row's runs part it, so each column starts at most one. */
  private open: (Run | undefined)[] = [];

  constructor(private readonly make: (address: string, key: string) => StyleRect) {}

  /** Row r's keys (the first n of `keys`): runs it repeats are extended, the others closed, in column order. */
  row(r: number, keys: (string | undefined)[], n: number): void {
    const next: (Run | undefined)[] = [];
    const open = this.open;
    let c = 0;
    while (c < n) {
      const key = keys[c];
      let c2 = c;
      while (c2 + 1 < n && keys[c2 + 1] === key) c2++;
      if (key) {
        const prev = open[c];
        if (prev && prev.c2 === c2 && prev.key === key) {
          prev.lastRow = r;
          next[c] = prev;
          open[c] = undefined;
        } else next[c] = { firstRow: r, lastRow: r, c2, key };
      }
      c = c2 + 1;
    }
    this.close(open);
    this.open = next;
  }

  end(): StyleRect[] {
    this.close(this.open);
    this.open = [];
    return this.out;
  }

  private close(runs: (Run | undefined)[]): void {
    for (let c = 0; c < runs.length; c++) {
      const o = runs[c];
      if (o) this.out.push(this.make(formatRange({ firstRow: o.firstRow, firstCol: c, lastRow: o.lastRow, lastCol: o.c2 }), o.key));
    }
  }
}
