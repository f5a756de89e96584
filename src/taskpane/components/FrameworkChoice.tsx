// The framework and year part of the options: the list (auto, each year,
// a loaded file), the year picker for a yearless table, the explicit choice
// for a year newer than every framework, the template download, and what the
// results rest on. State lives in the Pane; this only renders and reports.
import * as React from "react";
import { Button, Checkbox, Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import type { Caveat, Framework, Lang } from "../../engine/types";
import type { FrameworkPick, Resolution } from "../framework-choice";
import type { FrameworkStrings } from "../framework-strings";
import { FitSelect } from "./FitSelect";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: "18px" },
  hidden: { display: "none" },
});

export interface FrameworkChoiceProps {
  s: FrameworkStrings;
  label: string;
  lang: Lang;
  frameworks: readonly Framework[];
  pick: FrameworkPick;
  onPick: (p: FrameworkPick) => void;
  /** Null until a table is read. */
  resolution: Resolution | null;
  yearRead: number | null;
  yearNamed: number | null;
  onYearNamed: (y: number | null) => void;
  acceptNewest: boolean;
  onAcceptNewest: (ok: boolean) => void;
  caveats: Caveat[];
  /** Sentences of the last file refused, or null. */
  fileProblems: string[] | null;
  onFile: (text: string) => void;
  onTemplate: () => void;
  disabled: boolean;
}

/** A chosen file's text (FileReader: what every webview Office runs in has). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result ?? ""));
    r.onerror = () => reject(r.error);
    r.readAsText(file, "utf-8");
  });
}

const FILE = "file";
const AUTO = "auto";

export function FrameworkChoice(p: FrameworkChoiceProps) {
  const c = useStyles();
  const s = p.s;
  const fileInput = React.useRef<HTMLInputElement>(null);
  const value = p.pick.kind === "auto" ? AUTO : p.pick.kind === "file" ? FILE : p.pick.id;
  const auto =
    p.resolution?.ok && !p.resolution.explicit && p.yearRead !== null
      ? s.autoNamed(p.resolution.framework.title[p.lang], p.yearRead)
      : s.autoNone;
  const onSelect = (v: string) => {
    if (v === AUTO) p.onPick({ kind: "auto" });
    else if (v !== FILE) p.onPick({ kind: "built-in", id: v });
  };
  // Years offered for a yearless table: the newest framework's first.
  const years = [...p.frameworks]
    .map((f) => f.year)
    .filter((y): y is number => y !== null)
    .sort((a, b) => b - a);
  const r = p.resolution;

  return (
    <>
      {r && p.yearRead === null ? (
        <Field
          label={s.yearLabel}
          validationState={p.yearNamed === null ? "warning" : "none"}
          validationMessage={p.yearNamed === null ? s.yearNeeded : undefined}
        >
          <Select
            value={p.yearNamed === null ? "" : String(p.yearNamed)}
            onChange={(_, d) => p.onYearNamed(d.value === "" ? null : Number(d.value))}
          >
            <option value="">{s.yearPlaceholder}</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={p.label}>
        <FitSelect value={value} onChange={(_, d) => onSelect(d.value)}>
          <option value={AUTO}>{auto}</option>
          {p.frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {f.title[p.lang]}
            </option>
          ))}
          {p.pick.kind === "file" ? <option value={FILE}>{s.fileLabel(p.pick.framework.id)}</option> : null}
        </FitSelect>
      </Field>
      {r && !r.ok && r.need === "later-year" ? (
        <MessageBar intent="warning" data-testid="later-year">
          <MessageBarBody>
            {s.laterYear(r.year, r.newest.year as number)}
            <Checkbox
              checked={p.acceptNewest}
              onChange={(_, d) => p.onAcceptNewest(d.checked === true)}
              label={s.useNewest(r.year, r.newest.year as number)}
            />
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {r && !r.ok && r.need === "unknown-year" ? (
        <MessageBar intent="warning" data-testid="unknown-year">
          <MessageBarBody>{s.unknownYear(r.year)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={c.row}>
        <Button size="small" onClick={() => fileInput.current?.click()} disabled={p.disabled}>
          {s.loadFile}
        </Button>
        <input
          ref={fileInput}
          className={c.hidden}
          type="file"
          accept=".json,application/json"
          aria-label={s.loadFile}
          data-testid="framework-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void readText(file).then(p.onFile, () => p.onFile(""));
          }}
        />
        <Button size="small" appearance="transparent" onClick={p.onTemplate} disabled={p.disabled}>
          {s.template}
        </Button>
      </div>
      {p.fileProblems ? (
        <MessageBar intent="error" data-testid="framework-file-problems">
          <MessageBarBody>
            {s.fileProblems}
            <ul className={c.list}>
              {p.fileProblems.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {p.caveats.length > 0 ? (
        <div className={c.hint} data-testid="caveats" role="note">
          {s.caveats}
          <ul className={c.list}>
            {p.caveats.map((cv, i) => (
              <li key={i}>{cv.text[p.lang]}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
