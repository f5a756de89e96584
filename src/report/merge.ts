// Re-running loses nothing: a new sheet replaces the generated sheet with the
// same key, carrying over the user's owner, period and monitoring for
// indicators still planned; a sheet changed beyond those columns needs the
// user's consent first.
import { builtInFramework } from "../engine/frameworks/years";
import { isConflict, recognizeIndicator } from "../engine/recognize";
import type { Framework } from "../engine/types";
import { EDITABLE_COLUMNS, fingerprintValues } from "./fingerprint";
import type { GeneratedSheet } from "./host";
import type { CellSpec, SheetSpec } from "./spec";

export interface MergePlan {
  specs: SheetSpec[];
  /** Ids of generated sheets to replace. */
  replace: string[];
  /** Generated sheets the user changed beyond the editable columns. */
  needsConfirm: { name: string }[];
}

/** Indicator number a measures row is about, read from its measure text (column B). */
function rowIndicator(row: readonly unknown[], fw: Framework): string | null {
  const label = typeof row[1] === "string" ? row[1] : "";
  const r = recognizeIndicator(label, fw);
  return r && !isConflict(r) ? String(r.number) : null;
}

function carryEdits(spec: SheetSpec, old: GeneratedSheet, fw: Framework): SheetSpec {
  const editable = spec.editableColumns;
  if (editable.length === 0) return spec;
  const previous = new Map<string, readonly unknown[]>();
  old.values.forEach((row, i) => {
    if (i <= spec.headerRow) return;
    const key = rowIndicator(row, fw);
    if (key !== null && !previous.has(key)) previous.set(key, row);
  });
  const rows = spec.rows.map((row, i): CellSpec[] => {
    const key = spec.rowKeys[i];
    const before = key === undefined ? undefined : previous.get(key);
    if (!before) return row;
    return row.map((cell, col) => {
      const v = before[col];
      const kept = editable.includes(col) && v !== null && v !== undefined && String(v).trim() !== "";
      return kept ? { ...cell, value: typeof v === "number" ? v : String(v) } : cell;
    });
  });
  return { ...spec, rows };
}

export function mergeEdits(specs: SheetSpec[], existing: GeneratedSheet[], fw: Framework = builtInFramework(2565) as Framework): MergePlan {
  const replace: string[] = [];
  const needsConfirm: { name: string }[] = [];
  const merged = specs.map((spec) => {
    const old = existing.find((g) => g.key === spec.key);
    if (!old) return spec;
    replace.push(old.id);
    if (fingerprintValues(old.values, EDITABLE_COLUMNS[old.kind]) !== old.fingerprint) needsConfirm.push({ name: old.name });
    return carryEdits(spec, old, fw);
  });
  return { specs: merged, replace, needsConfirm };
}
