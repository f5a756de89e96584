// Turns a SheetSpec into the few bulk operations the Office writer sends:
// 2-D value/format blocks and style rectangles. Pure, so it is tested without
// Excel and the writer stays a thin loop over the plan.
import type { CellSpec, CellValue, SheetSpec, StyleName } from "../report/spec";
import { cellRange, formatRange, type CellRange } from "../engine/a1";
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

export function cellFormat(cell: CellSpec | undefined): string {
  if (!cell) return "General";
  if (typeof cell.value === "string") return textInput(cell.value).format;
  return cell.format ?? "General";
}

function cellValue(v: CellValue | undefined): string | number | boolean {
  if (typeof v === "string") return textInput(v).value;
  return v === null || v === undefined ? "" : v;
}

/** UTF-8 length of a JSON-ish rendering: Thai letters take 3 bytes each. */
function byteLength(s: string): number {
  let n = 2; // quotes/separator
  for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) < 0x80 ? 1 : 3;
  return n;
}

/** Splits the sheet's rows into blocks, each under `budget` bytes (at least one row). */
export function valueBlocks(spec: SheetSpec, budget: number): Block[] {
  const width = sheetWidth(spec);
  const blocks: Block[] = [];
  let start = 0;
  let values: Block["values"] = [];
  let formats: string[][] = [];
  let bytes = 0;
  const flush = (end: number) => {
    if (values.length === 0) return;
    const plain = formats.map((r) => r.map(plainFormat));
    const differs = plain.some((r, i) => r.some((f, j) => f !== formats[i][j]));
    blocks.push({
      address: formatRange(cellRange(start, 0, end, width - 1)),
      values,
      formats: plain,
      ...(differs ? { localeFormats: formats } : {}),
      bytes,
    });
    values = [];
    formats = [];
    bytes = 0;
    start = end + 1;
  };
  const rowCount = Math.max(1, spec.rows.length);
  for (let r = 0; r < rowCount; r++) {
    const row = spec.rows[r] ?? [];
    const vs: (string | number | boolean)[] = [];
    const fs: string[] = [];
    let rowBytes = 0;
    for (let c = 0; c < width; c++) {
      const v = cellValue(row[c]?.value);
      const f = cellFormat(row[c]);
      vs.push(v);
      fs.push(f);
      rowBytes += byteLength(String(v)) + byteLength(f);
    }
    if (values.length > 0 && bytes + rowBytes > budget) flush(r - 1);
    values.push(vs);
    formats.push(fs);
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
  return [
    ...rects(
      spec,
      (c) => c.style,
      (address, style) => ({ address, style: style as StyleName })
    ),
    ...rects(
      spec,
      (c) => c.color,
      (address, color) => ({ address, color })
    ),
    ...rects(
      spec,
      (c) => c.align,
      (address, align) => ({ address, align: align as StyleRect["align"] })
    ),
  ];
}

function rects(
  spec: SheetSpec,
  keyOf: (c: CellSpec) => string | undefined,
  make: (address: string, key: string) => StyleRect
): StyleRect[] {
  const out: StyleRect[] = [];
  type Open = CellRange & { key: string };
  let open = new Map<string, Open>();
  const close = (o: Open) => out.push(make(formatRange(o), o.key));
  spec.rows.forEach((row, r) => {
    const next = new Map<string, Open>();
    let c = 0;
    while (c < row.length) {
      const key = row[c] ? keyOf(row[c]) : undefined;
      let c2 = c;
      while (c2 + 1 < row.length && (row[c2 + 1] ? keyOf(row[c2 + 1]) : undefined) === key) c2++;
      if (key) {
        const id = `${c}:${c2}:${key}`;
        const prev = open.get(id);
        if (prev) {
          prev.lastRow = r;
          next.set(id, prev);
          open.delete(id);
        } else next.set(id, { ...cellRange(r, c, r, c2), key });
      }
      c = c2 + 1;
    }
    open.forEach(close);
    open = next;
  });
  open.forEach(close);
  return out;
}
