// Generate and its results: progress, analysis problems, the sheets
// written, features left off, the download; and the question asked before
// replacing sheets the user edited: Fluent's Dialog (a fifth of the pane's
// first load) comes by import() the first time it is needed, and should that
// chunk not load, the same question is asked in the pane itself.
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { RESULT_STRINGS } from "../result-strings";
import { DownloadArea } from "./DownloadArea";
import { CheckList, Headline, SheetLinks } from "./ResultSummary";
import { usePaneStyles } from "./pane-styles";
import { SkippedList } from "./SkippedList";
import { ProblemList } from "./SourcePreview";
import type { PaneState } from "./usePane";
import { PaneSection } from "./PaneSection";

export function GenerateSection({ p }: { p: PaneState }) {
  const c = usePaneStyles();
  const { s, outcome, busy } = p;
  const written = outcome?.kind === "written" ? outcome : null;
  return (
    <PaneSection headingId="gen-h" heading={s.generateHeading}>
      <div className={c.row}>
        <Button appearance="primary" onClick={() => void p.generate()} disabled={!p.canGenerate}>
          {s.generate}
        </Button>
        {written?.analysis ? <Headline analysis={written.analysis} lang={p.lang} digits={p.digits} /> : null}
      </div>
      {!p.active.sourceReady ? <div className={c.hint}>{p.active.needsSource}</div> : null}
      <div role="status" aria-live="polite" className={c.written}>
        {busy !== null && busy !== "reading" ? <Spinner size="tiny" label={s.progress[busy]} data-testid="progress" /> : null}
        {outcome?.kind === "problems" ? (
          <MessageBar intent="error">
            <MessageBarBody>
              {s.analyseProblems}
              <ProblemList problems={outcome.problems} describe={p.describeOutcome} />
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {outcome?.kind === "cancelled" ? <div className={c.hint}>{s.cancelled}</div> : null}
        {outcome?.kind === "written" ? (
          <div data-testid="written" className={c.written}>
            <MessageBar intent="success">
              <MessageBarBody>{s.written(outcome.result.written.length)}</MessageBarBody>
            </MessageBar>
            <SheetLinks names={outcome.result.written} lang={p.lang} onOpen={p.activate} />
            <CheckList findings={outcome} lang={p.lang} digits={p.digits} />
            <SkippedList
              s={s}
              skipped={outcome.result.skipped}
              listClass={c.list}
              skippedHeading={p.inPreview ? RESULT_STRINGS[p.lang].skippedInPreview : undefined}
            />
            <DownloadArea
              host={p.host}
              deps={p.deps}
              specs={outcome.specs}
              s={s}
              disabled={busy !== null}
              onBusy={(b) => p.setBusy(b ? "downloading" : null)}
            />
            {p.active.renderDocument(outcome, busy !== null)}
          </div>
        ) : null}
      </div>
    </PaneSection>
  );
}

const LazyDialog = React.lazy(() => import("./ConfirmDialog").catch(() => ({ default: ConfirmInline })));

/** Asks before replacing sheets the user edited (nothing while there is nothing to ask). */
export function ConfirmReplace({ p }: { p: PaneState }) {
  if (p.confirm === null) return null;
  return (
    <React.Suspense fallback={null}>
      <LazyDialog p={p} />
    </React.Suspense>
  );
}

/** The question without Fluent's Dialog: used only if its chunk failed to load. */
export function ConfirmInline({ p }: { p: PaneState }) {
  const c = usePaneStyles();
  const { s, confirm } = p;
  return (
    <div role="alertdialog" aria-label={s.confirmTitle} data-testid="confirm-inline">
      <MessageBar intent="warning">
        <MessageBarBody>
          <strong>{s.confirmTitle}</strong> {s.confirmBody}
          <ul className={c.list}>
            {(confirm?.names ?? []).map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      <div className={c.row}>
        <ConfirmButtons p={p} />
      </div>
    </div>
  );
}

/** Replace (the primary answer) or cancel: the same two answers in the Dialog and in the pane. */
export function ConfirmButtons({ p }: { p: PaneState }) {
  return (
    <>
      <Button appearance="primary" onClick={() => p.onConfirm(true)}>
        {p.s.confirmReplace}
      </Button>
      <Button onClick={() => p.onConfirm(false)}>{p.s.cancel}</Button>
    </>
  );
}
