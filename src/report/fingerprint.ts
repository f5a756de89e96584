// A fingerprint of a generated sheet's content outside its editable columns:
// stored when the sheet is written, compared at the next run to tell whether
// the user changed more than owner, period and monitoring.
import type { SheetKind, SheetSpec } from "./spec";
import { MEASURES_EDITABLE } from "./measures-sheet";

export const EDITABLE_COLUMNS: Record<SheetKind, number[]> = {
  ranking: [],
  comparison: [],
  measures: MEASURES_EDITABLE,
  agencies: [],
  distribution: [],
  peers: [],
};

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(Number(v.toPrecision(12))) : "";
  return String(v).trim();
}

/** FNV-1a over the cells' text, row by row, editable columns left out. */
export function fingerprintValues(values: readonly (readonly unknown[])[], editable: readonly number[]): string {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  // Trailing empty rows and cells are not content (a used range may include them).
  const rows = values.map((r) => r.map(cellText));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === "")) rows.pop();
  for (const r of rows) {
    const kept = r.filter((_, col) => !editable.includes(col));
    while (kept.length > 0 && kept[kept.length - 1] === "") kept.pop();
    mix(kept.join("\u0001"));
    mix("\u0002");
  }
  return h.toString(16).padStart(8, "0");
}

export const specValues = (spec: SheetSpec): unknown[][] => spec.rows.map((r) => r.map((c) => c.value));

export const specFingerprint = (spec: SheetSpec): string => fingerprintValues(specValues(spec), EDITABLE_COLUMNS[spec.kind]);
