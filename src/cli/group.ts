// ita-scorecard group FILE [--group COLUMN] [--agency NAME] [--year BE] [--json] [-o OUT.xlsx] [--docx OUT.docx]
// Many agencies at once: rank, grade distribution per group, year-over-year
// movement, published-overall checks and (with --agency) one agency among
// its peers. Rows with bad cells are left out of the results and each
// problem is written to stderr with its cell; the rest are graded (exit 0).
// No agency could be graded, or a bad option: exit 2.
//
// --json prints one object, the same whatever --lang (Thai text, Arabic
// digits, numbers rounded to 2 decimals):
// {
//   "year": 2566, "framework": "ita-2566", "previousYear": 2565 | null,
//   "groupColumn": "จังหวัด" | null, "passMark": 85, "target": 80,
//   "methods": { "quartile": "QUARTILE.INC", "percentile": "PERCENTRANK.INC" },
//   "agencies": [ { "rank": 1, "groupRank": 1, "agency": "…", "group": "…" ("" when none),
//                   "overall": 95.99, "stated": 95.99 | null, "grade": "AA" | "ผ่านดี" …, "passed": true,
//                   "instruments": { "IIT": 96, "EIT": 96, "OIT": 96 }, "scores": { "1": 96, … "10": 96 },
//                   "where": "B5" } ],                       // by rank; ties share a rank (1, 2, 2, 4)
//   "all":    { "name": "", "count": 5, "passed": 4, "passRate": 80, "meetsTarget": true,
//               "grades": [ { "grade": "AA", "count": 1, "share": 20 }, … every band, best first ],
//               "stats": [ { "indicator": null (overall) | 1…10, "count": 5, "mean": 89.4, "min": 80,
//                            "q1": 90, "median": 90, "q3": 91, "max": 95.99 } ] },
//   "groups": [ same shape as "all", one per group value, Thai order ] ,
//   "movements": [ { "agency", "group", "previous": 96, "current": 95.99, "delta": -0.01,
//                    "direction": "up" | "down" | "same", "gradeFrom": "AA", "gradeTo": "AA",
//                    "sameScale": true, "previousRank": 1, "rank": 1 } ],
//   "mostImproved": [ movement, … up to 10 ], "mostDeclined": [ movement, … up to 10 ],
//   "checks": [ { "agency", "year", "where": "O5", "stated": 95.99, "computed": 96, "verdict": "rounding" | "mismatch" } ],
//   "peers": null | { "agency", "group", "scope": "group" | "all", "count": 2,
//                     "overall": { "score", "rank", "percentile", "median", "gap" },
//                     "indicators": [ { "indicator": 1, "name": "การปฏิบัติหน้าที่", "score": 80, "rank": 2,
//                                       "percentile": 0, "median": 88, "gap": -8 } ],
//                     "lagging": [1, 2, …] },          // below the peer median, largest gap first
//   "rejected": [ { "agency", "year": 2565 | null, "where": "B7",
//                   "problems": [ { "where": "G7", "code": "not-a-number", "message": "G7: \"abc\" ไม่ใช่ตัวเลข" } ] } ]
// }
import { frameworkCaveats } from "../engine/caveats";
import { dec, signed2 } from "../engine/decimal";
import { analyseGroup } from "../engine/group/analyse";
import { parseGroupScores } from "../engine/group/parse";
import type { GroupAnalysis, GroupSummary, Movement, PeerStanding } from "../engine/group/types";
import { directionWord, indicatorLabel } from "../engine/labels";
import { describeCsvSplit, describePlace, describeProblem } from "../engine/messages";
import { boundProblems, MAX_PROBLEM_LINES } from "../engine/problem-list";
import { displayWidth, withDigits, type Digits } from "../engine/text";
import type { Lang } from "../engine/types";
import { readScoreFileFromDisk } from "../files/node-read";
import { padEnd as pad, padStart } from "./columns";
import { UsageError, type CliOptions } from "./args";
import { refuseOtherYear } from "./framework-year";
import { noteLine, notePageDigits } from "./hints";
import { InputProblems } from "./failure";
import { loadFramework } from "./user-files";
import type { Io } from "./io";
import { writeJson } from "./json-out";
import { groupJson } from "./group-json";
import { maxOf } from "../engine/extent";

const T = {
  th: {
    year: "ปีงบประมาณ พ.ศ.",
    note: "หมายเหตุ",
    agencies: "หน่วยงาน",
    passed: "ผ่านเกณฑ์",
    of: "จาก",
    target: "เป้าหมาย",
    meets: "ถึงเป้าหมาย",
    misses: "ต่ำกว่าเป้าหมาย",
    groups: "ตามกลุ่ม",
    ranking: "อันดับ",
    improved: "คะแนนเพิ่มขึ้นมากที่สุด",
    declined: "คะแนนลดลงมากที่สุด",
    checks: "คะแนนรวมที่ประกาศไม่ตรงกับที่คำนวณได้",
    rounding: "ต่างกันจากการปัดเศษ",
    mismatch: "ไม่ตรงกัน",
    stated: "ประกาศ",
    computed: "คำนวณได้",
    peers: "เทียบกับหน่วยงานในกลุ่ม",
    peersAll: "เทียบกับทุกหน่วยงาน",
    median: "มัธยฐาน",
    percentile: "เปอร์เซ็นไทล์",
    lagging: "ตัวชี้วัดที่ควรพัฒนาก่อน (ต่ำกว่ามัธยฐานมากที่สุด)",
    rejected: "แถวที่ไม่ได้คำนวณ (ดูรายละเอียดทาง stderr)",
    moreRows: (k: number) => `และอีก ${k} แถว`,
    none: "(ไม่ระบุ)",
    overall: "คะแนนรวม",
    quartile: "ควอร์ไทล์แบบ QUARTILE.INC",
    scales: (from: number, to: number) =>
      `หมายเหตุ: ระดับของปี ${from} และปี ${to} ใช้เกณฑ์คนละแบบ (ระดับตัวอักษร / ผลการประเมินแบบใหม่) เทียบกันได้เฉพาะคะแนน`,
  },
  en: {
    year: "Fiscal year",
    note: "Note",
    agencies: "agencies",
    passed: "passed",
    of: "of",
    target: "target",
    meets: "meets target",
    misses: "below target",
    groups: "By group",
    ranking: "Ranking",
    improved: "Most improved",
    declined: "Most declined",
    checks: "Published overalls that differ from the recomputed ones",
    rounding: "rounding",
    mismatch: "mismatch",
    stated: "published",
    computed: "computed",
    peers: "Among the agencies of its group",
    peersAll: "Among all agencies",
    median: "median",
    percentile: "percentile",
    lagging: "Indicators to improve first (furthest below the median)",
    rejected: "Rows not graded (details on stderr)",
    moreRows: (k: number) => `and ${k} more rows`,
    none: "(none)",
    overall: "Overall",
    quartile: "quartiles as QUARTILE.INC",
    scales: (from: number, to: number) =>
      `Note: ${from} and ${to} grades are on different scales (letters / the rating); only the scores compare`,
  },
};

export function groupSummary(g: GroupAnalysis, o: { lang: Lang; digits: Digits }): string {
  const t = T[o.lang];
  const d = (s: string) => withDigits(s, o.digits);
  const place = (where: string) => describePlace(where, o.lang, o.digits);
  const out: string[] = [];
  const rate = (s: GroupSummary) =>
    d(`${s.passed} ${t.of} ${s.count} ${t.passed} ${s.passRate} % (${t.target} ${g.target} %: `) + `${s.meetsTarget ? t.meets : t.misses})`;
  // Identifiers (the framework id, a custom band's id used as its label) stay as written:
  // only the figures around them take the chosen digits, as in the grade summary.
  out.push(`${d(`${t.year} ${g.year}`)} (${g.framework.id}) — ${d(`${g.all.count} ${t.agencies}`)}`);
  out.push(rate(g.all));
  out.push(g.all.grades.map((x) => `${x.grade.label[o.lang]} ${d(String(x.count))}`).join("  "));
  for (const cv of frameworkCaveats(g.framework, g.year)) out.push(d(`${t.note}: ${cv.text[o.lang]}`));
  if (g.groups.length > 0) {
    out.push("", `${t.groups} (${g.groupColumn})`);
    const w = maxOf(g.groups, (s) => displayWidth(s.name || t.none));
    for (const s of g.groups) out.push(`  ${pad(s.name || t.none, w)}  ${rate(s)}`);
  }
  out.push("", t.ranking);
  const nameW = Math.min(
    50,
    maxOf(g.agencies, (a) => displayWidth(a.agency))
  );
  const groupW = maxOf(g.agencies, (a) => displayWidth(a.group || t.none));
  for (const a of g.agencies) {
    const group = g.groupColumn ? `  ${pad(a.group || t.none, groupW)} ${padStart(d(String(a.groupRank)), 4)}` : "";
    out.push(
      `${padStart(d(String(a.rank)), 5)}  ${pad(a.agency, nameW)}${group}  ${padStart(d(a.result.overall), 6)}  ${a.result.grade.label[o.lang]}`
    );
  }
  const movers = (title: string, list: Movement[]) => {
    if (list.length === 0) return;
    out.push("", d(`${title} (${g.previousYear} → ${g.year})`));
    for (const m of list)
      out.push(
        `  ${pad(m.agency, nameW)}  ${d(`${m.previous} → ${m.current}  ${signed2(dec(m.delta))}`)}  ${directionWord(m.direction, o.lang)}  (${m.gradeFrom.label[o.lang]} → ${m.gradeTo.label[o.lang]})`
      );
  };
  movers(t.improved, g.mostImproved);
  movers(t.declined, g.mostDeclined);
  // Across 2565 → 2566 "B → ผ่านดี" is no grade change: the scale itself changed.
  const listed = [...g.mostImproved, ...g.mostDeclined];
  if (g.previousYear !== null && listed.some((m) => !m.sameScale)) out.push(d(t.scales(g.previousYear, g.year)));
  if (g.peers) {
    const p = g.peers;
    out.push(
      "",
      `${p.agency.agency} — ${p.scope === "group" ? `${t.peers} ${p.agency.group || t.none}` : t.peersAll}` + d(` (${p.count})`)
    );
    const labels = [t.overall, ...p.indicators.map((s) => d(indicatorLabel(g.framework, s.indicator as number, o.lang)))];
    const labelW = maxOf(labels, displayWidth);
    const line = (label: string, s: PeerStanding) =>
      `  ${pad(label, labelW)}  ${padStart(d(s.score), 6)}  ${padStart(d(`${s.rank}/${p.count}`), 9)}  ${t.percentile} ${padStart(d(s.percentile), 6)}  ${t.median} ${padStart(d(s.median), 6)}  ${padStart(d(signed2(dec(s.gap))), 7)}`;
    out.push(line(labels[0], p.overall));
    p.indicators.forEach((s, i) => out.push(line(labels[i + 1], s)));
    if (p.lagging.length > 0) out.push(`${t.lagging}: ${d(p.lagging.join(", "))}`);
  }
  if (g.checks.length > 0) {
    out.push("", t.checks);
    for (const c of g.checks)
      out.push(
        `  ${place(c.where ?? "")}: ${c.agency} ${d(`${c.year} — ${t.stated} ${c.stated}, ${t.computed} ${c.computed}`)} (${t[c.verdict]})`
      );
  }
  if (g.rejected.length > 0) {
    out.push("", `${t.rejected}: ${d(String(g.rejected.length))}`);
    for (const r of g.rejected.slice(0, MAX_PROBLEM_LINES))
      out.push(`  ${place(r.where)}: ${r.agency || t.none}${r.year ? d(` ${r.year}`) : ""}`);
    if (g.rejected.length > MAX_PROBLEM_LINES) out.push(`  … ${d(t.moreRows(g.rejected.length - MAX_PROBLEM_LINES))}`);
  }
  return out.join("\n") + "\n";
}

const GROUP_USAGE = "ita-scorecard group FILE -o OUT.xlsx | --docx OUT.docx [--pdf]";

export async function groupCommand(o: CliOptions, io: Io): Promise<void> {
  if (!o.file) throw new UsageError("ต้องระบุไฟล์คะแนน: ita-scorecard group FILE", "A score file is required: ita-scorecard group FILE");
  // Only a run that writes a file loads the writers (a --json run never does); its outputs (and --pdf) are checked first.
  const writes = o.out !== undefined || o.docx !== undefined || o.pdf ? await import("./report") : null;
  if (writes) await writes.checkOutputs(o, GROUP_USAGE);
  const framework = await loadFramework(o.framework);
  const file = await readScoreFileFromDisk(o.file, { sheet: o.sheet });
  const parsed = parseGroupScores(file.cells, { addressStyle: file.addressStyle, framework, year: o.year });
  // CSV lines in one column (an .xlsx with a CSV pasted into column A) were read split: said before any problem.
  if (parsed.csvSplit) io.err(noteLine(describeCsvSplit(parsed.csvSplit, o.lang), o.lang));
  if (!parsed.ok) throw new InputProblems(parsed.problems);
  const r = analyseGroup(parsed.table, { group: o.group, agency: o.agency, year: o.year, framework, passMark: o.passMark });
  if (!r.ok) throw new InputProblems(r.problems);
  const g = r.analysis;
  refuseOtherYear(o.framework, framework, g.year);

  const t = T[o.lang];
  const scope = `${withDigits(`${g.all.count}`, o.digits)} ${t.agencies}${g.groupColumn ? ` — ${g.groupColumn}` : ""}`;
  const written: string[] = [];
  if (writes && o.out !== undefined) {
    notePageDigits(o, io.err);
    const { writeWorkbook } = await import("../xlsx/write-workbook");
    const { buildGroupSheets } = await import("../report/group-sheets"); // only a workbook needs the sheets
    written.push(await writes.writeOutput(o.out, await writeWorkbook(buildGroupSheets(g, { lang: o.lang, digits: o.digits, scope })), io));
  }
  if (writes && o.docx !== undefined) {
    // The summary document for a provincial or ministry office (issue 12).
    const { writeDocument } = await import("../docx/write-document");
    const { buildGroupDocument } = await import("../report/document/group");
    written.push(
      await writes.writeOutput(o.docx, await writeDocument(buildGroupDocument(g, { lang: o.lang, digits: o.digits, scope })), io)
    );
  }
  if (writes && o.pdf) await writes.writePdfs(written, io);
  if (!writes) {
    // Escaped as written (each string), so the CLI's output pass is not needed.
    if (o.json) writeJson(groupJson(g), io.outEscaped ?? io.out, { escape: true });
    else io.out(groupSummary(g, { lang: o.lang, digits: o.digits }));
  }
  // Rows left out are listed, never dropped silently; the rest stand graded (exit 0).
  for (const p of boundProblems(g.problems)) io.err(describeProblem(p, o.lang) + "\n");
}
