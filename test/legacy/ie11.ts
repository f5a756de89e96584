// A jsdom window made to lack what Internet Explorer 11 lacks of the ES2015+
// library and DOM, so a bundle that runs here does not lean on them. This is
// a simulation from Microsoft's and MDN's compatibility tables (IE11: no
// Promise, Symbol, Object.assign/entries/values, Array.from/find/includes/fill,
// String.prototype.includes/startsWith/padStart/normalize…, Number.isFinite,
// Math.trunc, URL, Intl.Segmenter, Element.remove/append; Map and Set exist but ignore
// constructor arguments, cannot be iterated, and set/add return undefined).
// It is not IE11: syntax is checked separately (acorn, ecmaVersion 5).
import { JSDOM } from "jsdom";

type Win = JSDOM["window"] & Record<string, any>;

const GONE: Record<string, string[]> = {
  "": [
    "Promise",
    "Symbol",
    "Reflect",
    "Proxy",
    "globalThis",
    "URL",
    "URLSearchParams",
    "TextDecoder",
    "TextEncoder",
    "fetch",
    "queueMicrotask",
    "structuredClone",
  ],
  Object: ["assign", "entries", "values", "fromEntries", "is", "getOwnPropertySymbols"],
  Array: ["from", "of"],
  "Array.prototype": [
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "includes",
    "fill",
    "flat",
    "flatMap",
    "keys",
    "values",
    "entries",
    "copyWithin",
    "at",
  ],
  String: ["fromCodePoint", "raw"],
  "String.prototype": [
    "includes",
    "startsWith",
    "endsWith",
    "repeat",
    "padStart",
    "padEnd",
    "trimStart",
    "trimEnd",
    "normalize",
    "codePointAt",
    "at",
    "replaceAll",
    "matchAll",
  ],
  Number: ["isFinite", "isNaN", "isInteger", "isSafeInteger", "parseFloat", "parseInt"],
  Math: ["trunc", "sign", "log10", "log2", "hypot", "cbrt", "expm1", "log1p", "fround", "imul", "clz32", "cosh", "sinh", "tanh"],
  "Element.prototype": ["remove", "append", "prepend", "replaceChildren", "replaceWith", "before", "after", "closest", "toggleAttribute"],
  "CharacterData.prototype": ["remove", "replaceWith", "before", "after"],
  "Document.prototype": ["append", "prepend", "replaceChildren"],
  "DocumentFragment.prototype": ["append", "prepend", "replaceChildren"],
  "NodeList.prototype": ["forEach"],
  // IE11 has ECMA-402's first edition: Collator, NumberFormat, DateTimeFormat only.
  Intl: ["Segmenter", "PluralRules", "ListFormat", "RelativeTimeFormat", "Locale", "DisplayNames", "getCanonicalLocales"],
};

/** IE11's Map/Set: get/set/has/delete/clear/forEach/size only. */
function ie11Collection(kind: "Map" | "Set") {
  return function Collection(this: { m: Map<unknown, unknown> }) {
    const m = new Map<unknown, unknown>(); // constructor arguments ignored, as IE11 does
    this.m = m;
    const self = this as unknown as Record<string, unknown>;
    Object.defineProperty(self, "size", { get: () => m.size });
    self.get = (k: unknown) => m.get(k);
    self.has = (k: unknown) => m.has(k);
    self.delete = (k: unknown) => m.delete(k);
    self.clear = () => m.clear();
    self.forEach = (f: (v: unknown, k: unknown, c: unknown) => void) => m.forEach((v, k) => f(v, k, self));
    if (kind === "Map") self.set = (k: unknown, v: unknown) => void m.set(k, v);
    else self.add = (k: unknown) => void m.set(k, k);
  };
}

export const IE11_USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";

export function ie11Window(html: string, url: string): Win {
  const dom = new JSDOM(html, { url, runScripts: "outside-only", pretendToBeVisual: true });
  const win = dom.window as Win;
  Object.defineProperty(win.Navigator.prototype, "userAgent", { get: () => IE11_USER_AGENT, configurable: true });
  for (const [path, names] of Object.entries(GONE)) {
    const target = path === "" ? win : path.split(".").reduce((o: Record<string, any>, k) => o[k], win);
    for (const n of names) {
      // (Number.EPSILON and the other constants are not configurable: left in place.)
      delete target[n];
      if (target[n] !== undefined) throw new Error(`could not remove ${path}.${n}`);
    }
  }
  (win as Record<string, unknown>).Map = ie11Collection("Map");
  (win as Record<string, unknown>).Set = ie11Collection("Set");
  return win;
}
