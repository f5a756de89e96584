// Conditional-format rules evaluated on cell values the way Excel's "Cell
// Value" rules do, so a user's edit re-colours the preview as it would in Excel.
import type { CellValue, ConditionalRule } from "../report/spec";
import { inRange, parseA1 } from "../engine/a1";

/**
 * Excel compares a blank cell as 0 and ranks any text above every number
 * (so text is never "less than" a threshold). The preview keeps those rules
 * to show what Excel would show, surprising or not.
 */
export function ruleHolds(rule: ConditionalRule, value: CellValue | undefined): boolean {
  if (typeof value === "boolean") return false;
  if (typeof value === "string" && value !== "") {
    return rule.operator === "greaterThan" || rule.operator === "greaterThanOrEqual"; // never "between": text is above any bound
  }
  const v = typeof value === "number" ? value : 0;
  switch (rule.operator) {
    case "lessThan":
      return v < rule.value;
    case "greaterThan":
      return v > rule.value;
    case "greaterThanOrEqual":
      return v >= rule.value;
    case "equal":
      return v === rule.value;
    case "between":
      return v >= rule.value && v <= (rule.value2 ?? rule.value);
  }
}

export interface CellLook {
  fontColor?: string;
  fill?: string;
}

/** The formatting conditional rules give a cell; a later rule fills in what an earlier one left unset. */
export function conditionalLook(rules: ConditionalRule[], row: number, col: number, value: CellValue | undefined): CellLook {
  const look: CellLook = {};
  for (const rule of rules) {
    const r = parseA1(rule.range)?.range;
    if (!r || !inRange(r, row, col) || !ruleHolds(rule, value)) continue;
    // Excel gives the first matching rule priority for each property.
    if (rule.fontColor && !look.fontColor) look.fontColor = rule.fontColor;
    if (rule.fill && !look.fill) look.fill = rule.fill;
  }
  return look;
}
