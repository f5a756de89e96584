// Heights for the rows a spec leaves to the default. Excel's default (15 pt)
// fits Calibri 11, not a 16 pt Thai font, and neither ExcelJS nor
// LibreOffice autofits on opening: without a height the text is clipped in
// print. Same measure as the report builders (text-width) so the two agree.
import type { SheetSpec } from "../report/spec";
import { wrappedLines } from "../report/text-width";
import { cellLook } from "./styles";

/** Points per line for a font size (21 pt at 16 pt, as the measures sheet uses). */
const lineHeight = (size: number) => (size * 21) / 16;
const PADDING = 4;

/** Height in points that shows the row's tallest cell, or undefined for an empty row. */
export function autoRowHeight(spec: SheetSpec, row: number): number | undefined {
  let height: number | undefined;
  spec.rows[row].forEach((cell, col) => {
    if (cell.value === null || cell.value === "") return;
    const look = cellLook(cell, spec.font);
    const size = look.font.size ?? spec.font.size;
    const width = spec.columns[col]?.width ?? 8.43;
    const lines = look.alignment?.wrapText ? wrappedLines(String(cell.value), width) : 1;
    height = Math.max(height ?? 0, Math.ceil(lines * lineHeight(size) + PADDING));
  });
  return height;
}
