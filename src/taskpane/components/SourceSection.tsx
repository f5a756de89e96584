// Where the scores come from: the selection, the sample, a named range or
// table, and what was read (the mode's own preview).
import { Button, Field, Spinner } from "@fluentui/react-components";
import { FitSelect } from "./FitSelect";
import { usePaneStyles } from "./pane-styles";
import { sourceKey, sourceLabel } from "./pane-values";
import type { PaneState } from "./usePane";
import { PaneSection } from "./PaneSection";

export function SourceSection({ p }: { p: PaneState }) {
  const c = usePaneStyles();
  const { s } = p;
  const idle = p.busy === null;
  return (
    <PaneSection headingId="src-h" heading={s.sourceHeading}>
      <div className={c.row}>
        <Button appearance="primary" onClick={p.readSelection} disabled={!idle}>
          {s.useSelection}
        </Button>
        <Button onClick={p.loadSample} disabled={!idle}>
          {s.loadSample}
        </Button>
      </div>
      {p.sources.length > 0 ? (
        <div className={c.row}>
          <Field label={s.sourceList} className={c.grow}>
            <FitSelect value={p.chosen} onChange={(_, d) => p.setChosen(d.value)}>
              {p.sources.map((x) => (
                <option key={sourceKey(x)} value={sourceKey(x)}>
                  {sourceLabel(x)}
                </option>
              ))}
            </FitSelect>
          </Field>
          <Button onClick={p.readChosen} disabled={!idle || !p.chosen}>
            {s.readChosen}
          </Button>
        </div>
      ) : (
        <div className={c.hint}>
          {s.noSources}{" "}
          <Button size="small" appearance="transparent" onClick={() => void p.refreshSources()}>
            {s.refreshSources}
          </Button>
        </div>
      )}
      {/* Read, problems and progress are announced as they change. */}
      <div role="status" aria-live="polite" className={c.written}>
        {p.busy === "reading" ? <Spinner size="tiny" label={s.progress.reading} data-testid="progress" /> : null}
        {p.active.renderSource()}
      </div>
    </PaneSection>
  );
}
