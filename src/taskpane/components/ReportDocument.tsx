// "ดาวน์โหลดรายงาน (.docx)": the Word report (memo and sections 1–7) from the
// analysis just generated, with the memo's fields a planner fills once. The
// fields are kept with the workbook (host settings, as owners and agency
// are), so next year's report starts from them. Self-contained: the pane
// gives it the analysis and its options.
import * as React from "react";
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Textarea, tokens } from "@fluentui/react-components";
import type { Digits } from "../../engine/text";
import type { Analysis, Lang } from "../../engine/types";
import type { GroupAnalysis } from "../../engine/group";
import { emptyDocumentFields, MAX_REVIEWERS, type DocumentFields, type Signer } from "../../report/document-fields";
import { fieldsFromJson, fieldsFromJsonText } from "../../report/document/fields-json";
import { isoDay } from "../../report/document/thai-date";
import type { FileHandover, WorkbookHost } from "../../report/host";
import { DOCUMENT_STRINGS } from "../document-strings";
import type { PaneDeps } from "../pane-deps";

import { FIELDS_SETTING } from "../document-settings";

export { FIELDS_SETTING };

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: "6px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px" },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  pair: { display: "flex", gap: "6px", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "120px" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export interface ReportDocumentProps {
  host: WorkbookHost;
  deps: Pick<PaneDeps, "buildDocument" | "writeDocument" | "saveFile">;
  analysis: Analysis;
  /** The pane's language (labels) and the output's language and digits (the document). */
  uiLang: Lang;
  lang: Lang;
  digits: Digits;
  agency: string;
  disabled: boolean;
  /** The day the document is made (yyyy-mm-dd); tests pass one, the pane today's. */
  today?: string;
}

type DownloadState = "idle" | "busy" | "done" | "failed";

/** Makes and saves a file; a failed chunk load or writer ends in "failed" (one sentence shown, never the exception's text). */
function useDownload(): [DownloadState, (make: () => Promise<void>) => Promise<void>] {
  const [state, setState] = React.useState<DownloadState>("idle");
  const run = async (make: () => Promise<void>) => {
    setState("busy");
    try {
      await new Promise((r) => setTimeout(r, 0)); // let the button show it is busy
      await make();
      setState("done");
    } catch {
      setState("failed");
    }
  };
  return [state, run];
}

function DownloadOutcome({ state, s, testId }: { state: DownloadState; s: (typeof DOCUMENT_STRINGS)["th"]; testId: string }) {
  const c = useStyles();
  if (state === "done") return <div className={c.hint}>{s.done}</div>;
  if (state !== "failed") return null;
  return (
    <MessageBar intent="error" data-testid={testId}>
      <MessageBarBody>{s.failed}</MessageBarBody>
    </MessageBar>
  );
}

type TextKey = "division" | "documentNumber" | "date" | "addressee" | "subject";

function useSavedFields(host: WorkbookHost) {
  const [fields, setFields] = React.useState<DocumentFields>(emptyDocumentFields);
  React.useEffect(() => {
    let live = true;
    host
      .loadSetting(FIELDS_SETTING)
      .then((text) => {
        // A setting that no longer reads (edited by hand, an older shape) starts the form empty.
        const r = text ? fieldsFromJsonText(text) : null;
        if (live && r?.ok) setFields(r.fields);
      })
      .catch(() => undefined);
    return () => void (live = false);
  }, [host]);
  const save = (f: DocumentFields) => void host.saveSetting(FIELDS_SETTING, JSON.stringify(f)).catch(() => undefined);
  return { fields, setFields, save };
}

function SignerFields({
  label,
  signer,
  s,
  onChange,
  onBlur,
}: {
  label: string;
  signer: Signer;
  s: (typeof DOCUMENT_STRINGS)["th"];
  onChange: (x: Signer) => void;
  onBlur: () => void;
}) {
  const c = useStyles();
  return (
    <div className={c.pair} role="group" aria-label={label}>
      <Field label={`${label}: ${s.name}`} className={c.grow}>
        <Input value={signer.name} onChange={(_, d) => onChange({ ...signer, name: d.value })} onBlur={onBlur} />
      </Field>
      <Field label={`${label}: ${s.position}`} className={c.grow}>
        <Input value={signer.position} onChange={(_, d) => onChange({ ...signer, position: d.value })} onBlur={onBlur} />
      </Field>
    </div>
  );
}

export function ReportDocument({ host, deps, analysis, uiLang, lang, digits, agency, disabled, today }: ReportDocumentProps) {
  const c = useStyles();
  const s = DOCUMENT_STRINGS[uiLang];
  const { fields, setFields, save } = useSavedFields(host);
  const [open, setOpen] = React.useState(false);
  const [state, run] = useDownload();
  const [how, setHow] = React.useState<FileHandover>("download");
  React.useEffect(() => {
    let live = true;
    host
      .capabilities()
      .then((caps) => live && setHow(caps.fileHandover ?? "download"))
      .catch(() => undefined);
    return () => void (live = false);
  }, [host]);

  const check = fieldsFromJson(fields);
  const badDate = !check.ok && check.problems.some((p) => p.field === "date");
  const text = (key: TextKey, label: string, placeholder?: string) => (
    <Field label={label} validationMessage={key === "date" && badDate ? s.badDate : undefined}>
      <Input
        value={fields[key] ?? ""}
        placeholder={placeholder}
        onChange={(_, d) => setFields({ ...fields, [key]: d.value })}
        onBlur={() => save(fields)}
      />
    </Field>
  );
  const reviewers = Array.from({ length: MAX_REVIEWERS }, (_, i) => fields.reviewers[i] ?? { name: "", position: "" });
  const setReviewer = (i: number, x: Signer) => {
    const next = reviewers.map((r, k) => (k === i ? x : r));
    // Kept without the empty ones at the end, so the saved list stays the planner's.
    while (next.length > 0 && next[next.length - 1].name === "" && next[next.length - 1].position === "") next.pop();
    setFields({ ...fields, reviewers: next });
  };

  const download = () =>
    run(async () => {
      if (!check.ok) return;
      const spec = await deps.buildDocument(analysis, { lang, digits, agency, fields: check.fields, today: today ?? isoDay(new Date()) });
      deps.saveFile(`ITA-${analysis.current.year}-report.docx`, await deps.writeDocument(spec));
    });

  return (
    <div className={c.box} data-testid="report-document">
      <h3 className={c.h3}>{s.heading}</h3>
      <div className={c.hint}>{how === "download" ? s.hint : s.macHint}</div>
      <Button appearance="secondary" onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? s.hideFields : s.showFields}
      </Button>
      {open ? (
        <>
          {text("division", s.division)}
          <div className={c.pair}>
            {text("documentNumber", s.documentNumber)}
            {text("date", s.date, s.datePlaceholder)}
          </div>
          {text("addressee", s.addressee)}
          {text("subject", s.subject, s.subjectPlaceholder)}
          <Field label={s.background}>
            <Textarea
              value={fields.background ?? ""}
              placeholder={s.backgroundPlaceholder}
              resize="vertical"
              onChange={(_, d) => setFields({ ...fields, background: d.value })}
              onBlur={() => save(fields)}
            />
          </Field>
          <SignerFields
            label={s.preparer}
            signer={fields.preparer}
            s={s}
            onChange={(x) => setFields({ ...fields, preparer: x })}
            onBlur={() => save(fields)}
          />
          {reviewers.map((r, i) => (
            <SignerFields
              key={i}
              label={s.reviewer(i + 1)}
              signer={r}
              s={s}
              onChange={(x) => setReviewer(i, x)}
              onBlur={() => save(fields)}
            />
          ))}
        </>
      ) : null}
      <Button appearance="primary" onClick={() => void download()} disabled={disabled || state === "busy" || !check.ok}>
        {s.download}
      </Button>
      {badDate && !open ? <div className={c.hint}>{s.badDate}</div> : null}
      <DownloadOutcome state={state} s={s} testId="report-document-error" />
    </div>
  );
}

export interface GroupDocumentProps {
  deps: Pick<PaneDeps, "buildGroupDocument" | "writeDocument" | "saveFile">;
  analysis: GroupAnalysis;
  uiLang: Lang;
  lang: Lang;
  digits: Digits;
  /** The heading the group sheets carry ("จังหวัดลำปาง", or the default naming the count). */
  scope: string;
  disabled: boolean;
}

/** Group mode: the short summary document for a provincial or ministry office. */
export function GroupDocument({ deps, analysis, uiLang, lang, digits, scope, disabled }: GroupDocumentProps) {
  const c = useStyles();
  const s = DOCUMENT_STRINGS[uiLang];
  const [state, run] = useDownload();
  const download = () =>
    run(async () =>
      deps.saveFile(
        `ITA-${analysis.year}-group-summary.docx`,
        await deps.writeDocument(await deps.buildGroupDocument(analysis, { lang, digits, scope }))
      )
    );
  return (
    <div className={c.box} data-testid="group-document">
      <div className={c.hint}>{s.groupHint}</div>
      <Button appearance="primary" onClick={() => void download()} disabled={disabled || state === "busy"}>
        {s.groupDownload}
      </Button>
      <DownloadOutcome state={state} s={s} testId="group-document-error" />
    </div>
  );
}
