// The task pane: read scores, choose options, generate the report sheets,
// download them as .xlsx. Two modes share the path source → parse → analyse
// → SheetSpecs → merge edits → write: one agency over years, or many
// agencies at once (group). It keeps UI state only; the workbook is reached
// through WorkbookHost and the content comes from PaneDeps.
import * as React from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  FluentProvider,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Textarea,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { GroupAnalysis, GroupParseResult } from "../../engine/group";
import { thaiToArabicDigits, withDigits, type Digits } from "../../engine/text";
import type { Analysis, Framework, Lang, ParseResult, Problem } from "../../engine/types";
import { HostError, type SourceCells, type SourceInfo, type WorkbookHost, type WriteResult } from "../../report/host";
import type { SheetSpec } from "../../report/spec";
import type { PaneDeps } from "../pane-deps";
import { hostErrorText, STRINGS, type HostErrorCode, type HostStep } from "../strings";
import { canSelfTest } from "../../report/self-test";
import { CompatibilityCheck } from "./CompatibilityCheck";
import { agencyChoices, GroupOptions, groupOption } from "./GroupOptions";
import { GroupSourcePreview } from "./GroupSourcePreview";
import { FitSelect } from "./FitSelect";
import { ProblemList, SourcePreview } from "./SourcePreview";
import { SkippedList } from "./SkippedList";
import { DownloadArea } from "./DownloadArea";
import { GroupDocument, ReportDocument } from "./ReportDocument";
import { FrameworkChoice } from "./FrameworkChoice";
import { pickFromSetting, pickToSetting, resolveFramework, type FrameworkPick } from "../framework-choice";
import { FRAMEWORK_STRINGS } from "../framework-strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    boxSizing: "border-box",
    width: "100%",
    minWidth: "280px",
    fontFamily: tokens.fontFamilyBase,
  },
  top: { display: "flex", justifyContent: "space-between", alignItems: "flex-end", gap: "8px", flexWrap: "wrap" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", gap: "8px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px" },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "flex-end" },
  grow: { flexGrow: 1, minWidth: "0" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: "18px" },
  written: { display: "flex", flexDirection: "column", gap: "8px" },
});

export interface PaneProps {
  host: WorkbookHost;
  deps: PaneDeps;
  initialLang: Lang;
}

export type Mode = "single" | "group";

type ReadState = { mode: "single"; source: SourceCells; parse: ParseResult } | { mode: "group"; source: SourceCells; parse: GroupParseResult };

type Busy = null | "reading" | "analysing" | "writing" | "downloading";

type Outcome =
  | { kind: "written"; result: WriteResult; specs: SheetSpec[] }
  | { kind: "cancelled" }
  | { kind: "problems"; problems: Problem[] };

type Built = { ok: true; specs: SheetSpec[] } | { ok: false; problems: Problem[] };

/** Lets the browser paint (the progress line) and handle input between long steps. */
const yieldToBrowser = () => new Promise<void>((r) => setTimeout(r, 0));

/** Never a message or stack: only the code picks the sentence shown. */
export function hostErrorCode(e: unknown): HostErrorCode {
  if (e instanceof HostError) return e.code;
  return "unknown";
}

/** What the source list shows: a sheet's own name with its sheet, as Excel writes it ("ITA!คะแนน"). */
const sourceLabel = (x: SourceInfo): string => (x.sheet !== undefined ? `${x.sheet}!${x.name}` : x.name);

/** Unique in the list: a sheet's name may repeat a workbook name or another sheet's. */
const sourceKey = (x: SourceInfo): string => `${x.kind}:${x.sheet ?? ""}:${x.name}`;

/** "85", "๘๕", "84.5" → canonical text; null when not a number 0–100. */
export function parseMark(text: string): string | null {
  const t = thaiToArabicDigits(text.trim());
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
  return Number(t) <= 100 ? t : null;
}

/** A Buddhist Era fiscal year such as 2566 (Thai digits accepted). */
export function parseYear(text: string): number | null {
  const t = thaiToArabicDigits(text.trim());
  return /^25\d\d$|^26\d\d$/.test(t) ? Number(t) : null;
}

const ownerList = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");

export function Pane({ host, deps, initialLang }: PaneProps) {
  const c = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const s = STRINGS[lang];
  const [mode, setMode] = React.useState<Mode>("single");
  const [busy, setBusy] = React.useState<Busy>(null);
  const [error, setError] = React.useState<{ code: HostErrorCode; step: HostStep; undone: boolean } | null>(null);
  const [sources, setSources] = React.useState<SourceInfo[]>([]);
  const [chosen, setChosen] = React.useState("");
  const [read, setRead] = React.useState<ReadState | null>(null);

  // Options of both modes.
  const [passMark, setPassMark] = React.useState("");
  const [outLang, setOutLang] = React.useState<Lang>(initialLang);
  const [digits, setDigits] = React.useState<Digits>(initialLang === "th" ? "thai" : "arabic");
  // One agency.
  const [pick, setPick] = React.useState<FrameworkPick>({ kind: "auto" });
  const [yearNamed, setYearNamed] = React.useState<number | null>(null);
  const [acceptNewest, setAcceptNewest] = React.useState(false);
  const [fileProblems, setFileProblems] = React.useState<string[] | null>(null);
  const [agency, setAgency] = React.useState("");
  const [planYear, setPlanYear] = React.useState("");
  const [includeStrengths, setIncludeStrengths] = React.useState(false);
  const [ownersText, setOwnersText] = React.useState("");
  // Many agencies.
  const [groupCol, setGroupCol] = React.useState("");
  const [peerAgency, setPeerAgency] = React.useState("");
  const [scope, setScope] = React.useState("");

  const [confirm, setConfirm] = React.useState<null | { names: string[]; specs: SheetSpec[]; replace: string[] }>(null);
  const analysed = React.useRef<Analysis | null>(null); // the single-agency analysis last built, for the Word report
  const grouped = React.useRef<{ analysis: GroupAnalysis; scope: string } | null>(null); // and the group's, for its summary
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);

  const mounted = React.useRef(true);
  // Set synchronously on the first click: `busy` (state) disables the buttons
  // only after a re-render, so a fast double click could start a run twice.
  const running = React.useRef(false);
  const exclusive = async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    try {
      await work();
    } finally {
      running.current = false;
    }
  };
  React.useEffect(() => () => void (mounted.current = false), []);

  /** The step decides the wording: "too large" means the selection when reading, the report when writing. */
  const fail = (e: unknown, step: HostStep = "reading") => {
    if (mounted.current) setError({ code: hostErrorCode(e), step, undone: !(e instanceof HostError) || e.undone });
  };

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

  // On start: the remembered owners and agency, and the workbook's tables.
  React.useEffect(() => {
    void (async () => {
      try {
        const [owners, ag, fw] = await Promise.all([host.loadSetting("owners"), host.loadSetting("agency"), host.loadSetting("framework")]);
        if (!mounted.current) return;
        if (owners !== null) setOwnersText(owners);
        if (ag !== null) setAgency(ag);
        // The framework chosen last time in this workbook (a loaded file is kept as its text).
        const parseFile = (text: string) => {
          const r = deps.parseFrameworkJson(text, "framework");
          return r.ok ? r.framework : null;
        };
        setPick(pickFromSetting(fw, parseFile, deps.frameworks));
      } catch (e) {
        fail(e);
      }
    })();
    void refreshSources();
  }, [host, refreshSources]);

  const single = read?.mode === "single" ? read : null;
  const group = read?.mode === "group" ? read : null;
  const groupTable = group?.parse.ok ? group.parse.table : null;

  const fs = FRAMEWORK_STRINGS[lang];
  const newest = deps.frameworks[deps.frameworks.length - 1];
  const byYear = (y: number | null) => (y !== null ? deps.frameworks.find((f) => f.year === y) : undefined) ?? newest;
  const latestYear = single?.parse.ok
    ? (single.parse.table.years.map((y) => y.year).filter((y): y is number => y !== null).pop() ?? null)
    : null;
  // Never guessed: a yearless table waits for the user's year, a later year for an explicit choice.
  const resolution = single?.parse.ok ? resolveFramework({ yearRead: latestYear, yearNamed, pick, acceptNewest, frameworks: deps.frameworks }) : null;
  const resolved = resolution?.ok ? resolution : null;
  const override: Framework | undefined = resolved?.explicit ? resolved.framework : undefined;
  // Names read from a pasted table follow a loaded framework's indicators.
  const namesFramework = pick.kind === "file" ? pick.framework : undefined;
  // Group mode: each year is graded by its own built-in framework; the latest one gives the default pass mark.
  const framework = mode === "group" ? byYear(groupTable?.years[groupTable.years.length - 1] ?? null) : (resolved?.framework ?? (pick.kind === "file" ? pick.framework : byYear(latestYear)));
  const yearForYearless = latestYear === null ? (yearNamed ?? undefined) : undefined;
  const effectiveLatest = resolved?.year ?? null;
  // The latest year's caveats, then each earlier year's (graded by its own built-in framework).
  const earlierYears = single?.parse.ok ? single.parse.table.years.map((y) => y.year).filter((y): y is number => y !== null && y !== resolved?.year) : [];
  const caveats = resolved
    ? [resolved, ...earlierYears.reverse().flatMap((y) => deps.frameworks.filter((f) => f.year === y).map((framework) => ({ framework, year: y })))]
        .flatMap((x) => deps.frameworkCaveats(x.framework, x.year))
    : [];

  const describe = (p: Problem) => deps.describeProblem(p, lang, "arabic");
  // Option problems of the group analysis carry the CLI's option name ("--agency") as their place: not a cell.
  const describeOutcome = (p: Problem) => describe(p.where.startsWith("--") ? { ...p, where: "" } : p);

  const parseAs = (m: Mode, source: SourceCells, fw: Framework | undefined = namesFramework): ReadState =>
    m === "single"
      ? { mode: m, source, parse: deps.parseScores(source.cells, { origin: source.origin, addressStyle: "a1", framework: fw }) }
      : { mode: m, source, parse: deps.parseGroupScores(source.cells, { origin: source.origin, addressStyle: "a1" }) };

  const readFrom = (load: () => Promise<SourceCells>, m: Mode = mode) => exclusive(() => readOnce(load, m));
  async function readOnce(load: () => Promise<SourceCells>, m: Mode) {
    setBusy("reading");
    setError(null);
    setOutcome(null);
    try {
      const source = await load();
      await yieldToBrowser();
      const next = parseAs(m, source);
      if (!mounted.current) return;
      setRead(next);
      if (next.mode === "group" && next.parse.ok) {
        // Keep the chosen column when it is still there; else group by the first one found (a province, a type).
        const cols = next.parse.table.groupColumns;
        setGroupCol((cur) => (cols.some((g) => g.where === cur) ? cur : (cols[0]?.where ?? "")));
      }
    } catch (e) {
      fail(e);
    } finally {
      if (mounted.current) setBusy(null);
    }
  }

  const useSelection = () => readFrom(() => host.readSource({ kind: "selection" }));
  const readChosen = () => {
    const info = sources.find((x) => sourceKey(x) === chosen);
    if (!info) return;
    return readFrom(() => host.readSource(info.kind === "name" ? { kind: "name", name: info.name, sheet: info.sheet } : { kind: "table", name: info.name }));
  };
  const loadSample = () =>
    readFrom(async () => {
      if (mode === "group") await host.writeSample(s.groupSampleSheetName, deps.groupSampleCells);
      else await host.writeSample(s.sampleSheetName, deps.sampleCells);
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

  const saveSetting = (key: string, value: string) => {
    host.saveSetting(key, value).catch((e: unknown) => fail(e, "writing"));
  };

  /** A new pick is kept with the workbook; the cells read are read again by its names. */
  const choosePick = (next: FrameworkPick) => {
    setPick(next);
    setFileProblems(null);
    saveSetting("framework", pickToSetting(next));
    if (single) setRead(parseAs("single", single.source, next.kind === "file" ? next.framework : undefined));
  };
  const loadFrameworkFile = (text: string) => {
    const r = deps.parseFrameworkJson(text, "framework");
    if (!r.ok) return setFileProblems(r.problems.map(describe));
    choosePick({ kind: "file", framework: r.framework, text });
  };
  /** The framework in use (or the newest) as a file to edit for a year NACC changes. */
  const downloadTemplate = () => {
    const fw = resolved?.framework ?? newest;
    deps.saveFile(`${fw.id}.json`, new TextEncoder().encode(deps.frameworkToJson(fw)));
  };

  const markValue = passMark.trim() === "" ? framework.passMark : parseMark(passMark);
  const planValue = planYear.trim() === "" ? (effectiveLatest !== null ? effectiveLatest + 1 : null) : parseYear(planYear);
  const sourceReady = mode === "group" ? !!groupTable && groupTable.records.length > 0 : !!single?.parse.ok && resolved !== null;
  const optionsValid = markValue !== null && (mode === "group" || planYear.trim() === "" || planValue !== null);
  const canGenerate = sourceReady && optionsValid && busy === null;

  const choices = React.useMemo(() => (groupTable ? agencyChoices(groupTable, groupCol) : []), [groupTable, groupCol]);
  const groupHeader = groupTable?.groupColumns.find((g) => g.where === groupCol)?.name ?? null;
  const scopeDefault = (count: number, header: string | null, l: Lang = outLang) => STRINGS[l].scopeDefault(withDigits(String(count), digits), header);
  const latestCount = groupTable ? new Set(groupTable.records.filter((r) => r.year === groupTable.years[groupTable.years.length - 1]).map((r) => r.key)).size : 0;

  /** One agency: analyse → the ranking, comparison and measures sheets. */
  function buildSingle(): Built {
    if (!single?.parse.ok || markValue === null) return { ok: false, problems: [] };
    const result = deps.analyse(single.parse.table, {
      framework: override,
      year: yearForYearless,
      passMark: markValue,
      planYear: planValue ?? undefined,
      includeStrengths,
    });
    if (!result.ok) return result;
    analysed.current = result.analysis;
    return { ok: true, specs: deps.buildSheets(result.analysis, { lang: outLang, digits, agency: agency.trim(), owners: ownerList(ownersText) }) };
  }

  /** Many agencies: analyseGroup → the agencies and distribution sheets (and peers for a chosen agency). */
  function buildGroup(): Built {
    if (!groupTable || markValue === null) return { ok: false, problems: [] };
    const result = deps.analyseGroup(groupTable, {
      group: groupOption(groupTable.groupColumns, groupCol),
      agency: peerAgency.trim() === "" ? undefined : peerAgency.trim(),
      passMark: passMark.trim() === "" ? undefined : markValue,
    });
    if (!result.ok) return result;
    const g = result.analysis;
    const heading = scope.trim() === "" ? scopeDefault(g.all.count, g.groupColumn) : scope.trim();
    grouped.current = { analysis: g, scope: heading };
    return { ok: true, specs: deps.buildGroupSheets(g, { lang: outLang, digits, scope: heading }) };
  }

  async function write(specs: SheetSpec[], replace: string[]) {
    setBusy("writing");
    try {
      const result = await host.writeSheets(specs, replace);
      if (mounted.current) setOutcome({ kind: "written", result, specs });
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
    if (!canGenerate) return;
    setError(null);
    setOutcome(null);
    try {
      setBusy("analysing");
      await yieldToBrowser();
      const built = mode === "group" ? buildGroup() : buildSingle();
      if (!built.ok) {
        if (mounted.current) setOutcome({ kind: "problems", problems: built.problems });
        return;
      }
      setBusy("writing");
      await yieldToBrowser();
      const existing = await host.findGenerated();
      const merged = deps.mergeEdits(built.specs, existing);
      if (merged.needsConfirm.length > 0) {
        if (mounted.current) setConfirm({ names: merged.needsConfirm.map((x) => x.name), specs: merged.specs, replace: merged.replace });
        return;
      }
      await write(merged.specs, merged.replace);
    } catch (e) {
      fail(e, "writing");
    } finally {
      if (mounted.current) setBusy(null);
    }
  }

  const onConfirm = (ok: boolean) => {
    const pending = confirm;
    setConfirm(null);
    if (!pending) return;
    if (ok) void exclusive(() => write(pending.specs, pending.replace));
    else setOutcome({ kind: "cancelled" });
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={c.root}>
        <div className={c.top}>
          <h1 className={c.title}>{s.appTitle}</h1>
          <Field label={s.uiLanguage} size="small">
            <Select size="small" value={lang} onChange={(_, d) => setLang(d.value as Lang)}>
              <option value="th">ไทย</option>
              <option value="en">English</option>
            </Select>
          </Field>
        </div>

        <Field label={s.modeLabel}>
          <RadioGroup layout="horizontal" value={mode} disabled={busy !== null} onChange={(_, d) => changeMode(d.value as Mode)}>
            <Radio value="single" label={s.modeSingle} />
            <Radio value="group" label={s.modeGroup} />
          </RadioGroup>
        </Field>

        {error ? (
          <MessageBar intent="error" data-testid="host-error">
            <MessageBarBody>{hostErrorText(s, error.code, error.step, error.undone)}</MessageBarBody>
          </MessageBar>
        ) : null}

        <section className={c.section} aria-labelledby="src-h">
          <h2 id="src-h" className={c.h2}>
            {s.sourceHeading}
          </h2>
          <div className={c.row}>
            <Button appearance="primary" onClick={useSelection} disabled={busy !== null}>
              {s.useSelection}
            </Button>
            <Button onClick={loadSample} disabled={busy !== null}>
              {s.loadSample}
            </Button>
          </div>
          {sources.length > 0 ? (
            <div className={c.row}>
              <Field label={s.sourceList} className={c.grow}>
                <FitSelect value={chosen} onChange={(_, d) => setChosen(d.value)}>
                  {sources.map((x) => (
                    <option key={sourceKey(x)} value={sourceKey(x)}>
                      {sourceLabel(x)}
                    </option>
                  ))}
                </FitSelect>
              </Field>
              <Button onClick={readChosen} disabled={busy !== null || !chosen}>
                {s.readChosen}
              </Button>
            </div>
          ) : (
            <div className={c.hint}>
              {s.noSources}{" "}
              <Button size="small" appearance="transparent" onClick={() => void refreshSources()}>
                {s.refreshSources}
              </Button>
            </div>
          )}
          {busy === "reading" ? <Spinner size="tiny" label={s.progress.reading} data-testid="progress" /> : null}
          {single ? (
            <SourcePreview s={s} lang={lang} digits={digits} source={single.source} parse={single.parse} framework={framework} yearNamed={yearNamed} ready={resolved !== null} describe={describe} />
          ) : null}
          {group ? <GroupSourcePreview s={s} source={group.source} parse={group.parse} describe={describe} /> : null}
        </section>

        <section className={c.section} aria-labelledby="opt-h">
          <h2 id="opt-h" className={c.h2}>
            {s.optionsHeading}
          </h2>
          {mode === "single" ? (
            <FrameworkChoice
              s={fs}
              label={s.framework}
              lang={lang}
              frameworks={deps.frameworks}
              pick={pick}
              onPick={choosePick}
              resolution={resolution}
              yearRead={latestYear}
              yearNamed={yearNamed}
              onYearNamed={setYearNamed}
              acceptNewest={acceptNewest}
              onAcceptNewest={setAcceptNewest}
              caveats={caveats}
              fileProblems={fileProblems}
              onFile={loadFrameworkFile}
              onTemplate={downloadTemplate}
              disabled={busy !== null}
            />
          ) : (
            <GroupOptions
              s={s}
              columns={groupTable?.groupColumns ?? []}
              groupCol={groupCol}
              onGroupCol={setGroupCol}
              agency={peerAgency}
              onAgency={setPeerAgency}
              agencyChoices={choices}
              scope={scope}
              onScope={setScope}
              scopeDefault={groupTable ? scopeDefault(latestCount, groupHeader) : ""}
            />
          )}
          <Field label={s.passMark} validationMessage={markValue === null ? s.passMarkInvalid : undefined}>
            <Input value={passMark} placeholder={framework.passMark} inputMode="decimal" onChange={(_, d) => setPassMark(d.value)} />
          </Field>
          <div className={c.row}>
            <Field label={s.outputLanguage} className={c.grow}>
              <Select value={outLang} onChange={(_, d) => setOutLang(d.value as Lang)}>
                <option value="th">{s.langThai}</option>
                <option value="en">{s.langEnglish}</option>
              </Select>
            </Field>
            <Field label={s.digits} className={c.grow}>
              <Select value={digits} onChange={(_, d) => setDigits(d.value as Digits)}>
                <option value="thai">{s.digitsThai}</option>
                <option value="arabic">{s.digitsArabic}</option>
              </Select>
            </Field>
          </div>
          {mode === "single" ? (
            <>
              <Field label={s.agency}>
                <Input
                  value={agency}
                  placeholder={s.agencyPlaceholder}
                  onChange={(_, d) => setAgency(d.value)}
                  onBlur={() => saveSetting("agency", agency)}
                />
              </Field>
              <Field label={s.planYear} validationMessage={planYear.trim() !== "" && planValue === null ? s.planYearInvalid : undefined}>
                <Input
                  value={planYear}
                  placeholder={effectiveLatest !== null ? String(effectiveLatest + 1) : ""}
                  inputMode="numeric"
                  onChange={(_, d) => setPlanYear(d.value)}
                />
              </Field>
              <Checkbox
                checked={includeStrengths}
                onChange={(_, d) => setIncludeStrengths(d.checked === true)}
                label={s.includeStrengths}
              />
              <Field label={s.owners} hint={s.ownersHint}>
                <Textarea
                  value={ownersText}
                  resize="vertical"
                  rows={4}
                  onChange={(_, d) => setOwnersText(d.value)}
                  onBlur={() => saveSetting("owners", ownersText)}
                />
              </Field>
            </>
          ) : null}
        </section>

        <section className={c.section} aria-labelledby="gen-h">
          <h2 id="gen-h" className={c.h2}>
            {s.generateHeading}
          </h2>
          <Button appearance="primary" onClick={() => void generate()} disabled={!canGenerate}>
            {s.generate}
          </Button>
          {!sourceReady ? <div className={c.hint}>{mode === "group" ? s.generateNeedsGroupSource : s.generateNeedsSource}</div> : null}
          {busy !== null && busy !== "reading" ? <Spinner size="tiny" label={s.progress[busy]} data-testid="progress" /> : null}
          {outcome?.kind === "problems" ? (
            <MessageBar intent="error">
              <MessageBarBody>
                {s.analyseProblems}
                <ProblemList problems={outcome.problems} describe={describeOutcome} />
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {outcome?.kind === "cancelled" ? <div className={c.hint}>{s.cancelled}</div> : null}
          {outcome?.kind === "written" ? (
            <div data-testid="written" className={c.written}>
              <MessageBar intent="success">
                <MessageBarBody>{s.written(outcome.result.written.length)}</MessageBarBody>
              </MessageBar>
              <ul className={c.list}>
                {outcome.result.written.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
              <SkippedList s={s} skipped={outcome.result.skipped} listClass={c.list} />
              <DownloadArea host={host} deps={deps} specs={outcome.specs} s={s} disabled={busy !== null} onBusy={(b) => setBusy(b ? "downloading" : null)} />
              {mode === "single" && analysed.current ? <ReportDocument host={host} deps={deps} analysis={analysed.current} uiLang={lang} lang={outLang} digits={digits} agency={agency.trim()} disabled={busy !== null} /> : null}
              {mode === "group" && grouped.current ? <GroupDocument deps={deps} analysis={grouped.current.analysis} uiLang={lang} lang={outLang} digits={digits} scope={grouped.current.scope} disabled={busy !== null} /> : null}
            </div>
          ) : null}
        </section>

        {canSelfTest(host) ? <CompatibilityCheck host={host} lang={lang} deps={deps} /> : null}

        <Dialog open={confirm !== null} modalType="alert" onOpenChange={(_, d) => (!d.open ? onConfirm(false) : undefined)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{s.confirmTitle}</DialogTitle>
              <DialogContent>
                {s.confirmBody}
                <ul className={c.list}>
                  {(confirm?.names ?? []).map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => onConfirm(true)}>
                  {s.confirmReplace}
                </Button>
                <Button onClick={() => onConfirm(false)}>{s.cancel}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </main>
    </FluentProvider>
  );
}
