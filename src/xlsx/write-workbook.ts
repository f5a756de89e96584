// SheetSpecs → .xlsx bytes through ExcelJS, in Node and in the browser (no
// fs here). Thin: renders each spec as given and decides no content.
//
// Charts: ExcelJS cannot write charts; chart-parts.ts adds them to the
// written package.
import type { Workbook, Worksheet } from "exceljs";
import JSZip from "jszip";
import type { SheetSpec, ValidationList } from "../report/spec";
import { cellsOf, columnLetters, parseA1, sheetRef } from "../engine/a1";
import { headerFooter, pageSetup } from "./page";
import { addChartParts } from "./chart-parts";
import { FORMULA_START, quotePrefixIn, sheetFiles, type QuotedCells } from "./quote-prefix";
import { argb, cellLook } from "./styles";

/** Name of the hidden sheet holding long or comma-bearing drop-down lists. */
export const LISTS_SHEET = "lists";

/** Excel's limit for an inline list ("a,b,c") in a validation formula. */
const INLINE_LIST_MAX = 255;

// ExcelJS is ~1 MB: loaded on first export only, so browser bundles split it out.
async function loadExcelJS(): Promise<typeof import("exceljs")> {
  const mod = await import("exceljs");
  // A CommonJS module seen through ESM interop (webpack, ts-jest) sits on `default`.
  return mod.default?.Workbook ? mod.default : mod;
}

export async function writeWorkbook(specs: SheetSpec[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = "ITA Scorecard";
  const lists = new ListSheet(wb, specs);
  const quoted: QuotedCells = new Map();
  for (const spec of specs) quoted.set(spec.name, writeSheet(wb, spec, lists));
  quoted.set(lists.name, lists.finish());
  const buffer = await wb.xlsx.writeBuffer();
  return patchPackage(new Uint8Array(buffer as ArrayBuffer), specs, quoted);
}

/** What ExcelJS cannot write, patched into its package: quote prefixes, then the charts. */
async function patchPackage(bytes: Uint8Array, specs: SheetSpec[], quoted: QuotedCells): Promise<Uint8Array> {
  const charted = specs.filter((s) => s.chart && s.chart.series.length > 0);
  if (charted.length === 0 && [...quoted.values()].every((a) => a.length === 0)) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  await quotePrefixIn(zip, quoted);
  if (charted.length > 0) {
    const text = (name: string) => zip.file(name)?.async("string") ?? Promise.reject(new Error(`xlsx: no ${name}`));
    const parts = sheetFiles(await text("xl/workbook.xml"), await text("xl/_rels/workbook.xml.rels"));
    await addChartParts(
      zip,
      charted.map((spec) => ({ spec, chart: spec.chart!, sheetPart: parts.get(spec.name) ?? "" }))
    );
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Writes one sheet; returns the text cells that look like formulas (to get Excel's quote prefix). */
function writeSheet(wb: Workbook, spec: SheetSpec, lists: ListSheet): string[] {
  const quoted: string[] = [];
  const ws = wb.addWorksheet(spec.name, {
    views: [
      spec.freezeRows > 0
        ? { state: "frozen", ySplit: spec.freezeRows, xSplit: 0, showGridLines: false }
        : { state: "normal", showGridLines: false },
    ],
    pageSetup: pageSetup(spec.print),
    headerFooter: headerFooter(spec),
  });

  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    // Empty cells in the column take the sheet font too (row heights, typing).
    col.font = { name: spec.font.name, size: spec.font.size };
  });

  spec.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((c, col) => {
      const cell = row.getCell(col + 1);
      // A string is always written as text: ExcelJS makes formulas only from
      // { formula } objects, so user text such as "=HYPERLINK(…)" stays data.
      cell.value = c.value;
      if (typeof c.value === "string" && FORMULA_START.test(c.value)) quoted.push(cell.address);
      if (c.format) cell.numFmt = c.format;
      const look = cellLook(c, spec.font);
      cell.font = look.font;
      if (look.fill) cell.fill = look.fill;
      if (look.border) cell.border = look.border;
      if (look.alignment) cell.alignment = look.alignment;
    });
  });
  // Heights as the spec gives them (the report layer fits them to the text).
  for (const [r, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(r) + 1).height = height;

  // ExcelJS writes a break after the row it is called on: the row before the one that starts a page.
  for (const b of spec.print.breaks ?? []) if (b > 0) ws.getRow(b).addPageBreak();

  for (const m of spec.merges) ws.mergeCells(m);
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;

  spec.conditional.forEach((rule, i) => {
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: "cellIs",
          // ExcelJS's type lists fewer operators than it writes; Excel knows them all.
          operator: rule.operator as "lessThan",
          formulae: rule.value2 !== undefined ? [rule.value, rule.value2] : [rule.value],
          priority: i + 1,
          style: {
            ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
            // A differential fill shows its bgColor; fgColor too for readers that use it.
            ...(rule.fill
              ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(rule.fill) }, bgColor: { argb: argb(rule.fill) } } }
              : {}),
          },
        },
      ],
    });
  });

  for (const v of spec.validation) writeValidation(ws, v, lists);
  return quoted;
}

function writeValidation(ws: Worksheet, v: ValidationList, lists: ListSheet): void {
  if (v.items.length === 0) return;
  const source = lists.sourceFor(v.items);
  const range = parseA1(v.range)?.range;
  if (!range) throw new Error(`not an A1 range: ${v.range}`);
  for (const address of cellsOf(range)) {
    ws.getCell(address).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [source],
      // A warning, not a stop: a planner may type a division the list lacks.
      showErrorMessage: true,
      errorStyle: "warning",
      ...(v.prompt ? { showInputMessage: true, prompt: v.prompt.slice(0, 255) } : {}),
    };
  }
}

/**
 * Drop-down sources. A short list without commas or quotes goes inline
 * ("a,b"); otherwise (Excel splits inline lists on commas in every locale,
 * and caps them at 255 characters) its items go down a column of a hidden
 * sheet and the validation refers to that range.
 */
class ListSheet {
  private readonly pending: string[][] = [];
  readonly name: string;

  constructor(
    private readonly wb: Workbook,
    specs: SheetSpec[]
  ) {
    const taken = new Set(specs.map((s) => s.name.toLowerCase()));
    let name = LISTS_SHEET;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${LISTS_SHEET}${n}`;
    this.name = name;
  }

  sourceFor(items: string[]): string {
    const joined = items.join(",");
    if (joined.length <= INLINE_LIST_MAX && !items.some((s) => /[,"]/.test(s))) return `"${joined}"`;
    this.pending.push(items);
    const col = columnLetters(this.pending.length - 1);
    return `${sheetRef(this.name)}!$${col}$1:$${col}$${items.length}`;
  }

  /** Written after the report's sheets, so they keep the first tabs; returns the items that look like formulas. */
  finish(): string[] {
    if (this.pending.length === 0) return [];
    const ws = this.wb.addWorksheet(this.name, { state: "hidden" });
    const quoted: string[] = [];
    this.pending.forEach((items, c) =>
      items.forEach((item, r) => {
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = item;
        if (FORMULA_START.test(item)) quoted.push(cell.address);
      })
    );
    return quoted;
  }
}
