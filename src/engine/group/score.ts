// Scoring thousands of agency-years: the rules of grade.ts (scoreYear,
// gradeOf), computed on integer hundredths where that is exact, so a
// national file is graded without a Big object per operation. Exact means:
// every weight, threshold and pass mark has at most 2 decimals (all built-in
// frameworks do); any other framework goes through scoreYear itself.
// Property tests hold this to scoreYear on random inputs.
import { scoreYear, type ScoredYear } from "../grade";
import type { Check, Framework, GradeBand, InstrumentId, InstrumentResult, YearResult, YearScores } from "../types";
import { divHalfUp, fromHundredths, hundredths } from "./stats";
import type { Points } from "./types";
import { roundedHundredths } from "../input/cell-memo";

interface FastFramework {
  numbers: number[];
  /** Weight of each indicator (same order), in hundredths of a percent. */
  weights: number[];
  instruments: {
    id: InstrumentId;
    at: number[];
    share: number;
    /** By the sum of the instrument's scores (hundredths), 0..10000 × its indicators. */
    results: (Shared | undefined)[];
    /** Sums outside that range (scores above 100). */
    others: Map<number, Shared>;
  }[];
  bands: { band: GradeBand; min: number; minEach: number | null }[];
  passMark: number;
}

const cache = new WeakMap<Framework, Map<string, FastFramework | null>>();

/** The last framework and pass mark asked for, and their answer: a national run asks for the same pair 16,646 times. */
let lastFw: Framework | null = null;
let lastMark = "";
let lastFast: FastFramework | null = null;

function fastFramework(fw: Framework, passMark: string): FastFramework | null {
  if (fw === lastFw && passMark === lastMark) return lastFast;
  lastFast = fastFrameworkOf(fw, passMark);
  lastFw = fw;
  lastMark = passMark;
  return lastFast;
}

function fastFrameworkOf(fw: Framework, passMark: string): FastFramework | null {
  let byMark = cache.get(fw);
  if (!byMark) cache.set(fw, (byMark = new Map()));
  if (byMark.has(passMark)) return byMark.get(passMark) as FastFramework | null;
  let f: FastFramework | null;
  // Per-instrument thresholds are rare (custom frameworks only): scoreYear handles them.
  if (fw.instruments.some((i) => i.thresholds !== undefined)) {
    byMark.set(passMark, null);
    return null;
  }
  try {
    const numbers = fw.indicators.map((i) => i.number);
    const weights = fw.indicators.map((i) => hundredths(i.weight));
    f = {
      numbers,
      weights,
      instruments: fw.instruments.flatMap(({ id }) => {
        const at = fw.indicators.flatMap((i, k) => (i.instrument === id ? [k] : []));
        if (at.length === 0) return [];
        const results = Array.from({ length: at.length * 10000 + 1 }, () => undefined);
        return [{ id, at, share: at.reduce((s, k) => s + weights[k], 0), results, others: new Map() }];
      }),
      bands: fw.scale.bands.map((band) => ({
        band,
        min: hundredths(band.minOverall),
        minEach: band.minEachInstrument === undefined ? null : hundredths(band.minEachInstrument),
      })),
      passMark: hundredths(passMark),
    };
  } catch {
    f = null; // more than 2 decimals somewhere: not exact on hundredths
  }
  byMark.set(passMark, f);
  return f;
}

/** Every score of the framework's indicators is there and not negative. */
function allNonNegative(scores: Record<number, string>, numbers: number[]): boolean {
  for (const n of numbers) if (scores[n] === undefined || scores[n].startsWith("-")) return false;
  return true;
}

/**
 * An instrument's mean and weighted score, both decided by the sum of its
 * scores. Nationally the same few thousand sums recur, so each is one shared
 * (never modified) object, not one per agency-year.
 */
function instrumentResult(ins: FastFramework["instruments"][number], sum: number): Shared {
  const inRange = sum < ins.results.length;
  let r = inRange ? ins.results[sum] : ins.others.get(sum);
  if (r === undefined) {
    // mean × share, divided last so it stays exact: sum × share / (n × 10^4) hundredths.
    const weighted = divHalfUp(sum * ins.share, ins.at.length * 10000);
    const mean = divHalfUp(sum, ins.at.length);
    r = { result: { id: ins.id, mean: fromHundredths(mean), weighted: fromHundredths(weighted) }, mean };
    if (inRange) ins.results[sum] = r;
    else {
      if (ins.others.size > 100_000) ins.others.clear();
      ins.others.set(sum, r);
    }
  }
  return r;
}

/** An instrument's result for one sum, shared by every agency-year with that sum, and its mean in hundredths. */
interface Shared {
  result: InstrumentResult;
  mean: number;
}

/** The instruments' means of the agency-year being scored (scratch, reused). */
let means = new Int32Array(8);

/**
 * scoreYear's result for one agency-year, with its overall and scores as
 * hundredths. `hundredths` (each score rounded half up to hundredths, as the
 * parser reads them) saves reading the texts again; the points then share it.
 */
export function scoreAgencyYear(
  y: Omit<YearScores, "statedGrade" | "cells"> & { year: number; hundredths?: number[]; statedHundredths?: number },
  fw: Framework,
  passMark: string
): ScoredYear & { points: Points } {
  const f = fastFramework(fw, passMark);
  if (f === null || y.stated?.startsWith("-") || !allNonNegative(y.scores, f.numbers)) {
    const s = scoreYear({ ...y, cells: {}, statedGrade: null }, fw, passMark); // (scoreYear names no score cell)
    const scores: number[] = [];
    for (const i of fw.indicators) scores[i.number] = hundredths(s.result.scores[i.number]);
    return { ...s, points: { overall: hundredths(s.result.overall), scores } };
  }
  const given = y.hundredths;
  const points: number[] = given ?? [];
  const scores: Record<number, string> = {};
  let weighted = 0;
  for (let k = 0; k < f.numbers.length; k++) {
    const n = f.numbers[k];
    let v: number;
    if (given === undefined) points[n] = v = roundedHundredths(y.scores[n]);
    else v = given[n];
    scores[n] = fromHundredths(v);
    weighted += v * f.weights[k];
  }
  // Σ score × weight / 100 in points is weighted / 10^4 in hundredths.
  const computed = divHalfUp(weighted, 10000);
  const count = f.instruments.length;
  if (means.length < count) means = new Int32Array(count);
  const instruments: InstrumentResult[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const ins = f.instruments[i];
    let sum = 0;
    for (const k of ins.at) sum += points[f.numbers[k]];
    const r = instrumentResult(ins, sum);
    means[i] = r.mean;
    instruments[i] = r.result;
  }

  let overall = computed;
  let check: Check | null = null;
  let stated: number | null = null;
  if (y.stated !== null) {
    stated = y.statedHundredths ?? roundedHundredths(y.stated);
    const diff = Math.abs(stated - computed);
    if (diff !== 0) {
      const rounding = diff <= 1; // ROUNDING_TOLERANCE, 0.01
      if (rounding) overall = stated;
      check = {
        kind: "overall",
        year: y.year,
        where: y.statedCell ?? undefined,
        stated: fromHundredths(stated),
        computed: fromHundredths(computed),
        verdict: rounding ? "rounding" : "mismatch",
      };
    }
  }
  // As gradeOf (ratedInstruments): an instrument with no weight does not hold a grade back.
  let grade = fw.scale.bands[fw.scale.bands.length - 1];
  for (const b of f.bands) {
    if (overall < b.min) continue;
    let each = true;
    if (b.minEach !== null) for (let k = 0; k < count && each; k++) each = f.instruments[k].share === 0 || means[k] >= b.minEach;
    if (each) {
      grade = b.band;
      break;
    }
  }
  const result: YearResult = {
    year: y.year,
    framework: fw,
    scores,
    instruments,
    computed: fromHundredths(computed),
    stated: stated === null ? null : fromHundredths(stated),
    overall: fromHundredths(overall),
    grade,
    passed: overall >= f.passMark,
  };
  return { result, check, points: { overall, scores: points } };
}
