// The ES5 task pane for Excel 2016/2019 in Internet Explorer 11 (and Edge
// Legacy): plain DOM, the same path as the main pane — source cells → engine
// parse and analyse → report SheetSpecs → merge edits → WorkbookHost write —
// with the fewer controls a planner needs: the source (selection or a named
// range), year, agency, owners, Generate, and what happened.
import { analyse } from "../engine/analyse";
import { BUILT_IN_FRAMEWORKS } from "../engine/frameworks/years";
import { parseScores } from "../engine/input";
import { describeCsvSplit, describeProblem } from "../engine/messages";
import type { Lang, ParseResult, Problem } from "../engine/types";
import { buildSheets } from "../report/build";
import { HostError, type SourceChoice, type SourceInfo, type WorkbookHost } from "../report/host";
import { mergeEdits } from "../report/merge";
import { PAGE_DIGITS_NOTE } from "../report/print";
import type { SheetSpec } from "../report/spec";
import { byFeature } from "../taskpane/skipped";
import { hostErrorText, STRINGS, type HostStep } from "../taskpane/strings";
import { button, el, list, replaceContent, type Child } from "./dom";
import { LEGACY_WORDS } from "./words";

const AUTO = "auto";
/** A few rules IE11 understands: one column, full-width fields, readable Thai. */
const PANE_CSS =
  ".legacy-pane{font-family:Tahoma,'Leelawadee UI',sans-serif;font-size:13px;padding:8px 10px}" +
  ".legacy-pane h1{font-size:17px;margin:0 0 4px}.legacy-pane h2{font-size:14px;margin:14px 0 6px;border-top:1px solid #ddd;padding-top:8px}" +
  ".legacy-pane label{display:block;margin:8px 0 2px}" +
  ".legacy-pane select,.legacy-pane input,.legacy-pane textarea{width:100%;box-sizing:border-box;font:inherit}" +
  ".legacy-pane button{margin:6px 6px 0 0;padding:4px 12px;font:inherit}" +
  ".legacy-pane .hint{color:#555;font-size:12px}.legacy-pane [data-kind=error]{color:#a4262c}.legacy-pane [data-kind=written]{color:#107c10}" +
  ".legacy-pane ul{margin:4px 0;padding-left:18px}";
const SELECTION = "selection";

interface Read {
  parse: ParseResult;
  latestYear: number | null;
}

/** Builds the pane into root and wires it to the host; returns when the start-up reads are done. */
export function mountLegacyPane(root: HTMLElement, host: WorkbookHost, lang: Lang, extra: Child[] = []): Promise<void> {
  const s = STRINGS[lang];
  const w = LEGACY_WORDS[lang];
  const digits = lang === "th" ? "thai" : "arabic";
  let sources: SourceInfo[] = [];
  let read: Read | null = null;
  let busy = false;

  const sourceSelect = el("select", { id: "legacy-source" });
  const fwSelect = el("select", { id: "legacy-framework" });
  const agency = el("input", {
    id: "legacy-agency",
    type: "text",
    placeholder: s.agencyPlaceholder,
  });
  const owners = el("textarea", { id: "legacy-owners", rows: "4" });
  const readArea = el("div", { "data-area": "read" });
  const messages = el("div", { "data-area": "messages", role: "status" });
  const generate = button(s.generate, () => runGenerate(), {
    id: "legacy-generate",
    disabled: "disabled",
  });

  const describe = (p: Problem) => describeProblem(p, lang, "arabic");
  const problemList = (ps: Problem[]) => list(ps.map(describe), { "data-list": "problems" });
  const showError = (e: unknown, step: HostStep) =>
    replaceContent(messages, [el("p", { "data-kind": "error" }, [hostErrorText(s, e instanceof HostError ? e.code : "unknown", step)])]);

  fillFrameworks();
  fillSources();
  const label = (text: string, control: HTMLElement) => el("label", { for: control.id }, [text]);
  const main = el("main", { lang, class: "legacy-pane" }, [
    el("h1", {}, [s.appTitle]),
    el("p", { class: "hint" }, [w.note]),
    el("section", {}, [
      el("h2", {}, [s.sourceHeading]),
      label(w.source, sourceSelect),
      sourceSelect,
      button(w.read, () => runRead(), { id: "legacy-read" }),
      readArea,
    ]),
    el("section", {}, [
      el("h2", {}, [s.optionsHeading]),
      label(w.year, fwSelect),
      fwSelect,
      label(s.agency, agency),
      agency,
      label(s.owners, owners),
      owners,
      el("p", { class: "hint" }, [s.ownersHint]),
    ]),
    el("section", {}, [el("h2", {}, [s.generateHeading]), generate, messages]),
    ...extra,
  ]);
  replaceContent(root, [el("style", {}, [PANE_CSS]), main]);
  agency.onblur = () => save("agency", agency.value);
  owners.onblur = () => save("owners", owners.value);

  function fillFrameworks(): void {
    const options = [el("option", { value: AUTO }, [w.byYear])];
    for (let i = 0; i < BUILT_IN_FRAMEWORKS.length; i++) {
      const f = BUILT_IN_FRAMEWORKS[i];
      options.push(el("option", { value: f.id }, [f.title[lang]]));
    }
    replaceContent(fwSelect, options);
  }

  function fillSources(): void {
    const options = [el("option", { value: SELECTION }, [w.selection])];
    sources.forEach((x, i) => options.push(el("option", { value: String(i) }, [x.sheet !== undefined ? x.sheet + "!" + x.name : x.name])));
    replaceContent(sourceSelect, options);
  }

  function save(key: string, value: string): void {
    host.saveSetting(key, value).catch((e: unknown) => showError(e, "writing"));
  }

  /** Runs one piece of work at a time, with the buttons off meanwhile. */
  async function exclusive(work: () => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    generate.disabled = true;
    try {
      await work();
    } finally {
      busy = false;
      generate.disabled = !(read && read.parse.ok);
    }
  }

  function choice(): SourceChoice {
    const v = sourceSelect.value;
    const x = v === SELECTION ? undefined : sources[Number(v)];
    if (!x) return { kind: "selection" };
    return x.kind === "table" ? { kind: "table", name: x.name } : { kind: "name", name: x.name, sheet: x.sheet };
  }

  function runRead(): Promise<void> {
    return exclusive(async () => {
      replaceContent(messages, []);
      replaceContent(readArea, [w.busy]);
      try {
        const src = await host.readSource(choice());
        const parse = parseScores(src.cells, {
          origin: src.origin,
          addressStyle: "a1",
        });
        const years = parse.ok ? parse.table.years.map((y) => y.year).filter((y): y is number => y !== null) : [];
        read = {
          parse,
          latestYear: years.length > 0 ? years[years.length - 1] : null,
        };
        replaceContent(readArea, [el("p", { class: "hint" }, [s.readFrom(src.sheet, src.address)]), ...readSummary(parse)]);
      } catch (e) {
        read = null;
        replaceContent(readArea, []);
        showError(e, "reading");
      }
    });
  }

  function readSummary(parse: ParseResult): Child[] {
    // CSV lines in one column were read split (the cells are left as they are).
    const split: Child[] = parse.csvSplit ? [el("p", { "data-kind": "csv-split" }, [describeCsvSplit(parse.csvSplit, lang)])] : [];
    if (!parse.ok)
      return split.concat([el("p", { "data-kind": "error" }, [s.problemsHeading(parse.problems.length)]), problemList(parse.problems)]);
    const years = parse.table.years.map((y) => (y.year === null ? "?" : String(y.year))).join(", ");
    const out: Child[] = split.concat([el("p", { "data-kind": "years" }, [s.yearsFound + ": " + years])]);
    if (parse.warnings.length > 0) out.push(el("p", {}, [s.warningsHeading(parse.warnings.length)]), problemList(parse.warnings));
    else out.push(el("p", { "data-kind": "ok" }, [s.sourceOk]));
    return out;
  }

  function build(): { ok: true; specs: SheetSpec[] } | { ok: false; problems: Problem[] } {
    if (!read || !read.parse.ok) return { ok: false, problems: [] };
    const override = BUILT_IN_FRAMEWORKS.filter((f) => f.id === fwSelect.value)[0];
    const year = override ? override.year : undefined;
    const r = analyse(read.parse.table, {
      framework: override,
      year: year === null ? undefined : year,
    });
    if (!r.ok) return r;
    const ownerList = owners.value
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== "");
    return {
      ok: true,
      specs: buildSheets(r.analysis, {
        lang,
        digits,
        agency: agency.value.trim(),
        owners: ownerList,
      }),
    };
  }

  function runGenerate(): Promise<void> {
    return exclusive(async () => {
      replaceContent(messages, [w.busy]);
      try {
        const built = build();
        if (!built.ok) {
          replaceContent(messages, [el("p", { "data-kind": "error" }, [s.analyseProblems]), problemList(built.problems)]);
          return;
        }
        const merged = mergeEdits(built.specs, await host.findGenerated());
        if (merged.needsConfirm.length > 0)
          return askReplace(
            merged.specs,
            merged.replace,
            merged.needsConfirm.map((x) => x.name)
          );
        await write(merged.specs, merged.replace);
      } catch (e) {
        showError(e, "writing");
      }
    });
  }

  /** Inline question (Office add-ins cannot use window.confirm). */
  function askReplace(specs: SheetSpec[], replace: string[], names: string[]): void {
    const yes = button(s.confirmReplace, () => exclusive(() => write(specs, replace).catch((e: unknown) => showError(e, "writing"))));
    const no = button(s.cancel, () => replaceContent(messages, [el("p", {}, [s.cancelled])]));
    replaceContent(messages, [el("p", { "data-kind": "confirm" }, [s.confirmTitle + " " + s.confirmBody]), list(names), yes, no]);
  }

  async function write(specs: SheetSpec[], replace: string[]): Promise<void> {
    replaceContent(messages, [s.progress.writing]);
    const result = await host.writeSheets(specs, replace);
    const out: Child[] = [
      el("p", { "data-kind": "written" }, [s.written(result.written.length)]),
      list(result.written, { "data-list": "written" }),
    ];
    if (result.skipped.length > 0) {
      const lines = byFeature(result.skipped).map((k) => s.feature[k.feature] + ": " + k.sheets.join(", "));
      out.push(el("p", {}, [s.skippedHeading]), list(lines, { "data-list": "skipped" }));
    }
    // Thai digits (this pane's with Thai): the page numbers in the footer stay Arabic in Excel.
    if (digits === "thai") out.push(el("p", { class: "hint", "data-kind": "page-digits" }, [PAGE_DIGITS_NOTE[lang]]));
    replaceContent(messages, out);
  }

  return (async () => {
    try {
      const [savedOwners, savedAgency] = await Promise.all([host.loadSetting("owners"), host.loadSetting("agency")]);
      if (savedOwners !== null) owners.value = savedOwners;
      if (savedAgency !== null) agency.value = savedAgency;
      sources = (await host.listSources()).filter((x) => x.kind === "name" || x.kind === "table");
      fillSources();
    } catch (e) {
      showError(e, "reading");
    }
    main.setAttribute("data-ready", "true"); // start-up reads done (tests wait for it)
  })();
}
