// Builders for ScoreTables in tests, and the reference report's figures
// (shared/reference/khelang-nakhon-ita-2565-report.txt, sections 5 and 6).
import type { ScoreTable, YearScores } from "../../src/engine/types";

export function yearScores(year: number | null, scores: (string | number)[], stated: string | null = null): YearScores {
  const s: Record<number, string> = {};
  const cells: Record<number, string> = {};
  scores.forEach((v, i) => {
    s[i + 1] = String(v);
    cells[i + 1] = `C${i + 2}`;
  });
  return { year, scores: s, cells, stated, statedCell: stated ? "C12" : null, statedGrade: null };
}

export function table(...years: YearScores[]): ScoreTable {
  return { years, layout: "year-columns", ignored: [] };
}

/** Section 6, indicators 1–10, as the report prints them. */
export const REPORT_2564 = ["89.98", "82.07", "85.13", "79.53", "83.47", "87.36", "87.24", "85.21", "100", "92.86"];
export const REPORT_2565 = ["90.79", "81.43", "83.97", "80.74", "85.75", "80.81", "80.98", "78.74", "95.56", "100"];

export const referenceTable = (): ScoreTable => table(yearScores(2564, REPORT_2564, "89.76"), yearScores(2565, REPORT_2565, "88.53"));
