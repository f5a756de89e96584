// Print setup for ExcelJS from a PrintSpec: A4, fit to one page wide (any
// number of pages tall) or, for a sheet with manual breaks, the scale they
// were placed at (Excel ignores manual breaks under Fit To: sources in
// report/page-breaks.ts), margins, print titles and area, header/footer.
import type { HeaderFooter, PageSetup } from "exceljs";
import { sectionCode } from "../report/excel-limits";
import type { PrintSpec, SheetSpec } from "../report/spec";

/** ExcelJS's paperSize code for A4. */
export const PAPER_A4 = 9;

export function pageSetup(p: PrintSpec): Partial<PageSetup> {
  return {
    paperSize: PAPER_A4,
    orientation: p.orientation,
    // fitToHeight 0 = as many pages tall as needed. No outline settings here:
    // fit-to-page together with them corrupts the file ExcelJS writes.
    ...(p.scale !== undefined ? { fitToPage: false, scale: p.scale } : { fitToPage: true, fitToWidth: 1, fitToHeight: p.onePage ? 1 : 0 }),
    margins: { ...p.margins },
    // ExcelJS prefixes "$" to each side itself: "$4:$4" must go in as "4:4".
    ...(p.repeatRows ? { printTitlesRow: p.repeatRows.replace(/\$/g, "") } : {}),
    // ExcelJS adds "$" only before the column: the spec's "A$1:E$20" becomes
    // "$A$1:$E$20"; a plain "A1:E20" would end up half-relative.
    printArea: p.area,
    showGridLines: p.gridlines,
    horizontalCentered: false,
  };
}

/**
 * Header/footer codes (report/excel-limits' sectionCode, whose length the
 * 255-character budget counts) before each section. The spec's texts are
 * already escaped ("&" doubled in user text; "&P", "&N" are meant as codes).
 */
export function headerFooterText(parts: PrintSpec["header"], font: SheetSpec["font"]): string {
  const code = sectionCode(font);
  const section = (tag: string, text: string | undefined) => (text ? `&${tag}${code}${text}` : "");
  return section("L", parts.left) + section("C", parts.center) + section("R", parts.right);
}

/** Odd-page header/footer only: first/even pages would need their own flags. */
export function headerFooter(spec: SheetSpec): Partial<HeaderFooter> {
  const oddHeader = headerFooterText(spec.print.header, spec.font);
  const oddFooter = headerFooterText(spec.print.footer, spec.font);
  return {
    differentFirst: false,
    differentOddEven: false,
    ...(oddHeader ? { oddHeader } : {}),
    ...(oddFooter ? { oddFooter } : {}),
  };
}
