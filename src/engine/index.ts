// The engine's public surface: every front end (pane, CLI, preview) uses these.
export * from "./types";
export * from "./decimal";
export * from "./text";
export { recognizeIndicator, isConflict } from "./recognize";
export { BUILT_IN_FRAMEWORKS, KNOWN_YEARS, builtInFramework } from "./frameworks/years";
export { parseScores, type ParseOptions } from "./input";
export { describeProblem, describeIgnored, describePlace } from "./messages";
