// Excel number format codes. Numbers stay numeric (sortable, re-colourable,
// chartable); Thai digits come from the locale prefix [$-D00041E]: D0 native
// digits, 00 default calendar, 041E Thai. (With the Buddhist calendar, 07,
// LibreOffice rejects the whole format; a number needs no calendar.)
import type { Digits } from "../engine/text";

const THAI = "[$-D00041E]";

const withLocale = (code: string, digits: Digits) =>
  digits === "thai"
    ? code
        .split(";")
        .map((section) => THAI + section)
        .join(";")
    : code;

export const scoreFormat = (digits: Digits) => withLocale("0.00", digits);
export const deltaFormat = (digits: Digits) => withLocale("+0.00;-0.00;0.00", digits);
export const integerFormat = (digits: Digits) => withLocale("0", digits);
export const TEXT_FORMAT = "@";
