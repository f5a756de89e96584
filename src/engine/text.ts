// Text normalisation shared by every reader: what a user pastes from the
// NACC portal, a PDF or a Word report, made comparable.

const THAI_ZERO = 0x0e50;

/** Thai digits (๐–๙) to Arabic (0–9). */
export function thaiToArabicDigits(s: string): string {
  return s.replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Arabic digits (0–9) to Thai (๐–๙). */
export function arabicToThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

export type Digits = "thai" | "arabic";

export const withDigits = (s: string, digits: Digits): string => (digits === "thai" ? arabicToThaiDigits(s) : s);

/** Zero-width characters a paste brings along (ZWSP, joiners, BOM, soft hyphen). */
// The joiner first: between two others in a character class it would read as one joined sequence.
const INVISIBLE = "\u200d\u200b\u200c\u2060\ufeff\u00ad";
const INVISIBLE_ALL = new RegExp(`[${INVISIBLE}]`, "g");

/** The text without the zero-width characters a paste brings along. */
export const stripInvisible = (s: string): string => s.replace(INVISIBLE_ALL, "");

/**
 * Marks set above or below the letter before them, taking no width of their
 * own: Thai vowels ั ิ ี ึ ื ุ ู ฺ, tone marks and ็ ์ ํ, Latin accents. (ำ and
 * the vowels written on the line take width.)
 */
export const COMBINING_MARKS = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0300-\u036f]/;

/** East Asian wide characters: two terminal cells. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const ZERO_WIDTH = new RegExp(`[${INVISIBLE}]|${COMBINING_MARKS.source}`);

/**
 * Width in terminal cells, as a monospaced console draws the text: string
 * length overcounts Thai, whose vowels and tone marks stack on their letter.
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return w;
}

/**
 * Canonical form of a text cell: NFC, the vowel ำ written as ํ + า unified
 * (NFC leaves them apart), zero-width characters dropped, every kind of
 * space folded to one ASCII space, trimmed.
 */
export function normalizeText(s: string): string {
  if (isNormal(s)) return s;
  return s
    .normalize("NFC")
    .replace(/\u0e4d\u0e32/g, "\u0e33")
    .replace(INVISIBLE_ALL, "")
    .replace(/[\s\u00a0\u2007\u202f\u3000]+/g, " ")
    .trim();
}

/**
 * Text normalizeText leaves as it is, told by one look at each unit: printable
 * ASCII, single spaces between other characters, and Thai letters, vowels,
 * marks and digits (U+0E01–U+0E5B) with no ํ + า pair and no two marks NFC
 * would reorder next to each other. (NFC changes no such text: no Thai or
 * ASCII character decomposes or composes canonically, and it reorders only
 * adjacent marks of non-zero combining class, which are ุ ู ฺ and ่ ้ ๊ ๋.)
 */
function isNormal(s: string): boolean {
  let prev = 0x20; // as if a space came before: a leading space is not normal
  let prevMark = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) prevMark = false;
    else if (c === 0x20) {
      if (prev === 0x20) return false;
      prevMark = false;
    } else if (c >= 0x0e01 && c <= 0x0e5b) {
      const mark = c === 0x0e38 || c === 0x0e39 || c === 0x0e3a || (c >= 0x0e48 && c <= 0x0e4b);
      if ((mark && prevMark) || (c === 0x0e32 && prev === 0x0e4d)) return false;
      prevMark = mark;
    } else return false;
    prev = c;
  }
  return prev !== 0x20;
}

/** Normalised, Arabic digits, lower case: the form names are matched in. */
export function matchKey(s: string): string {
  return thaiToArabicDigits(normalizeText(s)).toLowerCase();
}
