// Column widths and wrapped row heights computed here (ExcelJS has no
// autofit, and Excel's autofit would not match the printed page). Thai
// combining vowels and tone marks take no width.

const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0300-\u036f]/g;

/** Display width of a text in character units. */
export function textWidth(s: string): number {
  return s.replace(COMBINING, "").length;
}

/** How many lines a text wraps to in a column this wide (characters). */
export function wrappedLines(s: string, width: number): number {
  return s.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, width - 1))), 0);
}

/** Width that fits the longest text, within bounds. */
export function fitWidth(texts: string[], min: number, max: number): number {
  return Math.min(max, Math.max(min, ...texts.map((t) => textWidth(t) + 2)));
}
