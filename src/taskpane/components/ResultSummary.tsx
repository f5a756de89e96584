// After Generate: the headline beside the button, each written sheet as a
// link that brings it to the front, and every consistency check with its
// cell or line. Sheet names and report text are rendered as React text only.
import * as React from "react";
import { Link, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { checkSentence } from "../../engine/check-words";
import type { Digits } from "../../engine/text";
import type { Analysis, Lang } from "../../engine/types";
import { headline } from "../headline";
import { RESULT_STRINGS } from "../result-strings";

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

export function CheckList({ analysis, lang, digits }: { analysis: Analysis; lang: Lang; digits: Digits }) {
  const c = useStyles();
  const r = RESULT_STRINGS[lang];
  if (analysis.checks.length === 0) return <div data-testid="checks">{r.checksNone}</div>;
  return (
    <MessageBar intent="warning" data-testid="checks">
      <MessageBarBody>
        {r.checksHeading(analysis.checks.length)}
        <ul className={c.list}>
          {analysis.checks.map((ch, i) => (
            <li key={i}>{checkSentence(ch, analysis.current.framework, lang, digits)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
