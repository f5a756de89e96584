// Excel's own limits, applied once to every spec so Excel, the .xlsx and the
// preview show the same text: a cell holds at most 32,767 characters, and a
// page header or footer at most 255 (codes included; Excel refuses a longer
// one, and a 178-character agency name already passes it). Longer text is
// shortened with an ellipsis.
import { COMBINING_MARKS } from "../engine/text";
import type { CellSpec, PrintSpec, SheetSpec } from "./spec";

export const EXCEL_CELL_TEXT_MAX = 32_767;
export const EXCEL_HEADER_FOOTER_MAX = 255;
const ELLIPSIS = "…";

/**
 * The size and font codes a writer puts before each header/footer section,
 * in the sheet font at 2 pt below its size. The size code goes first so a
 * text starting with a digit cannot run into it ("&14" + "2565" would read
 * as size 142565). Decided here so the 255-character budget counts them.
 */
export const sectionCode = (font: SheetSpec["font"]): string => `&${Math.max(8, font.size - 2)}&"${font.name.replace(/"/g, "")},Regular"`;

/** The text cut to at most `max` characters, the last being "…": never inside a surrogate pair, a "&&" or before a Thai mark. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - ELLIPSIS.length);
  while (cut > 0 && (COMBINING_MARKS.test(text[cut]) || /[\udc00-\udfff]/.test(text[cut]))) cut--;
  let head = text.slice(0, cut);
  // An odd run of "&" at the end would start a header code.
  const amps = /&+$/.exec(head)?.[0].length ?? 0;
  if (amps % 2 === 1) head = head.slice(0, -1);
  return head + ELLIPSIS;
}

type Sections = PrintSpec["header"];

/** Sections whose full header string (each "&L"/"&C"/"&R" + font codes + text) fits Excel's 255; the longest is cut first. */
export function fitSections(parts: Sections, font: SheetSpec["font"]): Sections {
  const code = sectionCode(font);
  const out: Sections = { ...parts };
  const keys = (["left", "center", "right"] as const).filter((k) => out[k]);
  const length = () => keys.reduce((n, k) => n + 2 + code.length + (out[k] ?? "").length, 0);
  for (let excess = length() - EXCEL_HEADER_FOOTER_MAX; excess > 0; excess = length() - EXCEL_HEADER_FOOTER_MAX) {
    const longest = keys.reduce((a, b) => ((out[b] ?? "").length > (out[a] ?? "").length ? b : a));
    const text = out[longest] ?? "";
    out[longest] = shorten(text, Math.max(1, text.length - excess));
    if (out[longest] === text) break;
  }
  return out;
}

const tooLong = (c: CellSpec): boolean => typeof c.value === "string" && c.value.length > EXCEL_CELL_TEXT_MAX;
const capCell = (c: CellSpec): CellSpec => (tooLong(c) ? { ...c, value: shorten(c.value as string, EXCEL_CELL_TEXT_MAX) } : c);

export function withinExcelLimits(spec: SheetSpec): SheetSpec {
  return {
    ...spec,
    // A row without over-long text is kept as it is (specs are not changed in place).
    rows: spec.rows.map((row) => (row.some(tooLong) ? row.map(capCell) : row)),
    print: { ...spec.print, header: fitSections(spec.print.header, spec.font), footer: fitSections(spec.print.footer, spec.font) },
  };
}
