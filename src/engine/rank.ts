// Ranking indicators: descending score, ties share a rank (1, 2, 2, 4) and
// tied indicators are listed by number.
import { dec } from "./decimal";
import type { RankRow } from "./types";

export function rankScores(scores: Record<number, string>): RankRow[] {
  const rows = Object.entries(scores)
    .map(([n, s]) => ({ indicator: Number(n), score: s }))
    .sort((a, b) => dec(b.score).cmp(dec(a.score)) || a.indicator - b.indicator);
  return rows.map((r, i) => {
    const first = rows.findIndex((o) => dec(o.score).eq(r.score));
    return { rank: first === i ? i + 1 : first + 1, ...r };
  });
}
