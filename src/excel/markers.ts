// Which sheets this tool generated, kept in the document's add-in settings.
//
// Why settings and not something on the sheet: worksheet custom properties
// need ExcelApi 1.12 (missing on Office 2016/2019, common on government PCs);
// a marker cell or name can be edited, deleted or copied along with the sheet
// by a user (a copied sheet would then look generated and be replaced).
// Document settings are invisible to users, travel with the file, and are keyed
// here by worksheet id, which survives renames and is new for a copied sheet.
//
// But an id is only kept within a session: Excel 2016/2019 hand out positional
// ids ("{00000000-0001-0000-0003-…}") when a file is reopened (OfficeDev
// office-js-docs#297, office-js#1390), so a stored id may then name another
// sheet, or none. A marker therefore also records the sheet's name and its
// table header row: a sheet is taken as generated only when it still shows
// that header row, and one whose id changed is looked up by its name.
import { EDITABLE_COLUMNS, fingerprintValues } from "../report/fingerprint";
import type { SheetKind } from "../report/spec";
import { cellRange, formatRange } from "../engine/a1";

/** The part of `Office.context.document.settings` the adapter uses. */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** Persist to the document (`saveAsync`). */
  save(): Promise<void>;
}

export interface Marker {
  kind: SheetKind;
  /** SheetSpec.key the sheet was written from. */
  key: string;
  fingerprint: string;
  /** Id of the hidden sheet holding this sheet's drop-down lists, if any. */
  lists?: string;
  /** That hidden sheet's name: an id alone may name another sheet after a reopen. */
  listsName?: string;
  /** The sheet's name when written, to find it again when its id changed. */
  name?: string;
  /** Row index and text of the table header row, checked before trusting an id. */
  signature?: { row: number; text: string };
}

export type Markers = Record<string, Marker>;

export const MARKERS_KEY = "ita-scorecard.generated";

export function readMarkers(settings: SettingsStore): Markers {
  const raw = settings.get(MARKERS_KEY);
  if (typeof raw !== "string") return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== "object") return {};
    const out: Markers = {};
    for (const [id, m] of Object.entries(parsed as Record<string, unknown>)) {
      if (m && typeof m === "object" && typeof (m as Marker).kind === "string") {
        const mk = m as Partial<Marker> & { kind: SheetKind };
        out[id] = { ...mk, key: String(mk.key ?? ""), fingerprint: String(mk.fingerprint ?? "") };
      }
    }
    return out;
  } catch {
    return {}; // a damaged setting must not stop the add-in; sheets are then just not found
  }
}

/** A header row as comparable text: cells trimmed, trailing empties dropped. */
export function rowSignature(row: readonly unknown[] | undefined): string {
  const cells = (row ?? []).map((v) => (v === null || v === undefined ? "" : String(v).trim()));
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells.join("\u0001");
}

/**
 * Whether a sheet's values (its used range from A1) still show the marker's
 * sheet. Markers from before signatures: only an unchanged sheet qualifies.
 */
export function carriesMarker(values: readonly (readonly unknown[])[], m: Marker): boolean {
  if (m.signature) return m.signature.text !== "" && rowSignature(values[m.signature.row]) === m.signature.text;
  return fingerprintValues(values, EDITABLE_COLUMNS[m.kind] ?? []) === m.fingerprint;
}

/**
 * The cells a marker's header row takes ("A4:E4"): its recorded row, as wide
 * as its recorded text, wherever the used range starts. Undefined for a
 * marker from before signatures.
 */
export function signatureRange(m: Marker): string | undefined {
  if (!m.signature || m.signature.text === "") return undefined;
  const width = m.signature.text.split("\u0001").length;
  return formatRange(cellRange(m.signature.row, 0, m.signature.row, width - 1));
}

/** Whether a sheet's row (read at signatureRange) still shows the marker's header. */
export function carriesSignature(row: readonly unknown[] | undefined, m: Marker): boolean {
  return !!m.signature && m.signature.text !== "" && rowSignature(row) === m.signature.text;
}

export function writeMarkers(settings: SettingsStore, markers: Markers): void {
  settings.set(MARKERS_KEY, JSON.stringify(markers));
}

/** `Office.context.document.settings` behind the small interface. */
export function officeSettings(): SettingsStore {
  const s = Office.context.document.settings;
  return {
    get: (key) => s.get(key),
    set: (key, value) => s.set(key, value),
    save: () =>
      new Promise<void>((resolve, reject) =>
        s.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error)))
      ),
  };
}
