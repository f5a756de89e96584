// How each named report style looks in an ExcelJS workbook, relative to the
// sheet's font (SheetSpec.font). Same look as the Office.js writer's map:
// bold blue-grey header, thin grid borders on the table, grey totals.
import type { Alignment, Borders, Fill, Font } from "exceljs";
import type { CellSpec, SheetSpec, StyleName } from "../report/spec";

interface Look {
  /** Added to the sheet font's size. */
  sizeDelta: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  grid: boolean;
}

const LOOKS: Record<StyleName, Look> = {
  title: { sizeDelta: 4, bold: true, vertical: "middle", grid: false },
  subtitle: { sizeDelta: 0, bold: true, vertical: "middle", grid: false },
  header: { sizeDelta: 0, bold: true, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, grid: true },
  body: { sizeDelta: 0, vertical: "top", grid: true },
  bodyWrap: { sizeDelta: 0, vertical: "top", wrap: true, grid: true },
  number: { sizeDelta: 0, horizontal: "right", vertical: "top", grid: true },
  total: { sizeDelta: 0, bold: true, fill: "#F2F2F2", vertical: "top", grid: true },
  totalNumber: { sizeDelta: 0, bold: true, fill: "#F2F2F2", horizontal: "right", vertical: "top", grid: true },
  note: { sizeDelta: -2, italic: true, color: "#595959", grid: false },
};

/** "#9C0006" → "FF9C0006" (ExcelJS wants opaque ARGB). */
export const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

const THIN = { style: "thin" as const, color: { argb: "FF808080" } };
const GRID: Partial<Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

export interface CellLook {
  font: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
  alignment?: Partial<Alignment>;
}

/** The formatting of one cell: its named style, then its own overrides. */
export function cellLook(cell: CellSpec, font: SheetSpec["font"]): CellLook {
  // A cell without a named style is plain text in the sheet font (no borders).
  const look: Look = cell.style ? LOOKS[cell.style] : { sizeDelta: 0, grid: false };
  const color = cell.color ?? look.color;
  const out: CellLook = {
    font: {
      name: font.name,
      size: font.size + look.sizeDelta,
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(color ? { color: { argb: argb(color) } } : {}),
    },
  };
  if (look.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.grid) out.border = GRID;
  const horizontal = cell.align ?? look.horizontal;
  if (horizontal || look.vertical || look.wrap) {
    out.alignment = {
      ...(horizontal ? { horizontal } : {}),
      ...(look.vertical ? { vertical: look.vertical } : {}),
      ...(look.wrap ? { wrapText: true } : {}),
    };
  }
  return out;
}
