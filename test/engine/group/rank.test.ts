// rankYear's order (counted by overall, ties sorted by name then groups)
// is the order of the earlier implementation (buckets by overall, d86da53).
import fc from "fast-check";
import type { Scored } from "../../../src/engine/group/grade-records";
import { rankYear } from "../../../src/engine/group/rank";

const collator = new Intl.Collator("th");
const byNameThenGroups = (a: Scored, b: Scored) =>
  collator.compare(a.agency, b.agency) || collator.compare(a.groups.join("\u0001"), b.groups.join("\u0001"));

function before(items: Scored[]): Scored[] {
  const buckets = new Map<number, Scored[]>();
  for (const s of items) {
    const b = buckets.get(s.points.overall);
    if (b) b.push(s);
    else buckets.set(s.points.overall, [s]);
  }
  const sorted: Scored[] = [];
  for (const o of Float64Array.from(buckets.keys()).sort().reverse()) {
    const b = buckets.get(o) as Scored[];
    if (b.length > 1) b.sort(byNameThenGroups);
    sorted.push(...b);
  }
  return sorted;
}

const item = (inRange: boolean) =>
  fc.record({
    agency: fc.constantFrom("เทศบาลนครที่ 1", "เทศบาลตำบล ก", "กรมที่ดิน", "ส่วนราชการ", "a", "A", "ข"),
    groups: fc.array(fc.constantFrom("เชียงใหม่", "กรุงเทพมหานคร", ""), { minLength: 1, maxLength: 2 }),
    overall: inRange
      ? fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 8000, max: 8005 }))
      : fc.integer({ min: -50, max: 10050 }),
    id: fc.nat(),
  });

describe("rankYear against the earlier implementation", () => {
  it("orders and ranks the same (overalls in 0..10000 and beyond)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(item(true), { maxLength: 300 }), fc.array(item(false), { maxLength: 300 })), (rows) => {
        const make = () =>
          rows.map(
            (r) =>
              ({
                agency: r.agency,
                groups: r.groups,
                group: r.groups[0],
                points: { overall: r.overall, scores: [] },
                id: r.id,
                rank: 0,
                groupRank: 0,
              }) as unknown as Scored
          );
        const expected = before(make()).map((s) => [(s as unknown as { id: number }).id, s.agency, s.groups.join("|"), s.points.overall]);
        const got = rankYear(make());
        expect(got.map((s) => [(s as unknown as { id: number }).id, s.agency, s.groups.join("|"), s.points.overall])).toEqual(expected);
        for (let i = 1; i < got.length; i++)
          expect(got[i].rank).toBe(got[i].points.overall === got[i - 1].points.overall ? got[i - 1].rank : i + 1);
      }),
      { numRuns: 200 }
    );
  });
});
