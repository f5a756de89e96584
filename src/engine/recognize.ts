// Recognising an indicator from what a cell says: "ตัวชี้วัดที่ ๓",
// "3", "การใช้อำนาจ (IIT)", "๖. ประสิทธิภาพการสื่อสาร", "Use of budget".
import type { Framework, IndicatorDef } from "./types";
import { matchKey } from "./text";

export interface Recognized {
  number: number;
  /** How it was known: an explicit number, the name, or both agreeing. */
  by: "number" | "name" | "both";
}

export interface Conflict {
  conflict: true;
  byNumber: number;
  byName: number;
}

/** "(IIT)" after a name, for the framework's instruments (and "EITI", a typo seen in real documents). */
const tagCache = new WeakMap<Framework, RegExp>();
function instrumentTag(fw: Framework): RegExp {
  let re = tagCache.get(fw);
  if (!re) {
    const ids = [...fw.instruments.map((i) => matchKey(i.id)), "eiti"].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    re = new RegExp(`\\(\\s*(${ids.join("|")})\\s*\\)`, "g");
    tagCache.set(fw, re);
  }
  return re;
}
const EXPLICIT_NUMBER = /^(?:ตัวชี้วัดที่|ตัวชี้วัด|indicator|ind\.?|no\.?|#)\s*(\d{1,2})(?!\d|\.\d)\s*[.:)\-–]?\s*/;
const LIST_NUMBER = /^(\d{1,2})(?!\d|\.\d)\s*[.)]?\s*/;

interface NameKey {
  key: string;
  number: number;
}

const nameKeyCache = new WeakMap<Framework, NameKey[]>();

function nameKeys(fw: Framework): NameKey[] {
  let keys = nameKeyCache.get(fw);
  if (!keys) {
    keys = fw.indicators
      .flatMap((i: IndicatorDef) => [i.name.th, i.name.en, ...i.variants].map((n) => ({ key: matchKey(n), number: i.number })))
      .sort((a, b) => b.key.length - a.key.length);
    nameKeyCache.set(fw, keys);
  }
  return keys;
}

function byName(rest: string, fw: Framework): number | null {
  if (rest === "") return null;
  // Longest name contained in the text wins ("การปรับปรุงระบบการทำงาน" over shorter ones).
  const hit = nameKeys(fw).find((k) => rest.includes(k.key));
  return hit ? hit.number : null;
}

const known = (n: number, fw: Framework) => fw.indicators.some((i) => i.number === n);

/**
 * What indicator a label names, or null. An explicit "ตัวชี้วัดที่ N" that
 * disagrees with the name is a conflict; a bare list number ("๖. ชื่อ")
 * is list numbering, so the name wins.
 */
export function recognizeIndicator(label: string, fw: Framework): Recognized | Conflict | null {
  const text = matchKey(label).replace(instrumentTag(fw), " ").replace(/\s+/g, " ").trim();
  if (text === "") return null;

  const explicit = EXPLICIT_NUMBER.exec(text);
  if (explicit) {
    const n = Number(explicit[1]);
    const named = byName(text.slice(explicit[0].length), fw);
    if (named !== null && named !== n) return { conflict: true, byNumber: n, byName: named };
    if (!known(n, fw)) return null;
    return { number: n, by: named === null ? "number" : "both" };
  }

  const list = LIST_NUMBER.exec(text);
  const rest = list ? text.slice(list[0].length) : text;
  const named = byName(rest, fw);
  if (named !== null) return { number: named, by: list && Number(list[1]) === named ? "both" : "name" };
  if (list && rest === "" && known(Number(list[1]), fw)) return { number: Number(list[1]), by: "number" };
  return null;
}

export const isConflict = (r: Recognized | Conflict | null): r is Conflict => r !== null && "conflict" in r;
