// How each named report style looks in Excel, relative to the sheet's font
// (SheetSpec.font: TH SarabunPSK 16 for government documents; Excel
// substitutes a font where it is not installed).
import type { StyleName } from "../report/spec";

export interface OfficeStyle {
  /** `size` is added to the sheet font's size. */
  font: { size: number; bold?: boolean; italic?: boolean; color?: string };
  fill?: string;
  horizontalAlignment?: "Left" | "Center" | "Right";
  verticalAlignment?: "Top" | "Center" | "Bottom";
  wrapText?: boolean;
  /** "grid": thin lines around and inside the block; "none": no borders. */
  borders: "grid" | "none";
}

export const STYLES: Record<StyleName, OfficeStyle> = {
  title: { font: { size: 4, bold: true }, borders: "none", verticalAlignment: "Center" },
  subtitle: { font: { size: 0, bold: true }, borders: "none", verticalAlignment: "Center" },
  header: {
    font: { size: 0, bold: true },
    fill: "#D9E1F2",
    horizontalAlignment: "Center",
    verticalAlignment: "Center",
    wrapText: true,
    borders: "grid",
  },
  body: { font: { size: 0 }, verticalAlignment: "Top", borders: "grid" },
  bodyWrap: { font: { size: 0 }, verticalAlignment: "Top", wrapText: true, borders: "grid" },
  number: { font: { size: 0 }, horizontalAlignment: "Right", verticalAlignment: "Top", borders: "grid" },
  total: { font: { size: 0, bold: true }, fill: "#F2F2F2", verticalAlignment: "Top", borders: "grid" },
  totalNumber: {
    font: { size: 0, bold: true },
    fill: "#F2F2F2",
    horizontalAlignment: "Right",
    verticalAlignment: "Top",
    borders: "grid",
  },
  note: { font: { size: -2, italic: true, color: "#595959" }, borders: "none" },
};

/**
 * Column width: a SheetSpec gives Excel character units (as ExcelJS and the
 * Excel UI do); Office.js `format.columnWidth` takes points. Excel's rule for
 * the default font (Calibri 11, maximum digit width 7 px) is
 * pixels = round(chars × 7) + 5 px of cell padding, and 1 px = 0.75 pt at
 * 96 dpi. Check: the default 8.43 chars → 64 px → 48 pt, as Excel shows.
 */
export function widthToPoints(chars: number): number {
  return (Math.round(chars * 7) + 5) * 0.75;
}
