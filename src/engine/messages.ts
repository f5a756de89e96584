// One plain sentence per problem and per skipped part, Thai first, naming
// the place. Text the user wrote is quoted as given (data, never markup).
import type { FrameworkReason } from "./framework-file";
import type { CsvSplit, Ignored, Lang, Problem, ProblemCode } from "./types";
import { type Digits, withDigits } from "./text";

type Detail = Problem["detail"];

/** Long titles are cut so a message stays one line. */
function quoteText(s: unknown, lang: Lang): string {
  let t = String(s ?? "");
  if (t.length > 60) t = `${t.slice(0, 57)}…`;
  return lang === "th" ? `"${t}"` : `'${t}'`;
}

/**
 * "line 7, column 2" → "บรรทัด 7 คอลัมน์ 2"; A1 addresses stay as Excel shows
 * them. A field of CSV text read split from one cell (engine/input/one-column-csv):
 * "A5, field 3" → "A5 ค่าที่ 3" (the cell, then which value of its line).
 */
export function describePlace(where: string, lang: Lang, digits: Digits = "arabic"): string {
  const f = /^(.+), field (\d+)$/.exec(where);
  if (f) {
    const n = withDigits(f[2], digits);
    return lang === "th" ? `${describePlace(f[1], lang, digits)} ค่าที่ ${n}` : `${describePlace(f[1], lang, digits)}, field ${n}`;
  }
  const m = /^(lines?) (\d+)(?:–(\d+))?(?:, column (\d+))?$/.exec(where);
  if (!m) return where;
  const d = (n: string) => withDigits(n, digits);
  const rows = m[3] ? `${d(m[2])}–${d(m[3])}` : d(m[2]);
  if (lang === "th") return `บรรทัด ${rows}${m[4] ? ` คอลัมน์ ${d(m[4])}` : ""}`;
  return `${m[1]} ${rows}${m[4] ? `, column ${d(m[4])}` : ""}`;
}

const UNREADABLE: Record<string, { th: (d: Detail) => string; en: (d: Detail) => string }> = {
  "not-found": { th: () => "ไม่พบไฟล์นี้", en: () => "file not found" },
  "unsupported-type": {
    th: (d) => `อ่านไฟล์ชนิด ${d.ext ?? ""} ไม่ได้ (ใช้ได้: ${d.supported ?? ".csv .tsv .txt .xlsx"})`,
    en: (d) => `cannot read ${d.ext ?? "this"} files (supported: ${d.supported ?? ".csv .tsv .txt .xlsx"})`,
  },
  "legacy-xls": {
    th: () => "ไฟล์ .xls รุ่นเก่าอ่านไม่ได้ กรุณาบันทึกเป็น .xlsx หรือ CSV UTF-8 ก่อน",
    en: () => "old .xls workbooks cannot be read: save it as .xlsx or CSV UTF-8 first",
  },
  "bad-xlsx": { th: () => "ไฟล์ .xlsx เสียหรือไม่ใช่ไฟล์ Excel", en: () => "the .xlsx file is damaged or not an Excel workbook" },
  "no-sheet": { th: () => "สมุดงานไม่มีแผ่นงาน", en: () => "the workbook has no sheets" },
  "sheet-not-found": {
    th: (d) => `ไม่พบแผ่นงาน ${quoteText(d.sheet, "th")} (มี: ${d.sheets ?? ""})`,
    en: (d) => `no sheet named ${quoteText(d.sheet, "en")} (sheets: ${d.sheets ?? ""})`,
  },
  "read-failed": { th: () => "อ่านไฟล์ไม่ได้", en: () => "the file could not be read" },
};

/** 16646 → "16,646"; bytes → "3.3 MB" (1 MB = 1,048,576 bytes, as file managers count). */
const grouped = (v: unknown): string => String(Math.round(Number(v))).replace(/\B(?=(\d{3})+$)/g, ",");
const megabytes = (v: unknown): string => `${(Number(v) / 1048576).toFixed(1)} MB`;

/** Why an input is refused as too large, with its size and the limit (see engine/input/limits). */
const TOO_LARGE: Record<string, { th: (d: Detail) => string; en: (d: Detail) => string }> = {
  bytes: {
    th: (d) => `ไฟล์ใหญ่เกินไป: ${megabytes(d.size)} (รับได้ไม่เกิน ${megabytes(d.limit)}) แบ่งไฟล์ เช่น ตามจังหวัดหรือปี แล้วอ่านทีละไฟล์`,
    en: (d) => `the file is too large: ${megabytes(d.size)} (at most ${megabytes(d.limit)} is read); split it, e.g. by province or year`,
  },
  inflated: {
    th: (d) =>
      `ไฟล์ .xlsx นี้คลายออกมาได้${d.over ? "มากกว่า" : ""} ${megabytes(d.size)} ใหญ่เกินกว่าตารางคะแนน ITA ใด ๆ (รับได้ไม่เกิน ${megabytes(d.limit)}) จึงไม่อ่าน`,
    en: (d) =>
      `this .xlsx inflates to ${d.over ? "more than " : ""}${megabytes(d.size)}, more than any ITA score table (at most ${megabytes(d.limit)}): not read`,
  },
  "zip-entries": {
    th: (d) => `ไฟล์ .xlsx มีส่วนประกอบ ${grouped(d.size)} ส่วน มากเกินกว่าสมุดงานทั่วไป (รับได้ไม่เกิน ${grouped(d.limit)}) จึงไม่อ่าน`,
    en: (d) => `this .xlsx holds ${grouped(d.size)} parts, more than any workbook of scores (at most ${grouped(d.limit)}): not read`,
  },
  rows: {
    th: (d) =>
      `ตารางมี ${grouped(d.size)} แถว มากเกินไป (รับได้ไม่เกิน ${grouped(d.limit)} แถว; ตารางระดับประเทศ 2 ปีมีราว 16,646 แถว) แบ่งตาราง เช่น ตามจังหวัดหรือปี`,
    en: (d) =>
      `the table has ${grouped(d.size)} rows, too many (at most ${grouped(d.limit)}; the national table of two years has about 16,646); split it, e.g. by province or year`,
  },
  cells: {
    th: (d) => `ตารางมี ${grouped(d.size)} เซลล์ มากเกินไป (รับได้ไม่เกิน ${grouped(d.limit)} เซลล์) เลือกเฉพาะช่วงที่เป็นตารางคะแนน`,
    en: (d) => `the table has ${grouped(d.size)} cells, too many (at most ${grouped(d.limit)}); select only the range of the score table`,
  },
};

/** Why a custom framework file is refused: a sentence for every FrameworkReason. */
const FRAMEWORK_REASON: Record<FrameworkReason, { th: (d: Detail) => string; en: (d: Detail) => string }> = {
  "json-syntax": {
    th: (d) => `ไม่ใช่ JSON ที่ถูกต้อง${d.line !== undefined ? ` (ผิดที่บรรทัด ${d.line} คอลัมน์ ${d.column})` : ""}`,
    en: (d) => `not valid JSON${d.line !== undefined ? ` (error at line ${d.line}, column ${d.column})` : ""}`,
  },
  "not-object": { th: () => "ต้องเป็นออบเจกต์ JSON { … }", en: () => "must be a JSON object { … }" },
  "text-required": { th: () => "ต้องเป็นข้อความที่ไม่ว่าง", en: () => "a non-empty text is required" },
  "score-range": { th: () => "ต้องเป็นตัวเลข 0–100", en: () => "must be a number from 0 to 100" },
  "weights-map": {
    th: () => 'ต้องจับคู่เลขตัวชี้วัดกับน้ำหนักร้อยละ เช่น { "1": 6 }',
    en: () => 'must map indicator numbers to percents, e.g. { "1": 6 }',
  },
  "no-such-indicator": {
    th: (d) => `ไม่มีตัวชี้วัดนี้ (มี ${d.known ?? "1–10"})`,
    en: (d) => `no such indicator (there are ${d.known ?? "1–10"})`,
  },
  "list-required": { th: () => "ต้องเป็นรายการ [ … ] ที่ไม่ว่าง", en: () => "must be a non-empty list [ … ]" },
  "name-required": {
    th: () => `ต้องมีชื่อภาษาไทยและภาษาอังกฤษ เช่น { "th": "…", "en": "…" }`,
    en: () => `needs a Thai and an English name, e.g. { "th": "…", "en": "…" }`,
  },
  "duplicate-id": { th: (d) => `ซ้ำกับรายการก่อนหน้า (${d.value})`, en: (d) => `repeats an earlier entry (${d.value})` },
  "unknown-instrument": {
    th: (d) => `ไม่มีแบบวัด ${d.value} ในรายการ "instruments" (มี ${d.known})`,
    en: (d) => `no instrument ${d.value} in "instruments" (there are ${d.known})`,
  },
  "indicator-number": { th: () => "ต้องเป็นเลขจำนวนเต็ม 1–99", en: () => "must be a whole number from 1 to 99" },
  "no-indicators": {
    th: (d) => `แบบวัด ${d.value} ไม่มีตัวชี้วัดเลย`,
    en: (d) => `instrument ${d.value} has no indicators`,
  },
  "text-list": { th: () => "ต้องเป็นรายการข้อความ", en: () => "must be a list of texts" },
  "unknown-band": {
    th: (d) => `ไม่มีระดับ ${d.value} ในเกณฑ์ (มี ${d.known})`,
    en: (d) => `no band ${d.value} in the scale (there are ${d.known})`,
  },
  "weight-number": { th: () => "ต้องเป็นตัวเลขตั้งแต่ 0 ขึ้นไป", en: () => "must be a number ≥ 0" },
  "weight-missing": { th: () => "ทุกตัวชี้วัดต้องมีน้ำหนัก", en: () => "every indicator needs a weight" },
  "weights-sum": { th: (d) => `น้ำหนักรวมต้องเท่ากับ 100 (รวมได้ ${d.sum})`, en: (d) => `must sum to 100 (they sum to ${d.sum})` },
  number: { th: () => "ต้องเป็นตัวเลข", en: () => "must be a number" },
  "no-bands": { th: () => "ต้องมีอย่างน้อยหนึ่งระดับ", en: () => "needs at least one band" },
  "not-descending": { th: () => "เกณฑ์ต้องเรียงจากระดับสูงสุดลงไปต่ำสุด", en: () => "thresholds must descend from the best band to the worst" },
  "last-not-zero": { th: () => "ระดับสุดท้ายต้องเริ่มที่ 0", en: () => "the last band must start at 0" },
  "scale-kind": { th: () => `ต้องเป็น "letter", "rating" หรือรายการระดับ`, en: () => `must be "letter", "rating" or a list of bands` },
  year: { th: () => "ต้องเป็นปี พ.ศ. เช่น 2569", en: () => "must be a Buddhist Era year such as 2569" },
};

/** The field, quoted (none for the file as a whole), then why it is refused, then where (line and column). */
function frameworkReason(d: Detail, lang: Lang): string {
  const field = d.field === undefined || d.field === "(file)" ? "" : `${quoteText(d.field, lang)} `;
  const why = FRAMEWORK_REASON[String(d.reason) as FrameworkReason]?.[lang](d) ?? String(d.reason ?? "");
  const at =
    d.line === undefined || d.reason === "json-syntax"
      ? ""
      : lang === "th"
        ? ` (บรรทัด ${d.line} คอลัมน์ ${d.column})`
        : ` (line ${d.line}, column ${d.column})`;
  return field + why + at;
}

/** "88,53", "๘๘,๕": a comma a thousands separator cannot be (1–2 digits after it) — a decimal comma. */
function commaDecimal(text: unknown): boolean {
  return /^\s*[+-]?[0-9\u0e50-\u0e59]{1,3},[0-9\u0e50-\u0e59]{1,2}\s*%?\s*$/.test(String(text ?? ""));
}

type Sentences = { [C in ProblemCode]: (d: Detail, n: (v: unknown) => string) => string };

const TH: Sentences = {
  empty: () => "ไม่มีข้อมูลให้อ่าน (ว่างเปล่า)",
  "not-a-number": (d) => `${quoteText(d.text, "th")} ไม่ใช่ตัวเลข${commaDecimal(d.text) ? " (ใช้จุดเป็นทศนิยม เช่น 88.53)" : ""}`,
  "out-of-range": (d) => `${quoteText(d.text, "th")} อยู่นอกช่วงคะแนน 0–100`,
  "duplicate-indicator": (d, n) => `ตัวชี้วัดที่ ${n(d.indicator)} ซ้ำ (มีแล้วที่ ${describePlace(String(d.first), "th")})`,
  "missing-indicator": (d, n) =>
    d.year !== undefined && d.year !== "" ? `ไม่มีคะแนนตัวชี้วัดที่ ${n(d.indicator)} ของปี ${n(d.year)}` : `ไม่พบตัวชี้วัดที่ ${n(d.indicator)}`,
  "unknown-indicator": (d) => (d.text ? `${quoteText(d.text, "th")} ไม่ใช่ชื่อตัวชี้วัด แถวรวม หรือแถวระดับ แต่มีคะแนน` : "แถวนี้มีคะแนนแต่ไม่ได้ระบุตัวชี้วัด"),
  "indicator-conflict": (d, n) => `${quoteText(d.text, "th")}: เลขตัวชี้วัดที่ ${n(d.byNumber)} ไม่ตรงกับชื่อ (ชื่อเป็นของตัวชี้วัดที่ ${n(d.byName)})`,
  "bad-year-header": (d) => `อ่านปีงบประมาณจากหัวคอลัมน์ ${quoteText(d.text, "th")} ไม่ได้ (ตัวอย่างที่อ่านได้: "ปี 2565", "พ.ศ. ๒๕๖๔", "FY2021")`,
  "duplicate-year": (d, n) => `ปี ${n(d.year)} ซ้ำ (มีแล้วที่ ${d.first})`,
  "no-scores": (d) => (d.text ? `คอลัมน์ ${quoteText(d.text, "th")} ไม่มีคะแนนเลย` : "ไม่พบคะแนนตัวชี้วัด"),
  "no-year": (d) =>
    d.text
      ? `ไม่รู้ว่าคอลัมน์ ${quoteText(d.text, "th")} เป็นของปีใด ใส่ปีในหัวคอลัมน์ เช่น "ปี 2565"`
      : `ไม่รู้ว่าคะแนนเป็นของปีงบประมาณใด ใส่ปีในหัวคอลัมน์ เช่น "ปี 2565" หรือระบุปีงบประมาณ`,
  "unknown-year": (d, n) =>
    d.newest !== undefined
      ? `ยังไม่มีเกณฑ์ของปีงบประมาณ ${n(d.year)} (มีเกณฑ์ปี ${n(d.known)}) เลือกคำนวณตามเกณฑ์ปี ${n(d.newest)} (ยังไม่ยืนยัน) หรือใช้ไฟล์กรอบการประเมิน`
      : `ไม่มีเกณฑ์ของปีงบประมาณ ${n(d.year)} (มีเกณฑ์ปี ${n(d.known)}) เลือกกรอบการประเมินหรือใช้ไฟล์กรอบการประเมิน`,
  "bad-framework": (d) => `กรอบการประเมินไม่ถูกต้อง: ${frameworkReason(d, "th")}`.trim(),
  "unreadable-file": (d) => UNREADABLE[String(d.reason)]?.th(d) ?? `อ่านไฟล์ไม่ได้: ${d.reason ?? ""}`.trim(),
  "too-large": (d) => TOO_LARGE[String(d.what)]?.th(d) ?? "ข้อมูลใหญ่เกินกว่าที่รับได้",
  "more-same": (d, n) =>
    d.column ? `… ปัญหาเดียวกันอีก ${n(grouped(d.count))} เซลล์ ในคอลัมน์ ${n(d.column)}` : `… ปัญหาเดียวกันอีก ${n(grouped(d.count))} แถว`,
  "more-other": (d, n) => `… และปัญหาอื่นอีก ${n(grouped(d.count))} รายการ (${n(d.kinds)} แบบ) แก้ตามที่แสดงแล้วอ่านใหม่`,
  "no-agency-name": () => "แถวนี้มีคะแนนแต่ไม่มีชื่อหน่วยงาน",
  "no-agency-column": () => `ไม่พบคอลัมน์ชื่อหน่วยงาน ใส่หัวคอลัมน์ "หน่วยงาน"`,
  "duplicate-agency": (d, n) => `${quoteText(d.name, "th")} ปี ${n(d.year)} ซ้ำ (มีแล้วที่ ${d.first}) ใช้แถวแรก`,
  "bad-year-cell": (d) => `อ่านปีงบประมาณจาก ${quoteText(d.text, "th")} ไม่ได้ (ตัวอย่างที่อ่านได้: "2565", "๒๕๖๖")`,
  "unknown-group-column": (d) => `ไม่พบคอลัมน์กลุ่ม ${quoteText(d.text, "th")} (มี: ${d.columns || "ไม่มีคอลัมน์กลุ่ม"})`,
  "unknown-agency": (d, n) => `ไม่พบหน่วยงาน ${quoteText(d.text, "th")} ในผลปี ${n(d.year)}`,
  "ambiguous-agency": (d) => `มีหน่วยงานชื่อ ${quoteText(d.text, "th")} หลายแห่ง (${d.groups}) ระบุให้ชัดขึ้นแบบ "ชื่อ / กลุ่ม" หรือเซลล์ของชื่อ เช่น "@B7"`,
  "year-not-in-table": (d, n) => `ไม่มีผลของปี ${n(d.year)} ในตาราง (มีปี ${n(d.years)})`,
};

const EN: Sentences = {
  empty: () => "nothing to read: the input is empty",
  "not-a-number": (d) =>
    `${quoteText(d.text, "en")} is not a number${commaDecimal(d.text) ? " (use a point as the decimal mark, e.g. 88.53)" : ""}`,
  "out-of-range": (d) => `${quoteText(d.text, "en")} is outside the score range 0–100`,
  "duplicate-indicator": (d, n) => `indicator ${n(d.indicator)} is given twice (first at ${d.first})`,
  "missing-indicator": (d, n) =>
    d.year !== undefined && d.year !== ""
      ? `no score for indicator ${n(d.indicator)} in ${n(d.year)}`
      : `indicator ${n(d.indicator)} is missing`,
  "unknown-indicator": (d) =>
    d.text
      ? `${quoteText(d.text, "en")} is not an indicator, total or grade row, but has a score`
      : "this row has a score but names no indicator",
  "indicator-conflict": (d, n) =>
    `${quoteText(d.text, "en")}: indicator number ${n(d.byNumber)} does not match the name (which is indicator ${n(d.byName)})`,
  "bad-year-header": (d) => `cannot read a fiscal year from the header ${quoteText(d.text, "en")} (readable: "2565", "ปี ๒๕๖๔", "FY2021")`,
  "duplicate-year": (d, n) => `year ${n(d.year)} is given twice (first at ${d.first})`,
  "no-scores": (d) => (d.text ? `column ${quoteText(d.text, "en")} has no scores` : "no indicator scores found"),
  "no-year": (d) =>
    d.text
      ? `which year is column ${quoteText(d.text, "en")}? Put the year in its header, e.g. "2565"`
      : `which fiscal year are these scores? Put it in a header ("2565") or name the year`,
  "unknown-year": (d, n) =>
    d.newest !== undefined
      ? `no rules for fiscal year ${n(d.year)} yet (known: ${n(d.known)}); choose to grade by the ${n(d.newest)} rules (unconfirmed) or load a framework file`
      : `no built-in framework for fiscal year ${n(d.year)} (known: ${n(d.known)}); choose a framework or load a framework file`,
  "bad-framework": (d) => `invalid framework: ${frameworkReason(d, "en")}`.trim(),
  "unreadable-file": (d) => UNREADABLE[String(d.reason)]?.en(d) ?? `cannot read the file: ${d.reason ?? ""}`.trim(),
  "too-large": (d) => TOO_LARGE[String(d.what)]?.en(d) ?? "the input is larger than the tool accepts",
  "more-same": (d, n) =>
    d.column
      ? `… the same problem in ${n(grouped(d.count))} more cells: column ${n(d.column)}`
      : `… the same problem in ${n(grouped(d.count))} more rows`,
  "more-other": (d, n) => `… and ${n(grouped(d.count))} more problems of ${n(d.kinds)} other kinds: fix those shown and read again`,
  "no-agency-name": () => "this row has scores but no agency name",
  "no-agency-column": () => `no agency name column found: give it the header "หน่วยงาน" (agency)`,
  "duplicate-agency": (d, n) => `${quoteText(d.name, "en")} ${n(d.year)} is given twice (first at ${d.first}); the first is used`,
  "bad-year-cell": (d) => `cannot read a fiscal year from ${quoteText(d.text, "en")} (readable: "2565", "๒๕๖๖")`,
  "unknown-group-column": (d) => `no group column ${quoteText(d.text, "en")} (columns: ${d.columns || "none"})`,
  "unknown-agency": (d, n) => `no agency ${quoteText(d.text, "en")} in the ${n(d.year)} results`,
  "ambiguous-agency": (d) =>
    `several agencies are named ${quoteText(d.text, "en")} (${d.groups}): say which, as "name / group" or the cell of its name, e.g. "@B7"`,
  "year-not-in-table": (d, n) => `the table has no results for ${n(d.year)} (years: ${n(d.years)})`,
};

export function describeProblem(p: Problem, lang: Lang, digits: Digits = "arabic"): string {
  const n = (v: unknown) => withDigits(String(v ?? ""), digits);
  const sentence = (lang === "th" ? TH : EN)[p.code](p.detail ?? {}, n);
  return p.where ? `${describePlace(p.where, lang, digits)}: ${sentence}` : sentence;
}

const IGNORED_TH: Record<Ignored["reason"], (t: string) => string> = {
  blank: () => "แถวว่าง ข้าม",
  title: (t) => `หัวเรื่อง ${quoteText(t, "th")} ข้าม`,
  "grade-row": (t) => `แถวระดับผลการประเมิน ${quoteText(t, "th")} ข้าม`,
  "change-column": (t) => `คอลัมน์การเปลี่ยนแปลง ${quoteText(t, "th")} ไม่ใช่คะแนนรายปี ข้าม`,
  "rank-column": (t) => `คอลัมน์ลำดับ ${quoteText(t, "th")} ไม่ใช่คะแนน ข้าม`,
  "label-column": (t) => `คอลัมน์ข้อความ ${quoteText(t, "th")} ข้าม`,
  note: (t) => `ข้อความ ${quoteText(t, "th")} ไม่ใช่คะแนน ข้าม`,
};

const IGNORED_EN: Record<Ignored["reason"], (t: string) => string> = {
  blank: () => "blank row, skipped",
  title: (t) => `title ${quoteText(t, "en")} skipped`,
  "grade-row": (t) => `grade row ${quoteText(t, "en")} skipped`,
  "change-column": (t) => `change column ${quoteText(t, "en")} is not a year's scores, skipped`,
  "rank-column": (t) => `rank column ${quoteText(t, "en")} is not a score, skipped`,
  "label-column": (t) => `text column ${quoteText(t, "en")} skipped`,
  note: (t) => `text ${quoteText(t, "en")} is not a score, skipped`,
};

export function describeIgnored(i: Ignored, lang: Lang, digits: Digits = "arabic"): string {
  const sentence = (lang === "th" ? IGNORED_TH : IGNORED_EN)[i.reason](i.text);
  return `${describePlace(i.where, lang, digits)}: ${sentence}`;
}

/**
 * What the reader is told when CSV text in one column was read split: the
 * cells, the delimiter and the columns made, and that the cells are left as
 * they are. "ข้อความในเซลล์ A1:A12 เป็นข้อความ CSV ในคอลัมน์เดียว …"
 */
export function describeCsvSplit(c: CsvSplit, lang: Lang, digits: Digits = "arabic"): string {
  // "A1:A12" are cells; a text file's "lines 1–12, column 1" says what it is.
  const cells = /^[A-Z]+\d/.test(c.where);
  const where = describePlace(c.where, lang, digits);
  const n = withDigits(String(c.columns), digits);
  if (lang === "th") {
    const mark = c.delimiter === "," ? "จุลภาค (,)" : "อัฒภาค (;)";
    return `ข้อความ${cells ? "ในเซลล์ " : "ที่"}${where} เป็นข้อความ CSV ในคอลัมน์เดียว จึงอ่านโดยแยกที่เครื่องหมาย${mark} เป็น ${n} คอลัมน์ (เซลล์ในสมุดงานไม่ถูกแก้ไข; ปัญหาที่พบระบุเป็นเซลล์และค่าที่ในบรรทัดนั้น)`;
  }
  const mark = c.delimiter === "," ? "commas (,)" : "semicolons (;)";
  return `${cells ? `The cells ${where} hold` : `${where[0].toUpperCase()}${where.slice(1)} holds`} CSV text in one column: read split at the ${mark} into ${n} columns (the workbook's cells are left as they are; a problem names the cell and the field of its line).`;
}
