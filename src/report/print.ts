// Shared print setup: A4, fit to one page wide, header row repeated,
// header/footer with agency, fiscal year and page number.
import type { PrintSpec } from "./spec";
import type { Lang } from "../engine/types";
import type { Digits } from "../engine/text";

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
  /** The page numbers' digits (the preview follows them; Excel's header codes cannot). */
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
