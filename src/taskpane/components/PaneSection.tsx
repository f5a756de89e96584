// A titled section of the pane: its heading names it for screen readers
// (aria-labelledby), the one pattern every section follows.
import type { ReactNode } from "react";
import { makeStyles } from "@fluentui/react-components";
import { sectionStyles } from "./pane-styles";

const useStyles = makeStyles(sectionStyles);

export interface PaneSectionProps {
  /** The heading's element id, unique in the pane. */
  headingId: string;
  heading: ReactNode;
  testId?: string;
  children: ReactNode;
}

export function PaneSection({ headingId, heading, testId, children }: PaneSectionProps) {
  const c = useStyles();
  return (
    <section className={c.section} aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId} className={c.h2}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
