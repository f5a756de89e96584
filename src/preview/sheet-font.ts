// The sheet font as CSS, with substitutes for a browser that lacks it
// (TH SarabunPSK is rarely installed outside Thai government PCs). Laksaman
// (Debian's fonts-thai-tlwg) is derived from TH SarabunPSK with its metrics,
// so columns measured for the sheet font still fit; Sarabun is wider.
const FALLBACK_FONTS = '"TH Sarabun New", Laksaman, Sarabun, Tahoma, "Noto Sans Thai", sans-serif';

/** A CSS font-family for the sheet's font name (quotes and backslashes dropped: the name is data). */
export const sheetFontFamily = (name: string): string => `"${name.replace(/["\\]/g, "")}", ${FALLBACK_FONTS}`;
