// summariseGroups (one typed table of every agency, counting sort for large
// sets) gives what the earlier implementation gave: per set, a sort of each
// series and QUARTILE.INC on it, grades counted by id.
import fc from "fast-check";
import { builtInFramework } from "../../../src/engine/frameworks/years";
import { hundredths, meanOf, percent, quartile } from "../../../src/engine/group/stats";
import { summariseGroups } from "../../../src/engine/group/summary";
import type { AgencyResult, GroupSummary } from "../../../src/engine/group/types";
import type { Framework } from "../../../src/engine/types";

const fw = builtInFramework(2568) as Framework;

/** The summary as it was computed before (d86da53), on the same agencies. */
function before(name: string, list: AgencyResult[], target: string): GroupSummary {
  const count = list.length;
  let passed = 0;
  const byGrade = new Map<string, number>();
  for (const a of list) {
    if (a.result.passed) passed++;
    byGrade.set(a.result.grade.id, (byGrade.get(a.result.grade.id) ?? 0) + 1);
  }
  const series = (indicator: number | null, values: number[]) => {
    const s = new Int32Array(values).sort();
    return {
      indicator,
      count,
      mean: meanOf(values),
      min: quartile(s, 0),
      q1: quartile(s, 0.25),
      median: quartile(s, 0.5),
      q3: quartile(s, 0.75),
      max: quartile(s, 1),
    };
  };
  const passRate = percent(passed, count);
  return {
    name,
    count,
    passed,
    passRate,
    meetsTarget: count > 0 && hundredths(passRate) >= hundredths(`${target}.00`),
    grades: fw.scale.bands.map((grade) => ({
      grade,
      count: byGrade.get(grade.id) ?? 0,
      share: percent(byGrade.get(grade.id) ?? 0, count),
    })),
    stats: [
      series(
        null,
        list.map((a) => a.points.overall)
      ),
      ...fw.indicators.map((i) =>
        series(
          i.number,
          list.map((a) => a.points.scores[i.number])
        )
      ),
    ],
  };
}

const agency = fc.record({
  group: fc.constantFrom("ก", "ข", "ค", ""),
  overall: fc.integer({ min: 0, max: 10000 }),
  scores: fc.array(fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 7000, max: 7050 })), { minLength: 11, maxLength: 11 }),
  band: fc.nat({ max: 10 }),
  passed: fc.boolean(),
});

describe("summariseGroups against the earlier implementation", () => {
  it("gives the same summaries for small and large (counted) sets", () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(agency, { maxLength: 40 }), fc.array(agency, { minLength: 1024, maxLength: 2600 })), (rows) => {
        const agencies = rows.map(
          (r) =>
            ({
              agency: "x",
              key: "x",
              group: r.group,
              groups: [r.group],
              where: "A1",
              rank: 0,
              groupRank: 0,
              points: { overall: r.overall, scores: r.scores },
              result: { passed: r.passed, grade: fw.scale.bands[r.band % fw.scale.bands.length] },
            }) as unknown as AgencyResult
        );
        const s = summariseGroups(agencies, true, fw, "80");
        expect(s.all).toEqual(before("", agencies, "80"));
        for (const g of s.groups)
          expect(g).toEqual(
            before(
              g.name,
              agencies.filter((a) => a.group === g.name),
              "80"
            )
          );
      }),
      { numRuns: 40 }
    );
  });
});
