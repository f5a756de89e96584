// The task pane: read scores, choose options, generate the report sheets,
// download them as .xlsx. Two modes share the path source → parse → analyse
// → SheetSpecs → merge edits → write: one agency over years (SingleMode), or
// many agencies at once (GroupMode). State and flows live in usePane; the
// sections below only render. The workbook is reached through WorkbookHost
// and the content comes from PaneDeps.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { canSelfTest } from "../../report/self-test";
import { CompatibilityCheck } from "./CompatibilityCheck";
import { ConfirmReplace, GenerateSection } from "./GenerateSection";
import { OptionsSection } from "./OptionsSection";
import { usePaneStyles } from "./pane-styles";
import { PaneTop } from "./PaneTop";
import { SourceSection } from "./SourceSection";
import { usePane, type PaneProps } from "./usePane";

export type { PaneProps } from "./usePane";

export function Pane(props: PaneProps) {
  const c = usePaneStyles();
  const p = usePane(props);
  const Root = props.root ?? "main";
  return (
    <FluentProvider theme={webLightTheme} lang={p.lang}>
      <Root className={c.root}>
        <PaneTop p={p} />
        <SourceSection p={p} />
        <OptionsSection p={p} />
        <GenerateSection p={p} />
        {canSelfTest(p.host) ? <CompatibilityCheck host={p.host} lang={p.lang} deps={p.deps} /> : null}
        <ConfirmReplace p={p} />
      </Root>
    </FluentProvider>
  );
}
