// The shared report looks (src/report/styles.ts) in ExcelJS's terms; this
// file only translates, it holds no look of its own.
import type { Alignment, Borders, Fill, Font } from "exceljs";
import type { CellSpec, SheetSpec } from "../report/spec";
import { GRID_COLOR, lookOf } from "../report/styles";

/** "#9C0006" → "FF9C0006" (ExcelJS wants opaque ARGB). */
export const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

const THIN = { style: "thin" as const, color: { argb: argb(GRID_COLOR) } };
const GRID: Partial<Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

export interface CellLook {
  font: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
  alignment?: Partial<Alignment>;
}

/** The formatting of one cell: its named style, then its own overrides. */
export function cellLook(cell: CellSpec, font: SheetSpec["font"]): CellLook {
  const look = lookOf(cell);
  const out: CellLook = {
    font: {
      name: font.name,
      size: font.size + look.sizeDelta,
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.color ? { color: { argb: argb(look.color) } } : {}),
    },
  };
  if (look.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.grid) out.border = GRID;
  if (look.horizontal || look.vertical || look.wrap) {
    out.alignment = {
      ...(look.horizontal ? { horizontal: look.horizontal } : {}),
      ...(look.vertical ? { vertical: look.vertical } : {}),
      ...(look.wrap ? { wrapText: true } : {}),
    };
  }
  return out;
}
