// Which sheets this tool generated, kept in the document's add-in settings.
//
// Why settings and not something on the sheet: worksheet custom properties
// need ExcelApi 1.12 (missing on Office 2016/2019, common on government PCs);
// a marker cell or name can be edited, deleted or copied along with the sheet
// by a user (a copied sheet would then look generated and be replaced).
// Document settings are invisible to users, travel with the file, and are keyed
// here by worksheet id, which survives renames and is new for a copied sheet.
import type { SheetKind } from "../report/spec";

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
        s.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error))),
      ),
  };
}
