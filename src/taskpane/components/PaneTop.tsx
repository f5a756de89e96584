// The pane's head: title, interface language, mode, and a host failure.
import { Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import { hostErrorText } from "../strings";
import type { Mode } from "./pane-mode";
import { usePaneStyles } from "./pane-styles";
import type { PaneState } from "./usePane";

export function PaneTop({ p }: { p: PaneState }) {
  const c = usePaneStyles();
  const { s, error } = p;
  return (
    <>
      <div className={c.top}>
        <h1 className={c.title}>{s.appTitle}</h1>
        <Field label={s.uiLanguage} size="small">
          <Select size="small" value={p.lang} onChange={(_, d) => p.setLang(d.value as Lang)}>
            <option value="th">ไทย</option>
            <option value="en">English</option>
          </Select>
        </Field>
      </div>

      <Field label={s.modeLabel}>
        <RadioGroup layout="horizontal" value={p.mode} disabled={p.busy !== null} onChange={(_, d) => p.changeMode(d.value as Mode)}>
          <Radio value="single" label={s.modeSingle} />
          <Radio value="group" label={s.modeGroup} />
        </RadioGroup>
      </Field>

      <div role="alert">
        {error ? (
          <MessageBar intent="error" data-testid="host-error">
            <MessageBarBody>{hostErrorText(s, error.code, error.step, error.undone)}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </>
  );
}
