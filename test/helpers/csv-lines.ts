// Rows as the CSV lines a planner pastes into one column (one line a cell):
// fields joined by commas, a field holding a comma quoted.
export const csvLines = (rows: readonly (readonly unknown[])[]): string[] =>
  rows.map((r) => r.map((c) => (String(c).includes(",") ? `"${String(c)}"` : String(c))).join(","));

/** The lines as cells of column A. */
export const csvColumn = (rows: readonly (readonly unknown[])[]): string[][] => csvLines(rows).map((l) => [l]);
