// cells → GroupTable: one row per agency (and per year, through a year
// column, or one block of columns per year). Headers name indicators as the
// single-agency input does (number, code or name). A bad cell rejects its
// row (or that year's block of it) with every problem named by its cell;
// the other rows are read on. Nothing is skipped silently.
import { builtInFramework } from "../frameworks/years";
import { gridTooLarge } from "../input/limits";
import { readableCells } from "../input/one-column-csv";
import { isConflict, recognizeIndicator } from "../recognize";
import { matchKey } from "../text";
import type { Framework, Ignored, Problem } from "../types";
import { columnLetters } from "../a1";
import { blockRange, type AddressStyle, type Cell, type Place } from "../input/cells";
import { addresser, CellMemo } from "../input/cell-memo";
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

const strip = (t: string) =>
  matchKey(t)
    .replace(/[()[\]:.]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** The table as rows, with its size, addresses and the memo every phase reads cells through. */
interface Grid {
  input: unknown[][];
  width: number;
  place: Place;
  addr: (r: number, c: number) => string;
  cellAt: (r: number, c: number) => Cell;
  memo: CellMemo;
  isBlankRow: (r: number) => boolean;
}

function gridOf(cells: unknown[][], place: Place): Grid {
  const input = cells.map((r) => (Array.isArray(r) ? r : [r]));
  const memo = new CellMemo();
  const cellAt = (r: number, c: number): Cell => memo.cell(input[r][c]);
  return {
    input,
    width: input.reduce((w, r) => Math.max(w, r.length), 0),
    place,
    addr: addresser(place),
    cellAt,
    memo,
    isBlankRow: (r) => input[r].every((v) => memo.cell(v).empty),
  };
}

export function parseGroupScores(cells: unknown[][], opts: GroupParseOptions = {}): GroupParseResult {
  const fw = opts.framework ?? (builtInFramework(2565) as Framework);
  const given = Array.isArray(cells) ? cells : [];
  const big = gridTooLarge(given);
  if (big) return { ok: false, problems: [big], ignored: [] };
  // CSV lines pasted into one column are read as their fields, as for one agency (input/one-column-csv).
  const { input, place, csvSplit } = readableCells(given, { origin: opts.origin ?? { row: 0, col: 0 }, style: opts.addressStyle ?? "a1" });
  const said = csvSplit ? { csvSplit } : {};
  const g = gridOf(input, place);
  if (g.input.length === 0 || g.input.every((_, r) => g.isBlankRow(r))) {
    return {
      ok: false,
      problems: [{ where: blockRange(place, g.input.length, g.width), code: "empty", detail: {} }],
      ignored: [],
      ...said,
    };
  }
  const header = findHeader(g, fw);
  if (!header)
    return {
      ok: false,
      problems: [{ where: blockRange(place, g.input.length, g.width), code: "no-scores", detail: {} }],
      ignored: [],
      ...said,
    };
  const years = columnYears(g, header);
  const columns = columnRoles(g, header.row, years.roles);
  if ("problem" in columns) return { ok: false, problems: [columns.problem], ignored: years.ignored, ...said };
  const blocks = yearBlocks(g, fw, header.row, years, columns, opts.year ?? null);
  const ignored = [...years.ignored, ...columns.ignored, ...blocks.ignored];
  if (!blocks.ok) return { ok: false, problems: blocks.problems, ignored, ...said };
  const rows = readRows(g, header.row + 1, columns, blocks);
  return {
    ok: true,
    table: {
      layout: blocks.layout,
      groupColumns: columns.groupColumns,
      records: rows.records,
      rejected: rows.rejected,
      problems: rows.problems,
      ignored: [...ignored, ...rows.ignored],
      years: [...new Set(rows.records.map((x) => x.year))].sort((a, b) => a - b),
    },
    ...said,
  };
}

// ---- Header row: the first row naming the most indicators (at least 3). ----

interface Header {
  row: number;
  roles: Role[];
}

function headerRole(cell: Cell, fw: Framework): Role {
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
}

function findHeader(g: Grid, fw: Framework): Header | null {
  let found: Header | null = null;
  let best = 2;
  for (let r = 0; r < Math.min(g.input.length, 60); r++) {
    const roles = Array.from({ length: g.width }, (_, c) => headerRole(g.cellAt(r, c), fw));
    const n = new Set(roles.flatMap((x) => (x.kind === "indicator" ? [x.number] : []))).size;
    if (n > best) {
      best = n;
      found = { row: r, roles };
      if (n === fw.indicators.length) break;
    }
  }
  return found;
}

// ---- Years of the columns: in the header itself, in a band row above (carried right over merged cells), or in a title. ----

interface ColumnYears {
  /** The header's roles, indicator and overall columns given the band row's year where the header names none. */
  roles: Role[];
  /** The band row above the header (-1 when none). */
  band: number;
  titleYears: Set<number>;
  ignored: Ignored[];
}

function columnYears(g: Grid, header: Header): ColumnYears {
  const { cellAt, input, width } = g;
  let roles = header.roles;
  let band = header.row - 1;
  while (band >= 0 && g.isBlankRow(band)) band--;
  if (band >= 0) {
    let carried: number | null = null;
    const bandYears = Array.from({ length: width }, (_, c) => {
      const y = g.memo.year(cellAt(band, c));
      if (y !== null) carried = y;
      return carried;
    });
    const filled = input[band].filter((v) => !g.memo.cell(v).empty).length;
    // A band row has years over the score columns; a lone title cell is a title (read below).
    if (filled >= 2 || bandYears.some((y, c) => y !== null && c > 0 && cellAt(band, c).text !== "")) {
      roles = roles.map((x, c) => ((x.kind === "indicator" || x.kind === "overall") && x.year === null ? { ...x, year: bandYears[c] } : x));
    }
  }
  const titleYears = new Set<number>();
  const ignored: Ignored[] = [];
  for (let r = 0; r < header.row; r++) {
    const filled = input[r].map((v) => g.memo.cell(v)).filter((c) => !c.empty);
    if (filled.length === 1) {
      yearsInTitle(filled[0].text).forEach((y) => titleYears.add(y));
      if (r !== band || roles.every((x) => x.kind !== "indicator" || x.year === null)) {
        ignored.push({
          where: g.addr(
            r,
            input[r].findIndex((v) => !g.memo.cell(v).empty)
          ),
          reason: "title",
          text: filled[0].text,
        });
      }
    }
  }
  return { roles, band, titleYears, ignored };
}

// ---- Column roles: the agency name, the year, the group columns; the rest listed as ignored. ----

interface Columns {
  agencyCol: number;
  yearCol: number;
  groupColumns: GroupColumn[];
  ignored: Ignored[];
}

function columnRoles(g: Grid, headerRow: number, roles: Role[]): Columns | { problem: Problem } {
  const { cellAt, input } = g;
  let agencyCol = roles.findIndex((x) => x.kind === "agency");
  const yearCol = roles.findIndex((x) => x.kind === "year");
  const firstData = headerRow + 1;
  const numericShare = (c: number) => {
    let n = 0;
    let filled = 0;
    for (let r = firstData; r < input.length && filled < 200; r++) {
      const v = input[r][c];
      if (g.memo.cell(v).empty) continue;
      filled++;
      if (g.memo.score(v).kind === "number") n++;
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
  if (agencyCol < 0) return { problem: { where: blockRange(g.place, headerRow + 1, g.width), code: "no-agency-column", detail: {} } };
  const groupColumns: GroupColumn[] = textCols
    .filter((c) => c !== agencyCol)
    .map((c) => ({ name: cellAt(headerRow, c).text, col: c, where: g.addr(headerRow, c) }));
  const ignored: Ignored[] = [];
  roles.forEach((x, c) => {
    if (x.kind === "skip") ignored.push({ where: g.addr(headerRow, c), reason: x.reason, text: x.text });
    else if (x.kind === "other" && c !== agencyCol && !textCols.includes(c))
      ignored.push({ where: g.addr(headerRow, c), reason: "note", text: x.text });
    else if (x.kind === "empty" && c !== agencyCol) {
      for (let r = firstData; r < input.length; r++) {
        if (!cellAt(r, c).empty) {
          ignored.push({ where: g.addr(r, c), reason: "label-column", text: cellAt(r, c).text });
          break;
        }
      }
    }
  });
  return { agencyCol, yearCol, groupColumns, ignored };
}

// ---- Year blocks: the indicator and overall columns of each year. ----

interface Block {
  year: number | null;
  cols: Map<number, number>;
  overall: number | null;
  where: string;
}

type Blocks =
  | {
      ok: true;
      blocks: Block[];
      layout: GroupTable["layout"];
      /** The one year of a table without a year column or year blocks. */
      fixedYear: number | null;
      headerRange: string;
      ignored: Ignored[];
    }
  | { ok: false; problems: Problem[]; ignored: Ignored[] };

function yearBlocks(g: Grid, fw: Framework, headerRow: number, years: ColumnYears, columns: Columns, optYear: number | null): Blocks {
  const { addr, cellAt, place } = g;
  const problems: Problem[] = [];
  const ignored: Ignored[] = [];
  const byYear = new Map<string, Block>();
  const blockOf = (year: number | null, c: number) => {
    const k = String(year);
    let b = byYear.get(k);
    if (!b) byYear.set(k, (b = { year, cols: new Map(), overall: null, where: addr(headerRow, c) }));
    return b;
  };
  years.roles.forEach((x, c) => {
    if (x.kind === "indicator") {
      const b = blockOf(x.year, c);
      const first = b.cols.get(x.number);
      if (first !== undefined) {
        problems.push({
          where: addr(headerRow, c),
          code: "duplicate-indicator",
          detail: { indicator: x.number, first: addr(headerRow, first) },
        });
      } else b.cols.set(x.number, c);
    } else if (x.kind === "overall") {
      const b = blockOf(x.year, c);
      if (b.overall === null) b.overall = c;
      else ignored.push({ where: addr(headerRow, c), reason: "note", text: cellAt(headerRow, c).text });
    }
  });
  const headerRange = blockRange({ ...place, origin: { row: place.origin.row + headerRow, col: place.origin.col } }, 1, g.width);
  const blocks = [...byYear.values()].filter((b) => b.cols.size > 0);
  for (const b of [...byYear.values()].filter((b) => b.cols.size === 0 && b.overall !== null)) {
    ignored.push({ where: addr(headerRow, b.overall as number), reason: "note", text: cellAt(headerRow, b.overall as number).text });
  }
  for (const b of blocks) {
    for (const i of fw.indicators) {
      if (!b.cols.has(i.number)) {
        problems.push({
          where: headerRange,
          code: "missing-indicator",
          detail: b.year === null ? { indicator: i.number } : { indicator: i.number, year: b.year },
        });
      }
    }
  }
  const yearly = blocks.some((b) => b.year !== null);
  if (yearly && blocks.some((b) => b.year === null)) {
    const b = blocks.find((x) => x.year === null) as Block;
    problems.push({ where: b.where, code: "no-year", detail: { text: cellAt(headerRow, [...b.cols.values()][0]).text } });
  }
  const yearCol = columns.yearCol;
  const titleYears = years.titleYears;
  const fixedYear = !yearly && yearCol < 0 ? (titleYears.size === 1 ? [...titleYears][0] : optYear) : null;
  if (!yearly && yearCol < 0 && fixedYear === null) problems.push({ where: headerRange, code: "no-year", detail: {} });
  if (problems.length > 0) return { ok: false, problems, ignored };
  const layout: GroupTable["layout"] = yearly ? "year-blocks" : yearCol >= 0 ? "year-column" : "single-year";
  return { ok: true, blocks, layout, fixedYear, headerRange, ignored };
}

// ---- Rows: one record per agency and year block; a bad cell rejects its row (or block) naming every cell. ----

interface Rows {
  records: AgencyRecord[];
  rejected: RejectedRow[];
  problems: Problem[];
  ignored: Ignored[];
}

function readRows(g: Grid, firstData: number, columns: Columns, layout: Extract<Blocks, { ok: true }>): Rows {
  const { addr, input, memo } = g;
  const { agencyCol, yearCol, groupColumns } = columns;
  const { blocks, fixedYear, headerRange } = layout;
  const yearly = layout.layout === "year-blocks";
  const out: Rows = { records: [], rejected: [], problems: [], ignored: [] };
  /** Year → agency key → the name cell of its first record that year. */
  const seen = new Map<number, Map<string, string>>();
  const allScoreCols = blocks.flatMap((b) => [...b.cols.values(), ...(b.overall === null ? [] : [b.overall])]);
  const blockCols = blocks.map((b) => [...b.cols.entries()]);

  const reject = (name: string, year: number | null, where: string, ps: Problem[]) => {
    for (const p of ps) out.problems.push(p);
    out.rejected.push({ agency: name, year, where, problems: ps });
  };

  for (let r = firstData; r < input.length; r++) {
    const row = input[r];
    const name = memo.cell(row[agencyCol]);
    let scored = false;
    for (let k = 0; k < allScoreCols.length && !scored; k++) scored = !memo.cell(row[allScoreCols[k]]).empty;
    if (!scored) {
      out.ignored.push(unscoredRow(g, r));
      continue;
    }
    if (!name.empty && memo.isTotal(name.text)) {
      out.ignored.push({ where: addr(r, agencyCol), reason: "note", text: name.text });
      continue;
    }
    const groups = new Array<string>(groupColumns.length);
    for (let k = 0; k < groupColumns.length; k++) groups[k] = memo.cell(row[groupColumns[k].col]).text;
    const where = addr(r, agencyCol);
    if (name.empty) {
      reject(name.text, null, where, [{ where, code: "no-agency-name", detail: {} }]);
      continue;
    }
    let rowYear = fixedYear;
    let yearWhere = headerRange;
    if (yearCol >= 0) {
      const yc = memo.cell(row[yearCol]);
      yearWhere = addr(r, yearCol);
      rowYear = memo.year(yc);
      if (rowYear === null) {
        reject(name.text, null, where, [{ where: yearWhere, code: "bad-year-cell", detail: { text: yc.raw } }]);
        continue;
      }
    }
    let key = memo.key(name.text);
    for (let k = 0; k < groups.length; k++) key += `\u0001${memo.key(groups[k])}`;
    if (groups.length === 0) key += "\u0001";
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      const year = b.year ?? (rowYear as number);
      // A year block left blank: the agency was not assessed that year.
      if (yearly && blockCols[i].every(([, c]) => memo.cell(row[c]).empty) && (b.overall === null || memo.cell(row[b.overall]).empty)) {
        out.ignored.push({ where: addr(r, blockCols[i][0][1]), reason: "blank", text: `${name.text} ${year}` });
        continue;
      }
      const read = readBlock(g, r, b, blockCols[i], year);
      let seenIn = seen.get(year);
      if (!seenIn) seen.set(year, (seenIn = new Map()));
      const first = seenIn.get(key);
      let problems = read.problems;
      if (first !== undefined)
        problems = [{ where, code: "duplicate-agency", detail: { name: name.text, year, first } }, ...(problems ?? [])];
      if (problems !== null) {
        reject(name.text, year, where, problems);
        continue;
      }
      seenIn.set(key, where);
      out.records.push({
        agency: name.text,
        key,
        groups,
        year,
        scores: read.scores,
        hundredths: read.hundredths,
        stated: read.stated,
        statedHundredths: read.statedHundredths ?? undefined,
        statedCell: read.statedCell,
        where,
        yearWhere: b.year === null ? yearWhere : b.where,
      });
    }
  }
  return out;
}

/** A row with no score: a note (its text joined) or a blank row. */
function unscoredRow(g: Grid, r: number): Ignored {
  const row = g.input[r];
  const c = row.findIndex((v) => !g.memo.cell(v).empty);
  if (c < 0) return { where: g.addr(r, 0), reason: "blank", text: "" };
  const text = row
    .map((v) => g.memo.cell(v))
    .filter((x) => !x.empty)
    .map((x) => x.text)
    .join(" ");
  return { where: g.addr(r, c), reason: "note", text };
}

/** One year block of a row: its scores (texts and hundredths) and published overall, or every problem in it (null: none). */
function readBlock(g: Grid, r: number, b: Block, cols: [number, number][], year: number) {
  const row = g.input[r];
  let problems: Problem[] | null = null;
  const scores: Record<number, string> = {};
  const hundredths: number[] = [];
  for (let k = 0; k < cols.length; k++) {
    const n = cols[k][0];
    const c = cols[k][1];
    const v = g.memo.score(row[c]);
    if (v.kind === "number" && v.inRange) {
      scores[n] = v.canonical;
      hundredths[n] = v.hundredths as number;
    } else if (v.kind === "empty")
      (problems ??= []).push({ where: g.addr(r, c), code: "missing-indicator", detail: { indicator: n, year } });
    else {
      const code = v.kind === "not-a-number" ? "not-a-number" : "out-of-range";
      (problems ??= []).push({ where: g.addr(r, c), code, detail: { text: g.memo.cell(row[c]).raw } });
    }
  }
  let stated: string | null = null;
  let statedHundredths: number | null = null;
  let statedCell: string | null = null;
  if (b.overall !== null) {
    const a = g.addr(r, b.overall);
    const v = g.memo.score(row[b.overall]);
    // (readNumber reads a blank or a dash as empty: no published overall.)
    if (v.kind === "not-a-number")
      (problems ??= []).push({ where: a, code: "not-a-number", detail: { text: g.memo.cell(row[b.overall]).raw } });
    else if (v.kind === "number" && !v.inRange)
      (problems ??= []).push({ where: a, code: "out-of-range", detail: { text: g.memo.cell(row[b.overall]).raw } });
    else if (v.kind === "number") {
      stated = v.canonical;
      statedHundredths = v.hundredths;
      statedCell = a;
    }
  }
  return { problems, scores, hundredths, stated, statedHundredths, statedCell };
}

/** "B" or "column 2" for a group column, as a user may name it with --group. */
export function groupColumnLetter(g: GroupColumn, style: AddressStyle = "a1"): string {
  return style === "line" ? `column ${g.col + 1}` : columnLetters(g.col);
}
