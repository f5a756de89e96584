// A small Excel number-format reader for the formats the report uses
// ("0.00", "+0.00;-0.00;0.00", "@", General, "#,##0.00", "0%", and the Thai
// digit locale prefix "[$-D07041E]"), so the preview shows what Excel prints.
import Big from "big.js";
import { arabicToThaiDigits } from "../engine/text";
import type { CellValue } from "../report/spec";

/** Split on ";" outside quotes and brackets. */
function sections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === "\\" && !quote) {
      cur += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === '"' && !bracket) quote = !quote;
    else if (ch === "[" && !quote) bracket = true;
    else if (ch === "]" && !quote) bracket = false;
    if (ch === ";" && !quote && !bracket) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

interface Parsed {
  prefix: string;
  suffix: string;
  minInt: number;
  minDec: number;
  maxDec: number;
  group: boolean;
  percent: boolean;
  thaiDigits: boolean;
  /** No digit placeholder at all (a literal-only section such as "-"). */
  literal: boolean;
}

/** [$-0D07041E]: the top byte is the numeral system, 0x0D = Thai digits. */
function localeWantsThaiDigits(tag: string): boolean {
  const m = /^\$[^-]*-([0-9A-Fa-f]+)/.exec(tag);
  if (!m) return false;
  const code = parseInt(m[1], 16);
  return m[1].length > 4 && ((code >>> 24) & 0xff) === 0x0d;
}

function parseSection(sec: string): Parsed {
  let thaiDigits = false;
  // Literal text with quotes and escapes resolved; placeholders kept as a mask.
  const lit: string[] = [];
  const mask: boolean[] = [];
  for (let i = 0; i < sec.length; i++) {
    const ch = sec[i];
    if (ch === "[") {
      const end = sec.indexOf("]", i);
      const tag = sec.slice(i + 1, end < 0 ? sec.length : end);
      if (localeWantsThaiDigits(tag)) thaiDigits = true;
      i = end < 0 ? sec.length : end;
    } else if (ch === '"') {
      const end = sec.indexOf('"', i + 1);
      for (const c of sec.slice(i + 1, end < 0 ? sec.length : end)) (lit.push(c), mask.push(false));
      i = end < 0 ? sec.length : end;
    } else if (ch === "\\") {
      lit.push(sec[i + 1] ?? "");
      mask.push(false);
      i++;
    } else if (ch === "_" || ch === "*") {
      i++; // padding directives: a space-width / fill character; nothing to print here
    } else {
      lit.push(ch);
      mask.push("0#?.,".includes(ch));
    }
  }
  const first = mask.findIndex((m, i) => m && "0#?".includes(lit[i]));
  if (first < 0) {
    return { prefix: lit.join(""), suffix: "", minInt: 0, minDec: 0, maxDec: 0, group: false, percent: false, thaiDigits, literal: true };
  }
  let last = first;
  for (let i = first; i < lit.length && mask[i]; i++) last = i;
  const body = lit.slice(first, last + 1).join("");
  const prefix = lit.slice(0, first).join("");
  const suffix = lit.slice(last + 1).join("");
  const [intPart, decPart = ""] = body.split(".");
  return {
    prefix,
    suffix,
    minInt: (intPart.match(/0/g) ?? []).length,
    minDec: (decPart.match(/0/g) ?? []).length,
    maxDec: (decPart.match(/[0#?]/g) ?? []).length,
    group: intPart.includes(","),
    percent: (prefix + suffix).includes("%"),
    thaiDigits,
    literal: false,
  };
}

function formatNumber(abs: number, p: Parsed): string {
  const scaled = p.percent ? new Big(abs).times(100) : new Big(abs);
  // Half up, like Excel's display (and unlike toFixed on binary floats).
  let text = scaled.round(p.maxDec, Big.roundHalfUp).toFixed(p.maxDec);
  let [int, frac = ""] = text.split(".");
  while (frac.length > p.minDec && frac.endsWith("0")) frac = frac.slice(0, -1);
  if (int === "0" && p.minInt === 0) int = "";
  int = int.padStart(p.minInt, "0");
  if (p.group) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  text = frac ? `${int}.${frac}` : p.maxDec > 0 && p.minDec === 0 ? `${int}.` : int;
  return text;
}

/** Excel's General: up to 11 characters, trailing zeros dropped. */
function general(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  const s = Number(v.toPrecision(10)).toString();
  return s;
}

/** The text Excel shows for a value under a number format. */
export function formatValue(value: CellValue | undefined, format?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value; // text shows as typed (Thai digits included)
  if (!Number.isFinite(value)) return "#NUM!";
  if (!format || /^general$/i.test(format) || format === "@") return general(value);

  const secs = sections(format);
  let sec: string;
  let explicitSign = false;
  if (value > 0 || secs.length === 1) sec = secs[0];
  else if (value < 0) {
    sec = secs[1] ?? secs[0];
    explicitSign = secs.length > 1;
  } else sec = secs[2] ?? secs[0];

  const p = parseSection(sec);
  let out: string;
  if (p.literal) out = p.prefix;
  else {
    const digits = formatNumber(Math.abs(value), p);
    // Without a negative section Excel puts the minus itself.
    const minus = value < 0 && !explicitSign && Number(digits.replace(/,/g, "")) !== 0 ? "-" : "";
    out = minus + p.prefix + digits + p.suffix;
  }
  return p.thaiDigits ? arabicToThaiDigits(out) : out;
}

/** Numbers align right, everything else left (Excel's default alignment). */
export const defaultAlign = (value: CellValue | undefined): "left" | "right" | "center" =>
  typeof value === "number" ? "right" : typeof value === "boolean" ? "center" : "left";
