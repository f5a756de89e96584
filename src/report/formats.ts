// Excel number format codes. Numbers stay numeric (sortable, re-colourable,
// chartable); Thai digits come from the locale prefix [$-D07041E].
import type { Digits } from "../engine/text";

const THAI = "[$-D07041E]";

const withLocale = (code: string, digits: Digits) =>
  digits === "thai" ? code.split(";").map((section) => THAI + section).join(";") : code;

export const scoreFormat = (digits: Digits) => withLocale("0.00", digits);
export const deltaFormat = (digits: Digits) => withLocale("+0.00;-0.00;0.00", digits);
export const integerFormat = (digits: Digits) => withLocale("0", digits);
export const TEXT_FORMAT = "@";
