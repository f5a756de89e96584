import type { DocumentFields } from "../document-fields";
import type { ReportOptions } from "../options";

export interface DocumentOptions extends Pick<ReportOptions, "lang" | "digits" | "agency"> {
  fields: DocumentFields;
  /** The day the document is made (yyyy-mm-dd), used when fields.date is empty. */
  today: string;
}

/** Thai official documents: TH Sarabun New 16 pt (TH SarabunPSK where it is not installed). */
export const DOCUMENT_FONT = { name: "TH Sarabun New", fallback: "TH SarabunPSK", size: 16 };

/** ระเบียบงานสารบรรณ: top 2.5 cm, bottom 2 cm, left 3 cm, right 2 cm. */
export const OFFICIAL_MARGINS = { top: 2.5, bottom: 2, left: 3, right: 2 };

/** A4's width less the official margins, in cm: where tab stops and indents are measured. */
export const TEXT_WIDTH_CM = 21 - OFFICIAL_MARGINS.left - OFFICIAL_MARGINS.right;
