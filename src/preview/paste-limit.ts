// The preview draws every cell of its grid: a paste larger than it can draw
// would freeze the tab (150,000 rows) or crash it (a million columns). Such a
// paste is refused with a sentence, before it is parsed into cells when the
// text alone is too long. Above the national table (16,646 rows × 16 columns);
// the CLI and Excel take larger tables (engine/input/limits).
import { INPUT_LIMITS, tooLarge, widestRow } from "../engine/input/limits";
import { describeProblem } from "../engine/messages";
import type { Lang } from "../engine/types";
import { splitOneColumnCsv } from "../engine/input/one-column-csv";
import { parseTabText } from "./paste";

export const PREVIEW_PASTE_LIMITS = { rows: 20_000, cells: 400_000 } as const;

/** The pasted rows, or the sentence that refuses them. */
export function readPaste(text: string, lang: Lang): { rows: string[][] } | { refusal: string } {
  const refuse = (what: "bytes" | "rows" | "cells", size: number, limit: number) => ({
    refusal: describeProblem(tooLarge("", what, size, limit), lang),
  });
  // UTF-16 code units stand in for bytes: the text is refused before a cell is made of it.
  if (text.length > INPUT_LIMITS.bytes) return refuse("bytes", text.length, INPUT_LIMITS.bytes);
  const tabbed = parseTabText(text);
  // CSV pasted as one column goes into the grid split, by the rule the parse applies to Excel's cells.
  const rows = splitOneColumnCsv(tabbed)?.rows ?? tabbed;
  if (rows.length > PREVIEW_PASTE_LIMITS.rows) return refuse("rows", rows.length, PREVIEW_PASTE_LIMITS.rows);
  const cells = rows.length * widestRow(rows);
  if (cells > PREVIEW_PASTE_LIMITS.cells) return refuse("cells", cells, PREVIEW_PASTE_LIMITS.cells);
  return { rows };
}
