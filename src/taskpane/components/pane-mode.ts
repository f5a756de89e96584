// What the pane's two modes (one agency over years; many agencies at once)
// each provide, so the shared flow (read → options → generate) never
// branches on the mode: SingleMode.tsx and GroupMode.tsx implement it.
import type { ReactNode } from "react";
import type { AgencyCheck, GroupAnalysis, GroupParseResult } from "../../engine/group";
import type { Digits } from "../../engine/text";
import type { Analysis, Framework, Lang, ParseResult, Problem } from "../../engine/types";
import type { SourceCells, WorkbookHost } from "../../report/host";
import type { DocumentFields } from "../../report/document-fields";
import type { SheetSpec } from "../../report/spec";
import type { PaneDeps } from "../pane-deps";
import type { HostStep, UiStrings } from "../strings";

export type Mode = "single" | "group";

export type ReadState =
  { mode: "single"; source: SourceCells; parse: ParseResult } | { mode: "group"; source: SourceCells; parse: GroupParseResult };

export type Busy = null | "reading" | "analysing" | "writing" | "downloading";

/**
 * One agency's analysis comes along for the headline, the checks shown after
 * Generate and the Word report; a group's analysis and heading for its summary document.
 */
export type Built =
  | { ok: true; specs: SheetSpec[]; analysis?: Analysis; groupChecks?: AgencyCheck[]; group?: { analysis: GroupAnalysis; scope: string } }
  | { ok: false; problems: Problem[] };

/** What a build found beside its sheets. */
export type Findings = Pick<Extract<Built, { ok: true }>, "analysis" | "groupChecks" | "group">;

/** The options both modes share, as the generate step reads them. */
export interface CommonOptions {
  /** The pass mark in force (typed, or the framework's). */
  mark: string;
  /** True when the user typed the pass mark (group mode then overrides each year's own). */
  markTyped: boolean;
  outLang: Lang;
  digits: Digits;
  /** The memo's saved fields when they name a signer: the measures sheet's signature block. */
  fields?: DocumentFields;
}

/** What a mode's hook receives from the pane. */
export interface ModeContext {
  host: WorkbookHost;
  deps: PaneDeps;
  s: UiStrings;
  lang: Lang;
  outLang: Lang;
  digits: Digits;
  /** The pass mark as typed ("" when not typed: the framework's own applies). */
  passMark: string;
  busy: Busy;
  read: ReadState | null;
  setRead: (r: ReadState) => void;
  describe: (p: Problem) => string;
  saveSetting: (key: string, value: string) => void;
  fail: (e: unknown, step?: HostStep) => void;
  mounted: { readonly current: boolean };
}

export interface PaneMode {
  /** Gives the pass mark's placeholder and default. */
  framework: Framework;
  sourceReady: boolean;
  optionsValid: boolean;
  /** The hint under Generate while no usable source is read. */
  needsSource: string;
  sample: { name: string; cells: (string | number)[][] };
  parse(source: SourceCells): ReadState;
  /** After a read: keep choices that still apply to the new cells. */
  afterRead(next: ReadState): void;
  build(common: CommonOptions): Built;
  /** What was read, under the source buttons. */
  renderSource(): ReactNode;
  /** The mode's own options, above the pass mark. */
  renderOptions(): ReactNode;
  /** The mode's options below the output language and digits. */
  renderMoreOptions(): ReactNode;
  /** The mode's Word document after the sheets are written (its fields and download). */
  renderDocument(found: Findings, disabled: boolean): ReactNode;
}
