// How each named style looks, once for every writer (Office.js, ExcelJS,
// HTML preview): each writer only translates a Look to its own API, so the
// three outputs cannot drift apart. Sizes are relative to SheetSpec.font
// (TH SarabunPSK 16 for government documents).
import type { CellSpec, StyleName } from "./spec";

export interface Look {
  /** Added to the sheet font's size (points). */
  sizeDelta: number;
  bold?: boolean;
  italic?: boolean;
  /** Font colour, "#RRGGBB". */
  color?: string;
  /** Solid fill, "#RRGGBB". */
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  /** Wrap text within the column (row heights then count the lines). */
  wrap?: boolean;
  /** Thin lines in GRID_COLOR around (and, over a block, inside) the cells. */
  grid: boolean;
}

/** Colour of a chart's pass-mark (reference) line, in Excel and the preview alike. */
export const REFERENCE_LINE_COLOR = "#C00000";

/**
 * Colours that carry meaning, in Excel's "good/bad" cell-style palette: better
 * or passing in green, worse or failing in red (a pink fill under the pass
 * mark). The sheet builders use these names, never the literals.
 */
export const SIGNAL = { good: "#006100", bad: "#9C0006", badFill: "#FFC7CE" } as const;

/** Grade-band fills from the best band down: passing bands green, failing ones amber then red. */
export const PASS_FILLS = ["#63BE7B", "#C6EFCE", "#E2F0D9"] as const;
export const FAIL_FILLS = ["#FFEB9C", "#FFC7CE", "#F4B6B6", "#F8696B"] as const;

/** Colour of the table's thin grid lines. */
export const GRID_COLOR = "#808080";

export const STYLE_LOOKS: Record<StyleName, Look> = {
  title: { sizeDelta: 4, bold: true, vertical: "middle", grid: false },
  subtitle: { sizeDelta: 0, bold: true, vertical: "middle", grid: false },
  header: { sizeDelta: 0, bold: true, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, grid: true },
  body: { sizeDelta: 0, vertical: "top", grid: true },
  bodyWrap: { sizeDelta: 0, vertical: "top", wrap: true, grid: true },
  number: { sizeDelta: 0, horizontal: "right", vertical: "top", grid: true },
  total: { sizeDelta: 0, bold: true, fill: "#F2F2F2", vertical: "top", grid: true },
  totalNumber: { sizeDelta: 0, bold: true, fill: "#F2F2F2", horizontal: "right", vertical: "top", grid: true },
  note: { sizeDelta: -2, italic: true, color: "#595959", grid: false },
  caveat: { sizeDelta: -2, italic: true, color: "#7F3F00", vertical: "top", wrap: true, grid: false },
  paragraph: { sizeDelta: 0, vertical: "top", wrap: true, grid: false },
};

/** A cell without a named style: plain text in the sheet font, no borders. */
export const PLAIN_LOOK: Look = { sizeDelta: 0, grid: false };

/** The look of one cell: its named style with the cell's own colour and alignment on top. */
export function lookOf(cell: CellSpec): Look {
  const base = cell.style ? STYLE_LOOKS[cell.style] : PLAIN_LOOK;
  if (!cell.color && !cell.align) return base;
  return { ...base, ...(cell.color ? { color: cell.color } : {}), ...(cell.align ? { horizontal: cell.align } : {}) };
}
