// cells → ScoreTable. Finds the indicator column, the header row and the
// year columns, reads every score decimal-exact, and reports every problem
// with its place. Nothing is skipped silently: what is not read goes to
// `ignored` with its place and reason.
import type { Framework, Ignored, ParseResult, Problem, ScoreTable, YearScores } from "../types";
import { builtInFramework } from "../frameworks/years";
import { gridTooLarge } from "./limits";
import { thaiToArabicDigits } from "../text";
import { isConflict, recognizeIndicator, type Conflict, type Recognized } from "../recognize";
import {
  blockRange,
  canonical,
  cellAddress,
  columnRange,
  inScoreRange,
  isBlankValue,
  readNumber,
  readSmallInteger,
  toCell,
  type AddressStyle,
  type Cell,
  type Place,
} from "./cells";
import { numberLabelColumn, type IntegerColumn } from "./number-labels";
import { readableCells } from "./one-column-csv";
import { classifyHeader, isGradeLabel, isTotalLabel, mentionsChange, yearsInTitle, type HeaderKind } from "./labels";

export interface ParseOptions {
  /** For recognising indicator names; default the built-in 2565 framework. */
  framework?: Framework;
  /** 0-based top-left of the cells, for A1 addresses. */
  origin?: { row: number; col: number };
  /** "line" → "line 7, column 2" for text files; default "a1". */
  addressStyle?: AddressStyle;
}

interface ScoreColumn {
  col: number;
  year: number | null;
  /** Where the year came from (header cell), for duplicate-year messages. */
  headerWhere: string;
}

type RowRec = Recognized | Conflict | null;

/** A text cell that reads like a value rather than a label ("8x.5", "๘๘.๕๓"). */
function looksNumeric(c: Cell): boolean {
  if (c.empty) return false;
  if (readNumber(c).kind === "number") return true;
  return /^[+\-.]?[0-9\u0e50-\u0e59]/.test(c.text);
}

/** An integer that is more likely a year header than a score (2564, 2021). */
function isYearNumber(c: Cell): boolean {
  const r = readNumber(c);
  return r.kind === "number" && !r.signed && r.value.round(0).eq(r.value) && r.value.gte(1900) && r.value.lte(2700);
}

/** The cells made uniform (every row as wide as the widest), with the helpers every phase reads them through. */
interface Grid {
  cells: Cell[][];
  width: number;
  place: Place;
  at: (r: number, c: number) => Cell;
  addr: (r: number, c: number) => string;
  isBlankRow: (r: number) => boolean;
  nonEmptyCols: (r: number) => number[];
  /** "A5:E5" for a whole row. */
  rowRange: (r: number) => string;
}

/** Where the phases record what they find: problems, and what is not read (with its reason). */
interface Findings {
  problems: Problem[];
  ignored: Ignored[];
}

/** The indicator (label) column, and whether bare Excel numbers in it are indicator numbers. */
interface Labels {
  col: number | null;
  numberLabels: boolean;
}

export function parseScores(cells: unknown[][], opts: ParseOptions = {}): ParseResult {
  const fw = opts.framework ?? (builtInFramework(2565) as Framework);
  const given = Array.isArray(cells) ? cells : [];
  const big = gridTooLarge(given);
  if (big) return { ok: false, problems: [big], ignored: [] };
  // CSV lines pasted into one column are read as their fields; places then name the cell and the field.
  const { input, place, csvSplit } = readableCells(given, { origin: opts.origin ?? { row: 0, col: 0 }, style: opts.addressStyle ?? "a1" });
  const g = gridOf(input, place);
  const found: Findings = { problems: [], ignored: [] };
  const fail = (): ParseResult => ({ ok: false, problems: found.problems, ignored: found.ignored, ...(csvSplit ? { csvSplit } : {}) });
  const whole = blockRange(place, g.cells.length, g.width);
  if (g.cells.length === 0 || g.cells.every((_, r) => g.isBlankRow(r))) {
    found.problems.push({ where: whole, code: "empty", detail: {} });
    return fail();
  }
  const labels = findLabelColumn(g, fw);
  const dataStart = findDataStart(g, fw, labels);
  if (dataStart < 0) {
    found.problems.push({ where: whole, code: "no-scores", detail: {} });
    return fail();
  }
  const frame = tableFrame(g, labels, dataStart);
  const titleYears = readTitles(g, frame.top, found);
  const bodyRows = bodyRowsOf(g, fw, labels, frame);
  if (labels.col === null) takeNumberLabels(g, fw, labels, frame, bodyRows);
  const scoreCols = scoreColumns(g, labels, frame, bodyRows, found);
  if (scoreCols.length === 0) {
    if (found.problems.length === 0) found.problems.push({ where: whole, code: "no-scores", detail: {} });
    return fail();
  }
  assignYears(scoreCols, titleYears, frame, found);
  const years = readRows(g, fw, labels, frame, scoreCols, found);
  if (found.problems.length > 0) return fail();
  const table: ScoreTable = {
    years: years.slice().sort((a, b) => (a.year ?? -Infinity) - (b.year ?? -Infinity)),
    layout: scoreCols.length === 1 ? "single-column" : "year-columns",
    ignored: found.ignored,
  };
  return { ok: true, table, warnings: [], ...(csvSplit ? { csvSplit } : {}) };
}

function gridOf(input: unknown[], place: Place): Grid {
  const width = input.reduce((w: number, r) => Math.max(w, Array.isArray(r) ? r.length : 1), 0);
  const cells: Cell[][] = input.map((r) => {
    const row = (Array.isArray(r) ? r : [r]).map(toCell);
    while (row.length < width) row.push(toCell(null));
    return row;
  });
  return {
    cells,
    width,
    place,
    at: (r, c) => cells[r][c],
    addr: (r, c) => cellAddress(place, r, c),
    isBlankRow: (r) => cells[r].every((c) => c.empty),
    nonEmptyCols: (r) => cells[r].map((c, i) => (c.empty ? -1 : i)).filter((i) => i >= 0),
    rowRange: (r) => blockRange({ ...place, origin: { row: place.origin.row + r, col: place.origin.col } }, 1, width),
  };
}

/** The indicator a label cell names (Excel number cells only when a column of bare numbers labels the rows). */
const recognize = (c: Cell, fw: Framework, labels: Labels): RowRec =>
  c.empty || (c.isNumber && !labels.numberLabels) ? null : recognizeIndicator(c.text, fw);

// ---- The indicator (label) column: the one naming most indicators. ----

function findLabelColumn(g: Grid, fw: Framework): Labels {
  const labels: Labels = { col: null, numberLabels: false };
  const strong = Array.from(
    { length: g.width },
    (_, c) =>
      g.cells.filter((row) => {
        const rec = recognize(row[c], fw, labels);
        // A bare "3" may be a rank; "ตัวชี้วัดที่ 3" or a name is a label.
        return rec !== null && (isConflict(rec) || rec.by !== "number" || !/^\d+$/.test(thaiToArabicDigits(row[c].text)));
      }).length
  );
  strong.forEach((n, c) => {
    if (n > 0 && (labels.col === null || n > strong[labels.col])) labels.col = c;
  });
  return labels;
}

/** A row's label: its label-column text, else its first text that is no value. */
function rowLabel(g: Grid, labels: Labels, r: number): { text: string; col: number } | null {
  const lc = labels.col;
  if (lc !== null && !g.at(r, lc).empty && !looksNumeric(g.at(r, lc))) return { text: g.at(r, lc).text, col: lc };
  for (let c = 0; c < g.width; c++) {
    const cell = g.at(r, c);
    if (!cell.empty && !looksNumeric(cell)) return { text: cell.text, col: c };
  }
  return null;
}

function isTotalOrGrade(g: Grid, labels: Labels, r: number): boolean {
  const l = rowLabel(g, labels, r);
  return l !== null && (isTotalLabel(l.text) || isGradeLabel(l.text));
}

// ---- First data row. ----

function findDataStart(g: Grid, fw: Framework, labels: Labels): number {
  for (let r = 0; r < g.cells.length; r++) {
    if (labels.col !== null) {
      if (recognize(g.at(r, labels.col), fw, labels) !== null) return r;
    } else if (!isTotalOrGrade(g, labels, r) && g.cells[r].some((c) => looksNumeric(c) && !isYearNumber(c))) {
      return r;
    }
  }
  return -1;
}

// ---- Header row: the nearest non-blank row above the data, if it reads as one; the table's extent. ----

interface Frame {
  dataStart: number;
  headerRow: number | null;
  /** The header row, else the first data row. */
  top: number;
  /** The last non-blank row. */
  lastRow: number;
  headerOf: (c: number) => HeaderKind;
  headerText: (c: number) => string;
  /** The header cell, or the first data cell without a header. */
  headerWhere: (c: number) => string;
}

function tableFrame(g: Grid, labels: Labels, dataStart: number): Frame {
  let headerRow: number | null = null;
  let r = dataStart - 1;
  while (r >= 0 && g.isBlankRow(r)) r--;
  if (r >= 0 && !isTotalOrGrade(g, labels, r)) {
    const filled = g.nonEmptyCols(r);
    const dataHasValues = (c: number) => g.cells.slice(dataStart).some((row) => looksNumeric(row[c]));
    const single = filled.length === 1 ? filled[0] : -1;
    const singleIsHeader =
      single >= 0 &&
      dataHasValues(single) &&
      (labels.col === null ? true : single > labels.col) &&
      classifyHeader(g.at(r, single).text).kind !== "other";
    if (filled.length >= 2 || singleIsHeader) headerRow = r;
  }
  let lastRow = g.cells.length - 1;
  while (lastRow > dataStart && g.isBlankRow(lastRow)) lastRow--;
  const h = headerRow;
  return {
    dataStart,
    headerRow,
    top: headerRow ?? dataStart,
    lastRow,
    headerOf: (c) => (h === null ? { kind: "empty" } : classifyHeader(g.at(h, c).text)),
    headerText: (c) => (h === null ? "" : g.at(h, c).text),
    headerWhere: (c) => g.addr(h ?? dataStart, c),
  };
}

// ---- Rows above the table: titles (one of them may name the year). ----

interface TitleYears {
  years: number[];
  where: string;
}

function readTitles(g: Grid, top: number, found: Findings): TitleYears[] {
  const titleYears: TitleYears[] = [];
  for (let r = 0; r < top; r++) {
    if (g.isBlankRow(r)) {
      found.ignored.push({ where: g.rowRange(r), reason: "blank", text: "" });
      continue;
    }
    const text = g.cells[r]
      .filter((c) => !c.empty)
      .map((c) => c.text)
      .join(" ");
    const where = g.addr(r, g.nonEmptyCols(r)[0]);
    found.ignored.push({ where, reason: "title", text });
    titleYears.push({ years: yearsInTitle(text), where });
  }
  return titleYears;
}

/** Rows whose values say what a column is. */
function bodyRowsOf(g: Grid, fw: Framework, labels: Labels, frame: Frame): number[] {
  const rows: number[] = [];
  for (let r = frame.dataStart; r <= frame.lastRow; r++) {
    if (g.isBlankRow(r)) continue;
    if (labels.col !== null) {
      if (recognize(g.at(r, labels.col), fw, labels) !== null) rows.push(r);
    } else if (!isTotalOrGrade(g, labels, r)) rows.push(r);
  }
  return rows;
}

/** No names anywhere: a leading column of indicator numbers labels the rows. */
function takeNumberLabels(g: Grid, fw: Framework, labels: Labels, frame: Frame, bodyRows: number[]): void {
  const leading: IntegerColumn[] = [];
  for (let c = 0; c < g.width - 1; c++) {
    const values = bodyRows
      .map((r) => g.at(r, c))
      .filter((x) => !x.empty)
      .map(readSmallInteger);
    if (values.some((v) => v === null)) break;
    leading.push({ col: c, header: frame.headerOf(c).kind, values });
  }
  const c = numberLabelColumn(leading, new Set(fw.indicators.map((i) => i.number)));
  if (c !== null && bodyRows.some((r) => g.cells[r].some((x, i) => i > c && looksNumeric(x)))) {
    labels.col = c;
    labels.numberLabels = true;
  }
}

// ---- Columns: years, changes, ranks, notes. ----

function scoreColumns(g: Grid, labels: Labels, frame: Frame, bodyRows: number[], found: Findings): ScoreColumn[] {
  const scoreCols: ScoreColumn[] = [];
  for (let c = 0; c < g.width; c++) {
    if (c === labels.col) continue;
    const h = frame.headerOf(c);
    const skip = (reason: Ignored["reason"]) =>
      found.ignored.push({ where: columnRange(g.place, frame.top, frame.lastRow, c), reason, text: frame.headerText(c) });
    const score = (year: number | null) => scoreCols.push({ col: c, year, headerWhere: frame.headerWhere(c) });
    if (h.kind === "change") skip("change-column");
    else if (h.kind === "rank") skip("rank-column");
    else if (h.kind === "indicator") skip("label-column");
    else if (h.kind === "year") score(h.year);
    else if (h.kind === "bad-year")
      found.problems.push({
        where: frame.headerWhere(c),
        code: "bad-year-header",
        detail: { text: g.at(frame.headerRow as number, c).raw },
      });
    else if (h.kind === "score") score(null);
    else if (h.kind === "other") skip("note");
    else {
      const kind = unheadedColumn(g, labels, bodyRows, c);
      if (kind === "score") score(null);
      else if (kind !== null) skip(kind);
    }
  }
  // A year column with nothing in it at all is one problem, not ten missing scores.
  for (let i = scoreCols.length - 1; i >= 0; i--) {
    const sc = scoreCols[i];
    if (bodyRows.every((r) => isBlankValue(g.at(r, sc.col)))) {
      found.problems.push({ where: sc.headerWhere, code: "no-scores", detail: { text: frame.headerText(sc.col) } });
      scoreCols.splice(i, 1);
    }
  }
  return scoreCols;
}

/** A column without a header, by its values: scores, a change or rank column, labels, or nothing (empty). */
function unheadedColumn(
  g: Grid,
  labels: Labels,
  bodyRows: number[],
  c: number
): "score" | "change-column" | "rank-column" | "label-column" | null {
  const vals = bodyRows.map((r) => g.at(r, c)).filter((x) => !x.empty);
  if (vals.length === 0) return null;
  const signed = vals.some((x) => {
    const n = readNumber(x);
    return (n.kind === "number" && n.signed) || mentionsChange(x.text);
  });
  if (signed) return "change-column";
  const ints = vals.map(readSmallInteger);
  const besideLabels = labels.col !== null && Math.abs(c - labels.col) === 1;
  if (besideLabels && ints.every((n) => n !== null && n >= 1 && n <= bodyRows.length) && new Set(ints).size === ints.length)
    return "rank-column";
  return vals.filter(looksNumeric).length * 2 > vals.length ? "score" : "label-column";
}

/** Years: a lone column without one takes it from the nearest title naming one year; no year twice. */
function assignYears(scoreCols: ScoreColumn[], titleYears: TitleYears[], frame: Frame, found: Findings): void {
  if (scoreCols.length === 1 && scoreCols[0].year === null) {
    const named = [...titleYears].reverse().find((t) => t.years.length === 1);
    scoreCols[0].year = named ? named.years[0] : null;
    if (named) scoreCols[0].headerWhere = named.where;
  } else {
    for (const sc of scoreCols) {
      if (sc.year === null) found.problems.push({ where: sc.headerWhere, code: "no-year", detail: { text: frame.headerText(sc.col) } });
    }
  }
  const seenYears = new Map<number, string>();
  for (const sc of scoreCols) {
    if (sc.year === null) continue;
    const first = seenYears.get(sc.year);
    if (first !== undefined) found.problems.push({ where: sc.headerWhere, code: "duplicate-year", detail: { year: sc.year, first } });
    else seenYears.set(sc.year, sc.headerWhere);
  }
}

// ---- Rows: indicator rows, the total and grade rows, notes; then the indicators given nowhere. ----

/** The state of the row reader: which indicators came where, and whether the total and grade rows were met. */
interface RowState {
  years: YearScores[];
  order: number[];
  firstSeen: Map<number, string>;
  conflicted: Set<number>;
  nextInOrder: number;
  totalSeen: boolean;
  gradeSeen: boolean;
}

function readRows(g: Grid, fw: Framework, labels: Labels, frame: Frame, scoreCols: ScoreColumn[], found: Findings): YearScores[] {
  const st: RowState = {
    years: scoreCols.map((sc) => ({
      year: sc.year,
      yearCell: sc.year === null ? undefined : sc.headerWhere,
      scores: {},
      cells: {},
      stated: null,
      statedCell: null,
      statedGrade: null,
    })),
    order: fw.indicators.map((i) => i.number).sort((a, b) => a - b),
    firstSeen: new Map(),
    conflicted: new Set(),
    nextInOrder: 0,
    totalSeen: false,
    gradeSeen: false,
  };
  for (let r = frame.dataStart; r < g.cells.length; r++) readRow(g, fw, labels, frame, scoreCols, st, found, r);
  // Indicators given nowhere: one problem each, placed on the label column (or the values).
  const missingWhere = columnRange(g.place, frame.dataStart, frame.lastRow, labels.col ?? scoreCols[0].col);
  for (const n of st.order) {
    if (!st.firstSeen.has(n) && !st.conflicted.has(n))
      found.problems.push({ where: missingWhere, code: "missing-indicator", detail: { indicator: n } });
  }
  return st.years;
}

function readRow(
  g: Grid,
  fw: Framework,
  labels: Labels,
  frame: Frame,
  scoreCols: ScoreColumn[],
  st: RowState,
  found: Findings,
  r: number
): void {
  const { at, addr } = g;
  if (g.isBlankRow(r)) {
    if (r <= frame.lastRow) found.ignored.push({ where: g.rowRange(r), reason: "blank", text: "" });
    return;
  }
  const rec = labels.col !== null ? recognize(at(r, labels.col), fw, labels) : null;
  if (rec !== null && labels.col !== null) {
    const where = addr(r, labels.col);
    if (isConflict(rec)) {
      found.problems.push({
        where,
        code: "indicator-conflict",
        detail: { text: at(r, labels.col).raw, byNumber: rec.byNumber, byName: rec.byName },
      });
      st.conflicted.add(rec.byNumber).add(rec.byName);
    } else takeIndicator(g, scoreCols, st, found, r, rec.number, where);
    return;
  }
  const label = rowLabel(g, labels, r);
  if (label !== null && isTotalLabel(label.text)) return readTotalRow(g, scoreCols, st, found, r, label);
  if (label !== null && isGradeLabel(label.text)) return readGradeRow(g, scoreCols, st, found, r, label);
  if (scoreCols.some((sc) => !isBlankValue(at(r, sc.col)))) {
    const outside = label !== null && !scoreCols.some((sc) => sc.col === label.col) ? label : null;
    if (labels.col === null && outside === null) {
      // No labels at all: values are indicators 1..10 in order.
      const indicator = st.order[st.nextInOrder++];
      const firstCol = scoreCols[0].col;
      if (indicator === undefined) {
        found.problems.push({
          where: addr(r, firstCol),
          code: "unknown-indicator",
          detail: { text: at(r, firstCol).raw, position: st.nextInOrder },
        });
      } else takeIndicator(g, scoreCols, st, found, r, indicator, addr(r, firstCol));
    } else {
      const col = outside?.col ?? labels.col ?? 0;
      found.problems.push({ where: addr(r, col), code: "unknown-indicator", detail: { text: at(r, col).raw } });
    }
    return;
  }
  const filled = g.nonEmptyCols(r);
  found.ignored.push({ where: addr(r, filled[0]), reason: "note", text: filled.map((c) => at(r, c).text).join(" ") });
}

/** An indicator's row: its score in every year column (the first row naming it; a second is a problem). */
function takeIndicator(
  g: Grid,
  scoreCols: ScoreColumn[],
  st: RowState,
  found: Findings,
  r: number,
  indicator: number,
  labelWhere: string
): void {
  const first = st.firstSeen.get(indicator);
  if (first !== undefined) {
    found.problems.push({ where: labelWhere, code: "duplicate-indicator", detail: { indicator, first } });
    return;
  }
  st.firstSeen.set(indicator, labelWhere);
  scoreCols.forEach((sc, i) => {
    const ys = st.years[i];
    const cell = g.at(r, sc.col);
    const where = g.addr(r, sc.col);
    const n = readNumber(cell);
    if (n.kind === "empty") {
      // Not a problem yet: a year whose framework lacks this indicator (a reform's
      // new one, pasted beside the year before) leaves it blank. Analysis decides.
      ys.blanks = { ...ys.blanks, [indicator]: where };
    } else if (n.kind === "not-a-number") {
      found.problems.push({ where, code: "not-a-number", detail: { text: cell.raw } });
    } else if (!inScoreRange(n.value)) {
      found.problems.push({ where, code: "out-of-range", detail: { text: cell.raw } });
    } else {
      ys.scores[indicator] = canonical(n.value);
      ys.cells[indicator] = where;
    }
  });
}

/** The total row: each year's stated overall (a second total row is a note). */
function readTotalRow(
  g: Grid,
  scoreCols: ScoreColumn[],
  st: RowState,
  found: Findings,
  r: number,
  label: { text: string; col: number }
): void {
  if (st.totalSeen) {
    found.ignored.push({ where: g.addr(r, label.col), reason: "note", text: label.text });
    return;
  }
  st.totalSeen = true;
  scoreCols.forEach((sc, i) => {
    const cell = g.at(r, sc.col);
    const where = g.addr(r, sc.col);
    const n = readNumber(cell);
    if (n.kind === "not-a-number") found.problems.push({ where, code: "not-a-number", detail: { text: cell.raw } });
    else if (n.kind === "number" && !inScoreRange(n.value))
      found.problems.push({ where, code: "out-of-range", detail: { text: cell.raw } });
    else if (n.kind === "number") {
      st.years[i].stated = canonical(n.value);
      st.years[i].statedCell = where;
    }
  });
}

/** The grade row: each year's stated grade (a second, or an empty one, is listed as ignored). */
function readGradeRow(
  g: Grid,
  scoreCols: ScoreColumn[],
  st: RowState,
  found: Findings,
  r: number,
  label: { text: string; col: number }
): void {
  const values = scoreCols.map((sc) => g.at(r, sc.col));
  if (st.gradeSeen || values.every(isBlankValue)) {
    found.ignored.push({ where: g.addr(r, label.col), reason: "grade-row", text: label.text });
    return;
  }
  st.gradeSeen = true;
  values.forEach((cell, i) => {
    if (isBlankValue(cell)) return;
    st.years[i].statedGrade = cell.text;
    st.years[i].statedGradeCell = g.addr(r, scoreCols[i].col);
  });
}
