// The compatibility check in the ES5 pane: the same probes and report as the
// main pane's (taskpane/self-test-report), in plain DOM. The simple pane has
// no .xlsx download (ExcelJS is not in its bundle), so that probe says so.
import type { Lang } from "../engine/types";
import type { ProbeResult, SelfTestHost } from "../report/self-test";
import { copyText } from "../taskpane/copy-text";
import { CHECK_WORDS, reportText } from "../taskpane/self-test-report";
import { button, el, list, replaceContent } from "./dom";

const NO_DOWNLOAD: ProbeResult = { id: "download", outcome: "skipped", observed: "the simple pane has no download" };

export function checkSection(host: SelfTestHost, lang: Lang): HTMLElement {
  const w = CHECK_WORDS[lang];
  const results = el("div", { "data-area": "check" });
  const run = button(w.run, async () => {
    run.disabled = true;
    replaceContent(results, [w.running]);
    try {
      const report = await host.selfTest();
      const text = reportText(report, NO_DOWNLOAD, lang, navigator.userAgent, new Date());
      const field = el("textarea", { readonly: "readonly", rows: "8", "data-field": "check-report", "aria-label": w.reportTitle });
      field.value = text;
      const status = el("span", { class: "hint" });
      const copy = button(w.copy, async () => replaceContent(status, [(await copyText(text, field)) ? w.copied : w.copyByHand]));
      const lines = report.probes.map((p) => w.probe[p.id] + ": " + w.outcome[p.outcome]);
      replaceContent(results, [list(lines, { "data-list": "probes" }), field, copy, status]);
    } catch {
      replaceContent(results, [el("p", { "data-kind": "error" }, [w.failed])]);
    } finally {
      run.disabled = false;
    }
  });
  return el("section", { "data-section": "check" }, [el("h2", {}, [w.heading]), el("p", { class: "hint" }, [w.intro]), run, results]);
}
