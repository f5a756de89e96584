import type { Lang } from "../engine/types";
import type { Digits } from "../engine/text";

export interface ReportOptions {
  lang: Lang;
  digits: Digits;
  /** Agency name for titles and print headers (user text: data, never markup). */
  agency: string;
  /** Division names offered in the measures sheet's owner drop-down. */
  owners: string[];
}

export const SHEET_FONT = { name: "TH SarabunPSK", size: 16 };
