// Reading scores: cells (from Excel, a file or a paste) → ScoreTable.
export { parseScores, type ParseOptions } from "./parse";
export { cellAddress, readNumber, toCell, type AddressStyle } from "./cells";
export { readYearHeader, classifyHeader, isTotalLabel, isGradeLabel } from "./labels";
export { INPUT_LIMITS, gridTooLarge, sizeTooLarge, tooLarge, widestRow, type LimitKind } from "./limits";
