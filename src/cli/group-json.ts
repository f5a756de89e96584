// The group command's --json (its shape is documented at the top of
// group.ts and in the README). The two long arrays, agencies and movements
// (8,323 items each nationally), are written straight from the analysis, one
// item's text at a time, as JSON.stringify(…, null, 2) prints them; the rest
// is a small object tree.
import { frameworkCaveats } from "../engine/caveats";
import { num2Text } from "../engine/decimal";
import { fromHundredths } from "../engine/group/stats";
import type { AgencyResult, GroupAnalysis, GroupSummary, Movement, PeerStanding } from "../engine/group/types";
import { indicatorName } from "../engine/labels";
import { describeProblem } from "../engine/messages";
import type { Framework } from "../engine/types";
import { JsonRows, type Quote } from "./json-out";

const n = num2Text;

function summaryJson(s: GroupSummary) {
  return {
    name: s.name,
    count: s.count,
    passed: s.passed,
    passRate: n(s.passRate),
    meetsTarget: s.meetsTarget,
    grades: s.grades.map((g) => ({ grade: g.grade.id, count: g.count, share: n(g.share) })),
    stats: s.stats.map((x) => ({
      indicator: x.indicator,
      count: x.count,
      mean: n(x.mean),
      min: n(x.min),
      q1: n(x.q1),
      median: n(x.median),
      q3: n(x.q3),
      max: n(x.max),
    })),
  };
}

const standingJson = (s: PeerStanding) => ({
  score: n(s.score),
  rank: s.rank,
  percentile: n(s.percentile),
  median: n(s.median),
  gap: n(s.gap),
});

export function groupJson(g: GroupAnalysis) {
  const fw = g.framework;
  return {
    year: g.year,
    framework: fw.id,
    // What the year's grades rest on, in Thai (as in the grade command's --json).
    caveats: frameworkCaveats(fw, g.year).map((c) => ({ code: c.code, year: c.year, text: c.text.th })),
    previousYear: g.previousYear,
    groupColumn: g.groupColumn,
    passMark: n(g.passMark),
    target: n(g.target),
    methods: { quartile: "QUARTILE.INC", percentile: "PERCENTRANK.INC" },
    agencies: agencyRows(g.agencies, fw),
    all: summaryJson(g.all),
    groups: g.groups.map(summaryJson),
    movements: movementRows(g.movements),
    mostImproved: movementRows(g.mostImproved),
    mostDeclined: movementRows(g.mostDeclined),
    checks: g.checks.map((c) => ({
      agency: c.agency,
      year: c.year,
      where: c.where ?? null,
      stated: n(c.stated),
      computed: n(c.computed),
      verdict: c.verdict,
    })),
    peers: g.peers && {
      agency: g.peers.agency.agency,
      group: g.peers.agency.group,
      scope: g.peers.scope,
      count: g.peers.count,
      overall: standingJson(g.peers.overall),
      indicators: g.peers.indicators.map((s) => ({
        indicator: s.indicator,
        name: indicatorName(fw, s.indicator as number, "th"),
        ...standingJson(s),
      })),
      lagging: g.peers.lagging,
    },
    rejected: g.rejected.map((r) => ({
      agency: r.agency,
      year: r.year,
      where: r.where,
      problems: r.problems.map((p) => ({ where: p.where, code: p.code, message: describeProblem(p, "th") })),
    })),
  };
}

/** A 2-decimal text as its JSON number ("88.50" → 88.5), each distinct text worked out once. */
const numbers = new Map<string, string>();
function num(s: string): string {
  let t = numbers.get(s);
  if (t === undefined) {
    t = JSON.stringify(n(s));
    if (numbers.size > 100_000) numbers.clear();
    numbers.set(s, t);
  }
  return t;
}

/** JSON numbers of the hundredths 0–10000 (scores and overalls), by the integer: no text looked up. */
const byHundredths: string[] = [];
/** num(text) where `h` is the text's hundredths (as the analysis holds them); any other text by num. */
function numOf(text: string, h: number): string {
  if (h >= 0 && h <= 10000 && fromHundredths(h) === text) return (byHundredths[h] ??= num(text));
  return num(text);
}

/**
 * The keys of an object built from `ids` in order, as JSON.stringify orders
 * and prints them (integer-like keys first, ascending; a repeated key once,
 * at its first place, with its last value): each key with the index of its value.
 */
function keyOrder(ids: readonly string[]): [string, number][] {
  const o: Record<string, number> = {};
  ids.forEach((id, k) => (o[id] = k));
  return Object.keys(o).map((key) => [key, o[key]]);
}

/** Instruments' ids → keyOrder, worked out once per distinct list (a framework gives one). */
function instrumentOrder(): (ids: readonly { id: string }[]) => [string, number][] {
  let last: string[] = [];
  let order: [string, number][] = [];
  return (list) => {
    if (list.length !== last.length || list.some((x, k) => x.id !== last[k])) {
      last = list.map((x) => x.id);
      order = keyOrder(last);
    }
    return order;
  };
}

/**
 * What goes before each member of an object, in order, at indent `i1`: the
 * object's "{" or the comma, the line break and indent, the key quoted (the
 * keys are plain ASCII names, so JSON quotes them as they are).
 */
function memberHeads<K extends string>(i1: string, keys: readonly K[]): Record<K, string> {
  const heads = {} as Record<K, string>;
  keys.forEach((k, j) => (heads[k] = `${j === 0 ? "{" : ","}\n${i1}"${k}": `));
  return heads;
}

/** The constant parts of a row at one indent and quoting, made once per array (not once per row). */
function perIndent<T>(make: (indent: string, str: Quote) => T): (indent: string, str: Quote) => T {
  let lastIndent: string | null = null;
  let lastStr: Quote | null = null;
  let made: T;
  return (indent, str) => {
    if (indent !== lastIndent || str !== lastStr) {
      made = make(indent, str);
      lastIndent = indent;
      lastStr = str;
    }
    return made;
  };
}

/**
 * Each agency: { rank, groupRank, agency, group, overall, stated, grade,
 * passed, instruments: { IIT, EIT, OIT }, scores: { "1" … "10" }, where }.
 */
function agencyRows(agencies: AgencyResult[], fw: Framework): JsonRows {
  // The scores' keys in JSON.stringify's order, each with its indicator number.
  const scoreKeys = keyOrder(fw.indicators.map((i) => String(i.number))).map(([key, k]) => [key, fw.indicators[k].number] as const);
  const numbers = scoreKeys.map(([, i]) => i);
  const orderOf = instrumentOrder();
  const parts = perIndent((indent, str) => {
    const i1 = `${indent}  `;
    const i2 = `${i1}  `;
    return {
      ...memberHeads(i1, [
        "rank",
        "groupRank",
        "agency",
        "group",
        "overall",
        "stated",
        "grade",
        "passed",
        "instruments",
        "scores",
        "where",
      ]),
      end: `\n${indent}}`,
      // Before each score: its key, quoted once here.
      scoreKeys: scoreKeys.map(([key], j) => `${j === 0 ? "{\n" : ",\n"}${i2}${str(key)}: `),
      close: `\n${i1}}`,
      // The instruments' keys likewise, for the last key order seen.
      instrumentKeys: perInstruments(i2, str),
    };
  });
  return new JsonRows(agencies.length, (k, indent, str) => {
    const a = agencies[k];
    const r = a.result;
    const p = parts(indent, str);
    let scores = "{}";
    if (numbers.length > 0) {
      scores = "";
      for (let j = 0; j < numbers.length; j++) scores += p.scoreKeys[j] + numOf(r.scores[numbers[j]], a.points.scores[numbers[j]]);
      scores += p.close;
    }
    const order = orderOf(r.instruments);
    let instruments = "{}";
    if (order.length > 0) {
      const keys = p.instrumentKeys(order);
      instruments = "";
      for (let j = 0; j < order.length; j++) instruments += keys[j] + num(r.instruments[order[j][1]].mean);
      instruments += p.close;
    }
    return (
      p.rank +
      a.rank +
      p.groupRank +
      a.groupRank +
      p.agency +
      str(a.agency) +
      p.group +
      str(a.group) +
      p.overall +
      numOf(r.overall, a.points.overall) +
      p.stated +
      (r.stated === null ? "null" : num(r.stated)) +
      p.grade +
      str(r.grade.id) +
      p.passed +
      r.passed +
      p.instruments +
      instruments +
      p.scores +
      scores +
      p.where +
      str(a.where) +
      p.end
    );
  });
}

/** The instruments' quoted keys (with what comes before each) for a key order, worked out again only when the order changes. */
function perInstruments(i2: string, str: Quote): (order: [string, number][]) => string[] {
  let last: [string, number][] | null = null;
  let keys: string[] = [];
  return (order) => {
    if (order !== last) {
      keys = order.map(([key], j) => `${j === 0 ? "{\n" : ",\n"}${i2}${str(key)}: `);
      last = order;
    }
    return keys;
  };
}

function movementRows(list: Movement[]): JsonRows {
  const parts = perIndent((indent) => {
    const i1 = `${indent}  `;
    return {
      ...memberHeads(i1, [
        "agency",
        "group",
        "previous",
        "current",
        "delta",
        "direction",
        "gradeFrom",
        "gradeTo",
        "sameScale",
        "previousRank",
        "rank",
      ] as const),
      end: `\n${indent}}`,
    };
  });
  return new JsonRows(list.length, (i, indent, str) => movementText(list[i], parts(indent, str), str));
}

/** { agency, group, previous, current, delta, direction, gradeFrom, gradeTo, sameScale, previousRank, rank } */
function movementText(m: Movement, p: Record<string, string>, str: Quote): string {
  return (
    p.agency +
    str(m.agency) +
    p.group +
    str(m.group) +
    p.previous +
    num(m.previous) +
    p.current +
    num(m.current) +
    p.delta +
    num(m.delta) +
    p.direction +
    str(m.direction) +
    p.gradeFrom +
    str(m.gradeFrom.id) +
    p.gradeTo +
    str(m.gradeTo.id) +
    p.sameScale +
    m.sameScale +
    p.previousRank +
    m.previousRank +
    p.rank +
    m.rank +
    p.end
  );
}
