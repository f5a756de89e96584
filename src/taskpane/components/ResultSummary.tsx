// After Generate: the headline beside the button, each written sheet as a
// link that brings it to the front, and every consistency check with its
// cell or line. Sheet names and report text are rendered as React text only.
import { Link, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { checkSentence } from "../../engine/check-words";
import type { Digits } from "../../engine/text";
import type { Analysis, Lang } from "../../engine/types";
import { headline } from "../headline";
import { RESULT_STRINGS } from "../result-strings";
import type { Findings } from "./usePane";

const useStyles = makeStyles({
  headline: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: "18px" },
});

export function Headline({ analysis, lang, digits }: { analysis: Analysis; lang: Lang; digits: Digits }) {
  const c = useStyles();
  return (
    <div className={c.headline} data-testid="headline" role="status" aria-label={RESULT_STRINGS[lang].headlineLabel}>
      {headline(analysis, lang, digits)}
    </div>
  );
}

export function SheetLinks({ names, lang, onOpen }: { names: string[]; lang: Lang; onOpen: (name: string) => void }) {
  const c = useStyles();
  return (
    <ul className={c.list}>
      {names.map((n) => (
        <li key={n}>
          <Link as="button" title={RESULT_STRINGS[lang].openSheet(n)} onClick={() => onOpen(n)}>
            {n}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export interface CheckListProps {
  findings: Findings;
  lang: Lang;
  digits: Digits;
}

/** Every check in one sentence each: one agency's (stated total, grade, draft text) or each agency's published overall. */
export function CheckList({ findings, lang, digits }: CheckListProps) {
  const c = useStyles();
  const r = RESULT_STRINGS[lang];
  const { analysis, groupChecks } = findings;
  const sentences = analysis
    ? analysis.checks.map((ch) => checkSentence(ch, analysis.current.framework, lang, digits))
    : (groupChecks ?? []).map((ch) => checkSentence(ch, null, lang, digits, ch.agency));
  if (!analysis && !groupChecks) return null;
  if (sentences.length === 0) return <div data-testid="checks">{r.checksNone}</div>;
  return (
    <MessageBar intent="warning" data-testid="checks">
      <MessageBarBody>
        {analysis ? r.checksHeading(sentences.length) : r.groupChecksHeading(sentences.length)}
        <ul className={c.list}>
          {sentences.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
