// The CLI's columns line up in a terminal: padding counts terminal cells,
// where Thai vowels and tone marks take none.
import { summary } from "../../src/cli/summary";
import { groupSummary } from "../../src/cli/group";
import { analyse } from "../../src/engine/analyse";
import { analyseGroup } from "../../src/engine/group/analyse";
import { parseGroupScores } from "../../src/engine/group/parse";
import { displayWidth } from "../../src/engine/text";
import type { Analysis } from "../../src/engine/types";
import { referenceTable } from "../helpers/tables";
import { SMALL_TABLE } from "../engine/group/fixture";

function reference(): Analysis {
  const r = analyse(referenceTable());
  if (!r.ok) throw new Error("reference table must analyse");
  return r.analysis;
}

/** The terminal column where `token` starts on `line`. */
const columnOf = (line: string, token: string) => displayWidth(line.slice(0, line.lastIndexOf(token)));

describe("grade summary columns", () => {
  it.each([
    ["th", "thai"],
    ["en", "arabic"],
  ] as const)("ranking and comparison scores start in one column (%s)", (lang, digits) => {
    const lines = summary(reference(), { lang, digits }).split("\n");
    const a = reference();
    const start = lines.indexOf(lang === "th" ? "อันดับ" : "Rank") + 1;
    const ranking = lines.slice(start, start + a.ranking.length);
    // Every ranking line ends with its score right-aligned: equal widths.
    expect(new Set(ranking.map(displayWidth)).size).toBe(1);
    const changes = lines.slice(start + a.ranking.length + 2, start + a.ranking.length + 2 + a.changes.length);
    expect(changes).toHaveLength(10);
    expect(new Set(changes.map(displayWidth)).size).toBe(1);
  });
});

describe("group summary columns", () => {
  it("agency, group and overall columns line up whatever Thai marks the names carry", () => {
    const parsed = parseGroupScores(SMALL_TABLE);
    if (!parsed.ok) throw new Error("fixture must parse");
    const r = analyseGroup(parsed.table, { group: "จังหวัด", agency: "อบต.จ" });
    if (!r.ok) throw new Error("fixture must analyse");
    const g = r.analysis;
    const lines = groupSummary(g, { lang: "th", digits: "arabic" }).split("\n");
    const rows = g.agencies.map((a) => lines.find((l) => l.includes(`  ${a.agency} `) && l.includes(a.result.overall)) as string);
    expect(new Set(rows.map((l, i) => columnOf(l, g.agencies[i].result.overall))).size).toBe(1);
    const peers = lines.filter((l) => l.includes("เปอร์เซ็นไทล์"));
    expect(peers.length).toBeGreaterThan(1);
    expect(new Set(peers.map((l) => columnOf(l, "เปอร์เซ็นไทล์"))).size).toBe(1);
  });
});
