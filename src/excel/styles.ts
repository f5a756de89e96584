// The shared report looks (src/report/styles.ts) in Office.js terms; this
// file only translates, it holds no look of its own.
import type { StyleName } from "../report/spec";
import { GRID_COLOR, STYLE_LOOKS, type Look } from "../report/styles";

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

/** Colour of the grid lines ("grid" borders). */
export const BORDER_COLOR = GRID_COLOR;

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

export function officeStyle(look: Look): OfficeStyle {
  return {
    font: {
      size: look.sizeDelta,
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.color ? { color: look.color } : {}),
    },
    ...(look.fill ? { fill: look.fill } : {}),
    ...(look.horizontal ? { horizontalAlignment: HORIZONTAL[look.horizontal] } : {}),
    ...(look.vertical ? { verticalAlignment: VERTICAL[look.vertical] } : {}),
    ...(look.wrap ? { wrapText: true } : {}),
    borders: look.grid ? "grid" : "none",
  };
}

export const STYLES = Object.fromEntries(
  (Object.keys(STYLE_LOOKS) as StyleName[]).map((name) => [name, officeStyle(STYLE_LOOKS[name])])
) as Record<StyleName, OfficeStyle>;

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
