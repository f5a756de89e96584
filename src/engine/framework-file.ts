// A framework from JSON — instruments, indicators, weights, scale, pass mark —
// validated field by field: NACC is revising the ITA (a reform announced for
// about FY2570), and a planner must be able to follow a change with a file,
// not a release. Every refusal names the field and its line and column.
import { findNodeAtLocation, parseTree, type Node } from "jsonc-parser";
import { dec, sum } from "./decimal";
import { STANDARD_INDICATORS, STANDARD_INSTRUMENTS } from "./frameworks/indicators";
import { LETTER_SCALE, RATING_SCALE } from "./frameworks/scales";
import type { Framework, GradeBand, IndicatorDef, InstrumentDef, Problem, Text } from "./types";

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
  | "year"
  | "list-required"
  | "name-required"
  | "duplicate-id"
  | "unknown-instrument"
  | "indicator-number"
  | "no-indicators"
  | "text-list"
  | "unknown-band";

type Json = Record<string, unknown>;
type Path = (string | number)[];

/** A refusal: the field's path and why; turned into a Problem with its place by the caller. */
class Refusal {
  constructor(
    readonly path: Path,
    readonly reason: FrameworkReason,
    readonly extra: Record<string, string | number> = {}
  ) {}
}

const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v: unknown): boolean =>
  (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim()));
const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** "indicators[2].weight" for messages (the form the README documents). */
const fieldName = (path: Path): string =>
  path.length === 0 ? "(file)" : path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Where a field is in the text: the field itself, else its nearest parent that exists. */
function placeOf(text: string, root: Node | undefined, path: Path): Record<string, number> {
  if (!root) return {};
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return lineColumn(text, node.parent?.type === "property" ? node.parent.offset : node.offset);
  }
  return {};
}

/** Line and column of a JSON syntax error, from the offset JavaScript engines put in the message. */
function jsonErrorPlace(text: string, e: unknown): Record<string, number> {
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : "");
  return m ? lineColumn(text, Number(m[1])) : {};
}

function percent(v: unknown, path: Path): string {
  if (!isNum(v)) throw new Refusal(path, "number");
  if (dec(String(v)).lt(0) || dec(String(v)).gt(100)) throw new Refusal(path, "score-range");
  return String(v).trim();
}

function textPair(v: unknown, path: Path): Text {
  if (!isObj(v) || !isText(v.th) || !isText(v.en)) throw new Refusal(path, "name-required");
  return { th: v.th.trim(), en: v.en.trim() };
}

function readInstruments(data: Json): InstrumentDef[] {
  if (data.instruments === undefined) return STANDARD_INSTRUMENTS;
  if (!Array.isArray(data.instruments) || data.instruments.length === 0) throw new Refusal(["instruments"], "list-required");
  const seen = new Set<string>();
  return data.instruments.map((raw, k) => {
    const at: Path = ["instruments", k];
    if (!isObj(raw) || !isText(raw.id)) throw new Refusal([...at, "id"], "text-required");
    const id = raw.id.trim();
    if (seen.has(id)) throw new Refusal([...at, "id"], "duplicate-id", { value: id });
    seen.add(id);
    const standard = STANDARD_INSTRUMENTS.find((i) => i.id === id);
    const name = raw.name === undefined && standard ? standard.name : textPair(raw.name, [...at, "name"]);
    return { id, name };
  });
}

function readVariants(v: unknown, path: Path): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every(isText)) throw new Refusal(path, "text-list");
  return v.map((s) => s.trim());
}

/** One entry of "indicators"; a standard number (1–10) may leave out its name and instrument. */
function readIndicator(raw: unknown, k: number, instruments: InstrumentDef[]): IndicatorDef {
  const at: Path = ["indicators", k];
  if (!isObj(raw)) throw new Refusal(at, "not-object");
  const number = Number(raw.number);
  if (!Number.isInteger(number) || number < 1 || number > 99) throw new Refusal([...at, "number"], "indicator-number");
  const standard = STANDARD_INDICATORS.find((i) => i.number === number);
  const named = raw.name !== undefined || !standard;
  const name = named ? textPair(raw.name, [...at, "name"]) : standard.name;
  const instrument = raw.instrument === undefined && standard ? standard.instrument : raw.instrument;
  if (!isText(instrument)) throw new Refusal([...at, "instrument"], "text-required");
  if (!instruments.some((i) => i.id === instrument.trim())) {
    throw new Refusal([...at, "instrument"], "unknown-instrument", { value: instrument, known: instruments.map((i) => i.id).join(", ") });
  }
  if (raw.weight !== undefined && (!isNum(raw.weight) || dec(String(raw.weight)).lt(0)))
    throw new Refusal([...at, "weight"], "weight-number");
  const variants = readVariants(raw.variants, [...at, "variants"]);
  return {
    number,
    instrument: instrument.trim(),
    name,
    // A standard indicator keeps the spellings seen in real pastes unless renamed.
    variants: named ? variants : [...standard.variants, ...variants],
    weight: raw.weight === undefined ? "" : String(raw.weight).trim(),
  };
}

function readIndicators(data: Json, instruments: InstrumentDef[]): IndicatorDef[] {
  if (data.indicators === undefined) {
    for (const i of STANDARD_INDICATORS) {
      if (!instruments.some((d) => d.id === i.instrument)) {
        throw new Refusal(["instruments"], "unknown-instrument", { value: i.instrument, known: instruments.map((d) => d.id).join(", ") });
      }
    }
    return STANDARD_INDICATORS;
  }
  if (!Array.isArray(data.indicators) || data.indicators.length === 0) throw new Refusal(["indicators"], "list-required");
  const list = data.indicators.map((raw, k) => readIndicator(raw, k, instruments));
  list.forEach((d, k) => {
    if (list.findIndex((o) => o.number === d.number) !== k)
      throw new Refusal(["indicators", k, "number"], "duplicate-id", { value: d.number });
  });
  instruments.forEach((ins, k) => {
    if (!list.some((d) => d.instrument === ins.id)) throw new Refusal(["instruments", k], "no-indicators", { value: ins.id });
  });
  return list;
}

/** The "weights" map (the older form) over the indicator list, then every weight present and summing to 100. */
function applyWeights(data: Json, indicators: IndicatorDef[]): IndicatorDef[] {
  let list = indicators;
  if (data.weights !== undefined) {
    if (!isObj(data.weights)) throw new Refusal(["weights"], "weights-map");
    const w = data.weights;
    const known = indicators.map((i) => i.number).join(", ");
    for (const key of Object.keys(w)) {
      if (!indicators.some((i) => String(i.number) === key)) throw new Refusal(["weights", key], "no-such-indicator", { known });
      if (!isNum(w[key]) || dec(String(w[key])).lt(0)) throw new Refusal(["weights", key], "weight-number");
    }
    // Over the standard list the map must weight every indicator (as before indicator lists existed).
    const base = data.indicators === undefined ? indicators.map((i) => ({ ...i, weight: "" })) : indicators;
    list = base.map((i) => (w[String(i.number)] === undefined ? i : { ...i, weight: String(w[String(i.number)]) }));
  }
  const missing = list.findIndex((i) => i.weight === "");
  if (missing >= 0) {
    throw new Refusal(
      data.weights === undefined ? ["indicators", missing, "weight"] : ["weights", String(list[missing].number)],
      "weight-missing"
    );
  }
  const total = sum(list.map((i) => dec(i.weight)));
  if (!total.eq(100)) throw new Refusal([data.weights === undefined ? "indicators" : "weights"], "weights-sum", { sum: total.toString() });
  return list;
}

function readBand(b: unknown, k: number, passMark: string): GradeBand {
  const at: Path = ["scale", k];
  if (!isObj(b) || !isText(b.id)) throw new Refusal([...at, "id"], "text-required");
  const min = percent(b.min, [...at, "min"]);
  const minEach = b.minEachInstrument === undefined ? undefined : percent(b.minEachInstrument, [...at, "minEachInstrument"]);
  const label = b.label !== undefined ? textPair(b.label, [...at, "label"]) : { th: b.id, en: isText(b.label_en) ? b.label_en : b.id };
  return { id: b.id, label, minOverall: min, minEachInstrument: minEach, passing: dec(min).gte(passMark) };
}

function readScale(data: Json, passMark: string): { kind: "letter" | "rating"; bands: GradeBand[] } {
  if (data.scale === undefined || data.scale === "letter") return { kind: "letter", bands: LETTER_SCALE.bands };
  if (data.scale === "rating") return { kind: "rating", bands: RATING_SCALE.bands };
  if (!Array.isArray(data.scale)) throw new Refusal(["scale"], "scale-kind");
  const bands = data.scale.map((b, k) => readBand(b, k, passMark));
  if (bands.length === 0) throw new Refusal(["scale"], "no-bands");
  for (let i = 1; i < bands.length; i++) {
    const [a, b] = [bands[i - 1], bands[i]];
    const descending =
      dec(a.minOverall).gt(b.minOverall) ||
      (dec(a.minOverall).eq(b.minOverall) && a.minEachInstrument !== undefined && b.minEachInstrument === undefined);
    if (!descending) throw new Refusal(["scale", i, "min"], "not-descending");
  }
  if (!dec(bands[bands.length - 1].minOverall).eq(0)) throw new Refusal(["scale", bands.length - 1, "min"], "last-not-zero");
  return { kind: bands.some((b) => b.minEachInstrument !== undefined) ? "rating" : "letter", bands };
}

/**
 * An instrument's "threshold": a number (its bar in every band that holds
 * each instrument to one) or { band id: number } for some bands only.
 */
function readThresholds(data: Json, instruments: InstrumentDef[], bands: GradeBand[]): InstrumentDef[] {
  const raws = Array.isArray(data.instruments) ? data.instruments : [];
  return instruments.map((ins, k) => {
    const t = isObj(raws[k]) ? (raws[k] as Json).threshold : undefined;
    if (t === undefined) return ins;
    const at: Path = ["instruments", k, "threshold"];
    const thresholds: Record<string, string> = {};
    if (isObj(t)) {
      for (const [band, v] of Object.entries(t)) {
        if (!bands.some((b) => b.id === band))
          throw new Refusal([...at, band], "unknown-band", { value: band, known: bands.map((b) => b.id).join(", ") });
        thresholds[band] = percent(v, [...at, band]);
      }
    } else {
      const bar = percent(t, at);
      for (const b of bands) if (b.minEachInstrument !== undefined) thresholds[b.id] = bar;
    }
    return { ...ins, thresholds };
  });
}

function readYear(data: Json): number | null {
  if (data.year === undefined) return null;
  const year = Number(data.year);
  if (!(Number.isInteger(year) && year >= 2500 && year < 2700)) throw new Refusal(["year"], "year");
  return year;
}

function readFramework(data: Json): Framework {
  if (!isText(data.id)) throw new Refusal(["id"], "text-required");
  const id = data.id.trim();
  const passMark = data.passMark === undefined ? "85" : percent(data.passMark, ["passMark"]);
  const year = readYear(data);
  const bare = readInstruments(data);
  const indicators = applyWeights(data, readIndicators(data, bare));
  const scale = readScale(data, passMark);
  const instruments = readThresholds(data, bare, scale.bands);
  const title = data.title === undefined ? { th: `กรอบการประเมิน ${id}`, en: `Framework ${id}` } : textPair(data.title, ["title"]);
  return {
    id,
    year,
    title,
    instruments,
    indicators,
    passMark,
    scale,
    custom: true,
    source: {
      note: typeof data.source === "string" ? data.source : "Custom framework supplied by the user.",
      urls: [],
      confidence: { indicators: "L", weights: "L", scale: "L" },
    },
  };
}

/**
 * The file's shape (README "Frameworks"; every field but "id" optional, a
 * missing part taking the standard ten indicators, IIT/EIT/OIT, 85, letters):
 * { "id", "year", "passMark", "title": {th,en},
 *   "instruments": [ { "id", "name": {th,en}, "threshold": 85 | { "ผ่านดี": 85 } } ],
 *   "indicators": [ { "number", "name": {th,en}, "instrument", "weight", "variants": [] } ],
 *   "weights": { "1": 6, … },                       // the older form, over the indicator list
 *   "scale": "letter" | "rating" | [ { "id", "min", "minEachInstrument", "label": {th,en} | "label_en" } ] }
 */
export function parseFrameworkJson(text: string, where = "framework"): FrameworkResult {
  const refuse = (field: string, reason: FrameworkReason, extra: Record<string, string | number>): FrameworkResult => ({
    ok: false,
    problems: [{ where, code: "bad-framework", detail: { field, reason, ...extra } }],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return refuse("(file)", "json-syntax", jsonErrorPlace(text, e));
  }
  if (!isObj(data)) return refuse("(file)", "not-object", {});
  try {
    return { ok: true, framework: readFramework(data) };
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    return refuse(fieldName(e.path), e.reason, { ...e.extra, ...placeOf(text, parseTree(text), e.path) });
  }
}

/** A framework as a file of the shape parseFrameworkJson reads: the template a planner edits for a new year. */
export function frameworkToJson(fw: Framework): string {
  const scale =
    fw.scale.bands === LETTER_SCALE.bands
      ? "letter"
      : fw.scale.bands === RATING_SCALE.bands
        ? "rating"
        : fw.scale.bands.map((b) => ({
            id: b.id,
            min: Number(b.minOverall),
            ...(b.minEachInstrument === undefined ? {} : { minEachInstrument: Number(b.minEachInstrument) }),
            label: b.label,
          }));
  const json = {
    id: fw.id,
    ...(fw.year === null ? {} : { year: fw.year }),
    passMark: Number(fw.passMark),
    title: fw.title,
    instruments: fw.instruments.map((i) => ({ id: i.id, name: i.name, ...(i.thresholds ? { threshold: numbers(i.thresholds) } : {}) })),
    indicators: fw.indicators.map((i) => ({
      number: i.number,
      name: i.name,
      instrument: i.instrument,
      weight: Number(i.weight),
      ...(i.variants.length ? { variants: i.variants } : {}),
    })),
    scale,
    source: fw.source.note,
  };
  return JSON.stringify(json, null, 2) + "\n";
}

const numbers = (m: Record<string, string>): Record<string, number> =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Number(v)]));
