// Column widths and wrapped row heights computed here (ExcelJS has no
// autofit, and Excel's autofit would not match the printed page). Thai
// combining vowels and tone marks take no width.

const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0300-\u036f]/g;
const THAI_BASE = /[\u0e01-\u0e5b]/;

/**
 * Display width in Excel column units (Calibri 11 digits) of text set in
 * the sheet font, TH SarabunPSK 16 pt: measured from LibreOffice's PDF with
 * its metric twin Laksaman, a Thai letter takes about 1.45 units, a Latin
 * letter or digit about 1.1.
 */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(COMBINING, "")) w += THAI_BASE.test(ch) ? 1.45 : 1.1;
  return Math.ceil(w);
}

/** How many lines a text wraps to in a column this wide (characters). */
export function wrappedLines(s: string, width: number): number {
  return s.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, width - 1))), 0);
}

/** Width that fits the longest text, within bounds. */
export function fitWidth(texts: string[], min: number, max: number): number {
  return Math.min(max, Math.max(min, ...texts.map((t) => textWidth(t) + 2)));
}
