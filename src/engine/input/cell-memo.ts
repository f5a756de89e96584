// A national file repeats the same few thousand values (score texts, province
// names, the two years): each distinct value is read once per parse, with
// exactly the rules of cells.ts, instead of once per cell.
import { matchKey } from "../text";
import { columnLetters } from "../a1";
import { canonical, cellAddress, inScoreRange, readNumber, toCell, type Cell, type Place } from "./cells";
import { isTotalKey, readYearHeader } from "./labels";

/**
 * A cell read as a score: canonical decimal text, whether it lies in 0–100,
 * and (in range) the value rounded half up to whole hundredths, as the
 * official 2-decimal score is (null outside the range).
 */
export type ScoreRead =
  { kind: "empty" } | { kind: "not-a-number" } | { kind: "number"; canonical: string; inRange: boolean; hundredths: number | null };

/** Distinct values remembered before a memo starts afresh (bounds its memory on hostile input). */
const MAX_ENTRIES = 200_000;

const primitive = (v: unknown): v is string | number | boolean => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

function remember<K, V>(m: Map<K, V>, k: K, v: V): V {
  if (m.size >= MAX_ENTRIES) m.clear();
  m.set(k, v);
  return v;
}

export class CellMemo {
  private readonly cells = new Map<unknown, Cell>();
  private readonly scores = new Map<unknown, ScoreRead>();
  private readonly keys = new Map<string, string>();
  private readonly years = new Map<string, number | null>();
  private readonly totals = new Map<string, boolean>();

  /** toCell(v). */
  cell(v: unknown): Cell {
    if (!primitive(v)) return toCell(v);
    return this.cells.get(v) ?? remember(this.cells, v, toCell(v));
  }

  /** readNumber(toCell(v)), with its canonical text and range. */
  score(v: unknown): ScoreRead {
    if (!primitive(v)) return readScore(toCell(v));
    return this.scores.get(v) ?? remember(this.scores, v, readScore(this.cell(v)));
  }

  /** matchKey(text). */
  key(text: string): string {
    return this.keys.get(text) ?? remember(this.keys, text, matchKey(text));
  }

  /** A year cell: "2565", "๒๕๖๕", "ปี 2565", "FY2022", or Excel's number 2565. */
  year(c: Cell): number | null {
    const y = this.years.get(c.text);
    if (y !== undefined) return y;
    const read = readYearHeader(c.text);
    return remember(this.years, c.text, typeof read === "number" ? read : null);
  }

  /** isTotalLabel(text): a total row ("คะแนนรวม") among the agencies. */
  isTotal(text: string): boolean {
    return this.totals.get(text) ?? remember(this.totals, text, isTotalKey(this.key(text)));
  }
}

/** What a score cell nearly always holds: "88.53", "100", "7.5" (ASCII digits, at most 2 decimals). */
const PLAIN_SCORE = /^(\d{1,3})(?:\.(\d{1,2}))?$/;

/** readNumber + canonical + inScoreRange, by string operations for a plain score (big.js only for the rest). */
function readScore(c: Cell): ScoreRead {
  const m = PLAIN_SCORE.exec(c.text);
  if (m) {
    // As big.js's toFixed(): no leading zeros, no trailing fractional zeros ("07.50" → "7.5", "100.00" → "100").
    const whole = String(Number(m[1]));
    const frac = (m[2] ?? "").replace(/0+$/, "");
    const inRange = Number(m[1]) < 100 || (whole === "100" && frac === "");
    return {
      kind: "number",
      canonical: frac === "" ? whole : `${whole}.${frac}`,
      inRange,
      hundredths: inRange ? Number(m[1]) * 100 + Number((frac + "00").slice(0, 2)) : null,
    };
  }
  const n = readNumber(c);
  if (n.kind !== "number") return n;
  const inRange = inScoreRange(n.value);
  return { kind: "number", canonical: canonical(n.value), inRange, hundredths: inRange ? roundedHundredths(canonical(n.value)) : null };
}

/** A non-negative decimal text (no sign, no exponent) rounded half up to whole hundredths, by its digits ("89.455" → 8946). */
export function roundedHundredths(s: string): number {
  const dot = s.indexOf(".");
  const whole = Number(dot < 0 ? s : s.slice(0, dot)) * 100;
  if (dot < 0) return whole;
  const h = whole + Number((s.slice(dot + 1, dot + 3) + "00").slice(0, 2));
  return s.charCodeAt(dot + 3) >= 53 /* "5" */ ? h + 1 : h;
}

/** cellAddress(p, row, col) with each column's letters worked out once. */
export function addresser(p: Place): (row: number, col: number) => string {
  // Split CSV lines name the cell and the field ("A5, field 3"): rare and small, so no fast path.
  if (p.csvColumn !== undefined) return (r, c) => cellAddress(p, r, c);
  if (p.style === "line") {
    // "line 7, column 2": a row's part made once per row, a column's once per column (rows are read in order).
    const columns: string[] = [];
    let row = -1;
    let line = "";
    return (r, c) => {
      if (r !== row) line = `line ${p.origin.row + (row = r) + 1}`;
      return line + (columns[c] ??= `, column ${p.origin.col + c + 1}`);
    };
  }
  const letters: string[] = [];
  return (r, c) => (letters[c] ??= columnLetters(p.origin.col + c)) + (p.origin.row + r + 1);
}
