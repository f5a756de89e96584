// One agency over years: the framework and year choice, the agency, plan
// year, strengths and owners, and the ranking, comparison and measures
// sheets. Its choices (owners, agency, framework) are kept with the workbook.
import * as React from "react";
import { Checkbox, Field, Input, Textarea } from "@fluentui/react-components";
import { ownerMap, type OwnerChoices } from "../../engine/owners";
import type { Framework } from "../../engine/types";
import { pickFromSetting, pickToSetting, resolveFramework, type FrameworkPick } from "../framework-choice";
import { FRAMEWORK_STRINGS } from "../framework-strings";
import type { FrameworkFiles } from "../pane-deps";
import { RESULT_STRINGS } from "../result-strings";
import { FrameworkChoice } from "./FrameworkChoice";
import { OwnerPicker } from "./OwnerPicker";
import { ReportDocument } from "./ReportDocument";
import { SourcePreview } from "./SourcePreview";
import type { Built, CommonOptions, ModeContext, PaneMode, ReadState } from "./pane-mode";
import { frameworkOfYear, ownerList, parseMark, parseYear } from "./pane-values";

/** The owners picked per indicator, as kept with the workbook; anything unreadable counts as none picked. */
function choicesFromSetting(text: string | null): OwnerChoices {
  if (text === null) return {};
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== "object" || v === null) return {};
    return Object.fromEntries(Object.entries(v).filter(([k, u]) => /^\d+$/.test(k) && typeof u === "string"));
  } catch {
    return {};
  }
}

export function useSingleMode(x: ModeContext): PaneMode {
  const { deps, s, read } = x;
  const r = RESULT_STRINGS[x.lang];
  const [pick, setPick] = React.useState<FrameworkPick>({ kind: "auto" });
  const [yearNamed, setYearNamed] = React.useState<number | null>(null);
  const [acceptNewest, setAcceptNewest] = React.useState(false);
  const [fileProblems, setFileProblems] = React.useState<string[] | null>(null);
  const [agency, setAgency] = React.useState("");
  const [planYear, setPlanYear] = React.useState("");
  const [includeStrengths, setIncludeStrengths] = React.useState(false);
  const [ownersText, setOwnersText] = React.useState("");
  const [draftText, setDraftText] = React.useState("");
  const [ownerChoices, setOwnerChoices] = React.useState<OwnerChoices>({});
  /** The planner chose a framework since the pane started (the kept one, loaded later, then gives way). */
  const pickedSinceStart = React.useRef(false);

  // On start: the remembered owners, agency and framework of this workbook.
  React.useEffect(() => {
    void (async () => {
      try {
        const keys = ["owners", "agency", "framework", "ownerChoices"];
        const [owners, ag, fw, picked] = await Promise.all(keys.map((k) => x.host.loadSetting(k)));
        if (!x.mounted.current) return;
        if (owners !== null) setOwnersText(owners);
        setOwnerChoices(choicesFromSetting(picked));
        if (ag !== null) setAgency(ag);
        // A loaded file is kept as its text (its reader is loaded only then).
        const parseFile = async (text: string) => {
          const r = (await deps.frameworkFiles()).parseFrameworkJson(text, "framework");
          return r.ok ? r.framework : null;
        };
        const kept = await pickFromSetting(fw, parseFile, deps.frameworks);
        // A pick the planner made while the kept file's reader loaded stands.
        if (x.mounted.current && !pickedSinceStart.current) setPick(kept);
      } catch (e) {
        x.fail(e);
      }
    })();
  }, [x.host]);

  const single = read?.mode === "single" ? read : null;
  const latestYear = single?.parse.ok
    ? (single.parse.table.years
        .map((y) => y.year)
        .filter((y): y is number => y !== null)
        .pop() ?? null)
    : null;
  // Never guessed: a yearless table waits for the user's year, a later year for an explicit choice.
  const resolution = single?.parse.ok
    ? resolveFramework({ yearRead: latestYear, yearNamed, pick, acceptNewest, frameworks: deps.frameworks })
    : null;
  const resolved = resolution?.ok ? resolution : null;
  const override: Framework | undefined = resolved?.explicit ? resolved.framework : undefined;
  // Names read from a pasted table follow a loaded framework's indicators.
  const namesFramework = pick.kind === "file" ? pick.framework : undefined;
  const framework = resolved?.framework ?? (pick.kind === "file" ? pick.framework : frameworkOfYear(deps.frameworks, latestYear));
  const yearForYearless = latestYear === null ? (yearNamed ?? undefined) : undefined;
  const effectiveLatest = resolved?.year ?? null;
  // The latest year's caveats, then each earlier year's (graded by its own built-in framework).
  const earlierYears = single?.parse.ok
    ? single.parse.table.years.map((y) => y.year).filter((y): y is number => y !== null && y !== resolved?.year)
    : [];
  const caveats = resolved
    ? [
        resolved,
        ...earlierYears.reverse().flatMap((y) => deps.frameworks.filter((f) => f.year === y).map((framework) => ({ framework, year: y }))),
      ].flatMap((c) => deps.frameworkCaveats(c.framework, c.year))
    : [];
  const units = ownerList(ownersText);
  const chooseOwner = (n: number, unit: string) => {
    const next = { ...ownerChoices, [n]: unit };
    setOwnerChoices(next);
    x.saveSetting("ownerChoices", JSON.stringify(next));
  };
  const planValue = planYear.trim() === "" ? (effectiveLatest !== null ? effectiveLatest + 1 : null) : parseYear(planYear);

  const parseWith = (source: ReadState["source"], fw: Framework | undefined): ReadState => ({
    mode: "single",
    source,
    parse: deps.parseScores(source.cells, { origin: source.origin, addressStyle: "a1", framework: fw }),
  });

  /** A new pick is kept with the workbook; the cells read are read again by its names. */
  const choosePick = (next: FrameworkPick) => {
    pickedSinceStart.current = true;
    setPick(next);
    setFileProblems(null);
    x.saveSetting("framework", pickToSetting(next));
    if (single) x.setRead(parseWith(single.source, next.kind === "file" ? next.framework : undefined));
  };
  // The framework-file reader comes by import(): a failed load is said in the pane, like any failure.
  const withFrameworkFiles = (use: (files: FrameworkFiles) => void) =>
    void deps
      .frameworkFiles()
      .then(use)
      .catch((e: unknown) => x.fail(e));
  const loadFrameworkFile = (text: string) =>
    withFrameworkFiles((files) => {
      const r = files.parseFrameworkJson(text, "framework");
      if (!r.ok) return setFileProblems(r.problems.map(x.describe));
      choosePick({ kind: "file", framework: r.framework, text });
    });
  /** The framework in use (or the newest) as a file to edit for a year NACC changes. */
  const downloadTemplate = () =>
    withFrameworkFiles((files) => {
      const fw = resolved?.framework ?? deps.frameworks[deps.frameworks.length - 1];
      deps.saveFile(`${fw.id}.json`, new TextEncoder().encode(files.frameworkToJson(fw)));
    });

  /** The analysis Generate makes at a pass mark (null: no table read). */
  const analyseAt = (mark: string) =>
    single?.parse.ok
      ? deps.analyse(single.parse.table, {
          framework: override,
          year: yearForYearless,
          passMark: mark,
          planYear: planValue ?? undefined,
          includeStrengths,
          owners: ownerMap(framework, units, ownerChoices),
        })
      : null;
  // The indicators the plan has a measure for, in its order, at the pass mark in force: only they need an owner.
  // Unknown (no framework resolved yet, a pass mark being typed that is not one): no picker.
  const pickerMark = x.passMark.trim() === "" ? framework.passMark : parseMark(x.passMark);
  const planned = (() => {
    if (units.length === 0 || resolved === null || pickerMark === null) return null;
    const result = analyseAt(pickerMark);
    return result?.ok ? result.analysis.measures.map((m) => m.indicator) : null;
  })();

  /** Analyse → the ranking, comparison and measures sheets. */
  function build(o: CommonOptions): Built {
    const result = analyseAt(o.mark);
    if (!result) return { ok: false, problems: [] };
    if (!result.ok) return result;
    // The draft's figures join the table's own checks, as the CLI's --check does: in the pane and on the ranking sheet.
    const fromDraft = draftText.trim() === "" ? [] : deps.checkReportText(result.analysis, draftText);
    const analysis = fromDraft.length === 0 ? result.analysis : { ...result.analysis, checks: [...result.analysis.checks, ...fromDraft] };
    const specs = deps.buildSheets(analysis, {
      lang: o.outLang,
      digits: o.digits,
      agency: agency.trim(),
      owners: units,
      ...(o.fields ? { fields: o.fields } : {}),
    });
    return { ok: true, specs, analysis };
  }

  return {
    framework,
    sourceReady: !!single?.parse.ok && resolved !== null,
    optionsValid: planYear.trim() === "" || planValue !== null,
    needsSource: s.generateNeedsSource,
    sample: { name: s.sampleSheetName, cells: deps.sampleCells },
    parse: (source) => parseWith(source, namesFramework),
    afterRead: () => undefined,
    build,
    renderSource: () =>
      single ? (
        <SourcePreview
          s={s}
          lang={x.lang}
          digits={x.digits}
          source={single.source}
          parse={single.parse}
          framework={framework}
          yearNamed={yearNamed}
          ready={resolved !== null}
          describe={x.describe}
        />
      ) : null,
    renderOptions: () => (
      <FrameworkChoice
        s={FRAMEWORK_STRINGS[x.lang]}
        label={s.framework}
        lang={x.lang}
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
        disabled={x.busy !== null}
      />
    ),
    renderDocument: (found, disabled) =>
      found.analysis ? (
        <ReportDocument
          host={x.host}
          deps={deps}
          analysis={found.analysis}
          uiLang={x.lang}
          lang={x.outLang}
          digits={x.digits}
          agency={agency.trim()}
          disabled={disabled}
        />
      ) : null,
    renderMoreOptions: () => (
      <>
        <Field label={s.agency}>
          <Input
            value={agency}
            placeholder={s.agencyPlaceholder}
            onChange={(_, d) => setAgency(d.value)}
            onBlur={() => x.saveSetting("agency", agency)}
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
        <Checkbox checked={includeStrengths} onChange={(_, d) => setIncludeStrengths(d.checked === true)} label={s.includeStrengths} />
        <Field label={s.owners} hint={s.ownersHint}>
          <Textarea
            value={ownersText}
            resize="vertical"
            rows={4}
            onChange={(_, d) => setOwnersText(d.value)}
            onBlur={() => x.saveSetting("owners", ownersText)}
          />
        </Field>
        {planned ? (
          <OwnerPicker
            framework={framework}
            indicators={planned}
            units={units}
            choices={ownerChoices}
            lang={x.lang}
            onChoose={chooseOwner}
          />
        ) : null}
        <Field label={r.draftLabel} hint={r.draftHint}>
          <Textarea value={draftText} resize="vertical" rows={3} onChange={(_, d) => setDraftText(d.value)} />
        </Field>
      </>
    ),
  };
}
