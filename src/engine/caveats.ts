// What a year's figures rest on, in the user's language: every output that
// shows a grade or an overall prints these (sheets, .xlsx, preview, Word, CLI,
// --json), so a figure that rests on inference never looks like a fact.
import { builtInFramework } from "./frameworks/years";
import type { Caveat, Framework, YearResult } from "./types";

/** Caveats for one graded year, most important first. */
export function yearCaveats(r: YearResult): Caveat[] {
  const out = frameworkCaveats(r.framework, r.year);
  if (r.grade.confidence === "L") {
    out.push({
      code: "band-unverified",
      year: r.year,
      text: {
        th: `ชื่อและเกณฑ์ของระดับ "${r.grade.label.th}" มาจากแหล่งที่ไม่เป็นทางการ (ยังไม่ยืนยัน)`,
        en: `The name and cut-off of the "${r.grade.label.en}" tier come from an unofficial source (unconfirmed)`,
      },
    });
  }
  return out;
}

/** What grading year `y` by framework `fw` rests on, whatever the grade (group mode grades many). */
export function frameworkCaveats(fw: Framework, y: number): Caveat[] {
  const out: Caveat[] = [];
  if (fw.custom) {
    out.push({
      code: "custom-framework",
      year: y,
      text: {
        // No id here: a caveat takes the user's digits, an identifier stays as written.
        th: `ปี ${y} คำนวณตามกรอบการประเมินที่ผู้ใช้กำหนด ไม่ใช่เกณฑ์ที่ ป.ป.ช. ประกาศ`,
        en: `${y} is graded by a user-supplied framework, not by rules NACC published`,
      },
    });
  } else if (fw.year !== null && fw.year !== y) {
    const text = builtInFramework(y)
      ? {
          th: `ปี ${y} คำนวณตามเกณฑ์ปี ${fw.year} ที่ผู้ใช้เลือก ไม่ใช่เกณฑ์ของปี ${y}`,
          en: `${y} is graded by the ${fw.year} rules the user chose, not its own`,
        }
      : {
          th: `ยังไม่มีเกณฑ์ปี ${y} — คำนวณตามเกณฑ์ปี ${fw.year} (ยังไม่ยืนยัน)`,
          en: `No rules for ${y} yet — graded by the ${fw.year} rules (unconfirmed)`,
        };
    out.push({ code: "applied-to-other-year", year: y, text });
  }
  if (fw.carriedFrom !== undefined) {
    out.push({
      code: "carried-forward",
      year: fw.year ?? y,
      text: {
        th: `ไม่พบคู่มือการประเมินของ ป.ป.ช. ปี ${fw.year} — ใช้ตัวชี้วัด น้ำหนัก และระดับผลการประเมินของปี ${fw.carriedFrom} (ยังไม่ยืนยัน)`,
        en: `No NACC manual for ${fw.year} was found — the ${fw.carriedFrom} indicators, weights and rating are carried forward (unconfirmed)`,
      },
    });
  } else if (!fw.custom && fw.source.confidence.weights !== "H") {
    out.push({
      code: "weights-unverified",
      year: y,
      text: {
        th: `น้ำหนักคะแนนปี ${fw.year ?? y} ยังไม่ได้รับการยืนยันจากเอกสารของ ป.ป.ช. (ใช้ตามปีที่ยืนยันได้)`,
        en: `The ${fw.year ?? y} weights are not confirmed by an NACC document (those of the confirmed years are used)`,
      },
    });
  }
  return out;
}

/** Caveats of every year shown (current first), each said once. */
export function analysisCaveats(years: YearResult[]): Caveat[] {
  const seen = new Set<string>();
  return years.flatMap(yearCaveats).filter((c) => {
    const key = c.text.en;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
