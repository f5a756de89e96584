// The largest input the tool accepts, decided once for every front end (CLI,
// pane, preview). Well above NACC's national file (8,323 agencies × 2 years
// = 16,646 rows, 3.3 MB as CSV, a 9 MB sheet inside its .xlsx); anything
// larger is refused up front with its size named, so memory stays bounded
// and proportional to an input we know we can hold.
import type { Problem } from "../types";

export const INPUT_LIMITS = {
  /** Bytes of a score file on disk (CSV, text or .xlsx). */
  bytes: 16 * 1024 * 1024,
  /** Bytes an .xlsx inflates to, all its parts together (what ExcelJS holds in memory). */
  inflated: 64 * 1024 * 1024,
  /** Parts in an .xlsx (a real workbook has a few dozen). */
  zipEntries: 2000,
  /** Rows of a table (3.6 × the national file). */
  rows: 60_000,
  /** Cells of a table: rows × its widest row. */
  cells: 2_000_000,
} as const;

export type LimitKind = "bytes" | "inflated" | "zip-entries" | "rows" | "cells";

/** `over`: the size is only known to exceed `size` (reading stopped there). */
export const tooLarge = (where: string, what: LimitKind, size: number, limit: number, over = false): Problem => ({
  where,
  code: "too-large",
  detail: over ? { what, size, limit, over: 1 } : { what, size, limit },
});

/** The widest row, by a loop: a spread of a million rows would overflow the stack. */
export function widestRow(cells: readonly unknown[]): number {
  let w = 0;
  for (const r of cells) w = Math.max(w, Array.isArray(r) ? r.length : 1);
  return w;
}

/** A table of rows × columns over the row or cell limit, as a problem naming its size; null when it fits. */
export function sizeTooLarge(rows: number, columns: number, where = ""): Problem | null {
  if (rows > INPUT_LIMITS.rows) return tooLarge(where, "rows", rows, INPUT_LIMITS.rows);
  return rows * columns > INPUT_LIMITS.cells ? tooLarge(where, "cells", rows * columns, INPUT_LIMITS.cells) : null;
}

/** The same for a table already in memory (a paste, a parsed CSV). */
export const gridTooLarge = (cells: readonly unknown[], where = ""): Problem | null =>
  cells.length > INPUT_LIMITS.rows ? sizeTooLarge(cells.length, 0, where) : sizeTooLarge(cells.length, widestRow(cells), where);
