// The compatibility self-test: behaviours the Excel adapter relies on that
// only documents describe (nobody here can run Excel), exercised in the
// user's own Excel on a scratch sheet deleted afterwards, and reported so the
// person who installs the add-in can send the result back. A host that can
// run it implements SelfTestHost beside WorkbookHost; the Office adapter does
// it in src/excel/self-test.ts, the preview against its in-memory workbook.
import { scoreFormat } from "./formats";
import { SHEET_FONT } from "./options";
import { printSetup } from "./print";
import type { CellSpec, SheetSpec } from "./spec";

export type ProbeId =
  "text-write" | "thai-digits" | "page-a4-fit" | "print-titles" | "sheet-name-range" | "deleted-sheet-null" | "print-names" | "download";

/** pass: behaves as the adapter assumes; fail: does not; skipped: this Excel lacks the API; error: the probe itself failed. */
export type ProbeOutcome = "pass" | "fail" | "skipped" | "error";

export interface ProbeResult {
  id: ProbeId;
  outcome: ProbeOutcome;
  /** What was read back, as plain text for the report (values, addresses, error codes). */
  observed: string;
}

export interface HostInfo {
  /** "Excel", or "preview" for the in-browser workbook. */
  host: string;
  platform: string;
  version: string;
  /** Requirement sets as "ExcelApi 1.1–1.17", "OpenBrowserWindowApi 1.1: no". */
  requirementSets: string[];
}

export interface SelfTestReport {
  info: HostInfo;
  probes: ProbeResult[];
  /** Whether the scratch sheet(s) were removed again. */
  scratchRemoved: boolean;
}

export interface SelfTestHost {
  selfTest(): Promise<SelfTestReport>;
}

export function canSelfTest(host: object): host is SelfTestHost {
  return typeof (host as Partial<SelfTestHost>).selfTest === "function";
}

/** A probe a workbook host runs ("download" is the pane's: it needs the browser). */
export type HostProbeId = Exclude<ProbeId, "download">;

/** The host's probes, in report order. */
export const HOST_PROBES: HostProbeId[] = [
  "text-write",
  "thai-digits",
  "page-a4-fit",
  "print-titles",
  "sheet-name-range",
  "deleted-sheet-null",
  "print-names",
];

/** Texts the text-vs-formula probe writes into "@" cells: each must come back as typed. */
export const RISKY_TEXTS = ["=1+1", "0012", "1/10", "+66 2 123 4567"];

/** The score the Thai-digit probe writes, and how Excel should show it with the report's format. */
export const THAI_DIGIT_SAMPLE = { value: 88.53, text: "๘๘.๕๓" };

/** The small workbook the download probe saves: the Thai-digit score and the texts, as the report writes them. */
export function selfTestSheet(): SheetSpec {
  return {
    kind: "ranking",
    key: "check:0",
    font: SHEET_FONT,
    name: "ITA check",
    rows: [
      [{ value: "ITA Scorecard: ตรวจความเข้ากันได้ / compatibility check", style: "title" }],
      [{ value: THAI_DIGIT_SAMPLE.value, format: scoreFormat("thai"), style: "number" }],
      RISKY_TEXTS.map((value): CellSpec => ({ value, style: "body" })),
    ],
    columns: RISKY_TEXTS.map(() => ({ width: 16 })),
    merges: [],
    headerRow: 0,
    freezeRows: 0,
    conditional: [],
    validation: [],
    // The report's own print setup (A4, one page wide, header and footer).
    print: printSetup({ orientation: "portrait", area: "A1:D3", headerRow: 0, repeatHeader: false, agency: "", yearText: "", lang: "th" }),
    editableColumns: [],
    rowKeys: {},
  };
}
