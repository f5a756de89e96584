// What the pane read from the workbook: indicators with their scores per
// year, the years, skipped rows, and every problem with its cell. Cell text
// is rendered as React text only.
import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { Digits } from "../../engine/text";
import type { CsvSplit, Framework, Ignored, Lang, ParseResult, Problem } from "../../engine/types";
import type { SourceCells } from "../../report/host";
import type { UiStrings } from "../strings";
import { boundProblems } from "../../engine/problem-list";
import { describeCsvSplit } from "../../engine/messages";

export const useSourceStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: "2px 4px" },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", verticalAlign: "top" },
  num: { textAlign: "right", whiteSpace: "nowrap" },
  list: { margin: 0, paddingLeft: "18px" },
  where: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, marginRight: "6px" },
});

export interface SourcePreviewProps {
  s: UiStrings;
  lang: Lang;
  digits: Digits;
  source: SourceCells;
  parse: ParseResult;
  framework: Framework;
  /** The year the user named for a yearless table, or null. */
  yearNamed?: number | null;
  /** False while the year or the framework still waits for the user: no "ready" then. */
  ready?: boolean;
  describe: (p: Problem) => string;
}

/**
 * describeProblem names the cell itself ("เซลล์ D7: …"), so nothing is added
 * here. A long list is bounded and grouped by kind (engine/problem-list).
 */
export function ProblemList(props: { problems: Problem[]; describe: (p: Problem) => string }) {
  const c = useSourceStyles();
  return (
    <ul className={c.list}>
      {boundProblems(props.problems).map((p, i) => (
        <li key={i} data-testid="problem">
          {props.describe(p)}
        </li>
      ))}
    </ul>
  );
}

/** Rows and columns left aside on purpose (titles, blank rows, rank columns), folded away. */
export function IgnoredList({ s, ignored }: { s: UiStrings; ignored: Ignored[] }) {
  const c = useSourceStyles();
  if (ignored.length === 0) return null;
  return (
    <details>
      <summary className={c.small}>{s.ignoredHeading(ignored.length)}</summary>
      <ul className={c.list}>
        {ignored.map((g, i) => (
          <li key={i} className={c.small}>
            <span className={c.where}>{g.where}</span>
            {s.ignoredReason[g.reason]}
            {g.text ? `: ${g.text}` : ""}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** CSV lines in one column were read split (the cells are left as they are): said before anything read from them. */
export function CsvSplitNote({ split, lang }: { split: CsvSplit | undefined; lang: Lang }) {
  if (!split) return null;
  return (
    <MessageBar intent="info" data-testid="csv-split">
      <MessageBarBody>{describeCsvSplit(split, lang)}</MessageBarBody>
    </MessageBar>
  );
}

export function SourcePreview({ s, lang, source, parse, framework, yearNamed = null, ready = true, describe }: SourcePreviewProps) {
  const c = useSourceStyles();
  const ignoredList = <IgnoredList s={s} ignored={parse.ok ? parse.table.ignored : parse.ignored} />;
  const csvSplit = <CsvSplitNote split={parse.csvSplit} lang={lang} />;

  if (!parse.ok) {
    return (
      <div className={c.root}>
        <div className={c.small}>{s.readFrom(source.sheet, source.address)}</div>
        {csvSplit}
        <MessageBar intent="error">
          <MessageBarBody>{s.problemsHeading(parse.problems.length)}</MessageBarBody>
        </MessageBar>
        <ProblemList problems={parse.problems} describe={describe} />
        {ignoredList}
      </div>
    );
  }

  const { table, warnings } = parse;
  const numbers = [...new Set(table.years.flatMap((y) => Object.keys(y.scores).map(Number)))].sort((a, b) => a - b);
  const nameOf = (n: number) => framework.indicators.find((i) => i.number === n)?.name[lang] ?? "";
  const yearless = table.years.some((y) => y.year === null);

  return (
    <div className={c.root}>
      <div className={c.small}>{s.readFrom(source.sheet, source.address)}</div>
      {csvSplit}
      <div>
        {s.yearsFound}: <strong data-testid="years">{table.years.map((y) => (y.year === null ? "?" : String(y.year))).join(", ")}</strong>
      </div>
      {yearless ? <div className={c.small}>{s.noYearInSource(yearNamed)}</div> : null}
      <div>{s.indicatorsMatched(numbers.length)}</div>
      <table className={c.table} data-testid="matched">
        <thead>
          <tr>
            <th className={c.th}>{s.colNumber}</th>
            <th className={c.th}>{s.colIndicator}</th>
            {table.years.map((y, i) => (
              <th key={i} className={`${c.th} ${c.num}`}>
                {y.year ?? "?"}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {numbers.map((n) => (
            <tr key={n}>
              <td className={c.td}>{n}</td>
              <td className={c.td}>{nameOf(n)}</td>
              {table.years.map((y, i) => (
                <td key={i} className={`${c.td} ${c.num}`}>
                  {y.scores[n] ?? "–"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {warnings.length > 0 ? (
        <>
          <MessageBar intent="warning">
            <MessageBarBody>{s.warningsHeading(warnings.length)}</MessageBarBody>
          </MessageBar>
          <ProblemList problems={warnings} describe={describe} />
        </>
      ) : ready ? (
        <MessageBar intent="success">
          <MessageBarBody>{s.sourceOk}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning" data-testid="source-waits">
          <MessageBarBody>{s.sourceWaits}</MessageBarBody>
        </MessageBar>
      )}
      {ignoredList}
    </div>
  );
}
