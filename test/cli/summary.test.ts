// The CLI's columns line up in a terminal: padding counts terminal cells,
// where Thai vowels and tone marks take none.
import { summary } from "../../src/cli/summary";
import { groupSummary } from "../../src/cli/group";
import { analyse } from "../../src/engine/analyse";
import { analyseGroup } from "../../src/engine/group/analyse";
import { parseGroupScores } from "../../src/engine/group/parse";
import { displayWidth } from "../../src/engine/text";
import type { Analysis } from "../../src/engine/types";
import { builtInFramework } from "../../src/engine/frameworks/years";
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

describe("places in the summaries", () => {
  it("says a text file's line and column in the summary's language and digits", () => {
    const a = reference();
    a.checks.push({ kind: "overall", year: 2565, where: "line 12, column 3", stated: "88.54", computed: "88.53", verdict: "rounding" });
    const ignored = [{ where: "lines 1–13, column 1", reason: "rank-column" as const, text: "ที่" }];
    const th = summary(a, { lang: "th", digits: "thai", ignored });
    expect(th).toContain("  บรรทัด ๑๒ คอลัมน์ ๓: คะแนนรวม ๒๕๖๕ — ระบุไว้ ๘๘.๕๔");
    expect(th).toContain("  บรรทัด ๑–๑๓ คอลัมน์ ๑: ");
    expect(th).not.toMatch(/line|column/);
    expect(summary(a, { lang: "en", digits: "arabic", ignored })).toContain("  line 12, column 3: Overall 2565 — stated 88.54");
  });

  it("says the group summary's check and rejected-row places in Thai", () => {
    const rows = SMALL_TABLE.map((r, i) => (i === 2 ? r.map((c, j) => (j === 3 ? "abc" : c)) : r));
    const parsed = parseGroupScores(rows, { addressStyle: "line" });
    if (!parsed.ok) throw new Error("fixture must parse");
    const r = analyseGroup(parsed.table, {});
    if (!r.ok) throw new Error("fixture must analyse");
    expect(r.analysis.rejected.length).toBeGreaterThan(0);
    const th = groupSummary(r.analysis, { lang: "th", digits: "thai" });
    expect(th).toContain("  บรรทัด ๓ คอลัมน์ ");
    expect(th).not.toMatch(/line \d|column \d/);
  });
});

describe("grade summary's grade line", () => {
  const gradeLine = (opts: { framework?: number; passMark?: string }, lang: "th" | "en" = "th") => {
    const fw = opts.framework === undefined ? undefined : builtInFramework(opts.framework);
    const r = analyse(referenceTable(), { framework: fw, passMark: opts.passMark });
    if (!r.ok) throw new Error("reference table must analyse");
    return summary(r.analysis, { lang, digits: "arabic" }).split("\n")[1];
  };

  it("a letter grade carries the pass words and the mark", () => {
    expect(gradeLine({})).toBe("คะแนนรวม 88.53  ระดับ A  ผ่านเกณฑ์ (85)");
  });

  it("NACC's rating says pass by itself: no second ผ่าน at its own mark", () => {
    const line = gradeLine({ framework: 2569 });
    expect(line).toBe("คะแนนรวม 88.53  ผลการประเมิน ผ่าน");
    expect(line.match(/ผ่าน/g)).toHaveLength(1);
  });

  it("a rating judged on the user's own pass mark still says whether it passed that mark", () => {
    expect(gradeLine({ framework: 2569, passMark: "90" }, "en")).toBe("Overall 88.53  Rating Pass  not passed (90)");
  });
});
