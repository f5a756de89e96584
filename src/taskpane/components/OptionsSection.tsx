// The options: the mode's own, then the pass mark, output language and
// digits both modes share, then the mode's remaining ones.
import { Field, Input, Select } from "@fluentui/react-components";
import type { Digits } from "../../engine/text";
import type { Lang } from "../../engine/types";
import { PAGE_DIGITS_NOTE } from "../../report/print";
import { usePaneStyles } from "./pane-styles";
import type { PaneState } from "./usePane";
import { PaneSection } from "./PaneSection";

export function OptionsSection({ p }: { p: PaneState }) {
  const c = usePaneStyles();
  const { s } = p;
  return (
    <PaneSection headingId="opt-h" heading={s.optionsHeading}>
      {p.active.renderOptions()}
      <Field label={s.passMark} validationMessage={p.markValue === null ? s.passMarkInvalid : undefined}>
        <Input
          value={p.passMark}
          placeholder={p.active.framework.passMark}
          inputMode="decimal"
          onChange={(_, d) => p.setPassMark(d.value)}
        />
      </Field>
      <div className={c.row}>
        <Field label={s.outputLanguage} className={c.grow}>
          <Select value={p.outLang} onChange={(_, d) => p.setOutLang(d.value as Lang)}>
            <option value="th">{s.langThai}</option>
            <option value="en">{s.langEnglish}</option>
          </Select>
        </Field>
        <Field label={s.digits} className={c.grow} hint={p.digits === "thai" ? PAGE_DIGITS_NOTE[p.lang] : undefined}>
          <Select value={p.digits} onChange={(_, d) => p.setDigits(d.value as Digits)}>
            <option value="thai">{s.digitsThai}</option>
            <option value="arabic">{s.digitsArabic}</option>
          </Select>
        </Field>
      </div>
      {p.active.renderMoreOptions()}
    </PaneSection>
  );
}
