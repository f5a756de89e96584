// Words of the ES5 pane that the main pane does not have (the rest come from
// taskpane/strings, so both panes say the same thing the same way).
import type { Lang } from "../engine/types";

export interface LegacyWords {
  note: string;
  source: string;
  selection: string;
  read: string;
  year: string;
  /** The framework list's first entry: each year graded by its own rules. */
  byYear: string;
  busy: string;
  yes: string;
}

export const LEGACY_WORDS: Record<Lang, LegacyWords> = {
  th: {
    note: "รุ่นย่อสำหรับ Excel 2016/2019 (เบราว์เซอร์ในตัวรุ่นเก่า): ใช้การคำนวณและชีตรายงานเดียวกับรุ่นเต็ม",
    source: "อ่านคะแนนจาก",
    selection: "ช่วงเซลล์ที่เลือกอยู่",
    read: "อ่านข้อมูล",
    year: "ปีและกรอบการประเมิน",
    byYear: "ตามปีของข้อมูล",
    busy: "กำลังทำงาน…",
    yes: "ใช่",
  },
  en: {
    note: "Simple pane for Excel 2016/2019 (old built-in browser): the same calculations and report sheets as the full pane",
    source: "Read the scores from",
    selection: "the selected cells",
    read: "Read",
    year: "Year and framework",
    byYear: "From the scores' year",
    busy: "Working…",
    yes: "Yes",
  },
};
