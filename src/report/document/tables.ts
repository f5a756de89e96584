// The report's tables: the ranking with overall and grade, the instruments,
// the year-over-year comparison and the measures, each from the Analysis as
// the sheets show it (no figure is computed here: only formatted).
import { instrumentWeight } from "../../engine/grade";
import { directionWord, indicatorLabel, instrumentLabel } from "../../engine/labels";
import { scoreText } from "../../engine/narrative";
import { fiscalPeriod } from "../../engine/fiscal";
import { dec, signed2 } from "../../engine/decimal";
import { withDigits } from "../../engine/text";
import type { Analysis, Direction, Framework, YearResult } from "../../engine/types";
import { REPORT_WORDS } from "../words";
import type { TableSpec } from "./spec";
import { cell, tableSpec as table } from "./table-spec";
import type { DocumentOptions } from "./options";
import { DOC_WORDS } from "./words";

const c = cell;

/** "เพิ่มขึ้น +๐.๘๑", "ลดลง -๑.๒๓", as the seed's comparison column writes a change. */
export function changeText(delta: string, direction: Direction, o: DocumentOptions): string {
  const word = directionWord(direction, o.lang);
  return direction === "same" ? word : `${word} ${withDigits(signed2(dec(delta)), o.digits)}`;
}

export function rankingTable(a: Analysis, o: DocumentOptions): TableSpec {
  const w = REPORT_WORDS[o.lang];
  const fw = a.current.framework;
  const d = (s: string) => withDigits(s, o.digits);
  const rows = a.ranking.map((r) => [
    c(d(String(r.rank)), "center"),
    c(d(indicatorLabel(fw, r.indicator, o.lang))),
    c(scoreText(r.score, o.digits), "right"),
    c(a.strengths.includes(r.indicator) ? w.strength : w.weakness, "center"),
  ]);
  const total = (label: string, value: string) => [c(""), c(label, "left", true), c(value, "right", true), c("")];
  return table(
    [12, 54, 17, 17],
    [w.rank, w.indicator, w.score, w.assessment],
    [
      ...rows,
      total(w.overall, d(a.current.overall)),
      total(w.grade, a.current.grade.label[o.lang]),
      total(`${w.result} (${w.passMarkShort} ${scoreText(a.passMark, o.digits)})`, a.current.passed ? w.passed : w.failed),
    ]
  );
}

export function instrumentTable(a: Analysis, o: DocumentOptions): TableSpec {
  const w = REPORT_WORDS[o.lang];
  const fw = a.current.framework;
  const d = (s: string) => withDigits(s, o.digits);
  const rows = a.current.instruments.map((i) => [
    c(instrumentLabel(fw, i.id, o.lang)),
    c(d(instrumentWeight(fw, i.id)), "center"),
    c(d(i.mean), "right"),
    c(d(i.weighted), "right"),
  ]);
  return table(
    [52, 14, 17, 17],
    [w.instrumentTable, w.weight, w.instrumentMean, w.weighted],
    [...rows, [c(w.overall, "left", true), c(d("100"), "center", true), c(""), c(d(a.current.overall), "right", true)]]
  );
}

/** The framework's indicators with instrument and weight: what the year is graded on. */
export function frameworkTable(fw: Framework, o: DocumentOptions): TableSpec {
  const w = REPORT_WORDS[o.lang];
  const d = (s: string) => withDigits(s, o.digits);
  const total = fw.indicators.reduce((s, i) => s.plus(i.weight), dec(0)).toString();
  return table(
    [62, 19, 19],
    [w.indicator, w.instrument, w.weight],
    [
      ...fw.indicators.map((i) => [c(d(indicatorLabel(fw, i.number, o.lang))), c(i.instrument, "center"), c(d(i.weight), "center")]),
      [c(DOC_WORDS[o.lang].total, "left", true), c(""), c(d(total), "center", true)],
    ]
  );
}

/** The year's scale, best band first: its range of overall scores and any bar each instrument must reach. */
export function scaleTable(fw: Framework, o: DocumentOptions): TableSpec {
  const w = DOC_WORDS[o.lang];
  const bands = fw.scale.bands;
  const rows = bands.map((b, i) => {
    const upper =
      i === 0
        ? "100"
        : dec(bands[i - 1].minOverall)
            .minus("0.01")
            .toFixed(2);
    const range = `${withDigits(dec(b.minOverall).toFixed(2), o.digits)} – ${withDigits(upper, o.digits)}`;
    const each = b.minEachInstrument ? ` ${w.eachInstrument(scoreText(b.minEachInstrument, o.digits))}` : "";
    return [c(b.label[o.lang], "center"), c(range + each)];
  });
  return table([30, 70], [w.band, w.bandRange], rows);
}

export function comparisonTable(a: Analysis, previous: YearResult, o: DocumentOptions): TableSpec {
  const w = REPORT_WORDS[o.lang];
  const fw = a.current.framework;
  const d = (s: string) => withDigits(s, o.digits);
  const [py, cy] = [d(String(previous.year)), d(String(a.current.year))];
  const rows = a.changes.map((ch, i) => [
    c(d(String(i + 1)), "center"),
    c(d(indicatorLabel(fw, ch.indicator, o.lang))),
    c(scoreText(ch.previous, o.digits), "right"),
    c(scoreText(ch.current, o.digits), "right"),
    { ...c(changeText(ch.delta, ch.direction, o), "center"), keepWhole: true },
  ]);
  const only = [
    ...a.indicatorsOnlyIn.current.map((n) => [
      c(""),
      c(d(indicatorLabel(fw, n, o.lang))),
      c("—", "center"),
      c(scoreText(a.current.scores[n], o.digits), "right"),
      c(w.newIndicator, "center"),
    ]),
    ...a.indicatorsOnlyIn.previous.map((n) => [
      c(""),
      c(d(indicatorLabel(previous.framework, n, o.lang))),
      c(scoreText(previous.scores[n], o.digits), "right"),
      c("—", "center"),
      c(w.droppedIndicator, "center"),
    ]),
  ];
  const instruments = a.instrumentChanges.map((ic) => [
    c(""),
    c(instrumentLabel(fw, ic.id, o.lang)),
    c(d(ic.previous), "right"),
    c(d(ic.current), "right"),
    { ...c(changeText(ic.delta, ic.direction, o), "center"), keepWhole: true },
  ]);
  const oc = a.overallChange;
  return table(
    [8, 42, 14, 14, 22],
    [w.no, w.indicator, `${w.scoreIn} ${py}`, `${w.scoreIn} ${cy}`, DOC_WORDS[o.lang].changeFrom(py)],
    [
      ...rows,
      ...only,
      [
        c(""),
        c(w.overall, "left", true),
        c(d(previous.overall), "right", true),
        c(d(a.current.overall), "right", true),
        { ...c(oc ? changeText(oc.delta, oc.direction, o) : "", "center", true), keepWhole: true },
      ],
      [
        c(""),
        c(w.grade, "left", true),
        c(previous.grade.label[o.lang], "right", true),
        c(a.current.grade.label[o.lang], "right", true),
        c(""),
      ],
      ...instruments,
    ]
  );
}

export function measuresTable(a: Analysis, o: DocumentOptions): TableSpec {
  const w = REPORT_WORDS[o.lang];
  const d = (s: string) => withDigits(s, o.digits);
  const period = fiscalPeriod(a.planYear, o.lang, o.digits);
  // Numbered in the measure's cell, as the seed's table is ("๑.การใช้งบประมาณ"): a column less on a portrait page.
  const rows = a.measures.map((m, i) => [
    c(d(`${i + 1}. ${m.purpose === "maintain" ? `${m.measure[o.lang]} (${w.maintain})` : m.measure[o.lang]}`)),
    c(d(m.steps[o.lang])),
    c(m.owner[o.lang]),
    c(period, "center"),
    c(d(m.monitoring[o.lang])),
  ]);
  return table([20, 32, 14, 12, 22], [w.measure, w.steps, w.owner, w.period, w.monitoring], rows, 14);
}
