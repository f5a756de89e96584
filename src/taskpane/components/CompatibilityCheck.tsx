// "ตรวจความเข้ากันได้ / Compatibility check": runs the host's self-test,
// lets the user try the download, and shows the report to copy and send.
import * as React from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Textarea, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import { selfTestSheet, type SelfTestHost, type SelfTestReport } from "../../report/self-test";
import { copyText } from "../copy-text";
import type { PaneDeps } from "../pane-deps";
import { CHECK_WORDS, downloadResult, reportText } from "../self-test-report";
import { PaneSection } from "./PaneSection";

const useStyles = makeStyles({
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  list: { margin: 0, paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
  report: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
});

export interface CompatibilityCheckProps {
  host: SelfTestHost;
  lang: Lang;
  deps: Pick<PaneDeps, "writeWorkbook" | "saveFile">;
}

type Answer = "yes" | "no" | "error" | null;

export function CompatibilityCheck({ host, lang, deps }: CompatibilityCheckProps) {
  const c = useStyles();
  const w = CHECK_WORDS[lang];
  const [report, setReport] = React.useState<SelfTestReport | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [failed, setFailed] = React.useState(false);
  const [asking, setAsking] = React.useState(false);
  const [answer, setAnswer] = React.useState<Answer>(null);
  const [copied, setCopied] = React.useState<boolean | null>(null);
  const field = React.useRef<HTMLTextAreaElement>(null);
  const when = React.useMemo(() => new Date(), [report]);

  async function run() {
    setBusy(true);
    setFailed(false);
    setCopied(null);
    try {
      setReport(await host.selfTest());
    } catch {
      setFailed(true); // one sentence, never the exception's text
    } finally {
      setBusy(false);
    }
  }

  async function tryDownload() {
    setCopied(null);
    try {
      deps.saveFile("ITA-check.xlsx", await deps.writeWorkbook([selfTestSheet()]));
      setAsking(true);
    } catch {
      setAnswer("error");
    }
  }

  const text = report ? reportText(report, downloadResult(answer, w), lang, navigator.userAgent, when) : "";
  const copy = async () => setCopied(await copyText(text, field.current));

  return (
    <PaneSection headingId="check-h" heading={w.heading} testId="compatibility-check">
      <div className={c.hint}>{w.intro}</div>
      <div className={c.row}>
        <Button onClick={() => void run()} disabled={busy}>
          {w.run}
        </Button>
        {busy ? <Spinner size="tiny" label={w.running} /> : null}
      </div>
      {failed ? (
        <MessageBar intent="error">
          <MessageBarBody>{w.failed}</MessageBarBody>
        </MessageBar>
      ) : null}
      {report ? (
        <>
          <ul className={c.list} data-testid="probes">
            {report.probes.map((p) => (
              <li key={p.id} data-outcome={p.outcome}>
                {w.probe[p.id]}: <strong>{w.outcome[p.outcome]}</strong>
              </li>
            ))}
          </ul>
          <div className={c.row}>
            <Button size="small" onClick={() => void tryDownload()}>
              {w.tryDownload}
            </Button>
            {asking ? (
              <>
                <span className={c.hint}>{w.downloadAsk}</span>
                <Button size="small" onClick={() => (setAnswer("yes"), setAsking(false))}>
                  {w.downloadYes}
                </Button>
                <Button size="small" onClick={() => (setAnswer("no"), setAsking(false))}>
                  {w.downloadNo}
                </Button>
              </>
            ) : null}
          </div>
          <Textarea
            ref={field}
            className={c.report}
            value={text}
            readOnly
            rows={8}
            resize="vertical"
            aria-label={w.reportTitle}
            data-testid="check-report"
          />
          <div className={c.row}>
            <Button appearance="primary" size="small" onClick={() => void copy()}>
              {w.copy}
            </Button>
            {copied === true ? <span className={c.hint}>{w.copied}</span> : null}
            {copied === false ? <span className={c.hint}>{w.copyByHand}</span> : null}
          </div>
        </>
      ) : null}
    </PaneSection>
  );
}
