// A custom framework from JSON (weights, scale, thresholds, pass mark),
// validated field by field: NACC is revising the ITA and a planner must be
// able to follow a change before we ship one.
import { dec, sum } from "./decimal";
import { STANDARD_INDICATORS } from "./frameworks/indicators";
import { LETTER_SCALE, RATING_SCALE } from "./frameworks/scales";
import type { Framework, GradeBand, IndicatorDef, InstrumentId, Problem } from "./types";
import { INSTRUMENTS } from "./types";

export type FrameworkResult = { ok: true; framework: Framework } | { ok: false; problems: Problem[] };

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v: unknown): boolean => (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim()));

/**
 * Shape (every field but `id` optional; missing ones take the FY2565 values):
 * { "id": "my-2569", "year": 2569, "passMark": 85,
 *   "weights": { "1": 6, …, "10": 20 },            // percent per indicator, sum 100
 *   "scale": "letter" | "rating" | [ { "id": "A", "min": 85, "minEachInstrument": 85, "label_en": "…" }, … ] }
 */
export function parseFrameworkJson(text: string, where = "framework"): FrameworkResult {
  const bad = (field: string, reason: string): FrameworkResult => ({
    ok: false,
    problems: [{ where, code: "bad-framework", detail: { field, reason } }],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return bad("(file)", "not valid JSON");
  }
  if (!isObj(data)) return bad("(file)", "not a JSON object");
  if (typeof data.id !== "string" || data.id.trim() === "") return bad("id", "a non-empty text is required");

  const passMark = data.passMark ?? 85;
  if (!isNum(passMark) || dec(String(passMark)).lt(0) || dec(String(passMark)).gt(100)) return bad("passMark", "must be a number from 0 to 100");

  let indicators: IndicatorDef[] = STANDARD_INDICATORS;
  if (data.weights !== undefined) {
    if (!isObj(data.weights)) return bad("weights", "must map indicator numbers to percents");
    const w = data.weights;
    for (const key of Object.keys(w)) {
      if (!STANDARD_INDICATORS.some((i) => String(i.number) === key)) return bad(`weights.${key}`, "no such indicator (1–10)");
      if (!isNum(w[key]) || dec(String(w[key])).lt(0)) return bad(`weights.${key}`, "must be a number ≥ 0");
    }
    const missing = STANDARD_INDICATORS.find((i) => w[String(i.number)] === undefined);
    if (missing) return bad(`weights.${missing.number}`, "every indicator needs a weight");
    indicators = STANDARD_INDICATORS.map((i) => ({ ...i, weight: String(w[String(i.number)]) }));
    const total = sum(indicators.map((i) => dec(i.weight)));
    if (!total.eq(100)) return bad("weights", `must sum to 100 (they sum to ${total.toString()})`);
  }

  let bands: GradeBand[];
  let kind: "letter" | "rating";
  if (data.scale === undefined || data.scale === "letter") ({ bands, kind } = { bands: LETTER_SCALE.bands, kind: "letter" });
  else if (data.scale === "rating") ({ bands, kind } = { bands: RATING_SCALE.bands, kind: "rating" });
  else if (Array.isArray(data.scale)) {
    bands = [];
    for (const [i, b] of data.scale.entries()) {
      const f = `scale[${i}]`;
      if (!isObj(b) || typeof b.id !== "string" || b.id === "") return bad(`${f}.id`, "a non-empty text is required");
      if (!isNum(b.min)) return bad(`${f}.min`, "must be a number");
      if (b.minEachInstrument !== undefined && !isNum(b.minEachInstrument)) return bad(`${f}.minEachInstrument`, "must be a number");
      bands.push({
        id: b.id,
        label: { th: b.id, en: typeof b.label_en === "string" ? b.label_en : b.id },
        minOverall: String(b.min),
        minEachInstrument: b.minEachInstrument === undefined ? undefined : String(b.minEachInstrument),
        passing: dec(String(b.min)).gte(String(passMark)),
      });
    }
    if (bands.length === 0) return bad("scale", "needs at least one band");
    for (let i = 1; i < bands.length; i++) {
      const [a, b] = [bands[i - 1], bands[i]];
      const descending = dec(a.minOverall).gt(b.minOverall) ||
        (dec(a.minOverall).eq(b.minOverall) && a.minEachInstrument !== undefined && b.minEachInstrument === undefined);
      if (!descending) return bad(`scale[${i}].min`, "thresholds must descend from the best band to the worst");
    }
    if (!dec(bands[bands.length - 1].minOverall).eq(0)) return bad(`scale[${bands.length - 1}].min`, "the last band must start at 0");
    kind = bands.some((b) => b.minEachInstrument !== undefined) ? "rating" : "letter";
  } else return bad("scale", 'must be "letter", "rating" or a list of bands');

  const instruments = new Set<InstrumentId>(indicators.map((i) => i.instrument));
  const year = data.year === undefined ? null : Number(data.year);
  if (year !== null && !(Number.isInteger(year) && year >= 2500 && year < 2700)) return bad("year", "must be a Buddhist Era year such as 2569");
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
