// Options of the many-agency report: the column to group by, one agency to
// place among its peers (a searchable list of the agencies read) and the
// name of the set for the report's headings.
import { Field, Input, useId } from "@fluentui/react-components";
import type { GroupColumn, GroupTable } from "../../engine/group";
import type { UiStrings } from "../strings";
import { FitSelect } from "./FitSelect";

export interface GroupOptionsProps {
  s: UiStrings;
  columns: GroupColumn[];
  /** The chosen column's header cell ("B2"), or "" for no grouping. */
  groupCol: string;
  onGroupCol: (where: string) => void;
  agency: string;
  onAgency: (text: string) => void;
  agencyChoices: string[];
  scope: string;
  onScope: (text: string) => void;
  /** The heading used when the field is left blank. */
  scopeDefault: string;
}

const collator = new Intl.Collator("th");

/**
 * The names a user can pick for the peers sheet, from the latest year: a
 * name that repeats (tambon names recur across provinces) is offered as
 * "name / group value", the form analyseGroup accepts.
 */
export function agencyChoices(table: GroupTable, groupCol: string): string[] {
  const latest = table.years[table.years.length - 1];
  const recs = table.records.filter((r) => r.year === latest);
  const times = new Map<string, number>();
  for (const r of recs) times.set(r.agency, (times.get(r.agency) ?? 0) + 1);
  const gi = table.groupColumns.findIndex((g) => g.where === groupCol);
  const out = new Set<string>();
  for (const r of recs) {
    if ((times.get(r.agency) ?? 0) < 2) out.add(r.agency);
    else {
      const g = (gi >= 0 ? r.groups[gi] : "") || r.groups.find((x) => x !== "") || "";
      out.add(g ? `${r.agency} / ${g}` : r.agency);
    }
  }
  return [...out].sort(collator.compare);
}

/** What analyseGroup's `group` option needs: the header when unique, else the column letter of its header cell. */
export function groupOption(columns: GroupColumn[], where: string): string | undefined {
  const col = columns.find((g) => g.where === where);
  if (!col) return undefined;
  const unique = columns.filter((g) => g.name === col.name).length === 1;
  return unique ? col.name : col.where.replace(/\d+$/, "");
}

export function GroupOptions(p: GroupOptionsProps) {
  const listId = useId("agencies");
  return (
    <>
      <Field label={p.s.groupColumn}>
        <FitSelect value={p.groupCol} onChange={(_, d) => p.onGroupCol(d.value)}>
          <option value="">{p.s.groupNone}</option>
          {p.columns.map((g) => (
            <option key={g.where} value={g.where}>
              {g.name}
            </option>
          ))}
        </FitSelect>
      </Field>
      <Field label={p.s.chosenAgency} hint={p.s.chosenAgencyHint}>
        <Input value={p.agency} list={listId} placeholder={p.s.chosenAgencyPlaceholder} onChange={(_, d) => p.onAgency(d.value)} />
      </Field>
      <datalist id={listId}>
        {p.agencyChoices.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <Field label={p.s.scope} hint={p.s.scopePlaceholder}>
        <Input value={p.scope} placeholder={p.scopeDefault} onChange={(_, d) => p.onScope(d.value)} />
      </Field>
    </>
  );
}
