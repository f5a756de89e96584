// The CLI's readable summary, Thai or English, Thai or Arabic digits.
import { CHECK_WORDS, checkSentence } from "../engine/check-words";
import { fiscalPeriod } from "../engine/fiscal";
import { directionWord, indicatorLabel } from "../engine/labels";
import { describeIgnored } from "../engine/messages";
import { indicatorSentence, nextGradeSentence, overallSentence, splitHeading } from "../engine/narrative";
import { signed2, dec } from "../engine/decimal";
import { displayWidth, withDigits, type Digits } from "../engine/text";
import type { Analysis, Check, Ignored, Lang } from "../engine/types";
import { padEnd as pad, padStart } from "./columns";
import { maxOf } from "../engine/extent";

const T = {
  th: {
    year: "ปีงบประมาณ พ.ศ.",
    framework: "กรอบการประเมิน",
    overall: "คะแนนรวม",
    grade: "ระดับ",
    rating: "ผลการประเมิน",
    passed: "ผ่านเกณฑ์",
    failed: "ไม่ผ่านเกณฑ์",
    rank: "อันดับ",
    compare: "เปรียบเทียบกับปี",
    measures: "มาตรการ ปีงบประมาณ พ.ศ.",
    owner: "ผู้รับผิดชอบ",
    checks: CHECK_WORDS.th.heading,
    ignored: "แถวที่ไม่ได้อ่าน",
    note: "หมายเหตุ",
  },
  en: {
    year: "Fiscal year",
    framework: "Framework",
    overall: "Overall",
    grade: "Grade",
    rating: "Rating",
    passed: "passed",
    failed: "not passed",
    rank: "Rank",
    compare: "Compared with",
    measures: "Measures for fiscal year",
    owner: "Owner",
    checks: CHECK_WORDS.en.heading,
    ignored: "Rows not read",
    note: "Note",
  },
};

function checkLine(c: Check, a: Analysis, lang: Lang, digits: Digits): string {
  return `  ${checkSentence(c, a.current.framework, lang, digits)}`;
}

export function summary(a: Analysis, o: { lang: Lang; digits: Digits; agency?: string; ignored?: Ignored[] }): string {
  const t = T[o.lang];
  const d = (s: string) => withDigits(s, o.digits);
  const c = a.current;
  const fw = c.framework;
  const out: string[] = [];
  if (o.agency) out.push(o.agency);
  out.push(`${d(`${t.year} ${c.year}`)} (${t.framework} ${fw.id})`);
  // NACC's rating ("ผ่าน", "ผ่านดี") already says pass or not at its own mark; the pass words are
  // kept for a letter grade, and for a rating judged on a pass mark the user chose.
  const passWords = `  ${c.passed ? t.passed : t.failed} (${a.passMark})`;
  const ownMark = fw.scale.kind !== "letter" && a.passMark === fw.passMark;
  const grade = `${fw.scale.kind === "letter" ? t.grade : t.rating} ${c.grade.label[o.lang]}${ownMark ? "" : passWords}`;
  out.push(d(`${t.overall} ${c.overall}  ${grade}`));
  out.push(d(c.instruments.map((i) => `${i.id} ${i.mean}`).join("  ")));
  out.push(overallSentence(a, o.lang, o.digits));
  const next = nextGradeSentence(a, o.lang, o.digits);
  if (next) out.push(next);
  for (const cv of a.caveats) out.push(d(`${t.note}: ${cv.text[o.lang]}`));

  out.push("", t.rank);
  const labels = a.ranking.map((r) => d(indicatorLabel(fw, r.indicator, o.lang)));
  const w = maxOf(labels, displayWidth);
  a.ranking.forEach((r, i) =>
    out.push(`${padStart(d(String(r.rank)), 3)}  ${pad(labels[i], w)}  ${padStart(d(dec(r.score).toFixed(2)), 6)}`)
  );

  if (a.previous && a.overallChange) {
    const p = a.previous;
    out.push(
      "",
      d(
        `${t.compare} ${p.year}: ${p.overall} → ${c.overall}  ${directionWord(a.overallChange.direction, o.lang)} ${signed2(dec(a.overallChange.delta))}  (${p.grade.label[o.lang]} → ${c.grade.label[o.lang]})`
      )
    );
    for (const ch of a.changes) {
      const label = d(indicatorLabel(fw, ch.indicator, o.lang));
      out.push(
        `  ${pad(label, w)}  ${padStart(d(dec(ch.previous).toFixed(2)), 6)}  ${padStart(d(dec(ch.current).toFixed(2)), 6)}  ${pad(directionWord(ch.direction, o.lang), 9)} ${padStart(d(signed2(dec(ch.delta))), 6)}`
      );
    }
  }

  // Strengths and weaknesses in the report's own sentences, ready to paste into it.
  out.push("", splitHeading(a, "strengths", o.lang, o.digits));
  for (const n of a.strengths) out.push(`  - ${indicatorSentence(a, n, o.lang, o.digits)}`);
  out.push(splitHeading(a, "weaknesses", o.lang, o.digits));
  for (const n of a.weaknesses) out.push(`  - ${indicatorSentence(a, n, o.lang, o.digits)}`);

  if (a.measures.length > 0) {
    out.push("", d(`${t.measures} ${a.planYear} (${fiscalPeriod(a.planYear, o.lang, "arabic")})`));
    a.measures.forEach((m, i) => out.push(d(`${i + 1}. ${m.measure[o.lang]} — ${t.owner}: `) + m.owner[o.lang]));
  }
  if (a.checks.length > 0) {
    out.push("", t.checks);
    for (const ch of a.checks) out.push(checkLine(ch, a, o.lang, o.digits));
  }
  if (o.ignored && o.ignored.length > 0) {
    out.push("", t.ignored);
    for (const i of o.ignored) out.push(`  ${describeIgnored(i, o.lang, o.digits)}`);
  }
  return out.join("\n") + "\n";
}
