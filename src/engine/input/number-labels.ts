// Which column labels the rows with bare indicator numbers ("3"), when no
// column names them. Decided on the column as a whole, never on whether
// every number in it is valid: a duplicate or an 11 must be reported at its
// cell, not turn the column into "scores in row order" (a wrong grade).
import type { HeaderKind } from "./labels";

export interface IntegerColumn {
  col: number;
  header: HeaderKind["kind"];
  /** Each non-empty value as a whole number, or null when it is not one. */
  values: (number | null)[];
}

/** A leading "1, 2, …, n" column is a rank column when another numbers the indicators. */
const isCount = (vals: (number | null)[]) => vals.every((v, i) => v === i + 1);

/**
 * The label column among the leading whole-number columns (in order, those
 * before the first column holding anything else), or null. A column headed
 * "ตัวชี้วัด" holding whole numbers is the label column; an unheaded one is
 * when most of its numbers are known indicators.
 */
export function numberLabelColumn(leading: IntegerColumn[], known: ReadonlySet<number>): number | null {
  const numbers = leading.filter((c) => c.values.length > 0 && c.values.every((v) => v !== null));
  const headed = numbers.find((c) => c.header === "indicator");
  if (headed) return headed.col;
  const mostlyKnown = numbers.filter(
    (c) => c.header === "empty" && c.values.filter((v) => v !== null && known.has(v)).length * 2 > c.values.length
  );
  if (mostlyKnown.length === 0) return null;
  const [first, second] = mostlyKnown;
  return second !== undefined && isCount(first.values) && !isCount(second.values) ? second.col : first.col;
}
