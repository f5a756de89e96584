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

export function parseScores(cells: unknown[][], opts: ParseOptions = {}): ParseResult {
  const fw = opts.framework ?? (builtInFramework(2565) as Framework);
  const place: Place = { origin: opts.origin ?? { row: 0, col: 0 }, style: opts.addressStyle ?? "a1" };
  const input = Array.isArray(cells) ? cells : [];
  const big = gridTooLarge(input);
  if (big) return { ok: false, problems: [big], ignored: [] };
  const width = input.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 1), 0);
  const grid: Cell[][] = input.map((r) => {
    const row = (Array.isArray(r) ? r : [r]).map(toCell);
    while (row.length < width) row.push(toCell(null));
    return row;
  });
  const at = (r: number, c: number) => grid[r][c];
  const addr = (r: number, c: number) => cellAddress(place, r, c);
  const isBlankRow = (r: number) => grid[r].every((c) => c.empty);
  const nonEmptyCols = (r: number) => grid[r].map((c, i) => (c.empty ? -1 : i)).filter((i) => i >= 0);

  const problems: Problem[] = [];
  const ignored: Ignored[] = [];
  const fail = (): ParseResult => ({ ok: false, problems, ignored });

  if (grid.length === 0 || grid.every((_, r) => isBlankRow(r))) {
    problems.push({ where: blockRange(place, grid.length, width), code: "empty", detail: {} });
    return fail();
  }

  // ---- The indicator (label) column: the one naming most indicators. ----
  // Excel number cells are labels only when a column of bare numbers labels the rows.
  let numberLabels = false;
  const recognize = (c: Cell): RowRec =>
    c.empty || (c.isNumber && !numberLabels) ? null : recognizeIndicator(c.text, fw);
  const strong = Array.from({ length: width }, (_, c) =>
    grid.filter((row) => {
      const rec = recognize(row[c]);
      // A bare "3" may be a rank; "ตัวชี้วัดที่ 3" or a name is a label.
      return rec !== null && (isConflict(rec) || rec.by !== "number" || !/^\d+$/.test(thaiToArabicDigits(row[c].text)));
    }).length,
  );
  let labelCol: number | null = null;
  strong.forEach((n, c) => {
    if (n > 0 && (labelCol === null || n > strong[labelCol])) labelCol = c;
  });

  const rowLabel = (r: number): { text: string; col: number } | null => {
    if (labelCol !== null && !at(r, labelCol).empty && !looksNumeric(at(r, labelCol))) return { text: at(r, labelCol).text, col: labelCol };
    for (let c = 0; c < width; c++) {
      const cell = at(r, c);
      if (!cell.empty && !looksNumeric(cell)) return { text: cell.text, col: c };
    }
    return null;
  };
  const isTotalOrGrade = (r: number) => {
    const l = rowLabel(r);
    return l !== null && (isTotalLabel(l.text) || isGradeLabel(l.text));
  };

  // ---- First data row. ----
  let dataStart = -1;
  for (let r = 0; r < grid.length && dataStart < 0; r++) {
    if (labelCol !== null) {
      if (recognize(at(r, labelCol)) !== null) dataStart = r;
    } else if (!isTotalOrGrade(r) && grid[r].some((c) => looksNumeric(c) && !isYearNumber(c))) {
      dataStart = r;
    }
  }
  if (dataStart < 0) {
    problems.push({ where: blockRange(place, grid.length, width), code: "no-scores", detail: {} });
    return fail();
  }

  // ---- Header row: the nearest non-blank row above the data, if it reads as one. ----
  let headerRow: number | null = null;
  {
    let r = dataStart - 1;
    while (r >= 0 && isBlankRow(r)) r--;
    if (r >= 0 && !isTotalOrGrade(r)) {
      const filled = nonEmptyCols(r);
      const dataHasValues = (c: number) => grid.slice(dataStart).some((row) => looksNumeric(row[c]));
      const single = filled.length === 1 ? filled[0] : -1;
      const singleIsHeader =
        single >= 0 &&
        dataHasValues(single) &&
        (labelCol === null ? true : single > labelCol) &&
        classifyHeader(at(r, single).text).kind !== "other";
      if (filled.length >= 2 || singleIsHeader) headerRow = r;
    }
  }
  const tableTop = headerRow ?? dataStart;
  const headerOf = (c: number): HeaderKind => (headerRow === null ? { kind: "empty" } : classifyHeader(at(headerRow, c).text));
  const lastRow = (() => {
    let r = grid.length - 1;
    while (r > dataStart && isBlankRow(r)) r--;
    return r;
  })();

  // Rows above the table: titles (one of them may name the year).
  const titleYears: { years: number[]; where: string }[] = [];
  for (let r = 0; r < tableTop; r++) {
    if (isBlankRow(r)) {
      ignored.push({ where: blockRange({ ...place, origin: { row: place.origin.row + r, col: place.origin.col } }, 1, width), reason: "blank", text: "" });
      continue;
    }
    const text = grid[r].filter((c) => !c.empty).map((c) => c.text).join(" ");
    ignored.push({ where: addr(r, nonEmptyCols(r)[0]), reason: "title", text });
    titleYears.push({ years: yearsInTitle(text), where: addr(r, nonEmptyCols(r)[0]) });
  }

  // Rows whose values say what a column is.
  const bodyRows: number[] = [];
  for (let r = dataStart; r <= lastRow; r++) {
    if (isBlankRow(r)) continue;
    if (labelCol !== null) {
      if (recognize(at(r, labelCol)) !== null) bodyRows.push(r);
    } else if (!isTotalOrGrade(r)) bodyRows.push(r);
  }

  // No names anywhere: a leading column of indicator numbers labels the rows.
  if (labelCol === null) {
    const leading: IntegerColumn[] = [];
    for (let c = 0; c < width - 1; c++) {
      const values = bodyRows.map((r) => at(r, c)).filter((x) => !x.empty).map(readSmallInteger);
      if (values.some((v) => v === null)) break;
      leading.push({ col: c, header: headerOf(c).kind, values });
    }
    const c = numberLabelColumn(leading, new Set(fw.indicators.map((i) => i.number)));
    if (c !== null && bodyRows.some((r) => grid[r].some((x, i) => i > c && looksNumeric(x)))) {
      labelCol = c;
      numberLabels = true;
    }
  }

  // ---- Columns: years, changes, ranks, notes. ----
  const scoreCols: ScoreColumn[] = [];
  const colSpan = (c: number) => columnRange(place, tableTop, lastRow, c);
  const headerText = (c: number) => (headerRow === null ? "" : at(headerRow, c).text);
  const headerWhere = (c: number) => addr(headerRow ?? dataStart, c);
  for (let c = 0; c < width; c++) {
    if (c === labelCol) continue;
    const vals = bodyRows.map((r) => at(r, c)).filter((x) => !x.empty);
    const h = headerOf(c);
    const skip = (reason: Ignored["reason"]) => ignored.push({ where: colSpan(c), reason, text: headerText(c) });
    switch (h.kind) {
      case "change":
        skip("change-column");
        break;
      case "rank":
        skip("rank-column");
        break;
      case "indicator":
        skip("label-column");
        break;
      case "year":
        scoreCols.push({ col: c, year: h.year, headerWhere: headerWhere(c) });
        break;
      case "bad-year":
        problems.push({ where: headerWhere(c), code: "bad-year-header", detail: { text: at(headerRow as number, c).raw } });
        break;
      case "score":
        scoreCols.push({ col: c, year: null, headerWhere: headerWhere(c) });
        break;
      case "other":
        skip("note");
        break;
      case "empty": {
        if (vals.length === 0) break;
        const signed = vals.some((x) => {
          const n = readNumber(x);
          return (n.kind === "number" && n.signed) || mentionsChange(x.text);
        });
        if (signed) {
          skip("change-column");
          break;
        }
        const ints = vals.map(readSmallInteger);
        if (
          labelCol !== null &&
          Math.abs(c - labelCol) === 1 &&
          ints.every((n) => n !== null && n >= 1 && n <= bodyRows.length) &&
          new Set(ints).size === ints.length
        ) {
          skip("rank-column");
          break;
        }
        const numeric = vals.filter(looksNumeric).length;
        if (numeric * 2 > vals.length) scoreCols.push({ col: c, year: null, headerWhere: headerWhere(c) });
        else skip("label-column");
        break;
      }
    }
  }

  // A year column with nothing in it at all is one problem, not ten missing scores.
  for (let i = scoreCols.length - 1; i >= 0; i--) {
    const sc = scoreCols[i];
    if (bodyRows.every((r) => isBlankValue(at(r, sc.col)))) {
      problems.push({ where: sc.headerWhere, code: "no-scores", detail: { text: headerText(sc.col) } });
      scoreCols.splice(i, 1);
    }
  }

  if (scoreCols.length === 0) {
    if (problems.length === 0) problems.push({ where: blockRange(place, grid.length, width), code: "no-scores", detail: {} });
    return fail();
  }

  // Years: a lone column without one takes it from the nearest title naming one year.
  if (scoreCols.length === 1 && scoreCols[0].year === null) {
    const named = [...titleYears].reverse().find((t) => t.years.length === 1);
    scoreCols[0].year = named ? named.years[0] : null;
    if (named) scoreCols[0].headerWhere = named.where;
  } else {
    for (const sc of scoreCols) {
      if (sc.year === null) problems.push({ where: sc.headerWhere, code: "no-year", detail: { text: headerText(sc.col) } });
    }
  }
  const seenYears = new Map<number, string>();
  for (const sc of scoreCols) {
    if (sc.year === null) continue;
    const first = seenYears.get(sc.year);
    if (first !== undefined) problems.push({ where: sc.headerWhere, code: "duplicate-year", detail: { year: sc.year, first } });
    else seenYears.set(sc.year, sc.headerWhere);
  }

  // ---- Rows. ----
  const years: YearScores[] = scoreCols.map((sc) => ({
    year: sc.year,
    yearCell: sc.year === null ? undefined : sc.headerWhere,
    scores: {},
    cells: {},
    stated: null,
    statedCell: null,
    statedGrade: null,
  }));
  const order = fw.indicators.map((i) => i.number).sort((a, b) => a - b);
  const firstSeen = new Map<number, string>();
  const conflicted = new Set<number>();
  let nextInOrder = 0;
  let totalSeen = false;
  let gradeSeen = false;

  const readScore = (r: number, sc: ScoreColumn, ys: YearScores, indicator: number) => {
    const cell = at(r, sc.col);
    const where = addr(r, sc.col);
    const n = readNumber(cell);
    if (n.kind === "empty") {
      // Not a problem yet: a year whose framework lacks this indicator (a reform's
      // new one, pasted beside the year before) leaves it blank. Analysis decides.
      ys.blanks = { ...ys.blanks, [indicator]: where };
    } else if (n.kind === "not-a-number") {
      problems.push({ where, code: "not-a-number", detail: { text: cell.raw } });
    } else if (!inScoreRange(n.value)) {
      problems.push({ where, code: "out-of-range", detail: { text: cell.raw } });
    } else {
      ys.scores[indicator] = canonical(n.value);
      ys.cells[indicator] = where;
    }
  };

  const takeIndicator = (r: number, indicator: number, labelWhere: string) => {
    const first = firstSeen.get(indicator);
    if (first !== undefined) {
      problems.push({ where: labelWhere, code: "duplicate-indicator", detail: { indicator, first } });
      return;
    }
    firstSeen.set(indicator, labelWhere);
    scoreCols.forEach((sc, i) => readScore(r, sc, years[i], indicator));
  };

  const hasScoreValue = (r: number) => scoreCols.some((sc) => !isBlankValue(at(r, sc.col)));

  for (let r = dataStart; r < grid.length; r++) {
    if (isBlankRow(r)) {
      if (r <= lastRow) ignored.push({ where: blockRange({ ...place, origin: { row: place.origin.row + r, col: place.origin.col } }, 1, width), reason: "blank", text: "" });
      continue;
    }
    const rec = labelCol !== null ? recognize(at(r, labelCol)) : null;
    if (rec !== null && labelCol !== null) {
      const where = addr(r, labelCol);
      if (isConflict(rec)) {
        problems.push({
          where,
          code: "indicator-conflict",
          detail: { text: at(r, labelCol).raw, byNumber: rec.byNumber, byName: rec.byName },
        });
        conflicted.add(rec.byNumber).add(rec.byName);
      } else {
        takeIndicator(r, rec.number, where);
      }
      continue;
    }
    const label = rowLabel(r);
    if (label !== null && isTotalLabel(label.text)) {
      if (totalSeen) {
        ignored.push({ where: addr(r, label.col), reason: "note", text: label.text });
        continue;
      }
      totalSeen = true;
      scoreCols.forEach((sc, i) => {
        const cell = at(r, sc.col);
        const where = addr(r, sc.col);
        const n = readNumber(cell);
        if (n.kind === "not-a-number") problems.push({ where, code: "not-a-number", detail: { text: cell.raw } });
        else if (n.kind === "number" && !inScoreRange(n.value)) problems.push({ where, code: "out-of-range", detail: { text: cell.raw } });
        else if (n.kind === "number") {
          years[i].stated = canonical(n.value);
          years[i].statedCell = where;
        }
      });
      continue;
    }
    if (label !== null && isGradeLabel(label.text)) {
      const values = scoreCols.map((sc) => at(r, sc.col));
      if (gradeSeen || values.every(isBlankValue)) {
        ignored.push({ where: addr(r, label.col), reason: "grade-row", text: label.text });
        continue;
      }
      gradeSeen = true;
      values.forEach((cell, i) => {
        if (isBlankValue(cell)) return;
        years[i].statedGrade = cell.text;
        years[i].statedGradeCell = addr(r, scoreCols[i].col);
      });
      continue;
    }
    if (hasScoreValue(r)) {
      const outside = label !== null && !scoreCols.some((sc) => sc.col === label.col) ? label : null;
      if (labelCol === null && outside === null) {
        // No labels at all: values are indicators 1..10 in order.
        const indicator = order[nextInOrder++];
        const firstCol = scoreCols[0].col;
        if (indicator === undefined) {
          problems.push({ where: addr(r, firstCol), code: "unknown-indicator", detail: { text: at(r, firstCol).raw, position: nextInOrder } });
        } else {
          takeIndicator(r, indicator, addr(r, firstCol));
        }
      } else {
        const col = outside?.col ?? labelCol ?? 0;
        problems.push({ where: addr(r, col), code: "unknown-indicator", detail: { text: at(r, col).raw } });
      }
      continue;
    }
    const filled = nonEmptyCols(r);
    ignored.push({ where: addr(r, filled[0]), reason: "note", text: filled.map((c) => at(r, c).text).join(" ") });
  }

  // Indicators given nowhere: one problem each, placed on the label column (or the values).
  const missingWhere =
    labelCol !== null ? columnRange(place, dataStart, lastRow, labelCol) : columnRange(place, dataStart, lastRow, scoreCols[0].col);
  for (const n of order) {
    if (!firstSeen.has(n) && !conflicted.has(n)) problems.push({ where: missingWhere, code: "missing-indicator", detail: { indicator: n } });
  }

  if (problems.length > 0) return fail();

  const table: ScoreTable = {
    years: years.slice().sort((a, b) => (a.year ?? -Infinity) - (b.year ?? -Infinity)),
    layout: scoreCols.length === 1 ? "single-column" : "year-columns",
    ignored,
  };
  return { ok: true, table, warnings: [] };
}
