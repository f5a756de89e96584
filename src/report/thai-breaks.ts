// Break opportunities between Thai words in the long wrapped cells we print.
// Thai has no spaces between words; LibreOffice breaks by its dictionary,
// but Excel may break a Thai line anywhere, splitting a word. A zero-width
// space (U+200B) between two words is a break opportunity every renderer
// honours (Unicode line breaking, UAX #14 class ZW) and prints nothing; the
// words come from Intl.Segmenter "th" (ICU's dictionary) as breakPieces
// finds them. Only in wrapped running text the user does not edit: names,
// owners and codes stay exactly as typed (a drop-down compares them).
import { stripInvisible } from "../engine/text";
import type { CellSpec, SheetSpec } from "./spec";
import { breakPieces } from "./text-width";

export const ZWSP = "\u200b";
const THAI_END = /[\u0e01-\u0e4e]$/;
const THAI_START = /^[\u0e01-\u0e4e]/;

/** The text with U+200B between each two adjacent Thai words (none where a space or other text already parts them). */
export function withThaiBreaks(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const pieces = breakPieces(stripInvisible(line));
      return pieces.map((p, i) => (i > 0 && THAI_END.test(pieces[i - 1]) && THAI_START.test(p) ? ZWSP + p : p)).join("");
    })
    .join("\n");
}

/**
 * Styles of long running text that wraps: the analysis sentences, measures and
 * steps. The one-line notes under a title (caveats) are left as written, so
 * they read back exactly as the pane and CLI state them.
 */
const RUNNING: ReadonlySet<CellSpec["style"]> = new Set(["bodyWrap", "paragraph"]);

/** The sheet with break opportunities in its wrapped running text, outside the columns a user edits. */
export function withSheetThaiBreaks(spec: SheetSpec): SheetSpec {
  const edited = new Set(spec.editableColumns);
  const running = (cell: CellSpec, c: number) => typeof cell.value === "string" && RUNNING.has(cell.style) && !edited.has(c);
  // A row without running text is kept as it is (specs are not changed in place).
  const rows = spec.rows.map((cells) =>
    cells.some(running)
      ? cells.map((cell, c) => (running(cell, c) ? { ...cell, value: withThaiBreaks(cell.value as string) } : cell))
      : cells
  );
  return { ...spec, rows };
}
