// Column widths and wrapped row heights computed here (ExcelJS has no
// autofit, and Excel's autofit would not match the printed page). Thai
// combining vowels and tone marks take no width.
import type { CellSpec } from "./spec";
import { STYLE_LOOKS } from "./styles";
import { COMBINING_MARKS } from "../engine/text";
import { maxOf } from "../engine/extent";

const THAI_DIGIT = /[\u0e50-\u0e59]/;
const THAI_BASE = /[\u0e01-\u0e5b]/;
const NARROW = /[.,:;'"!|ilIjt]/;
const MEDIUM = /[\s()[\]{}\-/]/;
const UPPER = /[A-Z]/;

/**
 * Width in Excel column units of one character in the sheet font, TH
 * SarabunPSK 16 pt. A unit is the default font's digit (Calibri 11: 7 px,
 * 5.25 pt), as Excel, the Office.js writer and the preview count it;
 * LibreOffice does the same when Calibri's metric twin Carlito is
 * installed (without it, DejaVu Sans makes a unit 7 pt and every column
 * a third wider). Measured on LibreOffice's PDF with TH SarabunPSK's twin
 * Laksaman: a Thai letter averages 8.9 pt (ม 9.6, ไ 5.9), a Thai digit
 * 10.8, Latin capitals 9.6, small letters 8.0, digits 8.7, a space 5.2,
 * "()-/" 5.4, ".," 3.9. Rounded up a little: too wide costs a little
 * space, too narrow cuts text off.
 */
function charWidth(ch: string): number {
  if (COMBINING_MARKS.test(ch) || ch === "\u200b") return 0;
  if (THAI_DIGIT.test(ch)) return 2.1;
  if (THAI_BASE.test(ch)) return 1.75;
  if (NARROW.test(ch)) return 0.8;
  if (MEDIUM.test(ch)) return 1.05;
  if (UPPER.test(ch)) return 1.85;
  return 1.7;
}

/** charWidth of each UTF-16 unit below U+1000 (Latin, Thai and the like), filled as met: NaN until then (32 KB). */
const UNIT_WIDTH = new Float64Array(0x1000).fill(NaN);

/** charWidth of one UTF-16 unit met alone (a BMP character or a lone surrogate). */
function unitWidth(u: number): number {
  if (u >= 0x1000) return charWidth(String.fromCharCode(u));
  let x = UNIT_WIDTH[u];
  if (x !== x) x = UNIT_WIDTH[u] = charWidth(String.fromCharCode(u));
  return x;
}

/** Σ charWidth over the code points of `s`, in order (as `[...s]` splits it), without a string per character. */
function rawWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) {
      const v = s.charCodeAt(i + 1);
      if (v >= 0xdc00 && v <= 0xdfff) {
        w += charWidth(s.slice(i, i + 2)); // a pair: one character beyond the BMP
        i++;
        continue;
      }
    }
    w += unitWidth(u);
  }
  return w;
}

/** Display width in column units of text set in TH SarabunPSK 16 pt. */
export function textWidth(s: string): number {
  return Math.ceil(rawWidth(s));
}

/**
 * Pieces a line may break between. Thai has no spaces between words: the
 * printer (LibreOffice, Excel) breaks at dictionary word boundaries, which
 * Intl.Segmenter finds the same way (ICU). A break is allowed after a space
 * and between two Thai words, not inside "ต.ค." or "(OIT)".
 */
export function breakPieces(line: string): string[] {
  const Segmenter = (
    Intl as { Segmenter?: new (l: string, o: { granularity: "word" }) => { segment(s: string): Iterable<{ segment: string }> } }
  ).Segmenter;
  if (!Segmenter) return line.match(/\S+\s*|\s+/g) ?? [];
  const pieces: string[] = [];
  for (const { segment } of new Segmenter("th", { granularity: "word" }).segment(line)) {
    const prev = pieces[pieces.length - 1];
    // A zero-width space (thai-breaks.ts) is a break opportunity too.
    const breakable =
      prev !== undefined &&
      (/[\s\u200b]$/.test(prev) || /^\u200b/.test(segment) || (/[\u0e01-\u0e4e]$/.test(prev) && /^[\u0e01-\u0e4e]/.test(segment)));
    if (prev === undefined || breakable) pieces.push(segment);
    else pieces[pieces.length - 1] = prev + segment;
  }
  return pieces;
}

/**
 * How many lines a text wraps to in a column this wide (units at 16 pt).
 * Word by word as a printer wraps, against a line 1.5 units shorter than
 * the column (cell padding), erring towards one line too many: an empty
 * line costs a little paper, a missing one cuts the text off.
 */
export function wrappedLines(s: string, width: number): number {
  const room = Math.max(1, width - 1.5);
  let lines = 0;
  for (const line of s.split("\n")) {
    let n = 1;
    let used = 0;
    for (const piece of breakPieces(line)) {
      const w = rawWidth(piece);
      const ink = rawWidth(piece.trimEnd()); // a space at the line's end takes no room
      if (used > 0 && used + ink > room) {
        n++;
        used = 0;
        if (/^\s+$/.test(piece)) continue;
      }
      // A word longer than the line breaks anywhere.
      if (ink > room) {
        n += Math.ceil(ink / room) - 1;
        used = ink - (Math.ceil(ink / room) - 1) * room + (w - ink);
      } else used += w;
    }
    // A last line within half a unit of full may well spill over in print.
    if (used > room - 0.5) n++;
    lines += n;
  }
  return lines;
}

/**
 * Width that fits the longest text on one line, within bounds: room for
 * the padding and the margin wrappedLines keeps, so the two agree.
 */
export function fitWidth(texts: string[], min: number, max: number): number {
  return Math.min(
    max,
    Math.max(
      min,
      maxOf(texts, (t) => textWidth(t) + 2)
    )
  );
}

/**
 * A number as its cell format prints it, for measuring: decimals from the
 * code ("0.00" → 2), a "+" section signs it, a Thai-digit locale prefix
 * ([$-D0…]) makes Thai digits, which are wider than Arabic ones.
 */
export function printedNumber(value: number, format = ""): string {
  const f = numberFormatOf(format);
  const text = (f.plus && value > 0 ? "+" : "") + value.toFixed(f.decimals);
  return f.thai ? text.replace(/[0-9]/g, (x) => String.fromCharCode(0x0e50 + Number(x))) : text;
}

interface PrintedFormat {
  decimals: number;
  /** A "+" section: positive numbers are signed. */
  plus: boolean;
  /** A Thai-digit locale prefix. */
  thai: boolean;
}

/** What printedNumber reads from a format, once per format (a sheet has a handful, used by thousands of cells). */
const FORMATS = new Map<string, PrintedFormat>();
function numberFormatOf(format: string): PrintedFormat {
  let f = FORMATS.get(format);
  if (!f) {
    f = { decimals: /0\.(0+)/.exec(format)?.[1].length ?? 0, plus: /(^|\])\+/.test(format), thai: /\[\$-D0/i.test(format) };
    if (FORMATS.size < 1000) FORMATS.set(format, f);
  }
  return f;
}

/** textWidth(printedNumber(value, format)) without building the Thai-digit string: each Thai digit is in place of one Arabic digit. */
function printedNumberWidth(value: number, format: string | undefined): number {
  const f = numberFormatOf(format ?? "");
  const text = (f.plus && value > 0 ? "+" : "") + value.toFixed(f.decimals);
  if (!f.thai) return textWidth(text);
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    w += unitWidth(u >= 0x30 && u <= 0x39 ? u + 0x0e50 - 0x30 : u);
  }
  return Math.ceil(w);
}

/**
 * Bold text against regular: bold Laksaman (TH Sarabun's twin) measured on
 * "Assessment" in LibreOffice's PDF, rounded up. The Word report's tables
 * (document/table-spec.ts) and the sheets' columns both count bold by it.
 */
export const BOLD_WIDTH = 1.15;

/**
 * Column widths that show every body cell on one line (headers may wrap to
 * two lines, so they need half their width but at least their longest word).
 * Titles, subtitles and notes are left out: they run across merged rows.
 */
export function fitColumns(rows: CellSpec[][], bounds: { min: number; max: number }[]): number[] {
  return bounds.map(({ min, max }, col) => {
    let need = min;
    for (const row of rows) {
      const cell = row[col];
      if (!cell || cell.value === null || cell.value === "") continue;
      if (cell.style === "title" || cell.style === "subtitle" || cell.style === "note" || cell.style === "caveat") continue;
      if (cell.style === "header") {
        const text = String(cell.value);
        const longestWord = maxOf(text.split(/\s+/), textWidth);
        need = Math.max(need, longestWord + 2, Math.ceil(textWidth(text) / 2) + 2);
        continue;
      }
      const width = typeof cell.value === "number" ? printedNumberWidth(cell.value, cell.format) : textWidth(String(cell.value));
      need = Math.max(need, Math.ceil(width * (cell.style && STYLE_LOOKS[cell.style].bold ? BOLD_WIDTH : 1)) + 2);
    }
    return Math.min(max, need);
  });
}
