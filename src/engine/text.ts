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

export const withDigits = (s: string, digits: Digits): string =>
  digits === "thai" ? arabicToThaiDigits(s) : s;

/**
 * Canonical form of a text cell: NFC, the vowel ำ written as ํ + า unified
 * (NFC leaves them apart), zero-width characters dropped, every kind of
 * space folded to one ASCII space, trimmed.
 */
export function normalizeText(s: string): string {
  return s
    .normalize("NFC")
    .replace(/\u0e4d\u0e32/g, "\u0e33")
    .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\s\u00a0\u2007\u202f\u3000]+/g, " ")
    .trim();
}

/** Normalised, Arabic digits, lower case: the form names are matched in. */
export function matchKey(s: string): string {
  return thaiToArabicDigits(normalizeText(s)).toLowerCase();
}
