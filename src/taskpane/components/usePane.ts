// The pane's state and async flows (read, generate, confirm, settings), in
// the way Fluent v9 splits a component: this hook holds the state, the
// section components only render it. Mode differences live in the modes.
import * as React from "react";
import type { Digits } from "../../engine/text";
import type { Lang, Problem } from "../../engine/types";
import { HostError, type SourceCells, type SourceInfo, type WorkbookHost, type WriteResult } from "../../report/host";
import type { SheetSpec } from "../../report/spec";
import type { PaneDeps } from "../pane-deps";
import { STRINGS, type HostErrorCode, type HostStep } from "../strings";
import { useGroupMode } from "./GroupMode";
import type { Busy, Findings, Mode, ModeContext, ReadState } from "./pane-mode";
import { hostErrorCode, parseMark, sourceKey, yieldToBrowser } from "./pane-values";
import { useSingleMode } from "./SingleMode";
import { savedSigningFields } from "../document-settings";

export interface PaneProps {
  host: WorkbookHost;
  deps: PaneDeps;
  initialLang: Lang;
  /** "div" where the page around gives the landmark (the preview's <aside>); default: the pane is the page's <main>. */
  root?: "main" | "div";
}

export type Outcome =
  | ({ kind: "written"; result: WriteResult; specs: SheetSpec[] } & Findings)
  | { kind: "cancelled" }
  | { kind: "problems"; problems: Problem[] };

export type { Findings } from "./pane-mode";

export interface PendingConfirm {
  names: string[];
  specs: SheetSpec[];
  replace: string[];
  findings: Findings;
}

export type PaneState = ReturnType<typeof usePane>;

/** Runs one flow at a time. Set synchronously on the first click: `busy` (state) disables the buttons only after a re-render, so a fast double click could start a run twice. */
function useExclusive() {
  const running = React.useRef(false);
  return async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    try {
      await work();
    } finally {
      running.current = false;
    }
  };
}

export function usePane({ host, deps, initialLang }: PaneProps) {
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const s = STRINGS[lang];
  const [mode, setMode] = React.useState<Mode>("single");
  const [busy, setBusy] = React.useState<Busy>(null);
  const [error, setError] = React.useState<{ code: HostErrorCode; step: HostStep; undone: boolean } | null>(null);
  const [sources, setSources] = React.useState<SourceInfo[]>([]);
  const [chosen, setChosen] = React.useState("");
  const [read, setRead] = React.useState<ReadState | null>(null);
  const [passMark, setPassMark] = React.useState("");
  const [outLang, setOutLang] = React.useState<Lang>(initialLang);
  const [digits, setDigits] = React.useState<Digits>(initialLang === "th" ? "thai" : "arabic");
  const [confirm, setConfirm] = React.useState<PendingConfirm | null>(null);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  const [inPreview, setInPreview] = React.useState(false);

  const mounted = React.useRef(true);
  React.useEffect(() => () => void (mounted.current = false), []);
  const exclusive = useExclusive();

  /** The step decides the wording: "too large" means the selection when reading, the report when writing. */
  const fail = (e: unknown, step: HostStep = "reading") => {
    if (mounted.current) setError({ code: hostErrorCode(e), step, undone: !(e instanceof HostError) || e.undone });
  };
  const saveSetting = (key: string, value: string) => {
    host.saveSetting(key, value).catch((e: unknown) => fail(e, "writing"));
  };
  const describe = (p: Problem) => deps.describeProblem(p, lang, "arabic");
  // Option problems of the group analysis carry the CLI's option name ("--agency") as their place: not a cell.
  const describeOutcome = (p: Problem) => describe(p.where.startsWith("--") ? { ...p, where: "" } : p);

  const ctx: ModeContext = { host, deps, s, lang, outLang, digits, passMark, busy, read, setRead, describe, saveSetting, fail, mounted };
  const modes = { single: useSingleMode(ctx), group: useGroupMode(ctx) };
  const active = modes[mode];

  const refreshSources = React.useCallback(async () => {
    try {
      const list = await host.listSources();
      if (!mounted.current) return;
      setSources(list);
      setChosen((cur) => (list.some((x) => sourceKey(x) === cur) ? cur : list[0] ? sourceKey(list[0]) : ""));
    } catch (e) {
      fail(e);
    }
  }, [host]);
  React.useEffect(() => void refreshSources(), [refreshSources]);
  React.useEffect(() => {
    host
      .capabilities()
      .then((caps) => mounted.current && setInPreview(caps.workbook === "preview"))
      .catch(() => undefined); // unknown: an Excel, as the words say everywhere but the preview
  }, [host]);

  const readFrom = (load: () => Promise<SourceCells>, m: Mode = mode) => exclusive(() => readOnce(load, m));
  async function readOnce(load: () => Promise<SourceCells>, m: Mode) {
    setBusy("reading");
    setError(null);
    setOutcome(null);
    try {
      const source = await load();
      await yieldToBrowser();
      const next = modes[m].parse(source);
      if (!mounted.current) return;
      setRead(next);
      modes[m].afterRead(next);
    } catch (e) {
      fail(e);
    } finally {
      if (mounted.current) setBusy(null);
    }
  }

  const readSelection = () => readFrom(() => host.readSource({ kind: "selection" }));
  const readChosen = () => {
    const info = sources.find((x) => sourceKey(x) === chosen);
    if (!info) return;
    return readFrom(() =>
      host.readSource(info.kind === "name" ? { kind: "name", name: info.name, sheet: info.sheet } : { kind: "table", name: info.name })
    );
  };
  const loadSample = () =>
    readFrom(async () => {
      await host.writeSample(active.sample.name, active.sample.cells);
      return host.readSource({ kind: "selection" });
    });

  /** The same cells read the other way: switching mode does not make the user read again. */
  const changeMode = (m: Mode) => {
    if (m === mode) return;
    setMode(m);
    setOutcome(null);
    if (read) {
      const source = read.source;
      void readFrom(async () => source, m);
    }
  };

  const markValue = passMark.trim() === "" ? active.framework.passMark : parseMark(passMark);
  const canGenerate = active.sourceReady && markValue !== null && active.optionsValid && busy === null;

  async function write(specs: SheetSpec[], replace: string[], findings: Findings) {
    setBusy("writing");
    try {
      const result = await host.writeSheets(specs, replace);
      if (mounted.current) setOutcome({ kind: "written", result, specs, ...findings });
    } catch (e) {
      fail(e, "writing");
    } finally {
      if (mounted.current) setBusy(null);
    }
  }

  // The path both modes share once their SheetSpecs are built: keep the user's
  // fill-ins from earlier sheets, ask before losing other edits, write all or nothing.
  const generate = () => exclusive(generateOnce);
  async function generateOnce() {
    if (!canGenerate || markValue === null) return;
    setError(null);
    setOutcome(null);
    try {
      setBusy("analysing");
      await yieldToBrowser();
      const fields = await savedSigningFields(host);
      const built = active.build({ mark: markValue, markTyped: passMark.trim() !== "", outLang, digits, fields });
      if (!built.ok) {
        if (mounted.current) setOutcome({ kind: "problems", problems: built.problems });
        return;
      }
      setBusy("writing");
      await yieldToBrowser();
      const existing = await host.findGenerated();
      const merged = deps.mergeEdits(built.specs, existing);
      const findings: Findings = { analysis: built.analysis, groupChecks: built.groupChecks, group: built.group };
      if (merged.needsConfirm.length > 0) {
        const names = merged.needsConfirm.map((x) => x.name);
        if (mounted.current) setConfirm({ names, specs: merged.specs, replace: merged.replace, findings });
        return;
      }
      await write(merged.specs, merged.replace, findings);
    } catch (e) {
      fail(e, "writing");
    } finally {
      if (mounted.current) setBusy(null);
    }
  }

  /** A written sheet's link: brings it to the front (a failure says so in the error bar). */
  const activate = (name: string) => {
    host.activate(name).catch((e: unknown) => fail(e, "writing"));
  };

  const onConfirm = (ok: boolean) => {
    const pending = confirm;
    setConfirm(null);
    if (!pending) return;
    if (ok) void exclusive(() => write(pending.specs, pending.replace, pending.findings));
    else setOutcome({ kind: "cancelled" });
  };

  return {
    host,
    deps,
    s,
    lang,
    setLang,
    mode,
    changeMode,
    active,
    busy,
    setBusy,
    error,
    sources,
    chosen,
    setChosen,
    refreshSources,
    readSelection,
    readChosen,
    loadSample,
    passMark,
    setPassMark,
    markValue,
    outLang,
    setOutLang,
    digits,
    setDigits,
    canGenerate,
    generate,
    outcome,
    describeOutcome,
    confirm,
    onConfirm,
    activate,
    inPreview,
  };
}
