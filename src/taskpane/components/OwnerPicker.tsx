// One owner per indicator that has a measure in the plan (in the plan's
// order), picked from the planner's own list of units (engine/owners.ts
// decides what a measure prints). Picks kept for other indicators stay
// saved and print nowhere. Folded away: most planners take the defaults
// mapped onto their list.
import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { indicatorLabel } from "../../engine/labels";
import { ownerOnList, type OwnerChoices } from "../../engine/owners";
import type { Framework, Lang } from "../../engine/types";
import { RESULT_STRINGS } from "../result-strings";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: "6px", paddingTop: "6px" },
  summary: { cursor: "pointer", fontSize: tokens.fontSizeBase300 },
});

export interface OwnerPickerProps {
  framework: Framework;
  /** The indicators with a measure, in the plan's order. */
  indicators: number[];
  units: string[];
  choices: OwnerChoices;
  lang: Lang;
  onChoose: (indicator: number, unit: string) => void;
}

export function OwnerPicker({ framework, indicators, units, choices, lang, onChoose }: OwnerPickerProps) {
  const c = useStyles();
  const r = RESULT_STRINGS[lang];
  if (indicators.length === 0) return <p data-testid="owner-picker">{r.ownersNoMeasures}</p>;
  const current = indicators.map((n) => ({ n, unit: ownerOnList(framework, n, units, choices) }));
  const open = current.filter((x) => x.unit === "").length;
  return (
    <details data-testid="owner-picker">
      <summary className={c.summary}>{r.ownersByIndicator(open)}</summary>
      <div className={c.body}>
        {current.map(({ n, unit }) => (
          <Field key={n} label={indicatorLabel(framework, n, lang)} size="small">
            <Select size="small" value={unit} onChange={(_, d) => onChoose(n, d.value)}>
              <option value="">{r.ownerOpen}</option>
              {units.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
    </details>
  );
}
