// Many agencies at once: the column to group by, one agency among its
// peers, the set's name, and the agencies and distribution sheets. Each
// year is graded by its own built-in framework.
import * as React from "react";
import { withDigits } from "../../engine/text";
import type { Lang } from "../../engine/types";
import { STRINGS } from "../strings";
import { agencyChoices, GroupOptions, groupOption } from "./GroupOptions";
import { GroupSourcePreview } from "./GroupSourcePreview";
import { GroupDocument } from "./ReportDocument";
import type { Built, CommonOptions, ModeContext, PaneMode } from "./pane-mode";
import { frameworkOfYear } from "./pane-values";

export function useGroupMode(x: ModeContext): PaneMode {
  const { deps, s, read } = x;
  const [groupCol, setGroupCol] = React.useState("");
  const [peerAgency, setPeerAgency] = React.useState("");
  const [scope, setScope] = React.useState("");

  const group = read?.mode === "group" ? read : null;
  const table = group?.parse.ok ? group.parse.table : null;
  const choices = React.useMemo(() => (table ? agencyChoices(table, groupCol) : []), [table, groupCol]);
  const header = table?.groupColumns.find((g) => g.where === groupCol)?.name ?? null;
  const scopeDefault = (count: number, h: string | null, l: Lang) => STRINGS[l].scopeDefault(withDigits(String(count), x.digits), h);
  const latestCount = table
    ? new Set(table.records.filter((r) => r.year === table.years[table.years.length - 1]).map((r) => r.key)).size
    : 0;

  /** analyseGroup → the agencies and distribution sheets (and peers for a chosen agency). */
  function build(o: CommonOptions): Built {
    if (!table) return { ok: false, problems: [] };
    const result = deps.analyseGroup(table, {
      group: groupOption(table.groupColumns, groupCol),
      agency: peerAgency.trim() === "" ? undefined : peerAgency.trim(),
      passMark: o.markTyped ? o.mark : undefined,
    });
    if (!result.ok) return result;
    const g = result.analysis;
    const heading = scope.trim() === "" ? scopeDefault(g.all.count, g.groupColumn, o.outLang) : scope.trim();
    const specs = deps.buildGroupSheets(g, { lang: o.outLang, digits: o.digits, scope: heading });
    return { ok: true, specs, groupChecks: g.checks, group: { analysis: g, scope: heading } };
  }

  return {
    // The latest year's framework gives the default pass mark.
    framework: frameworkOfYear(deps.frameworks, table?.years[table.years.length - 1] ?? null),
    sourceReady: !!table && table.records.length > 0,
    optionsValid: true,
    needsSource: s.generateNeedsGroupSource,
    sample: { name: s.groupSampleSheetName, cells: deps.groupSampleCells },
    parse: (source) => ({
      mode: "group",
      source,
      parse: deps.parseGroupScores(source.cells, { origin: source.origin, addressStyle: "a1" }),
    }),
    afterRead: (next) => {
      if (next.mode !== "group" || !next.parse.ok) return;
      // Keep the chosen column when it is still there; else group by the first one found (a province, a type).
      const cols = next.parse.table.groupColumns;
      setGroupCol((cur) => (cols.some((g) => g.where === cur) ? cur : (cols[0]?.where ?? "")));
    },
    build,
    renderSource: () =>
      group ? <GroupSourcePreview s={s} lang={x.lang} source={group.source} parse={group.parse} describe={x.describe} /> : null,
    renderOptions: () => (
      <GroupOptions
        s={s}
        columns={table?.groupColumns ?? []}
        groupCol={groupCol}
        onGroupCol={setGroupCol}
        agency={peerAgency}
        onAgency={setPeerAgency}
        agencyChoices={choices}
        scope={scope}
        onScope={setScope}
        scopeDefault={table ? scopeDefault(latestCount, header, x.outLang) : ""}
      />
    ),
    renderMoreOptions: () => null,
    renderDocument: (found, disabled) =>
      found.group ? (
        <GroupDocument
          deps={deps}
          analysis={found.group.analysis}
          uiLang={x.lang}
          lang={x.outLang}
          digits={x.digits}
          scope={found.group.scope}
          disabled={disabled}
        />
      ) : null,
  };
}
