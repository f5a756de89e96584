// Shapes of the many-agency ("group") input and results. Scores stay
// canonical decimal strings, as in the single-agency engine.
import type { Check, CsvSplit, Direction, Framework, GradeBand, Ignored, Problem, YearResult } from "../types";

/** One agency's scores for one year, read from one row (or one year block of a row). */
export interface AgencyRecord {
  /** The name as written (normalised text). */
  agency: string;
  /** Identity across years: name and every group value (tambon names repeat across provinces). */
  key: string;
  /** Values of the table's group columns, aligned with GroupTable.groupColumns ("" when blank). */
  groups: string[];
  year: number;
  /** Indicator number → canonical decimal string. */
  scores: Record<number, string>;
  /**
   * Indicator number → the score rounded half up to hundredths (the official
   * 2-decimal score as an integer), as the parser read it. Optional: records
   * made elsewhere may leave it out, and grading works it out from `scores`.
   */
  hundredths?: number[];
  /** Published overall, if the table has an overall column. */
  stated: string | null;
  /** The published overall rounded half up to hundredths, as the parser read it (optional, as `hundredths` is). */
  statedHundredths?: number;
  statedCell: string | null;
  /** The agency name cell. */
  where: string;
  /** Where the year came from (year cell or header), for year problems. */
  yearWhere: string;
}

export interface GroupColumn {
  /** The header as written ("จังหวัด", "ประเภท"). */
  name: string;
  /** 0-based column index in the input. */
  col: number;
  /** The header cell ("B1"). */
  where: string;
}

/** A row (or a year block of a row) not graded, with every problem found in it. */
export interface RejectedRow {
  agency: string;
  year: number | null;
  where: string;
  problems: Problem[];
}

export interface GroupTable {
  layout: "year-column" | "year-blocks" | "single-year";
  groupColumns: GroupColumn[];
  /** Good records, in input order. */
  records: AgencyRecord[];
  rejected: RejectedRow[];
  /** Every problem of the rejected rows, in input order. */
  problems: Problem[];
  ignored: Ignored[];
  /** Years present among the good records, ascending. */
  years: number[];
}

/** csvSplit: CSV lines in one column were read as their fields (the cells are left as they are). */
export type GroupParseResult =
  { ok: true; table: GroupTable; csvSplit?: CsvSplit } | { ok: false; problems: Problem[]; ignored: Ignored[]; csvSplit?: CsvSplit };

// ---- Results ------------------------------------------------------------

export interface AgencyResult {
  agency: string;
  key: string;
  /** Value of the chosen group column ("" when none chosen or blank). */
  group: string;
  groups: string[];
  where: string;
  result: YearResult;
  /** Rank among all agencies of the year (ties share: 1, 2, 2, 4). */
  rank: number;
  /** Rank within its group (equal to rank when no group column is chosen). */
  groupRank: number;
  /** The overall and the scores as integer hundredths, for sorting and statistics without parsing texts again. */
  points: Points;
}

/** Integer hundredths of a graded year: the overall, and each score by indicator number. */
export interface Points {
  overall: number;
  scores: number[];
}

export interface GradeCount {
  grade: GradeBand;
  count: number;
  /** Percent of the group's agencies, 2 decimals. */
  share: string;
}

/** Statistics of one indicator (or the overall, indicator null) over a set of agencies. */
export interface IndicatorStats {
  indicator: number | null;
  count: number;
  /** All 2-decimal texts; quartiles as Excel QUARTILE.INC, rounded half up. */
  mean: string;
  min: string;
  q1: string;
  median: string;
  q3: string;
  max: string;
}

export interface GroupSummary {
  /** Group value; "" for agencies with a blank group cell; the whole set for `all`. */
  name: string;
  count: number;
  passed: number;
  /** Percent passing, 2 decimals. */
  passRate: string;
  /** passRate ≥ the national target (80 %). */
  meetsTarget: boolean;
  /** One entry per band of the year's scale, best first (zero counts included). */
  grades: GradeCount[];
  /** Overall first (indicator null), then indicators by number. */
  stats: IndicatorStats[];
}

export interface Movement {
  agency: string;
  key: string;
  group: string;
  where: string;
  previous: string;
  current: string;
  /** current − previous of the official 2-decimal overalls. */
  delta: string;
  direction: Direction;
  gradeFrom: GradeBand;
  gradeTo: GradeBand;
  /** False across the 2565 → 2566 change from letters to ratings. */
  sameScale: boolean;
  previousRank: number;
  rank: number;
}

export interface AgencyCheck extends Check {
  agency: string;
}

export interface PeerStanding {
  /** Indicator number, or null for the overall. */
  indicator: number | null;
  score: string;
  /** Rank among the peers (ties share). */
  rank: number;
  /** Share of the other peers scoring below, percent (Excel PERCENTRANK.INC × 100), 2 decimals. */
  percentile: string;
  median: string;
  /** score − peer median, 2 decimals, signed text as deltas are ("-1.25", "0.00"). */
  gap: string;
}

export interface PeerPosition {
  agency: AgencyResult;
  /** "group": the agencies of its group; "all": every agency of the year. */
  scope: "group" | "all";
  count: number;
  overall: PeerStanding;
  /** By indicator number. */
  indicators: PeerStanding[];
  /** Indicators below the peer median, largest gap first: first candidates for the measures plan. */
  lagging: number[];
}

export interface GroupAnalysis {
  year: number;
  framework: Framework;
  previousYear: number | null;
  /** Header of the chosen group column, or null. */
  groupColumn: string | null;
  passMark: string;
  /** National target: percent of agencies passing ("80"). */
  target: string;
  /** The year's agencies by rank (ties by name). */
  agencies: AgencyResult[];
  /** The previous year's agencies by rank, if any. */
  previous: AgencyResult[];
  /** One per group value, in Thai collation order; empty without a group column. */
  groups: GroupSummary[];
  all: GroupSummary;
  /** Agencies present in both years, in `agencies` order. */
  movements: Movement[];
  mostImproved: Movement[];
  mostDeclined: Movement[];
  /** Published overalls that differ from the recomputed ones (every year read). */
  checks: AgencyCheck[];
  peers: PeerPosition | null;
  /** Row problems (from reading and grading): those rows are listed in `rejected`, the rest graded. */
  problems: Problem[];
  rejected: RejectedRow[];
  ignored: Ignored[];
}
