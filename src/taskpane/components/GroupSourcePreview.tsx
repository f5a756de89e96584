// What the pane read from a table of many agencies: how many agencies and
// rows, the years, the columns it can group by, and each row left out with
// every problem named by its cell (the other rows are graded as usual).
// Cell text is rendered as React text only.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { GroupParseResult } from "../../engine/group";
import type { Lang, Problem } from "../../engine/types";
import type { SourceCells } from "../../report/host";
import type { UiStrings } from "../strings";
import { CsvSplitNote, IgnoredList, ProblemList, useSourceStyles } from "./SourcePreview";

/** A big paste with a bad column can reject thousands of rows: list the first ones, count the rest. */
export const REJECTED_SHOWN = 100;

export interface GroupSourcePreviewProps {
  s: UiStrings;
  /** The pane's language, for the note on CSV lines read split. */
  lang: Lang;
  source: SourceCells;
  parse: GroupParseResult;
  describe: (p: Problem) => string;
}

export function GroupSourcePreview({ s, lang, source, parse, describe }: GroupSourcePreviewProps) {
  const c = useSourceStyles();
  const readFrom = (
    <>
      <div className={c.small}>{s.readFrom(source.sheet, source.address)}</div>
      <CsvSplitNote split={parse.csvSplit} lang={lang} />
    </>
  );

  if (!parse.ok) {
    return (
      <div className={c.root}>
        {readFrom}
        <MessageBar intent="error">
          <MessageBarBody>{s.problemsHeading(parse.problems.length)}</MessageBarBody>
        </MessageBar>
        <ProblemList problems={parse.problems} describe={describe} />
        <IgnoredList s={s} ignored={parse.ignored} />
      </div>
    );
  }

  const t = parse.table;
  const agencies = new Set(t.records.map((r) => r.key)).size;
  const shown = t.rejected.slice(0, REJECTED_SHOWN);

  return (
    <div className={c.root}>
      {readFrom}
      <div data-testid="agencies-read">{s.agenciesRead(agencies, t.records.length)}</div>
      <div>
        {s.yearsFound}: <strong data-testid="years">{t.years.join(", ")}</strong>
      </div>
      <div>
        {s.groupColumnsFound}:{" "}
        <strong data-testid="group-columns">
          {t.groupColumns.length > 0 ? t.groupColumns.map((g) => g.name).join(", ") : s.noGroupColumns}
        </strong>
      </div>
      {t.records.length === 0 ? (
        <MessageBar intent="error">
          <MessageBarBody>{s.noGoodRows}</MessageBarBody>
        </MessageBar>
      ) : null}
      {t.rejected.length > 0 ? (
        <>
          <MessageBar intent="warning">
            <MessageBarBody>{s.rejectedHeading(t.rejected.length)}</MessageBarBody>
          </MessageBar>
          <ul className={c.list} data-testid="rejected">
            {shown.map((r, i) => (
              <li key={i} data-testid="rejected-row">
                <span className={c.where}>{r.where}</span>
                {r.agency || s.noAgencyName}
                {r.year !== null ? ` (${r.year})` : ""}
                <ProblemList problems={r.problems} describe={describe} />
              </li>
            ))}
          </ul>
          {t.rejected.length > shown.length ? <div className={c.small}>{s.rejectedMore(t.rejected.length - shown.length)}</div> : null}
        </>
      ) : t.records.length > 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{s.groupSourceOk}</MessageBarBody>
        </MessageBar>
      ) : null}
      <IgnoredList s={s} ignored={t.ignored} />
    </div>
  );
}
