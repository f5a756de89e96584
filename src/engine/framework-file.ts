// A custom framework from JSON (weights, scale, thresholds, pass mark),
// validated field by field: NACC is revising the ITA and a planner must be
// able to follow a change before we ship one.
import { dec, sum } from "./decimal";
import { STANDARD_INDICATORS } from "./frameworks/indicators";
import { LETTER_SCALE, RATING_SCALE } from "./frameworks/scales";
import type { Framework, GradeBand, IndicatorDef, InstrumentId, Problem } from "./types";
import { INSTRUMENTS } from "./types";

export type FrameworkResult = { ok: true; framework: Framework } | { ok: false; problems: Problem[] };

export type FrameworkReason =
  | "json-syntax"
  | "not-object"
  | "text-required"
  | "score-range"
  | "weights-map"
  | "no-such-indicator"
  | "weight-number"
  | "weight-missing"
  | "weights-sum"
  | "number"
  | "no-bands"
  | "not-descending"
  | "last-not-zero"
  | "scale-kind"
  | "year";

type Json = Record<string, unknown>;

/**
 * Line and column (1-based) of a JSON syntax error, from the character
 * offset JavaScript engines put in the message ("… at position 44"); none
 * when the message gives no offset.
 */
function jsonErrorPlace(text: string, e: unknown): Record<string, number> {
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : "");
  if (!m) return {};
  const before = text.slice(0, Number(m[1])).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v: unknown): boolean => (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim()));

/**
 * Shape (every field but `id` optional; missing ones take the FY2565 values):
 * { "id": "my-2569", "year": 2569, "passMark": 85,
 *   "weights": { "1": 6, …, "10": 20 },            // percent per indicator, sum 100
 *   "scale": "letter" | "rating" | [ { "id": "A", "min": 85, "minEachInstrument": 85, "label_en": "…" }, … ] }
 */
export function parseFrameworkJson(text: string, where = "framework"): FrameworkResult {
  // reason: a FrameworkReason code; describeProblem says it in Thai or English.
  const bad = (field: string, reason: FrameworkReason, extra: Record<string, string | number> = {}): FrameworkResult => ({
    ok: false,
    problems: [{ where, code: "bad-framework", detail: { field, reason, ...extra } }],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return bad("(file)", "json-syntax", jsonErrorPlace(text, e));
  }
  if (!isObj(data)) return bad("(file)", "not-object");
  if (typeof data.id !== "string" || data.id.trim() === "") return bad("id", "text-required");

  const passMark = data.passMark ?? 85;
  if (!isNum(passMark) || dec(String(passMark)).lt(0) || dec(String(passMark)).gt(100)) return bad("passMark", "score-range");

  let indicators: IndicatorDef[] = STANDARD_INDICATORS;
  if (data.weights !== undefined) {
    if (!isObj(data.weights)) return bad("weights", "weights-map");
    const w = data.weights;
    for (const key of Object.keys(w)) {
      if (!STANDARD_INDICATORS.some((i) => String(i.number) === key)) return bad(`weights.${key}`, "no-such-indicator");
      if (!isNum(w[key]) || dec(String(w[key])).lt(0)) return bad(`weights.${key}`, "weight-number");
    }
    const missing = STANDARD_INDICATORS.find((i) => w[String(i.number)] === undefined);
    if (missing) return bad(`weights.${missing.number}`, "weight-missing");
    indicators = STANDARD_INDICATORS.map((i) => ({ ...i, weight: String(w[String(i.number)]) }));
    const total = sum(indicators.map((i) => dec(i.weight)));
    if (!total.eq(100)) return bad("weights", "weights-sum", { sum: total.toString() });
  }

  let bands: GradeBand[];
  let kind: "letter" | "rating";
  if (data.scale === undefined || data.scale === "letter") ({ bands, kind } = { bands: LETTER_SCALE.bands, kind: "letter" });
  else if (data.scale === "rating") ({ bands, kind } = { bands: RATING_SCALE.bands, kind: "rating" });
  else if (Array.isArray(data.scale)) {
    bands = [];
    for (const [i, b] of data.scale.entries()) {
      const f = `scale[${i}]`;
      if (!isObj(b) || typeof b.id !== "string" || b.id === "") return bad(`${f}.id`, "text-required");
      for (const key of ["min", "minEachInstrument"] as const) {
        if (key === "minEachInstrument" && b[key] === undefined) continue;
        if (!isNum(b[key])) return bad(`${f}.${key}`, "number");
        if (dec(String(b[key])).lt(0) || dec(String(b[key])).gt(100)) return bad(`${f}.${key}`, "score-range");
      }
      bands.push({
        id: b.id,
        label: { th: b.id, en: typeof b.label_en === "string" ? b.label_en : b.id },
        minOverall: String(b.min),
        minEachInstrument: b.minEachInstrument === undefined ? undefined : String(b.minEachInstrument),
        passing: dec(String(b.min)).gte(String(passMark)),
      });
    }
    if (bands.length === 0) return bad("scale", "no-bands");
    for (let i = 1; i < bands.length; i++) {
      const [a, b] = [bands[i - 1], bands[i]];
      const descending = dec(a.minOverall).gt(b.minOverall) ||
        (dec(a.minOverall).eq(b.minOverall) && a.minEachInstrument !== undefined && b.minEachInstrument === undefined);
      if (!descending) return bad(`scale[${i}].min`, "not-descending");
    }
    if (!dec(bands[bands.length - 1].minOverall).eq(0)) return bad(`scale[${bands.length - 1}].min`, "last-not-zero");
    kind = bands.some((b) => b.minEachInstrument !== undefined) ? "rating" : "letter";
  } else return bad("scale", "scale-kind");

  const instruments = new Set<InstrumentId>(indicators.map((i) => i.instrument));
  const year = data.year === undefined ? null : Number(data.year);
  if (year !== null && !(Number.isInteger(year) && year >= 2500 && year < 2700)) return bad("year", "year");
  return {
    ok: true,
    framework: {
      id: data.id.trim(),
      year,
      title: { th: `กรอบการประเมิน ${data.id}`, en: `Framework ${data.id}` },
      indicators: indicators.filter((i) => INSTRUMENTS.includes(i.instrument) && instruments.has(i.instrument)),
      passMark: String(passMark),
      scale: { kind, bands },
      source: {
        note: typeof data.source === "string" ? data.source : "Custom framework supplied by the user.",
        urls: [],
        confidence: { indicators: "L", weights: "L", scale: "L" },
      },
    },
  };
}
