// The pane's words about years and frameworks (issue 11), Thai first.
import type { Lang } from "../engine/types";

export interface FrameworkStrings {
  yearLabel: string;
  yearPlaceholder: string;
  yearNeeded: string;
  laterYear: (year: number, newest: number) => string;
  useNewest: (year: number, newest: number) => string;
  unknownYear: (year: number) => string;
  loadFile: string;
  fileLabel: (id: string) => string;
  fileProblems: string;
  template: string;
  caveats: string;
  autoNamed: (title: string, year: number) => string;
  autoNone: string;
}

export const FRAMEWORK_STRINGS: Record<Lang, FrameworkStrings> = {
  th: {
    yearLabel: "ปีงบประมาณของคะแนน",
    yearPlaceholder: "— เลือกปี —",
    yearNeeded: "ข้อมูลไม่ได้ระบุปี: เลือกปีงบประมาณของคะแนนก่อน จึงจะสร้างรายงานได้",
    laterYear: (y, n) => `ยังไม่มีเกณฑ์ปี ${y} (เกณฑ์ล่าสุดคือปี ${n}) เลือกคำนวณตามเกณฑ์ปี ${n} หรือโหลดไฟล์กรอบการประเมิน`,
    useNewest: (y, n) => `ยังไม่มีเกณฑ์ปี ${y} — คำนวณตามเกณฑ์ปี ${n} (ยังไม่ยืนยัน)`,
    unknownYear: (y) => `ไม่มีเกณฑ์ของปี ${y}: เลือกกรอบการประเมินจากรายการ หรือโหลดไฟล์กรอบการประเมิน`,
    loadFile: "โหลดไฟล์กรอบการประเมิน (.json)",
    fileLabel: (id) => `จากไฟล์: ${id}`,
    fileProblems: "ไฟล์กรอบการประเมินใช้ไม่ได้ (ยังใช้กรอบเดิม):",
    template: "ดาวน์โหลดกรอบการประเมินปีนี้เป็นแม่แบบ (.json)",
    caveats: "ผลนี้อยู่บนข้อสันนิษฐาน:",
    autoNamed: (title, y) => `ตามปีของข้อมูล: อ่านได้ปี ${y} (${title})`,
    autoNone: "ตามปีของข้อมูล: ยังไม่ได้อ่านปี",
  },
  en: {
    yearLabel: "Fiscal year of the scores",
    yearPlaceholder: "— choose a year —",
    yearNeeded: "The scores name no year: choose their fiscal year before generating",
    laterYear: (y, n) => `No rules for ${y} yet (the newest are ${n}'s): grade by the ${n} rules, or load a framework file`,
    useNewest: (y, n) => `No rules for ${y} yet — grade by the ${n} rules (unconfirmed)`,
    unknownYear: (y) => `No framework for ${y}: choose one from the list, or load a framework file`,
    loadFile: "Load a framework file (.json)",
    fileLabel: (id) => `From file: ${id}`,
    fileProblems: "The framework file cannot be used (the earlier choice stays):",
    template: "Download this year's framework as a template (.json)",
    caveats: "These results rest on assumptions:",
    autoNamed: (title, y) => `From the scores' year: ${y} read (${title})`,
    autoNone: "From the scores' year: no year read yet",
  },
};
