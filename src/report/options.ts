import type { Lang } from "../engine/types";
import type { Digits } from "../engine/text";
import type { DocumentFields } from "./document-fields";

export interface ReportOptions {
  lang: Lang;
  digits: Digits;
  /** Agency name for titles and print headers (user text: data, never markup). */
  agency: string;
  /** Division names offered in the measures sheet's owner drop-down. */
  owners: string[];
  /** What the planner filled in for the documents (signers, date): the signature block and the header's date. */
  fields?: DocumentFields;
}

export const SHEET_FONT = { name: "TH SarabunPSK", size: 16 };
