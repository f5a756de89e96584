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
 * Each agency: { rank, groupRank, agency, group, overall, stated, grade,
 * passed, instruments: { IIT, EIT, OIT }, scores: { "1" … "10" }, where }.
 */
function agencyRows(agencies: AgencyResult[], fw: Framework): JsonRows {
  // The scores' keys in JSON.stringify's order, each with its indicator number.
  const scoreKeys = keyOrder(fw.indicators.map((i) => String(i.number))).map(([key, k]) => [key, fw.indicators[k].number] as const);
  const orderOf = instrumentOrder();
  return new JsonRows(agencies.length, (k, indent, str) => {
    const a = agencies[k];
    const r = a.result;
    const i1 = `${indent}  `;
    const i2 = `${i1}  `;
    let scores = "{}";
    if (scoreKeys.length > 0) {
      scores = "{";
      for (let j = 0; j < scoreKeys.length; j++) {
        const i = scoreKeys[j][1];
        scores += `${j === 0 ? "\n" : ",\n"}${i2}${str(scoreKeys[j][0])}: ${numOf(r.scores[i], a.points.scores[i])}`;
      }
      scores += `\n${i1}}`;
    }
    const order = orderOf(r.instruments);
    let instruments = "{}";
    if (order.length > 0) {
      instruments = "{";
      for (let j = 0; j < order.length; j++)
        instruments += `${j === 0 ? "\n" : ",\n"}${i2}${str(order[j][0])}: ${num(r.instruments[order[j][1]].mean)}`;
      instruments += `\n${i1}}`;
    }
    return (
      `{\n${i1}"rank": ${a.rank},\n${i1}"groupRank": ${a.groupRank},\n${i1}"agency": ${str(a.agency)},\n${i1}"group": ${str(a.group)},\n` +
      `${i1}"overall": ${numOf(r.overall, a.points.overall)},\n${i1}"stated": ${r.stated === null ? "null" : num(r.stated)},\n` +
      `${i1}"grade": ${str(r.grade.id)},\n${i1}"passed": ${r.passed},\n` +
      `${i1}"instruments": ${instruments},\n${i1}"scores": ${scores},\n${i1}"where": ${str(a.where)}\n${indent}}`
    );
  });
}

const movementRows = (list: Movement[]) => new JsonRows(list.length, (i, indent, str) => movementText(list[i], indent, str));

/** { agency, group, previous, current, delta, direction, gradeFrom, gradeTo, sameScale, previousRank, rank } */
function movementText(m: Movement, indent: string, str: Quote): string {
  const i1 = `${indent}  `;
  return (
    `{\n${i1}"agency": ${str(m.agency)},\n${i1}"group": ${str(m.group)},\n${i1}"previous": ${num(m.previous)},\n` +
    `${i1}"current": ${num(m.current)},\n${i1}"delta": ${num(m.delta)},\n${i1}"direction": ${str(m.direction)},\n` +
    `${i1}"gradeFrom": ${str(m.gradeFrom.id)},\n${i1}"gradeTo": ${str(m.gradeTo.id)},\n${i1}"sameScale": ${m.sameScale},\n` +
    `${i1}"previousRank": ${m.previousRank},\n${i1}"rank": ${m.rank}\n${indent}}`
  );
}
