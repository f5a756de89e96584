// Text → cells. CSV and TSV through papaparse; "txt" is what a planner
// pastes from a web page or a PDF: tab-separated if any line has tabs,
// else each line split into a label and its trailing numbers.
import Papa from "papaparse";
import { stripInvisible } from "../engine/text";

export type TextKind = "csv" | "tsv" | "txt";

/** Drop trailing rows with nothing in them (the final newline, padding). */
function trimTrailingBlank(rows: string[][]): string[][] {
  let n = rows.length;
  while (n > 0 && rows[n - 1].every((c) => c.trim() === "")) n--;
  return rows.slice(0, n);
}

/**
 * Comma, semicolon or tab: the one found on most lines (quoted text aside).
 * Papa's own guess gives up on two-column files that end with a newline.
 */
export function guessDelimiter(text: string): "," | ";" | "\t" {
  const lines = firstLines(text, 50).map((l) => l.replace(/"[^"]*"/g, ""));
  let best: "," | ";" | "\t" = ",";
  let bestScore = [0, 0];
  for (const d of [",", ";", "\t"] as const) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const score = [counts.filter((n) => n > 0).length, counts.reduce((a, b) => a + b, 0)];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** The first `n` lines with something in them (a line ends at CR LF, CR or LF), without splitting the rest of the text. */
function firstLines(text: string, n: number): string[] {
  const out: string[] = [];
  const end = /\r\n|\r|\n/g;
  for (let start = 0; out.length < n;) {
    const m = end.exec(text);
    const line = text.slice(start, m ? m.index : text.length);
    if (line.trim() !== "") out.push(line);
    if (!m) break;
    start = end.lastIndex;
  }
  return out;
}

function parseDelimited(text: string, delimiter?: string): string[][] {
  const d = delimiter ?? guessDelimiter(text);
  const plain = splitPlain(text, d);
  if (plain !== null) return plain;
  const out = Papa.parse<string[]>(text, { delimiter: d, skipEmptyLines: false });
  return out.data.map((row) => (Array.isArray(row) ? row.map((c) => (c == null ? "" : String(c))) : [String(row)]));
}

/**
 * What papaparse gives for a text with no quote and no carriage return (its
 * "fast mode": a BOM dropped, lines split at "\n", each line at the
 * delimiter; nothing for an empty text), with each distinct cell text held
 * once: a national file repeats the same few thousand scores, provinces and
 * years, so its 266,000 cells keep some 35,000 strings alive instead of all.
 * A short field of digits and dots ("82.68", "2565": most of them) is looked
 * up by a number made from its characters, so no string is cut out for it
 * unless it is new; any other field is cut out and looked up by its text.
 * Null (papaparse's turn) at the first quote or carriage return.
 */
function splitPlain(text: string, delimiter: string): string[][] | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.length === start) return [];
  const d = delimiter.charCodeAt(0);
  const seen = new Map<string, string>();
  const numeric = new Map<number, string>();
  const rows: string[][] = [];
  let row: string[] = [];
  let from = start;
  // code: the field's characters so far in base 12 (a digit is 1–10, a dot 11), -1 once it is not such a field.
  let code = 0;
  for (let i = start; i <= text.length; i++) {
    const ch = i < text.length ? text.charCodeAt(i) : 10;
    if (ch === d || ch === 10) {
      let v: string | undefined;
      if (code > 0 && i - from <= MAX_NUMERIC) {
        v = numeric.get(code);
        if (v === undefined) numeric.set(code, (v = text.slice(from, i)));
      } else {
        const t = text.slice(from, i);
        v = seen.get(t);
        if (v === undefined) seen.set(t, (v = t));
      }
      row.push(v);
      from = i + 1;
      code = 0;
      if (ch === 10) {
        rows.push(row);
        row = [];
      }
    } else if (ch === 34 /* " */ || ch === 13 /* \r */) return null;
    else if (code >= 0) code = ch >= 48 && ch <= 57 ? code * 12 + (ch - 47) : ch === 46 ? code * 12 + 11 : -1;
  }
  return rows;
}

/** Fields up to this long are numeric keys (12^8 < 2^53: exact, and no two fields share one). */
const MAX_NUMERIC = 8;

const DIGIT = "[0-9\u0e50-\u0e59]";
/** A value token: "๘๙.๙๘", "100", "+0.81", "88.53%", "1,000". */
const NUMBER_TOKEN = new RegExp(`^[+\\-−]?${DIGIT}+(?:[.,]${DIGIT}+)*%?$`);
/** A grade printed after a total ("A", "AA"). */
const GRADE_TOKEN = /^(?:AA|A|B|C|D|E|F)$/;
const RANK_TOKEN = new RegExp(`^${DIGIT}{1,3}$`);
/** "พ.ศ. ๒๕๖๕" keeps its year: it is part of a title, not a value. */
const YEAR_WORD_TOKEN = /^(?:พ\.?ศ\.?|ค\.?ศ\.?|ปี|ปีงบประมาณ|ปีงบ|fy|year)$/i;
/** "ผลคะแนนปี ๒๕๖๕": a year word ending a longer word still names the year after it. */
const ENDS_WITH_YEAR_WORD = /(?:ปี|ปีงบประมาณ|ปีงบ|พ\.?ศ\.?)$/;
const BE_YEAR = new RegExp(`^(?:25|๒๕)${DIGIT}{2}$`);

/** A number that is the year of the words before it, not a value. */
const isTitleYear = (prev: string, token: string) => YEAR_WORD_TOKEN.test(prev) || (ENDS_WITH_YEAR_WORD.test(prev) && BE_YEAR.test(token));

const CHANGE_WORD_TOKEN = /^(?:เพิ่มขึ้น|ลดลง|เพิ่ม|ลด|คงที่|เท่าเดิม|up|down)$/i;

/** "๓ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (IIT) ๘๙.๙๘ ๙๐.๗๙" → rank, label, values. */
export function splitTextLine(line: string): { rank: string | null; label: string; values: string[] } {
  const tokens = line
    .trim()
    .split(/\s+/)
    .filter((t) => t !== "");
  const values: string[] = [];
  while (tokens.length > 0) {
    const last = stripInvisible(tokens[tokens.length - 1]);
    const isNumber = NUMBER_TOKEN.test(last);
    const isGrade = GRADE_TOKEN.test(last) && tokens.length > 1;
    // "เพิ่มขึ้น +0.81" is one change cell, as in the report's section 6.
    if (CHANGE_WORD_TOKEN.test(last) && values.length > 0 && /^[+\-−]/.test(values[0]) && tokens.length > 1) {
      values[0] = `${tokens.pop() as string} ${values[0]}`;
      continue;
    }
    if (!isNumber && !isGrade) break;
    if (isNumber && tokens.length > 1 && isTitleYear(stripInvisible(tokens[tokens.length - 2]), last)) break;
    values.unshift(tokens.pop() as string);
  }
  let rank: string | null = null;
  if (tokens.length >= 2 && RANK_TOKEN.test(stripInvisible(tokens[0]))) rank = tokens.shift() as string;
  return { rank, label: tokens.join(" "), values };
}

/** Words a column header of a pasted table starts with ("ผลคะแนนปี ๒๕๖๔", "การเปลี่ยนแปลง …"). */
const HEADER_START = /^(?:ผลคะแนน|คะแนน|ปีงบประมาณ|ปี|พ\.?ศ\.?|fy|score|year|การเปลี่ยนแปลง|เปลี่ยนแปลง|change|ผลต่าง)/i;
const YEAR_IN_TOKEN = new RegExp(`(?:25|๒๕)${DIGIT}{2}|fy${DIGIT}{2,4}`, "i");
const RANK_HEADER = /^(?:ที่|อันดับ|ลำดับ|ลำดับที่|no\.?|rank)$/i;

/**
 * A header line pasted without tabs ("ที่ ตัวชี้วัด ผลคะแนนปี ๒๕๖๔ ผลคะแนนปี ๒๕๖๕
 * การเปลี่ยนแปลง …", as a PDF copy gives it), split into one cell per value
 * column of the rows below it. A header phrase starts with a word such as
 * ผลคะแนน or ปี once the phrase before it has its year; null when the line
 * does not split into exactly `columns` phrases.
 */
function splitHeaderLine(line: string, columns: number, ranked: boolean): string[] | null {
  const tokens = line.trim().split(/\s+/);
  const phrases: string[][] = [];
  const lead: string[] = [];
  for (const t of tokens) {
    const current = phrases[phrases.length - 1];
    const closed = current === undefined || current.some((x) => YEAR_IN_TOKEN.test(x));
    if (HEADER_START.test(t) && closed) phrases.push([t]);
    else if (current) current.push(t);
    else lead.push(t);
  }
  if (phrases.length !== columns || lead.length === 0 || !phrases.some((p) => p.some((x) => YEAR_IN_TOKEN.test(x)))) return null;
  const head = ranked ? (RANK_HEADER.test(lead[0]) && lead.length > 1 ? [lead.shift() as string] : [""]) : [];
  return [...head, lead.join(" "), ...phrases.map((p) => p.join(" "))];
}

function splitPlainLines(lines: string[]): string[][] {
  const parts = lines.map((l) => (l.trim() === "" ? null : splitTextLine(l)));
  // Keep columns aligned: if any line has a rank, the others get an empty rank cell.
  const ranked = parts.some((p) => p !== null && p.rank !== null);
  return parts.map((p, i) => {
    if (p === null) return [""];
    if (p.values.length === 0 && p.rank === null) {
      const next = parts.slice(i + 1).find((q) => q !== null);
      const header = next && next.values.length > 0 ? splitHeaderLine(lines[i], next.values.length, ranked) : null;
      if (header) return header;
    }
    const head = ranked ? [p.rank ?? ""] : [];
    return p.label === "" && !ranked ? [...p.values] : [...head, p.label, ...p.values];
  });
}

export function textToCells(text: string, kind: TextKind): string[][] {
  const body = text.replace(/^\ufeff/, "");
  if (kind === "csv") return trimTrailingBlank(parseDelimited(body));
  if (kind === "tsv") return trimTrailingBlank(parseDelimited(body, "\t"));
  const lines = body.split(/\r\n|\r|\n/);
  if (lines.some((l) => l.includes("\t"))) return trimTrailingBlank(lines.map((l) => l.split("\t")));
  return trimTrailingBlank(splitPlainLines(lines));
}
