// Many agencies' CSV pasted into one column (one line a cell): the group
// reader reads the lines split, as the single-agency reader does, and names a
// bad value by its cell and field.
import { describeCsvSplit, describeProblem } from "../../../src/engine/messages";
import { parseGroupScores } from "../../../src/engine/group/parse";
import { csvColumn } from "../../helpers/csv-lines";
import { SMALL_TABLE } from "./fixture";

/** What a record is, apart from where it was read. */
const content = (r: { agency: string; year: number; groups: string[]; scores: Record<number, string>; stated: string | null }) => ({
  agency: r.agency,
  year: r.year,
  groups: r.groups,
  scores: r.scores,
  stated: r.stated,
});

describe("parseGroupScores on CSV lines in one column", () => {
  it("reads the same agencies, years and scores as the cells themselves, and says the text was split", () => {
    const direct = parseGroupScores(SMALL_TABLE);
    const split = parseGroupScores(csvColumn(SMALL_TABLE));
    if (!direct.ok || !split.ok) throw new Error("parse");
    expect(split.table.records.map(content)).toEqual(direct.table.records.map(content));
    expect(split.table.years).toEqual(direct.table.years);
    expect(split.table.groupColumns.map((g) => g.name)).toEqual(["จังหวัด"]);
    expect(split.csvSplit).toEqual({ where: "A1:A10", delimiter: ",", columns: 15 });
    expect(describeCsvSplit(split.csvSplit!, "th")).toContain("A1:A10");
    expect(direct.csvSplit).toBeUndefined();
  });

  it("names the rejected row's bad value by the cell it is in and its field", () => {
    const split = parseGroupScores(csvColumn(SMALL_TABLE), { origin: { row: 2, col: 1 } });
    if (!split.ok) throw new Error("parse");
    // อบต.ฉ (line 7 of the block, so B9 from B3): indicator 3 is field 7 ("abc").
    const bad = split.table.problems.map((p) => describeProblem(p, "en"));
    expect(bad.some((m) => m.startsWith("B9, field 7: "))).toBe(true);
    expect(split.csvSplit?.where).toBe("B3:B12");
  });
});
