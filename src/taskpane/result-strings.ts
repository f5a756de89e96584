// Words of the pane's results area (headline, sheet links, checks, the
// draft report box), kept apart from strings.ts so its edits stay small.
import type { Lang } from "../engine/types";

export interface ResultStrings {
  headlineLabel: string;
  openSheet: (name: string) => string;
  checksHeading: (n: number) => string;
  groupChecksHeading: (n: number) => string;
  checksNone: string;
  draftLabel: string;
  draftHint: string;
  ownersByIndicator: (open: number) => string;
  ownerOpen: string;
  /** No measure in the plan (every indicator passes, strengths not kept up): no owner to pick. */
  ownersNoMeasures: string;
  /** The preview is not an Excel: what it leaves off, without "Excel รุ่นนี้". */
  skippedInPreview: string;
}

export const RESULT_STRINGS: Record<Lang, ResultStrings> = {
  th: {
    headlineLabel: "ผลโดยสรุป",
    openSheet: (name) => `ไปที่ชีต ${name}`,
    checksHeading: (n) => `ตัวเลขที่ระบุไว้ไม่ตรงกับตารางคะแนน ${n} รายการ (แสดงไว้ท้ายชีตอันดับด้วย):`,
    groupChecksHeading: (n) => `คะแนนรวมที่ประกาศไม่ตรงกับที่คำนวณได้ ${n} รายการ:`,
    checksNone: "ตัวเลขที่ระบุไว้ตรงกับตารางคะแนนทั้งหมด",
    draftLabel: "ข้อความรายงานฉบับร่าง (ถ้ามี)",
    draftHint: "วางข้อความของรายงาน (เช่น ส่วนที่ ๗) เพื่อตรวจตัวเลขที่รายงานระบุไว้กับตารางคะแนนเมื่อสร้างรายงาน",
    ownersByIndicator: (open) => `ผู้รับผิดชอบรายตัวชี้วัดที่มีมาตรการ (เลือกจากรายการข้างบน${open > 0 ? `; ยังไม่ได้ระบุ ${open} ตัวชี้วัด` : ""})`,
    ownerOpen: "(ระบุผู้รับผิดชอบ)",
    ownersNoMeasures: "แผนยังไม่มีมาตรการ จึงยังไม่ต้องระบุผู้รับผิดชอบ",
    skippedInPreview: "ตัวอย่างในเบราว์เซอร์ไม่แสดงบางส่วน (ใน Excel มีครบ) จึงข้ามไป:",
  },
  en: {
    headlineLabel: "Summary",
    openSheet: (name) => `Go to sheet ${name}`,
    checksHeading: (n) => `${n} stated figure(s) differ from the score table (also listed at the end of the ranking sheet):`,
    groupChecksHeading: (n) => `${n} published overall(s) differ from the recomputed ones:`,
    checksNone: "Every stated figure agrees with the score table",
    draftLabel: "Draft report text (optional)",
    draftHint: "Paste the report's text (e.g. its section 7) to check the figures it states against the score table when generating",
    ownersByIndicator: (open) => `Owner of each indicator with a measure (from the list above${open > 0 ? `; ${open} not named yet` : ""})`,
    ownerOpen: "(owner to be named)",
    ownersNoMeasures: "The plan has no measures yet, so no owner is needed",
    skippedInPreview: "The browser preview leaves some features out (Excel has them all):",
  },
};
