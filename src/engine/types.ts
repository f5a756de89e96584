// The engine's data shapes. Scores cross module boundaries as canonical
// decimal strings ("88.53", "100") so they survive JSON and postMessage.

/**
 * An instrument's id ("IIT", "EIT", "OIT" in FY2562–2569). A framework names
 * its own instruments (NACC's announced reform may add or regroup them), so
 * this is any text the framework declares, not a fixed list.
 */
export type InstrumentId = string;

export type Lang = "th" | "en";
export interface Text {
  th: string;
  en: string;
}

export type Confidence = "H" | "M" | "L";

/** One instrument (แบบวัด) of a framework. */
export interface InstrumentDef {
  id: InstrumentId;
  name: Text;
  /**
   * Per band id, the score this instrument needs in place of the band's
   * minEachInstrument (a framework may hold one instrument to another bar).
   */
  thresholds?: Record<string, string>;
}

export interface IndicatorDef {
  /** NACC's indicator number (1–10 in FY2562–2569; a framework may number more). */
  number: number;
  instrument: InstrumentId;
  name: Text;
  /** Other spellings seen in real documents (matched after normalisation). */
  variants: string[];
  /** Weight in the overall, percent ("6" = 6 %). */
  weight: string;
}

/** One grade of a scale; the first band whose conditions all hold applies. */
export interface GradeBand {
  /** NACC's own label for the year: "AA" … "F", or "ผ่านดีเยี่ยม" … */
  id: string;
  label: Text;
  /** Overall (2 decimals) at least this. */
  minOverall: string;
  /** Each instrument's score (mean, 2 decimals) at least this, if set. */
  minEachInstrument?: string;
  /** Is this a passing grade (drives colours; pass itself is overall ≥ pass mark). */
  passing: boolean;
  /** How sure the band's name and cut-off are, when less sure than its scale. */
  confidence?: Confidence;
}

export interface GradeScale {
  kind: "letter" | "rating";
  bands: GradeBand[];
}

export interface SourceNote {
  /** What the data rests on, in a sentence. */
  note: string;
  urls: string[];
  confidence: { indicators: Confidence; weights: Confidence; scale: Confidence };
}

export interface Framework {
  id: string;
  /** Fiscal year (Buddhist Era) the framework is for; null for a custom one. */
  year: number | null;
  title: Text;
  /** The instruments, in the order the report lists them. */
  instruments: InstrumentDef[];
  indicators: IndicatorDef[];
  passMark: string;
  scale: GradeScale;
  source: SourceNote;
  /** Set when no rules were found for `year` and another year's were carried forward. */
  carriedFrom?: number;
  /** True for a framework file the user supplied. */
  custom?: boolean;
}

/** What a figure rests on, said on every output that shows it. */
export interface Caveat {
  code: "weights-unverified" | "carried-forward" | "applied-to-other-year" | "custom-framework" | "band-unverified";
  /** The fiscal year the caveat is about. */
  year: number;
  text: Text;
}

/** Where a problem or an ignored row is: "B7", or "line 7, column 2". */
export interface Problem {
  where: string;
  code: ProblemCode;
  /** Values the message is built from (the offending text, a year, …). */
  detail: Record<string, string | number>;
}

export type ProblemCode =
  | "empty"
  | "not-a-number"
  | "out-of-range"
  | "duplicate-indicator"
  | "missing-indicator"
  | "unknown-indicator"
  | "indicator-conflict"
  | "bad-year-header"
  | "duplicate-year"
  | "no-scores"
  | "no-year"
  | "unknown-year"
  | "bad-framework"
  | "unreadable-file"
  | "too-large"
  // Lines of a bounded problem list (engine/problem-list).
  | "more-same"
  | "more-other"
  // Group (many-agency) input and analysis.
  | "no-agency-name"
  | "no-agency-column"
  | "duplicate-agency"
  | "bad-year-cell"
  | "unknown-group-column"
  | "unknown-agency"
  | "ambiguous-agency"
  | "year-not-in-table";

export interface Ignored {
  where: string;
  reason: "blank" | "title" | "grade-row" | "change-column" | "rank-column" | "label-column" | "note";
  text: string;
}

export interface YearScores {
  /** Fiscal year (BE); null when the input named none (single column, no header). */
  year: number | null;
  /** Indicator number → canonical decimal string. */
  scores: Record<number, string>;
  /** Indicator number → the cell it came from. */
  cells: Record<number, string>;
  /** Indicator number → its blank cell, for a row that gave this year no score. */
  blanks?: Record<number, string>;
  /** Overall stated in a total row, if one was pasted along. */
  stated: string | null;
  statedCell: string | null;
  /** Grade stated in a grade row ("A", "ผ่าน"), if any. */
  statedGrade: string | null;
  statedGradeCell?: string;
  /** The header or title cell that named the year, for messages about the year. */
  yearCell?: string;
}

export interface ScoreTable {
  /** Ascending by year. */
  years: YearScores[];
  layout: "year-columns" | "single-column";
  ignored: Ignored[];
}

/**
 * CSV text found in one column and read split at its delimiter
 * (engine/input/one-column-csv): the cells it is in, the delimiter, and how
 * many columns it made. Nothing is written back to the cells.
 */
export interface CsvSplit {
  where: string;
  delimiter: "," | ";";
  columns: number;
}

export type ParseResult =
  | { ok: true; table: ScoreTable; warnings: Problem[]; csvSplit?: CsvSplit }
  | { ok: false; problems: Problem[]; ignored: Ignored[]; csvSplit?: CsvSplit };

// ---- Results ------------------------------------------------------------

export interface InstrumentResult {
  id: InstrumentId;
  /** Mean of its indicators, 2 decimals (0–100). */
  mean: string;
  /** Contribution to the overall (mean × its share), 2 decimals. */
  weighted: string;
}

export interface YearResult {
  year: number;
  framework: Framework;
  /** Indicator number → 2-decimal score text. */
  scores: Record<number, string>;
  instruments: InstrumentResult[];
  /** Weighted overall recomputed from the indicator scores, 2 decimals. */
  computed: string;
  /** Overall stated in the input, or null. */
  stated: string | null;
  /** The official overall: the stated one when within 0.01 of computed, else computed. */
  overall: string;
  grade: GradeBand;
  passed: boolean;
}

export interface RankRow {
  rank: number;
  indicator: number;
  score: string;
}

export type Direction = "up" | "down" | "same";

/** One figure in both years. */
interface YearOverYear {
  previous: string;
  current: string;
  /** current − previous, of the 2-decimal values. */
  delta: string;
  direction: Direction;
}

export interface Change extends YearOverYear {
  indicator: number;
  /** The previous year's number for the same indicator, when a reform renumbered it. */
  previousIndicator?: number;
}

/** An instrument's mean in both years. */
export interface InstrumentChange extends YearOverYear {
  id: InstrumentId;
}

export interface Check {
  kind: "overall" | "indicator" | "grade";
  year: number;
  /** Indicator number for kind "indicator". */
  indicator?: number;
  /** Where the stated figure came from (a cell, a line of a report). */
  where?: string;
  stated: string;
  computed: string;
  verdict: "rounding" | "mismatch";
}

export interface MeasureRow {
  indicator: number;
  /** "improve" for a weakness, "maintain" for a strength kept up. */
  purpose: "improve" | "maintain";
  measure: Text;
  steps: Text;
  owner: Text;
  /** Fiscal year (BE) the measure runs in; rendered as a period text. */
  planYear: number;
  monitoring: Text;
}

/** The next better band of the year's scale and what it still needs. */
export interface NextGrade {
  band: GradeBand;
  /** Overall points still needed (2 decimals), or null when the overall already suffices. */
  overallGap: string | null;
  /** Instruments under the band's minEachInstrument, with their shortfall. */
  instrumentGaps: { id: InstrumentId; mean: string; needed: string; gap: string }[];
}

export interface Analysis {
  frameworkId: string;
  current: YearResult;
  previous: YearResult | null;
  ranking: RankRow[];
  changes: Change[];
  /** IIT, EIT, OIT means year over year (empty without an earlier year). */
  instrumentChanges: InstrumentChange[];
  overallChange: { delta: string; direction: Direction } | null;
  gradeChange: { from: GradeBand; to: GradeBand; sameScale: boolean } | null;
  /** The current year's next better grade, null at the top of the scale. */
  nextGrade: NextGrade | null;
  /** The pass mark the current year was judged on: the user's, else its framework's. */
  passMark: string;
  strengthMark: string;
  strengths: number[];
  weaknesses: number[];
  planYear: number;
  measures: MeasureRow[];
  checks: Check[];
  /** Indicators scored in only one of the two years (their frameworks differ). */
  indicatorsOnlyIn: { current: number[]; previous: number[] };
  /** What the figures rest on (unverified weights, carried-forward rules, …), for every output. */
  caveats: Caveat[];
}
