// DocumentFields from JSON (the CLI's --fields file, the pane's saved
// setting), checked field by field: a problem names the field, nothing is
// guessed. Pure, so both sides share it.
import { emptyDocumentFields, MAX_REVIEWERS, type DocumentFields, type Signer } from "../document-fields";
import { parseDayDate } from "./thai-date";

export interface FieldProblem {
  /** The field's path, e.g. "reviewers[1].position". */
  field: string;
  th: string;
  en: string;
}

export type FieldsResult = { ok: true; fields: DocumentFields } | { ok: false; problems: FieldProblem[] };

const TEXT_FIELDS = ["division", "documentNumber", "date", "addressee", "subject", "background"] as const;
const KNOWN = new Set<string>([...TEXT_FIELDS, "preparer", "reviewers"]);
/** Past this a field is not a memo's field but a mistake (a pasted file). */
const MAX_TEXT = 4000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function fieldsFromJson(value: unknown): FieldsResult {
  const problems: FieldProblem[] = [];
  const bad = (field: string, th: string, en: string) => problems.push({ field, th: `"${field}" ${th}`, en: `"${field}" ${en}` });
  const text = (field: string, v: unknown): string => {
    if (v === undefined || v === null) return "";
    if (typeof v !== "string") return (bad(field, "ต้องเป็นข้อความ", "must be text"), "");
    if (v.length > MAX_TEXT) return (bad(field, `ยาวเกิน ${MAX_TEXT} ตัวอักษร`, `is longer than ${MAX_TEXT} characters`), "");
    return v;
  };
  const signer = (field: string, v: unknown): Signer => {
    if (v === undefined || v === null) return { name: "", position: "" };
    if (!isObject(v))
      return (bad(field, 'ต้องเป็น { "name": …, "position": … }', 'must be { "name": …, "position": … }'), { name: "", position: "" });
    for (const k of Object.keys(v))
      if (k !== "name" && k !== "position") bad(`${field}.${k}`, "ไม่รู้จักช่องนี้ (มี name, position)", "is not a known field (name, position)");
    return { name: text(`${field}.name`, v.name), position: text(`${field}.position`, v.position) };
  };
  if (!isObject(value))
    return {
      ok: false,
      problems: [{ field: "", th: "ข้อมูลเอกสารต้องเป็นออบเจกต์ JSON { … }", en: "The document fields must be a JSON object { … }" }],
    };
  for (const k of Object.keys(value))
    if (!KNOWN.has(k)) bad(k, `ไม่รู้จักช่องนี้ (มี ${[...KNOWN].join(", ")})`, `is not a known field (${[...KNOWN].join(", ")})`);
  const fields = emptyDocumentFields();
  for (const k of TEXT_FIELDS) fields[k] = text(k, value[k]);
  if (fields.date.trim() !== "" && !parseDayDate(fields.date))
    bad(
      "date",
      `ต้องเป็นวันที่แบบ ปปปป-ดด-วว เช่น 2566-03-20 ไม่ใช่ "${fields.date}"`,
      `must be a date yyyy-mm-dd such as 2023-03-20, not "${fields.date}"`
    );
  fields.preparer = signer("preparer", value.preparer);
  const reviewers = value.reviewers ?? [];
  if (!Array.isArray(reviewers)) bad("reviewers", "ต้องเป็นรายการ [ … ]", "must be a list [ … ]");
  else if (reviewers.length > MAX_REVIEWERS)
    bad(
      "reviewers",
      `มีได้ไม่เกิน ${MAX_REVIEWERS} คน (มี ${reviewers.length})`,
      `may hold at most ${MAX_REVIEWERS} (it has ${reviewers.length})`
    );
  else fields.reviewers = reviewers.map((r, i) => signer(`reviewers[${i}]`, r));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, fields };
}

/** The JSON text of a fields file or setting; a syntax error is one problem. */
export function fieldsFromJsonText(text: string): FieldsResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (e) {
    const why = e instanceof Error ? e.message : "";
    return { ok: false, problems: [{ field: "", th: `ไม่ใช่ JSON ที่อ่านได้ (${why})`, en: `Not readable JSON (${why})` }] };
  }
  return fieldsFromJson(value);
}
