// The pane's layout classes, shared by its section components.
import { makeStyles, tokens } from "@fluentui/react-components";

/** A titled section of the pane (PaneSection; the self-test's section too, which renders outside the pane). */
export const sectionStyles = {
  section: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: "8px",
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
} as const;

export const usePaneStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    boxSizing: "border-box",
    width: "100%",
    minWidth: "280px",
    fontFamily: tokens.fontFamilyBase,
  },
  top: { display: "flex", justifyContent: "space-between", alignItems: "flex-end", gap: "8px", flexWrap: "wrap" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "flex-end" },
  grow: { flexGrow: 1, minWidth: "0" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: "18px" },
  written: { display: "flex", flexDirection: "column", gap: "8px" },
});
