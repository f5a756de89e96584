// Shared print setup: A4, fit to one page wide, header row repeated,
// header/footer with agency, fiscal year and page number.
//
// The page number prints in Arabic digits in Excel whatever digits the
// report uses, and nothing the workbook can say changes that:
// - Office's grammar of header/footer strings ([MS-OI29500] 2.1.619, Part 1
//   §18.3.1.39 evenHeader: https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/c167a243-45ad-4def-816e-7032fb1adf5c;
//   the same in [MS-XLSB] 2.5.73 HeaderFooterString) has pagenum = "&P" and
//   pagetotal = "&N" ["+"/"-" DIGIT], fonts, sizes, colours and styles, and
//   no code for a numbering format or a digit shape; VBA's list of header
//   codes ("Formatting and VBA codes for headers and footers") likewise.
// - Thai digit shapes for "0"–"9" are a display setting of the user's
//   Windows (Region → Additional settings → Use native digits, the
//   LOCALE_IDIGITSUBSTITUTION of https://learn.microsoft.com/en-us/windows/win32/intl/locale-idigitsubstitution),
//   not of a file; the deprecated NADS control (U+206E, "national digit
//   shapes") is documented for Uniscribe/GDI text, and nothing documents
//   Excel's page printing honouring it, so it is not written (a character
//   that may print as a box is worse than Arabic digits).
// - LibreOffice prints the .xlsx's &P in Arabic digits too (test/print).
// So the footer keeps "หน้า &P / &N" with Arabic page numbers, and wherever
// the planner chooses Thai digits (the pane's digits option, the CLI's
// stderr and --help, README) PAGE_DIGITS_NOTE says so. The Word report can
// and does number its pages in Thai digits (docx/write-document.ts); the
// preview's print view draws its own page numbers (preview/header-footer.ts).
import type { PrintSpec } from "./spec";
import type { Lang } from "../engine/types";
import type { Digits } from "../engine/text";

/**
 * Told wherever Thai digits are chosen for the sheets: their page numbers
 * stay Arabic in Excel and the .xlsx (see above); the rest follows the choice.
 */
export const PAGE_DIGITS_NOTE: Record<Lang, string> = {
  th: "เลขหน้าที่ท้ายกระดาษของแผ่นงานใน Excel และไฟล์ .xlsx จะพิมพ์เป็นเลขอารบิกเสมอ เพราะรหัสเลขหน้าของ Excel ไม่มีแบบเลขไทย ตัวเลขอื่นในแผ่นงานเป็นเลขไทยตามที่เลือก ส่วนรายงาน Word ใส่เลขหน้าเป็นเลขไทย",
  en: "Page numbers in the sheets' footer print in Arabic digits in Excel and the .xlsx: Excel's page-number code has no Thai digits. Every other figure on the sheets follows the choice, and the Word report numbers its pages in Thai digits.",
};

/** User text in a header/footer: "&" starts a code there, so double it. */
export const headerText = (s: string): string => s.replace(/&/g, "&&");

export function printSetup(p: {
  orientation: PrintSpec["orientation"];
  area: string;
  headerRow: number;
  /** Repeat the table's header row at the top of every page (default). */
  repeatHeader?: boolean;
  /** Shrink to one page tall as well as wide. */
  onePage?: boolean;
  /** Row blocks kept on one page (page-breaks.ts places the breaks and the zoom from them). */
  keep?: PrintSpec["keep"];
  agency: string;
  yearText: string;
  lang: Lang;
  /** The page numbers' digits (the preview's print follows them; Excel's header codes cannot: see above). */
  digits?: Digits;
  /** The document's date, in the header's centre. */
  date?: string;
}): PrintSpec {
  const row = p.headerRow + 1;
  return {
    orientation: p.orientation,
    paper: "A4",
    fitToWidth: true,
    ...(p.onePage ? { onePage: true } : {}),
    ...(p.keep ? { keep: p.keep } : {}),
    ...(p.repeatHeader === false ? {} : { repeatRows: `$${row}:$${row}` }),
    area: p.area,
    header: { left: headerText(p.agency), ...(p.date ? { center: headerText(p.date) } : {}), right: headerText(p.yearText) },
    footer: { center: p.lang === "th" ? "หน้า &P / &N" : "Page &P of &N" },
    gridlines: false,
    ...(p.digits ? { pageDigits: p.digits } : {}),
    margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
  };
}
