// Many agencies at once: read a table of agencies, grade, rank, summarise per
// group, compare years, place one agency among its peers.
export { parseGroupScores, groupColumnLetter, type GroupParseOptions } from "./parse";
export { analyseGroup, findGroupColumn, NATIONAL_TARGET, type GroupAnalyseOptions, type GroupAnalyseResult } from "./analyse";
export { placeAmongPeers } from "./peers";
export { quartile, hundredths, fromHundredths } from "./stats";
export * from "./types";
