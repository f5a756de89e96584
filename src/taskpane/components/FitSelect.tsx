// A drop-down that keeps to the pane's width. A native <select> is as wide as
// its longest option ("From the scores' year (ITA fiscal year 2565 BE)", a
// long table or column name), which pushed the pane into a sideways scroll in
// Excel's narrow task pane; the chosen text is cut with an ellipsis instead.
import { makeStyles, Select, type SelectProps } from "@fluentui/react-components";

const useFitSelect = makeStyles({
  root: { minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

export function FitSelect(props: SelectProps) {
  const fit = useFitSelect();
  return <Select {...props} className={fit.root} select={{ className: fit.select }} />;
}
