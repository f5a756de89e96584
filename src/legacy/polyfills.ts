// What Internet Explorer 11 lacks of the ES2015+ library the engine, report
// and Office adapter use (syntax is compiled away; these are run-time
// objects). core-js is the well-kept library for this but is not installed
// in this project; this is the small set the ES5 pane needs, each installed
// only when missing. test/legacy/ runs the bundle with all of them removed.

type AnyFn = (...args: any[]) => any;
const G: any = typeof window !== "undefined" ? window : (Function("return this")() as any);

function define(target: any, name: string, value: unknown): void {
  if (target[name] !== undefined) return;
  Object.defineProperty(target, name, {
    value,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

// ---- Symbol: only what TypeScript's iteration helpers ask for ----
if (typeof G.Symbol !== "function") {
  let n = 0;
  const S: any = function Symbol(description?: string) {
    return "@@" + (description || "") + "_" + ++n;
  };
  const registry: Record<string, string> = {};
  S["for"] = (key: string) => registry[key] || (registry[key] = S(key));
  S.iterator = "@@iterator";
  S.asyncIterator = "@@asyncIterator";
  G.Symbol = S;
}
const ITERATOR: string = G.Symbol.iterator;

interface Step<T> {
  value: T;
  done: boolean;
}
function iteratorOf<T>(next: () => Step<T>): { next: () => Step<T> } {
  const it: any = { next };
  it[ITERATOR] = function (this: unknown) {
    return this;
  };
  return it;
}

function arrayIterator<T>(list: ArrayLike<T>, kind: "values" | "keys" | "entries"): { next: () => Step<unknown> } {
  let i = 0;
  return iteratorOf(() => {
    if (i >= list.length) return { value: undefined, done: true };
    const k = i++;
    return {
      value: kind === "keys" ? k : kind === "entries" ? [k, list[k]] : list[k],
      done: false,
    };
  });
}

define(Array.prototype, ITERATOR, function (this: unknown[]) {
  return arrayIterator(this, "values");
});
define(Array.prototype, "values", Array.prototype[ITERATOR as any]);
define(Array.prototype, "keys", function (this: unknown[]) {
  return arrayIterator(this, "keys");
});
define(Array.prototype, "entries", function (this: unknown[]) {
  return arrayIterator(this, "entries");
});
define(String.prototype, ITERATOR, function (this: string) {
  const s = String(this);
  let i = 0;
  return iteratorOf(() => {
    if (i >= s.length) return { value: undefined, done: true };
    const c = s.charCodeAt(i);
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
    const ch = s.substr(i, len);
    i += len;
    return { value: ch, done: false };
  });
});

/** Calls f for each item of an array, string, iterable or forEach-able (Map, Set). */
function eachOf(items: any, f: (x: any) => void): void {
  if (items === null || items === undefined) return;
  if (typeof items === "string" || Array.isArray(items)) {
    for (let i = 0; i < items.length; i++) f(items[i]);
    return;
  }
  const make = items[ITERATOR];
  if (typeof make === "function") {
    const it = make.call(items);
    for (let step = it.next(); !step.done; step = it.next()) f(step.value);
  } else if (typeof items.forEach === "function") items.forEach(f);
  else if (typeof items.length === "number") for (let i = 0; i < items.length; i++) f(items[i]);
}

// ---- Map and Set: IE11's ignore constructor arguments, cannot be iterated and
// return undefined from set/add, so they are replaced, not completed. ----
function nativeCollectionsWork(): boolean {
  try {
    const m = new G.Map([[1, 2]]);
    return m.size === 1 && typeof m[ITERATOR] === "function" && m.set(3, 4) === m && new G.Set([1]).size === 1;
  } catch {
    return false;
  }
}

/** Insertion-ordered store with SameValueZero keys; deleted slots stay as holes so live iteration works. */
class Store {
  keys: unknown[] = [];
  vals: unknown[] = [];
  live: boolean[] = [];
  size = 0;
  private index: Record<string, number> = {};
  private hash(k: unknown): string | null {
    if (typeof k === "string") return "s" + k;
    if (typeof k === "number") return k !== k ? "NaN" : "n" + (k === 0 ? 0 : k);
    if (typeof k === "boolean" || k === null || k === undefined) return "o" + String(k);
    return null;
  }
  find(k: unknown): number {
    const h = this.hash(k);
    if (h !== null) return Object.prototype.hasOwnProperty.call(this.index, h) ? this.index[h] : -1;
    for (let i = 0; i < this.keys.length; i++) if (this.live[i] && this.keys[i] === k) return i;
    return -1;
  }
  put(k: unknown, v: unknown): void {
    const i = this.find(k);
    if (i >= 0) {
      this.vals[i] = v;
      return;
    }
    const h = this.hash(k);
    if (h !== null) this.index[h] = this.keys.length;
    this.keys.push(k === 0 ? 0 : k);
    this.vals.push(v);
    this.live.push(true);
    this.size++;
  }
  remove(k: unknown): boolean {
    const i = this.find(k);
    if (i < 0) return false;
    const h = this.hash(k);
    if (h !== null) delete this.index[h];
    this.live[i] = false;
    this.keys[i] = this.vals[i] = undefined;
    this.size--;
    return true;
  }
  clear(): void {
    for (let i = 0; i < this.live.length; i++) this.live[i] = false;
    this.index = {};
    this.size = 0;
  }
  iterate(make: (k: unknown, v: unknown) => unknown): {
    next: () => Step<unknown>;
  } {
    let i = 0;
    return iteratorOf(() => {
      while (i < this.keys.length && !this.live[i]) i++;
      if (i >= this.keys.length) return { value: undefined, done: true };
      const j = i++;
      return { value: make(this.keys[j], this.vals[j]), done: false };
    });
  }
}

if (!nativeCollectionsWork()) {
  const MapP: any = function Map(this: any, items?: unknown) {
    this._s = new Store();
    const self = this;
    eachOf(items, (pair: [unknown, unknown]) => self.set(pair[0], pair[1]));
  };
  const mp = MapP.prototype;
  mp.get = function (k: unknown) {
    const i = this._s.find(k);
    return i >= 0 ? this._s.vals[i] : undefined;
  };
  mp.set = function (k: unknown, v: unknown) {
    this._s.put(k, v);
    return this;
  };
  mp.has = function (k: unknown) {
    return this._s.find(k) >= 0;
  };
  mp["delete"] = function (k: unknown) {
    return this._s.remove(k);
  };
  mp.clear = function () {
    this._s.clear();
  };
  mp.forEach = function (f: AnyFn, thisArg?: unknown) {
    const s: Store = this._s;
    for (let i = 0; i < s.keys.length; i++) if (s.live[i]) f.call(thisArg, s.vals[i], s.keys[i], this);
  };
  mp.keys = function () {
    return this._s.iterate((k: unknown) => k);
  };
  mp.values = function () {
    return this._s.iterate((_k: unknown, v: unknown) => v);
  };
  mp.entries = function () {
    return this._s.iterate((k: unknown, v: unknown) => [k, v]);
  };
  mp[ITERATOR] = mp.entries;
  Object.defineProperty(mp, "size", {
    get() {
      return this._s.size;
    },
  });
  G.Map = MapP;

  const SetP: any = function Set(this: any, items?: unknown) {
    this._s = new Store();
    const self = this;
    eachOf(items, (x: unknown) => self.add(x));
  };
  const sp = SetP.prototype;
  sp.add = function (k: unknown) {
    this._s.put(k, k);
    return this;
  };
  sp.has = mp.has;
  sp["delete"] = mp["delete"];
  sp.clear = mp.clear;
  sp.forEach = function (f: AnyFn, thisArg?: unknown) {
    const s: Store = this._s;
    for (let i = 0; i < s.keys.length; i++) if (s.live[i]) f.call(thisArg, s.keys[i], s.keys[i], this);
  };
  sp.values = mp.keys;
  sp.keys = mp.keys;
  sp.entries = function () {
    return this._s.iterate((k: unknown) => [k, k]);
  };
  sp[ITERATOR] = sp.values;
  Object.defineProperty(sp, "size", {
    get() {
      return this._s.size;
    },
  });
  G.Set = SetP;
}

// ---- Promise (then/catch/finally, resolve/reject/all/race/allSettled) ----
if (typeof G.Promise !== "function") {
  const queue: (() => void)[] = [];
  let flushing = false;
  const flush = () => {
    flushing = false;
    const jobs = queue.splice(0, queue.length);
    for (let i = 0; i < jobs.length; i++) jobs[i]();
  };
  // A microtask through MutationObserver (IE11 has it); setTimeout otherwise.
  let kick: () => void = () => setTimeout(flush, 0);
  if (typeof G.MutationObserver === "function" && typeof document !== "undefined") {
    const node = document.createTextNode("");
    let flip = 0;
    new G.MutationObserver(flush).observe(node, { characterData: true });
    kick = () => (node.data = String((flip = 1 - flip)));
  }
  const later = (job: () => void) => {
    queue.push(job);
    if (!flushing) {
      flushing = true;
      kick();
    }
  };

  type Handler = { ok?: AnyFn; bad?: AnyFn; resolve: AnyFn; reject: AnyFn };
  const PromiseP: any = function Promise(this: any, executor: (resolve: AnyFn, reject: AnyFn) => void) {
    const self = this;
    self._state = 0; // 0 pending, 1 fulfilled, 2 rejected
    self._value = undefined;
    self._handlers = [] as Handler[];
    let done = false;
    const settle = (state: number, value: unknown) => {
      if (self._state !== 0) return;
      self._state = state;
      self._value = value;
      const hs: Handler[] = self._handlers;
      self._handlers = [];
      for (let i = 0; i < hs.length; i++) run(self, hs[i]);
    };
    const resolve = (v: unknown) => {
      if (done) return;
      done = true;
      adopt(v);
    };
    const adopt = (v: any) => {
      if (v === self) return settle(2, new TypeError("A promise cannot resolve to itself"));
      if (v !== null && (typeof v === "object" || typeof v === "function")) {
        let then: unknown;
        try {
          then = v.then;
        } catch (e) {
          return settle(2, e);
        }
        if (typeof then === "function") {
          let called = false;
          try {
            then.call(
              v,
              (x: unknown) => !called && ((called = true), adopt(x)),
              (e: unknown) => !called && ((called = true), settle(2, e))
            );
          } catch (e) {
            if (!called) settle(2, e);
          }
          return;
        }
      }
      settle(1, v);
    };
    const reject = (e: unknown) => {
      if (done) return;
      done = true;
      settle(2, e);
    };
    try {
      executor(resolve, reject);
    } catch (e) {
      reject(e);
    }
  };
  const run = (p: any, h: Handler) =>
    later(() => {
      const f = p._state === 1 ? h.ok : h.bad;
      if (typeof f !== "function") return (p._state === 1 ? h.resolve : h.reject)(p._value);
      try {
        h.resolve(f(p._value));
      } catch (e) {
        h.reject(e);
      }
    });
  const pp = PromiseP.prototype;
  pp.then = function (ok?: AnyFn, bad?: AnyFn) {
    const self = this;
    return new PromiseP((resolve: AnyFn, reject: AnyFn) => {
      const h: Handler = { ok, bad, resolve, reject };
      if (self._state === 0) self._handlers.push(h);
      else run(self, h);
    });
  };
  pp["catch"] = function (bad: AnyFn) {
    return this.then(undefined, bad);
  };
  pp["finally"] = function (f: AnyFn) {
    return this.then(
      (v: unknown) => PromiseP.resolve(f()).then(() => v),
      (e: unknown) =>
        PromiseP.resolve(f()).then(() => {
          throw e;
        })
    );
  };
  PromiseP.resolve = (v: unknown) => (v instanceof PromiseP ? v : new PromiseP((r: AnyFn) => r(v)));
  PromiseP.reject = (e: unknown) => new PromiseP((_: AnyFn, r: AnyFn) => r(e));
  const collect = (items: unknown, each: (p: any, i: number, out: unknown[], finish: () => void, reject: AnyFn) => void) =>
    new PromiseP((resolve: AnyFn, reject: AnyFn) => {
      const list: unknown[] = [];
      eachOf(items, (x) => list.push(x));
      const out: unknown[] = new Array(list.length);
      let left = list.length;
      const finish = () => --left === 0 && resolve(out);
      if (left === 0) resolve(out);
      for (let i = 0; i < list.length; i++) each(PromiseP.resolve(list[i]), i, out, finish, reject);
    });
  PromiseP.all = (items: unknown) =>
    collect(items, (p, i, out, finish, reject) =>
      p.then((v: unknown) => {
        out[i] = v;
        finish();
      }, reject)
    );
  PromiseP.allSettled = (items: unknown) =>
    collect(items, (p, i, out, finish) =>
      p.then(
        (value: unknown) => {
          out[i] = { status: "fulfilled", value };
          finish();
        },
        (reason: unknown) => {
          out[i] = { status: "rejected", reason };
          finish();
        }
      )
    );
  PromiseP.race = (items: unknown) =>
    new PromiseP((resolve: AnyFn, reject: AnyFn) => eachOf(items, (x) => PromiseP.resolve(x).then(resolve, reject)));
  G.Promise = PromiseP;
}

// ---- Object, Array, String, Number, Math ----
define(Object, "assign", function (target: any) {
  const to = Object(target);
  for (let i = 1; i < arguments.length; i++) {
    const src = arguments[i];
    if (src !== null && src !== undefined) for (const k in src) if (Object.prototype.hasOwnProperty.call(src, k)) to[k] = src[k];
  }
  return to;
});
define(Object, "entries", (o: any) => Object.keys(o).map((k) => [k, o[k]]));
define(Object, "values", (o: any) => Object.keys(o).map((k) => o[k]));
define(Object, "fromEntries", (items: unknown) => {
  const out: any = {};
  eachOf(items, (pair: [string, unknown]) => (out[pair[0]] = pair[1]));
  return out;
});
define(Object, "is", (a: unknown, b: unknown) => (a === b ? a !== 0 || 1 / (a as number) === 1 / (b as number) : a !== a && b !== b));

define(Array, "from", function (items: any, map?: AnyFn, thisArg?: unknown) {
  const out: unknown[] = [];
  eachOf(items, (x) => out.push(x));
  return map ? out.map((x, i) => map.call(thisArg, x, i)) : out;
});
define(Array, "of", function () {
  return Array.prototype.slice.call(arguments);
});
const AP: any = Array.prototype;
define(AP, "findIndex", function (this: unknown[], f: AnyFn, thisArg?: unknown) {
  for (let i = 0; i < this.length; i++) if (f.call(thisArg, this[i], i, this)) return i;
  return -1;
});
define(AP, "find", function (this: unknown[], f: AnyFn, thisArg?: unknown) {
  const i = AP.findIndex.call(this, f, thisArg);
  return i < 0 ? undefined : this[i];
});
define(AP, "includes", function (this: unknown[], x: unknown, from?: number) {
  for (let i = Math.max(0, from || 0); i < this.length; i++) if (this[i] === x || (x !== x && this[i] !== this[i])) return true;
  return false;
});
define(AP, "fill", function (this: unknown[], v: unknown, start?: number, end?: number) {
  const n = this.length;
  const a = start === undefined ? 0 : start < 0 ? Math.max(n + start, 0) : Math.min(start, n);
  const b = end === undefined ? n : end < 0 ? Math.max(n + end, 0) : Math.min(end, n);
  for (let i = a; i < b; i++) this[i] = v;
  return this;
});
define(AP, "flat", function (this: unknown[], depth?: number) {
  const d = depth === undefined ? 1 : depth;
  const out: unknown[] = [];
  const walk = (list: unknown[], level: number) => {
    for (let i = 0; i < list.length; i++) {
      if (Array.isArray(list[i]) && level > 0) walk(list[i] as unknown[], level - 1);
      else if (i in list) out.push(list[i]);
    }
  };
  walk(this, d);
  return out;
});
define(AP, "flatMap", function (this: unknown[], f: AnyFn, thisArg?: unknown) {
  return AP.flat.call(AP.map.call(this, f, thisArg), 1);
});

const SP: any = String.prototype;
define(SP, "includes", function (this: string, s: string, from?: number) {
  return String(this).indexOf(s, from) >= 0;
});
define(SP, "startsWith", function (this: string, s: string, at?: number) {
  const p = at || 0;
  return String(this).substr(p, s.length) === s;
});
define(SP, "endsWith", function (this: string, s: string, end?: number) {
  const t = String(this);
  const e = end === undefined ? t.length : end;
  return e - s.length >= 0 && t.substring(e - s.length, e) === s;
});
define(SP, "repeat", function (this: string, n: number) {
  let out = "";
  for (let i = 0; i < n; i++) out += this;
  return out;
});
const pad = (atStart: boolean) =>
  function (this: string, len: number, fill?: string) {
    const t = String(this);
    const f = fill === undefined ? " " : String(fill);
    if (t.length >= len || f === "") return t;
    let p = "";
    while (p.length < len - t.length) p += f;
    p = p.slice(0, len - t.length);
    return atStart ? p + t : t + p;
  };
define(SP, "padStart", pad(true));
define(SP, "padEnd", pad(false));
define(SP, "trimStart", function (this: string) {
  return String(this).replace(/^[\s\uFEFF\xA0]+/, "");
});
define(SP, "trimEnd", function (this: string) {
  return String(this).replace(/[\s\uFEFF\xA0]+$/, "");
});
// IE11 has no normalize. Thai letters have no canonical (NFC) compositions, so
// Thai text is unchanged by it; composed Latin accents are the only loss.
define(SP, "normalize", function (this: string) {
  return String(this);
});
define(SP, "codePointAt", function (this: string, i: number) {
  const t = String(this);
  const c = t.charCodeAt(i);
  if (c !== c) return undefined;
  const d = t.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000 : c;
});
define(String, "fromCodePoint", function () {
  let out = "";
  for (let i = 0; i < arguments.length; i++) {
    let cp: number = arguments[i];
    if (cp > 0xffff) {
      cp -= 0x10000;
      out += String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else out += String.fromCharCode(cp);
  }
  return out;
});

define(Number, "isFinite", (x: unknown) => typeof x === "number" && isFinite(x));
define(Number, "isNaN", (x: unknown) => typeof x === "number" && x !== x);
define(Number, "isInteger", (x: unknown) => typeof x === "number" && isFinite(x) && Math.floor(x) === x);
define(Number, "isSafeInteger", (x: unknown) => Number.isInteger(x) && Math.abs(x as number) <= 9007199254740991);
define(Number, "parseFloat", parseFloat);
define(Number, "parseInt", parseInt);
define(Number, "EPSILON", Math.pow(2, -52));
define(Number, "MAX_SAFE_INTEGER", 9007199254740991);
define(Number, "MIN_SAFE_INTEGER", -9007199254740991);
define(Math, "trunc", (x: number) => (x < 0 ? Math.ceil(x) : Math.floor(x)));
define(Math, "sign", (x: number) => (x > 0 ? 1 : x < 0 ? -1 : +x));
define(Math, "log10", (x: number) => Math.log(x) / Math.LN10);
// 32-bit multiply (the sheet fingerprint's hash): the low 16 bits apart, so no product passes 2^53.
define(Math, "imul", (a: number, b: number) => {
  const al = a & 0xffff;
  const bl = b & 0xffff;
  return (al * bl + ((((a >>> 16) * bl + al * (b >>> 16)) << 16) >>> 0)) | 0;
});
