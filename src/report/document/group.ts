// The short summary document for a provincial or ministry office (group
// mode): how many agencies passed against the national target, the grade
// distribution overall and by group, the weakest indicators across the
// group, and who moved most since last year — from the same GroupAnalysis
// as the group sheets.
import { frameworkCaveats } from "../../engine/caveats";
import { dec, signed2 } from "../../engine/decimal";
import { directionWord, indicatorLabel } from "../../engine/labels";
import { withDigits, type Digits } from "../../engine/text";
import type { GroupAnalysis, Movement } from "../../engine/group";
import type { Lang } from "../../engine/types";
import { GROUP_WORDS } from "../group-words";
import { REPORT_WORDS } from "../words";
import { DOCUMENT_FONT, FIRST_LINE, OFFICIAL_MARGINS } from "./options";
import { para, type DocumentSpec } from "./spec";
import { cell, tableSpec as table } from "./table-spec";

export interface GroupDocumentOptions {
  lang: Lang;
  digits: Digits;
  /** What the set of agencies is ("จังหวัดลำปาง"); user text, data only. */
  scope: string;
}

const WORDS = {
  th: {
    title: (year: string) => `สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${year}`,
    sOverview: "ภาพรวม",
    overview: (count: string, passed: string, rate: string, target: string, meets: boolean) =>
      `หน่วยงานที่ได้รับการประเมิน ${count} แห่ง ผ่านเกณฑ์ ${passed} แห่ง คิดเป็นร้อยละ ${rate} ${meets ? "ถึง" : "ต่ำกว่า"}เป้าหมายระดับประเทศ (ร้อยละ ${target} ของหน่วยงานผ่านเกณฑ์)`,
    overall: (mean: string, median: string, min: string, max: string) => `คะแนนรวมเฉลี่ย ${mean} มัธยฐาน ${median} ต่ำสุด ${min} สูงสุด ${max}`,
    sDistribution: "การกระจายระดับผลการประเมิน",
    sGroups: (column: string) => `อัตราผ่านเกณฑ์ตาม${column}`,
    sWeakest: "ตัวชี้วัดที่อ่อนที่สุดของกลุ่ม",
    weakest: (names: string) => `ตัวชี้วัดที่มีคะแนนเฉลี่ยต่ำที่สุด ได้แก่ ${names} ควรเป็นประเด็นแรกของแผนมาตรการของหน่วยงานในกลุ่ม`,
    sMovers: (py: string, cy: string) => `หน่วยงานที่คะแนนเปลี่ยนแปลงมากที่สุด (ปี ${py} → ${cy})`,
    improved: "คะแนนเพิ่มขึ้นมากที่สุด",
    declined: "คะแนนลดลงมากที่สุด",
    previous: "ปีก่อน",
    current: "ปีนี้",
    change: "การเปลี่ยนแปลง",
    share: "ร้อยละ",
  },
  en: {
    title: (year: string) => `Integrity and Transparency Assessment (ITA) results, fiscal year ${year}: summary`,
    sOverview: "Overview",
    overview: (count: string, passed: string, rate: string, target: string, meets: boolean) =>
      `${count} agencies were assessed; ${passed} passed (${rate} %), ${meets ? "meeting" : "below"} the national target of ${target} % passing.`,
    overall: (mean: string, median: string, min: string, max: string) =>
      `Overall scores: mean ${mean}, median ${median}, lowest ${min}, highest ${max}.`,
    sDistribution: "Grade distribution",
    sGroups: (column: string) => `Pass rate by ${column}`,
    sWeakest: "The group's weakest indicators",
    weakest: (names: string) => `The lowest mean scores are in ${names}: the first issues for the agencies' measures plans.`,
    sMovers: (py: string, cy: string) => `Largest changes (${py} → ${cy})`,
    improved: "Most improved",
    declined: "Most declined",
    previous: "Previous",
    current: "This year",
    change: "Change",
    share: "Percent",
  },
} as const;

/** How many of the weakest indicators the sentence names. */
const WEAKEST_NAMED = 3;

const c = cell;

export function buildGroupDocument(g: GroupAnalysis, o: GroupDocumentOptions): DocumentSpec {
  const w = WORDS[o.lang];
  const gw = GROUP_WORDS[o.lang];
  const d = (s: string) => withDigits(s, o.digits);
  const fw = g.framework;
  const year = d(String(g.year));
  let n = 0;
  const section = (title: string) =>
    para([{ text: `${d(String(++n))}. ${title}`, bold: true }], { style: "heading", keepNext: true, before: 12 });
  const body = (text: string, keepNext = false) => para(text, { align: "justify", firstLine: FIRST_LINE, keepNext });
  const overall = g.all.stats.find((s) => s.indicator === null);
  const byMean = g.all.stats
    .filter((s) => s.indicator !== null)
    .sort((a, b) => dec(a.mean).cmp(b.mean) || (a.indicator as number) - (b.indicator as number));
  const label = (i: number) => d(indicatorLabel(fw, i, o.lang));
  const movers = (title: string, list: Movement[]) =>
    list.length === 0
      ? []
      : [
          para([{ text: title, bold: true }], { keepNext: true, before: 6 }),
          table(
            [40, 15, 15, 30],
            [gw.agency, w.previous, w.current, w.change],
            list.map((m) => [
              c(m.agency),
              c(d(m.previous), "right"),
              c(d(m.current), "right"),
              c(`${directionWord(m.direction, o.lang)} ${d(signed2(dec(m.delta)))}`, "center"),
            ])
          ),
        ];
  const caveats = frameworkCaveats(fw, g.year);
  return {
    lang: o.lang,
    digits: o.digits,
    title: w.title(year),
    font: DOCUMENT_FONT,
    page: OFFICIAL_MARGINS,
    pageNumbers: { digits: o.digits },
    footnotes: caveats.length > 0 ? { 1: `${REPORT_WORDS[o.lang].caveatLead} ${caveats.map((x) => d(x.text[o.lang])).join("; ")}` } : {},
    blocks: [
      para([{ text: `${w.title(year)}${o.scope ? `\n${o.scope}` : ""}`, bold: true }], { style: "title", align: "center" }),
      section(w.sOverview),
      para(
        [
          { text: w.overview(d(String(g.all.count)), d(String(g.all.passed)), d(g.all.passRate), d(g.target), g.all.meetsTarget) },
          ...(caveats.length > 0 ? [{ footnote: 1 }] : []),
        ],
        {
          align: "justify",
          firstLine: FIRST_LINE,
        }
      ),
      ...(overall ? [body(w.overall(d(overall.mean), d(overall.median), d(overall.min), d(overall.max)))] : []),
      section(w.sDistribution),
      table(
        [50, 25, 25],
        [gw.grade, gw.count, w.share],
        g.all.grades.map((x) => [c(x.grade.label[o.lang], "center"), c(d(String(x.count)), "right"), c(d(x.share), "right")])
      ),
      ...(g.groups.length > 0
        ? [
            section(w.sGroups(g.groupColumn ?? gw.group)),
            table(
              [40, 15, 15, 15, 15],
              [gw.group, gw.count, gw.passCount, gw.passRate, gw.target],
              g.groups.map((s) => [
                c(s.name || gw.blankGroup),
                c(d(String(s.count)), "right"),
                c(d(String(s.passed)), "right"),
                c(d(s.passRate), "right"),
                c(s.meetsTarget ? gw.meets : gw.misses, "center"),
              ])
            ),
          ]
        : []),
      section(w.sWeakest),
      body(
        w.weakest(
          byMean
            .slice(0, WEAKEST_NAMED)
            .map((s) => label(s.indicator as number))
            .join(", ")
        ),
        true
      ),
      table(
        [46, 14, 14, 13, 13],
        [gw.indicator, gw.mean, gw.median, gw.min, gw.max],
        byMean.map((s) => [
          c(label(s.indicator as number)),
          c(d(s.mean), "right"),
          c(d(s.median), "right"),
          c(d(s.min), "right"),
          c(d(s.max), "right"),
        ])
      ),
      ...(g.previousYear !== null && (g.mostImproved.length > 0 || g.mostDeclined.length > 0)
        ? [
            section(w.sMovers(d(String(g.previousYear)), year)),
            ...movers(w.improved, g.mostImproved),
            ...movers(w.declined, g.mostDeclined),
          ]
        : []),
    ],
  };
}
