// The signature block printed at the end of the measures sheet, from the
// same fields as the Word memo (document-fields.ts): ผู้จัดทำ, then each
// ผู้ตรวจสอบ, two blocks side by side as on a government form, each with a
// signature line, the name in parentheses, the position and a date line.
import { withDigits, type Digits } from "../engine/text";
import type { Lang } from "../engine/types";
import { signersOf, type DocumentFields } from "./document-fields";
import { specRange, type CellSpec } from "./spec";
import { REPORT_WORDS as W } from "./words";

const DOTS = "......................................";

/** The document's date in words, Buddhist Era in Thai ("๓ ธันวาคม ๒๕๖๙"); today when the field is empty. */
export function documentDate(fields: DocumentFields, lang: Lang, digits: Digits, today: Date = new Date()): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fields.date.trim());
  const date = iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : today;
  const text = new Intl.DateTimeFormat(lang === "th" ? "th-TH" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: iso ? "UTC" : undefined,
  }).format(date);
  return withDigits(text, digits);
}

/**
 * Rows for the block, to append after `start` rows (a blank row first), and
 * their merges: the left signer over columns 1–2, the right over 3–5.
 * None without a signer.
 */
export function signatureRows(
  fields: DocumentFields | undefined,
  start: number,
  lang: Lang,
  digits: Digits
): { rows: CellSpec[][]; merges: string[] } {
  const signers = fields ? signersOf(fields) : [];
  if (!fields || signers.length === 0) return { rows: [], merges: [] };
  const w = W[lang];
  const date = documentDate(fields, lang, digits);
  const rows: CellSpec[][] = [];
  const merges: string[] = [];
  const cell = (value: string): CellSpec => ({ value, align: "center" });
  for (let k = 0; k < signers.length; k += 2) {
    const pair = signers.slice(k, k + 2).map((s, i) => ({ s, role: k + i === 0 ? w.preparer : w.reviewer }));
    const lines = (f: (x: (typeof pair)[number]) => string) => {
      const r = start + rows.length;
      const [left, right] = pair;
      rows.push([{ value: "" }, cell(f(left)), { value: "" }, ...(right ? [cell(f(right))] : [])]);
      merges.push(specRange(r, 1, r, 2), ...(right ? [specRange(r, 3, r, 5)] : []));
    };
    rows.push([]);
    lines((x) => `${w.signed} ${DOTS} ${x.role}`);
    lines((x) => `(${x.s.name.trim() || DOTS})`);
    lines((x) => `${w.position} ${x.s.position.trim() || DOTS}`);
    lines(() => `${w.date} ${date}`);
  }
  return { rows, merges };
}
