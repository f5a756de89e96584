// cells → GroupTable: one row per agency (and per year, through a year
// column, or one block of columns per year). Headers name indicators as the
// single-agency input does (number, code or name). A bad cell rejects its
// row (or that year's block of it) with every problem named by its cell;
// the other rows are read on. Nothing is skipped silently.
import { builtInFramework } from "../frameworks/years";
import { gridTooLarge } from "../input/limits";
import { isConflict, recognizeIndicator } from "../recognize";
import { matchKey } from "../text";
import type { Framework, Ignored, Problem } from "../types";
import {
  blockRange,
  canonical,
  cellAddress,
  columnLetters,
  inScoreRange,
  isBlankValue,
  readNumber,
  toCell,
  type AddressStyle,
  type Cell,
  type Place,
} from "../input/cells";
import { classifyHeader, isGradeLabel, isTotalLabel, readYearHeader, yearsInTitle } from "../input/labels";
import type { AgencyRecord, GroupColumn, GroupParseResult, GroupTable, RejectedRow } from "./types";

export interface GroupParseOptions {
  /** For recognising indicator headers; default the built-in 2565 framework (the 10 indicators are the same every year). */
  framework?: Framework;
  /** Year for a table that names none (no year column, header or title). */
  year?: number;
  origin?: { row: number; col: number };
  addressStyle?: AddressStyle;
}

const AGENCY_HEADER =
  /^(?:ชื่อ\s*)?(?:หน่วยงาน|ส่วนราชการ|องค์กรปกครองส่วนท้องถิ่น|อปท\.?|หน่วยรับการประเมิน|หน่วยงานที่รับการประเมิน)$|^(?:agency|agency name|name|organi[sz]ation|unit)$/;
const YEAR_HEADER = /^(?:ปีงบประมาณ|ปีงบ|ปี|พ\.?\s?ศ\.?|ปีงบประมาณ พ\.?\s?ศ\.?|year|fiscal year|fy|be)$/;
const INSTRUMENT_HEADER = /^(?:คะแนน\s*)?(?:iit|eit|eiti|oit)\b/;
/** Year words and the year itself, taken out of a header before the indicator is read ("2565 ตัวชี้วัดที่ 1"). */
const YEAR_PART = /(?:ปีงบประมาณ|ปีงบ|ปี|พ\.?\s?ศ\.?|\bfy|fiscal year|\byear)?\s*(?<!\d)\d{4}(?!\d)/g;

type Role =
  | { kind: "indicator"; number: number; year: number | null }
  | { kind: "overall"; year: number | null }
  | { kind: "agency" }
  | { kind: "year" }
  | { kind: "other"; text: string }
  | { kind: "skip"; reason: Ignored["reason"]; text: string }
  | { kind: "empty" };

const strip = (t: string) => matchKey(t).replace(/[()[\]:.]/g, " ").replace(/\s+/g, " ").trim();

/** A year cell: "2565", "๒๕๖๕", "ปี 2565", "FY2022", or Excel's number 2565. */
function readYearCell(c: Cell): number | null {
  const y = readYearHeader(c.text);
  return typeof y === "number" ? y : null;
}

export function parseGroupScores(cells: unknown[][], opts: GroupParseOptions = {}): GroupParseResult {
  const fw = opts.framework ?? (builtInFramework(2565) as Framework);
  const place: Place = { origin: opts.origin ?? { row: 0, col: 0 }, style: opts.addressStyle ?? "a1" };
  const big = Array.isArray(cells) ? gridTooLarge(cells) : null;
  if (big) return { ok: false, problems: [big], ignored: [] };
  const input = Array.isArray(cells) ? cells.map((r) => (Array.isArray(r) ? r : [r])) : [];
  const width = input.reduce((w, r) => Math.max(w, r.length), 0);
  const addr = (r: number, c: number) => cellAddress(place, r, c);
  const cellAt = (r: number, c: number): Cell => toCell(input[r][c]);
  const problems: Problem[] = [];
  const ignored: Ignored[] = [];
  const fail = (): GroupParseResult => ({ ok: false, problems, ignored });
  const isBlankRow = (r: number) => input[r].every((v) => toCell(v).empty);

  if (input.length === 0 || input.every((_, r) => isBlankRow(r))) {
    problems.push({ where: blockRange(place, input.length, width), code: "empty", detail: {} });
    return fail();
  }

  // ---- Header row: the first row naming the most indicators (at least 3). ----
  const headerRoles = (r: number): Role[] =>
    Array.from({ length: width }, (_, c): Role => {
      const cell = cellAt(r, c);
      if (cell.empty) return { kind: "empty" };
      const y = readYearHeader(cell.text);
      const year = typeof y === "number" ? y : null;
      let rec = recognizeIndicator(cell.text, fw);
      if (rec === null && year !== null) rec = recognizeIndicator(matchKey(cell.text).replace(YEAR_PART, " "), fw);
      if (rec !== null && !isConflict(rec)) return { kind: "indicator", number: rec.number, year };
      const k = strip(cell.text);
      const bare = strip(matchKey(cell.text).replace(YEAR_PART, " "));
      if (isTotalLabel(cell.text) || (year !== null && bare !== "" && isTotalLabel(bare))) return { kind: "overall", year };
      if (AGENCY_HEADER.test(k)) return { kind: "agency" };
      if (YEAR_HEADER.test(k)) return { kind: "year" };
      if (isGradeLabel(cell.text)) return { kind: "skip", reason: "note", text: cell.text };
      if (INSTRUMENT_HEADER.test(k)) return { kind: "skip", reason: "note", text: cell.text };
      const h = classifyHeader(cell.text);
      if (h.kind === "rank") return { kind: "skip", reason: "rank-column", text: cell.text };
      if (h.kind === "change") return { kind: "skip", reason: "change-column", text: cell.text };
      return { kind: "other", text: cell.text };
    });
  let headerRow = -1;
  let roles: Role[] = [];
  let best = 2;
  for (let r = 0; r < Math.min(input.length, 60); r++) {
    const rr = headerRoles(r);
    const n = new Set(rr.flatMap((x) => (x.kind === "indicator" ? [x.number] : []))).size;
    if (n > best) {
      best = n;
      headerRow = r;
      roles = rr;
      if (n === fw.indicators.length) break;
    }
  }
  if (headerRow < 0) {
    problems.push({ where: blockRange(place, input.length, width), code: "no-scores", detail: {} });
    return fail();
  }

  // ---- Years of the columns: in the header itself, in a band row above (carried right over merged cells), or in a title. ----
  let band = headerRow - 1;
  while (band >= 0 && isBlankRow(band)) band--;
  if (band >= 0) {
    let carried: number | null = null;
    const bandYears = Array.from({ length: width }, (_, c) => {
      const y = readYearCell(cellAt(band, c));
      if (y !== null) carried = y;
      return carried;
    });
    const filled = input[band].filter((v) => !toCell(v).empty).length;
    // A band row has years over the score columns; a lone title cell is a title (read below).
    if (filled >= 2 || bandYears.some((y, c) => y !== null && c > 0 && cellAt(band, c).text !== "")) {
      roles = roles.map((x, c) =>
        (x.kind === "indicator" || x.kind === "overall") && x.year === null ? { ...x, year: bandYears[c] } : x,
      );
    }
  }
  const titleYears = new Set<number>();
  for (let r = 0; r < headerRow; r++) {
    const filled = input[r].map(toCell).filter((c) => !c.empty);
    if (filled.length === 1) {
      yearsInTitle(filled[0].text).forEach((y) => titleYears.add(y));
      if (r !== band || roles.every((x) => x.kind !== "indicator" || x.year === null)) {
        ignored.push({ where: addr(r, input[r].findIndex((v) => !toCell(v).empty)), reason: "title", text: filled[0].text });
      }
    }
  }

  // ---- Column roles. ----
  let agencyCol = roles.findIndex((x) => x.kind === "agency");
  const yearCol = roles.findIndex((x) => x.kind === "year");
  const firstData = headerRow + 1;
  const numericShare = (c: number) => {
    let n = 0;
    let filled = 0;
    for (let r = firstData; r < input.length && filled < 200; r++) {
      const cell = cellAt(r, c);
      if (cell.empty) continue;
      filled++;
      if (readNumber(cell).kind === "number") n++;
    }
    return filled === 0 ? 1 : n / filled;
  };
  const textCols = roles.flatMap((x, c) => (x.kind === "other" && numericShare(c) < 0.5 ? [c] : []));
  if (agencyCol < 0) {
    // No agency header: the text column with the most distinct values (names are nearly unique, provinces repeat).
    let most = 0;
    for (const c of textCols) {
      const distinct = new Set<string>();
      for (let r = firstData; r < input.length; r++) distinct.add(cellAt(r, c).text);
      if (distinct.size > most) {
        most = distinct.size;
        agencyCol = c;
      }
    }
  }
  if (agencyCol < 0) {
    problems.push({ where: blockRange(place, headerRow + 1, width), code: "no-agency-column", detail: {} });
    return fail();
  }
  const groupColumns: GroupColumn[] = textCols
    .filter((c) => c !== agencyCol)
    .map((c) => ({ name: cellAt(headerRow, c).text, col: c, where: addr(headerRow, c) }));
  roles.forEach((x, c) => {
    if (x.kind === "skip") ignored.push({ where: addr(headerRow, c), reason: x.reason, text: x.text });
    else if (x.kind === "other" && c !== agencyCol && !textCols.includes(c)) ignored.push({ where: addr(headerRow, c), reason: "note", text: x.text });
    else if (x.kind === "empty" && c !== agencyCol) {
      for (let r = firstData; r < input.length; r++) {
        if (!cellAt(r, c).empty) {
          ignored.push({ where: addr(r, c), reason: "label-column", text: cellAt(r, c).text });
          break;
        }
      }
    }
  });

  // ---- Year blocks: the indicator and overall columns of each year. ----
  interface Block {
    year: number | null;
    cols: Map<number, number>;
    overall: number | null;
    where: string;
  }
  const blocks = new Map<string, Block>();
  const blockOf = (year: number | null, c: number) => {
    const k = String(year);
    let b = blocks.get(k);
    if (!b) blocks.set(k, (b = { year, cols: new Map(), overall: null, where: addr(headerRow, c) }));
    return b;
  };
  roles.forEach((x, c) => {
    if (x.kind === "indicator") {
      const b = blockOf(x.year, c);
      const first = b.cols.get(x.number);
      if (first !== undefined) {
        problems.push({ where: addr(headerRow, c), code: "duplicate-indicator", detail: { indicator: x.number, first: addr(headerRow, first) } });
      } else b.cols.set(x.number, c);
    } else if (x.kind === "overall") {
      const b = blockOf(x.year, c);
      if (b.overall === null) b.overall = c;
      else ignored.push({ where: addr(headerRow, c), reason: "note", text: cellAt(headerRow, c).text });
    }
  });
  const headerRange = blockRange({ ...place, origin: { row: place.origin.row + headerRow, col: place.origin.col } }, 1, width);
  const blockList = [...blocks.values()].filter((b) => b.cols.size > 0);
  for (const b of [...blocks.values()].filter((b) => b.cols.size === 0 && b.overall !== null)) {
    ignored.push({ where: addr(headerRow, b.overall as number), reason: "note", text: cellAt(headerRow, b.overall as number).text });
  }
  for (const b of blockList) {
    for (const i of fw.indicators) {
      if (!b.cols.has(i.number)) {
        problems.push({ where: headerRange, code: "missing-indicator", detail: b.year === null ? { indicator: i.number } : { indicator: i.number, year: b.year } });
      }
    }
  }
  const yearly = blockList.some((b) => b.year !== null);
  if (yearly && blockList.some((b) => b.year === null)) {
    const b = blockList.find((x) => x.year === null) as Block;
    problems.push({ where: b.where, code: "no-year", detail: { text: cellAt(headerRow, [...b.cols.values()][0]).text } });
  }
  const fixedYear = !yearly && yearCol < 0 ? (titleYears.size === 1 ? [...titleYears][0] : (opts.year ?? null)) : null;
  if (!yearly && yearCol < 0 && fixedYear === null) problems.push({ where: headerRange, code: "no-year", detail: {} });
  if (problems.length > 0) return fail();
  const layout: GroupTable["layout"] = yearly ? "year-blocks" : yearCol >= 0 ? "year-column" : "single-year";

  // ---- Rows. ----
  const records: AgencyRecord[] = [];
  const rejected: RejectedRow[] = [];
  const rowProblems: Problem[] = [];
  const seen = new Map<string, string>();
  const allScoreCols = blockList.flatMap((b) => [...b.cols.values(), ...(b.overall === null ? [] : [b.overall])]);

  for (let r = firstData; r < input.length; r++) {
    const row = input[r];
    const name = toCell(row[agencyCol]);
    const hasScore = allScoreCols.some((c) => !toCell(row[c]).empty);
    if (!hasScore) {
      if (row.some((v) => !toCell(v).empty)) {
        const c = row.findIndex((v) => !toCell(v).empty);
        ignored.push({ where: addr(r, c), reason: "note", text: row.map(toCell).filter((x) => !x.empty).map((x) => x.text).join(" ") });
      } else ignored.push({ where: addr(r, 0), reason: "blank", text: "" });
      continue;
    }
    if (!name.empty && isTotalLabel(name.text)) {
      ignored.push({ where: addr(r, agencyCol), reason: "note", text: name.text });
      continue;
    }
    const groups = groupColumns.map((g) => toCell(row[g.col]).text);
    const where = addr(r, agencyCol);
    const reject = (year: number | null, ps: Problem[]) => {
      for (const p of ps) rowProblems.push(p);
      rejected.push({ agency: name.text, year, where, problems: ps });
    };
    if (name.empty) {
      reject(null, [{ where, code: "no-agency-name", detail: {} }]);
      continue;
    }
    let rowYear = fixedYear;
    let yearWhere = headerRange;
    if (yearCol >= 0) {
      const yc = toCell(row[yearCol]);
      yearWhere = addr(r, yearCol);
      rowYear = readYearCell(yc);
      if (rowYear === null) {
        reject(null, [{ where: yearWhere, code: "bad-year-cell", detail: { text: yc.raw } }]);
        continue;
      }
    }
    const key = `${matchKey(name.text)}\u0001${groups.map(matchKey).join("\u0001")}`;
    for (const b of blockList) {
      const year = b.year ?? (rowYear as number);
      const ps: Problem[] = [];
      const scores: Record<number, string> = {};
      const where2: Record<number, string> = {};
      const blockCells = [...b.cols.entries()].map(([n, c]) => ({ n, c, cell: toCell(row[c]) }));
      // A year block left blank: the agency was not assessed that year.
      if (yearly && blockCells.every((x) => x.cell.empty) && (b.overall === null || toCell(row[b.overall]).empty)) {
        ignored.push({ where: addr(r, blockCells[0].c), reason: "blank", text: `${name.text} ${year}` });
        continue;
      }
      for (const { n, c, cell } of blockCells) {
        const a = addr(r, c);
        const v = readNumber(cell);
        if (v.kind === "empty") ps.push({ where: a, code: "missing-indicator", detail: { indicator: n, year } });
        else if (v.kind === "not-a-number") ps.push({ where: a, code: "not-a-number", detail: { text: cell.raw } });
        else if (!inScoreRange(v.value)) ps.push({ where: a, code: "out-of-range", detail: { text: cell.raw } });
        else {
          scores[n] = canonical(v.value);
          where2[n] = a;
        }
      }
      let stated: string | null = null;
      let statedCell: string | null = null;
      if (b.overall !== null) {
        const cell = toCell(row[b.overall]);
        const a = addr(r, b.overall);
        const v = readNumber(cell);
        if (v.kind === "not-a-number" && !isBlankValue(cell)) ps.push({ where: a, code: "not-a-number", detail: { text: cell.raw } });
        else if (v.kind === "number" && !inScoreRange(v.value)) ps.push({ where: a, code: "out-of-range", detail: { text: cell.raw } });
        else if (v.kind === "number") {
          stated = canonical(v.value);
          statedCell = a;
        }
      }
      const first = seen.get(`${key}\u0002${year}`);
      if (first !== undefined) ps.unshift({ where, code: "duplicate-agency", detail: { name: name.text, year, first } });
      if (ps.length > 0) {
        reject(year, ps);
        continue;
      }
      seen.set(`${key}\u0002${year}`, where);
      records.push({
        agency: name.text,
        key,
        groups,
        year,
        scores,
        cells: where2,
        stated,
        statedCell,
        where,
        yearWhere: b.year === null ? yearWhere : b.where,
      });
    }
  }

  return {
    ok: true,
    table: {
      layout,
      groupColumns,
      records,
      rejected,
      problems: rowProblems,
      ignored,
      years: [...new Set(records.map((x) => x.year))].sort((a, b) => a - b),
    },
  };
}

/** "B" or "column 2" for a group column, as a user may name it with --group. */
export function groupColumnLetter(g: GroupColumn, style: AddressStyle = "a1"): string {
  return style === "line" ? `column ${g.col + 1}` : columnLetters(g.col);
}
