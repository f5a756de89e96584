// The sheet font as CSS, with substitutes for a browser that lacks it
// (TH SarabunPSK is rarely installed outside Thai government PCs).
const FALLBACK_FONTS = '"TH Sarabun New", Sarabun, Tahoma, "Noto Sans Thai", sans-serif';

/** A CSS font-family for the sheet's font name (quotes and backslashes dropped: the name is data). */
export const sheetFontFamily = (name: string): string => `"${name.replace(/["\\]/g, "")}", ${FALLBACK_FONTS}`;
