// Every word the pane shows, in Thai (first: the users are Thai) and English.
import type { Ignored, Lang } from "../engine/types";
import type { HostError, SkippedFeature } from "../report/host";

export type HostErrorCode = HostError["code"];

/** What the pane was doing when the workbook failed: reading the scores, or writing (Generate). */
export type HostStep = "reading" | "writing";

/** Codes whose reading sentence (the selection, the chosen table) does not fit a failure while writing. */
type WritingCode = "too-large" | "not-found";

export interface UiStrings {
  appTitle: string;
  uiLanguage: string;
  sourceHeading: string;
  useSelection: string;
  sourceList: string;
  noSources: string;
  readChosen: string;
  refreshSources: string;
  loadSample: string;
  sampleSheetName: string;
  readFrom: (sheet: string, address: string) => string;
  yearsFound: string;
  noYearInSource: (year: number | null) => string;
  indicatorsMatched: (n: number) => string;
  colNumber: string;
  colIndicator: string;
  ignoredHeading: (n: number) => string;
  ignoredReason: Record<Ignored["reason"], string>;
  problemsHeading: (n: number) => string;
  warningsHeading: (n: number) => string;
  sourceOk: string;
  sourceWaits: string;
  optionsHeading: string;
  framework: string;
  passMark: string;
  passMarkInvalid: string;
  outputLanguage: string;
  langThai: string;
  langEnglish: string;
  digits: string;
  digitsThai: string;
  digitsArabic: string;
  agency: string;
  agencyPlaceholder: string;
  planYear: string;
  planYearInvalid: string;
  includeStrengths: string;
  owners: string;
  ownersHint: string;
  generateHeading: string;
  generate: string;
  generateNeedsSource: string;
  analyseProblems: string;
  confirmTitle: string;
  confirmBody: string;
  confirmReplace: string;
  cancel: string;
  cancelled: string;
  written: (n: number) => string;
  skippedHeading: string;
  /** Heading of the features Excel refused at run time (the sheets are written without them). */
  failedHeading: string;
  /** After a failed write: it was undone, or (undone false) it may have left sheets behind. */
  writeUndone: string;
  writeLeftovers: string;
  /** After a read that failed for a reason not known for sure. */
  readNothingChanged: string;
  /** Each optional feature a write may skip, in plain words. */
  feature: Record<SkippedFeature, string>;
  hostError: Record<HostErrorCode, string>;
  /** Replaces hostError for these codes when the failure came while writing the report. */
  hostErrorWriting: Record<WritingCode, string>;
  // Mode switch
  modeLabel: string;
  modeSingle: string;
  modeGroup: string;
  // Progress of long work
  progress: Record<"reading" | "analysing" | "writing" | "downloading", string>;
  // Download
  download: string;
  downloadHint: string;
  downloadFailed: string;
  /** Office for Mac, which cannot save files from an add-in (office-js#2700). */
  openAsWorkbook: string;
  macNewWorkbookHint: string;
  macNewWorkbookDone: string;
  openPreview: string;
  macBrowserHint: string;
  macExplain: string;
  // Group mode
  groupSampleSheetName: string;
  agenciesRead: (agencies: number, rows: number) => string;
  groupColumnsFound: string;
  noGroupColumns: string;
  rejectedHeading: (n: number) => string;
  rejectedMore: (n: number) => string;
  noAgencyName: string;
  noGoodRows: string;
  groupSourceOk: string;
  groupColumn: string;
  groupNone: string;
  chosenAgency: string;
  chosenAgencyHint: string;
  chosenAgencyPlaceholder: string;
  scope: string;
  scopePlaceholder: string;
  /** Default heading of a group report: "12 หน่วยงาน — จังหวัด". */
  scopeDefault: (count: string, groupColumn: string | null) => string;
  generateNeedsGroupSource: string;
}

const th: UiStrings = {
  appTitle: "วิเคราะห์ผลการประเมิน ITA",
  uiLanguage: "ภาษาของหน้าจอ",
  sourceHeading: "1. ข้อมูลคะแนน",
  useSelection: "ใช้ช่วงเซลล์ที่เลือก",
  sourceList: "หรือเลือกตาราง / ช่วงที่ตั้งชื่อ",
  noSources: "ไม่มีตารางหรือช่วงที่ตั้งชื่อในสมุดงานนี้",
  readChosen: "อ่านข้อมูลนี้",
  refreshSources: "โหลดรายการใหม่",
  loadSample: "ใส่ข้อมูลตัวอย่าง",
  sampleSheetName: "ตัวอย่าง ITA",
  readFrom: (sheet, address) => `อ่านจากชีต ${sheet} ช่วง ${address}`,
  yearsFound: "ปีงบประมาณที่พบ",
  noYearInSource: (year) => (year === null ? "ข้อมูลไม่ได้ระบุปี: เลือกปีงบประมาณในส่วนตัวเลือกด้านล่าง" : `ข้อมูลไม่ได้ระบุปี: ใช้ปี ${year} ที่เลือกไว้`),
  indicatorsMatched: (n) => `ตัวชี้วัดที่อ่านได้ ${n} ตัว`,
  colNumber: "ที่",
  colIndicator: "ตัวชี้วัด",
  ignoredHeading: (n) => `แถวที่ข้ามไป ${n} แถว`,
  ignoredReason: {
    blank: "แถวว่าง",
    title: "หัวเรื่อง",
    "grade-row": "แถวระดับผลการประเมิน",
    "change-column": "คอลัมน์ผลต่าง",
    "rank-column": "คอลัมน์ลำดับ",
    "label-column": "คอลัมน์ชื่อ",
    note: "หมายเหตุ",
  },
  problemsHeading: (n) => `พบปัญหา ${n} รายการ: แก้ไขในเซลล์แล้วอ่านข้อมูลใหม่`,
  warningsHeading: (n) => `ข้อสังเกต ${n} รายการ`,
  sourceOk: "ข้อมูลครบถ้วน พร้อมสร้างรายงาน",
  sourceWaits: "อ่านคะแนนได้ครบ แต่ยังต้องเลือกปีหรือกรอบการประเมินในส่วนตัวเลือกก่อน",
  optionsHeading: "2. ตัวเลือก",
  framework: "กรอบการประเมิน",
  passMark: "เกณฑ์ผ่าน (คะแนน)",
  passMarkInvalid: "เกณฑ์ผ่านต้องเป็นตัวเลข 0–100",
  outputLanguage: "ภาษาของรายงาน",
  langThai: "ไทย",
  langEnglish: "English",
  digits: "ตัวเลขในรายงาน",
  digitsThai: "เลขไทย (๑๒๓)",
  digitsArabic: "เลขอารบิก (123)",
  agency: "ชื่อหน่วยงาน",
  agencyPlaceholder: "เช่น เทศบาลเมืองเขลางค์นคร",
  planYear: "ปีงบประมาณของแผนมาตรการ (พ.ศ.)",
  planYearInvalid: "ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2566",
  includeStrengths: "รวมมาตรการรักษาระดับตัวชี้วัดที่เป็นจุดแข็ง",
  owners: "ผู้รับผิดชอบ (บรรทัดละหนึ่งหน่วย)",
  ownersHint: "ใช้เป็นรายการให้เลือกในชีตมาตรการ และจำไว้ในสมุดงานนี้",
  generateHeading: "3. สร้างรายงาน",
  generate: "สร้างรายงาน",
  generateNeedsSource: "อ่านข้อมูลคะแนนที่ไม่มีปัญหาก่อน จึงจะสร้างรายงานได้",
  analyseProblems: "สร้างรายงานไม่ได้:",
  confirmTitle: "แทนที่ชีตที่แก้ไขแล้ว?",
  confirmBody: "ชีตต่อไปนี้มีการแก้ไขนอกช่องที่กรอกได้ หากสร้างใหม่ การแก้ไขนั้นจะหายไป:",
  confirmReplace: "แทนที่",
  cancel: "ยกเลิก",
  cancelled: "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงสมุดงาน",
  written: (n) => `สร้างรายงานแล้ว ${n} ชีต:`,
  skippedHeading: "Excel รุ่นนี้ไม่รองรับบางส่วน จึงข้ามไป:",
  failedHeading: "Excel ทำส่วนต่อไปนี้ไม่สำเร็จ จึงเว้นไว้ (ชีต ตัวเลข และข้อความเขียนครบแล้ว):",
  writeUndone: "สมุดงานยังเหมือนเดิม ไม่มีการเปลี่ยนแปลง",
  writeLeftovers: "อาจมีชีตชื่อขึ้นต้นด้วย ~ita- ค้างอยู่ ลบได้",
  readNothingChanged: "ไม่มีการเปลี่ยนแปลงสมุดงาน",
  feature: {
    thaiDigits: "รูปแบบตัวเลขไทย (แสดงเป็นเลขอารบิกแทน)",
    conditionalFormats: "การระบายสีตามเงื่อนไข",
    dataValidation: "รายการให้เลือก (ผู้รับผิดชอบ)",
    pageLayout: "การตั้งค่าหน้ากระดาษสำหรับพิมพ์ (A4 พอดีหนึ่งหน้ากว้าง หัวและท้ายกระดาษ)",
    autoFilter: "ปุ่มเรียงลำดับและกรองข้อมูล",
    charts: "แผนภูมิ",
    layout: "ความกว้างคอลัมน์ ความสูงแถว และการผสานเซลล์หัวเรื่อง",
    freezePanes: "การตรึงแถวหัวตาราง",
    gridlines: "การซ่อนเส้นตารางบนหน้าจอ",
  },
  hostError: {
    protected: "ชีตหรือสมุดงานถูกป้องกันอยู่ โปรดยกเลิกการป้องกันแล้วลองอีกครั้ง",
    refused: "Excel ไม่ยอมทำรายการนี้ (อาจมีเซลล์ที่กำลังแก้ไขหรือหน้าต่างอื่นเปิดค้างอยู่) โปรดกด Enter หรือ Esc แล้วลองอีกครั้ง",
    "inactive-workbook": "สมุดงานนี้ไม่ได้เป็นหน้าต่างที่ใช้งานอยู่ โปรดคลิกในสมุดงานนี้แล้วลองอีกครั้ง",
    "excel-error": "Excel แจ้งข้อผิดพลาดภายใน หากมีสมุดงานหรือหน้าต่างอื่นเปิดอยู่ด้านหน้า โปรดคลิกในสมุดงานนี้แล้วลองอีกครั้ง",
    "name-in-use": "มีชีตชื่อเดียวกันอยู่แล้ว โปรดเปลี่ยนชื่อหรือลบชีตนั้นแล้วลองอีกครั้ง",
    "edit-mode": "Excel กำลังแก้ไขเซลล์อยู่ โปรดกด Enter หรือ Esc แล้วลองอีกครั้ง",
    connection: "Excel ไม่ตอบสนองหรือการเชื่อมต่อขาดหาย โปรดลองอีกครั้ง",
    "too-large": "ช่วงที่เลือกใหญ่เกินไป โปรดเลือกเฉพาะตารางคะแนน",
    "no-selection": "โปรดเลือกช่วงเซลล์ที่มีคะแนนก่อน",
    "not-found": "ไม่พบตารางหรือช่วงที่เลือก อาจถูกลบหรือเปลี่ยนชื่อแล้ว",
    unknown: "เกิดข้อผิดพลาดที่ไม่คาดคิด โปรดลองอีกครั้ง",
  },
  hostErrorWriting: {
    "too-large": "รายงานมีขนาดใหญ่เกินกว่าที่ Excel จะเขียนได้ในครั้งเดียว โปรดลดจำนวนแถวของข้อมูลแล้วลองอีกครั้ง หรือใช้ Excel บนเดสก์ท็อป",
    "not-found": "ไม่พบชีตที่ใช้เขียนรายงาน อาจถูกลบหรือเปลี่ยนชื่อระหว่างนั้น โปรดลองอีกครั้ง",
  },
  modeLabel: "วิเคราะห์",
  modeSingle: "หน่วยงานเดียว",
  modeGroup: "หลายหน่วยงาน",
  progress: {
    reading: "กำลังอ่านข้อมูล…",
    analysing: "กำลังคำนวณคะแนนและจัดอันดับ…",
    writing: "กำลังเขียนชีตรายงาน…",
    downloading: "กำลังสร้างไฟล์ .xlsx…",
  },
  download: "ดาวน์โหลด .xlsx",
  downloadHint: "บันทึกชีตที่เพิ่งสร้างเป็นไฟล์ Excel แยกต่างหาก (ตามที่สร้าง ไม่รวมการแก้ไขหลังจากนั้น)",
  downloadFailed: "สร้างไฟล์ .xlsx ไม่ได้ โปรดลองอีกครั้ง",
  openAsWorkbook: "เปิดเป็นสมุดงานใหม่",
  macNewWorkbookHint: "Excel บน Mac ดาวน์โหลดไฟล์จากโปรแกรมเสริมไม่ได้: ปุ่มนี้เปิดชีตที่เพิ่งสร้างเป็นสมุดงานใหม่ แล้วบันทึกด้วย ไฟล์ → บันทึกเป็น",
  macNewWorkbookDone: "เปิดสมุดงานใหม่แล้ว โปรดบันทึกด้วย ไฟล์ → บันทึกเป็น",
  openPreview: "เปิดหน้าทดลองในเบราว์เซอร์",
  macBrowserHint: "Excel บน Mac ดาวน์โหลดไฟล์จากโปรแกรมเสริมไม่ได้: เปิดหน้าทดลองในเบราว์เซอร์ วางคะแนนชุดเดียวกัน แล้วกดดาวน์โหลด .xlsx ที่นั่น",
  macExplain:
    "Excel บน Mac ดาวน์โหลดไฟล์จากโปรแกรมเสริมไม่ได้: ชีตรายงานอยู่ในสมุดงานนี้แล้ว หากต้องการไฟล์แยก คลิกขวาที่แท็บชีต → ย้ายหรือคัดลอก → (สมุดงานใหม่) แล้วบันทึก",
  groupSampleSheetName: "ตัวอย่างหลายหน่วยงาน",
  agenciesRead: (agencies, rows) => `อ่านได้ ${agencies} หน่วยงาน (${rows} แถว)`,
  groupColumnsFound: "คอลัมน์ที่ใช้จัดกลุ่มได้",
  noGroupColumns: "ไม่มี",
  rejectedHeading: (n) => `แถวที่ไม่นำมาคำนวณ ${n} แถว (แถวอื่นคำนวณตามปกติ): แก้ไขในเซลล์แล้วอ่านข้อมูลใหม่`,
  rejectedMore: (n) => `และอีก ${n} แถว`,
  noAgencyName: "(ไม่มีชื่อ)",
  noGoodRows: "ไม่มีแถวใดคำนวณได้",
  groupSourceOk: "อ่านได้ทุกแถว พร้อมสร้างรายงาน",
  groupColumn: "จัดกลุ่มตาม",
  groupNone: "ไม่จัดกลุ่ม (รวมทุกหน่วยงาน)",
  chosenAgency: "หน่วยงานที่ต้องการเทียบกับกลุ่ม (ไม่บังคับ)",
  chosenAgencyHint: 'ชื่อซ้ำกันให้พิมพ์แบบ "ชื่อ / กลุ่ม"',
  chosenAgencyPlaceholder: "พิมพ์เพื่อค้นหา",
  scope: "ชื่อชุดข้อมูล (หัวรายงาน)",
  scopePlaceholder: "เช่น อปท. ในจังหวัดลำปาง",
  scopeDefault: (count, groupColumn) => `${count} หน่วยงาน${groupColumn ? ` — ${groupColumn}` : ""}`,
  generateNeedsGroupSource: "อ่านตารางคะแนนที่มีอย่างน้อยหนึ่งแถวที่คำนวณได้ก่อน จึงจะสร้างรายงานได้",
};

const en: UiStrings = {
  appTitle: "ITA score analysis",
  uiLanguage: "Pane language",
  sourceHeading: "1. Scores",
  useSelection: "Use selection",
  sourceList: "Or choose a table / named range",
  noSources: "This workbook has no tables or named ranges",
  readChosen: "Read it",
  refreshSources: "Refresh list",
  loadSample: "Load sample",
  sampleSheetName: "ITA sample",
  readFrom: (sheet, address) => `Read from sheet ${sheet}, range ${address}`,
  yearsFound: "Fiscal years found",
  noYearInSource: (year) =>
    year === null
      ? "The scores name no year: choose their fiscal year in the options below"
      : `The scores name no year: ${year}, as chosen`,
  indicatorsMatched: (n) => `${n} indicators read`,
  colNumber: "No.",
  colIndicator: "Indicator",
  ignoredHeading: (n) => `${n} rows skipped`,
  ignoredReason: {
    blank: "blank row",
    title: "title",
    "grade-row": "grade row",
    "change-column": "change column",
    "rank-column": "rank column",
    "label-column": "label column",
    note: "note",
  },
  problemsHeading: (n) => `${n} problems: fix the cells, then read again`,
  warningsHeading: (n) => `${n} notes`,
  sourceOk: "Scores complete: ready to generate",
  sourceWaits: "Scores read, but the year or the framework still needs choosing in the options",
  optionsHeading: "2. Options",
  framework: "Framework",
  passMark: "Pass mark (score)",
  passMarkInvalid: "The pass mark must be a number from 0 to 100",
  outputLanguage: "Report language",
  langThai: "ไทย",
  langEnglish: "English",
  digits: "Digits in the report",
  digitsThai: "Thai (๑๒๓)",
  digitsArabic: "Arabic (123)",
  agency: "Agency name",
  agencyPlaceholder: "e.g. Khelang Nakhon Town Municipality",
  planYear: "Fiscal year of the measures plan (BE)",
  planYearInvalid: "The fiscal year must be a 4-digit Buddhist Era year, e.g. 2566",
  includeStrengths: "Also plan measures to keep the strengths up",
  owners: "Responsible units (one per line)",
  ownersHint: "Offered as choices on the measures sheet, and remembered in this workbook",
  generateHeading: "3. Generate",
  generate: "Generate report",
  generateNeedsSource: "Read scores without problems first",
  analyseProblems: "The report cannot be built:",
  confirmTitle: "Replace edited sheets?",
  confirmBody: "These sheets were edited outside their fill-in columns; generating again loses those edits:",
  confirmReplace: "Replace",
  cancel: "Cancel",
  cancelled: "Cancelled: the workbook was not changed",
  written: (n) => `Report written: ${n} sheets:`,
  skippedHeading: "This Excel lacks some features, so they were skipped:",
  failedHeading: "Excel could not apply these, so they were left off (the sheets, numbers and text are all written):",
  writeUndone: "The workbook was left as it was.",
  writeLeftovers: "Sheets whose names start with ~ita- may remain; you can delete them.",
  readNothingChanged: "Nothing in the workbook was changed.",
  feature: {
    thaiDigits: "Thai-digit number formats (shown with Arabic digits instead)",
    conditionalFormats: "conditional colours",
    dataValidation: "drop-down lists (owners)",
    pageLayout: "page setup for printing (A4, one page wide, header and footer)",
    autoFilter: "sort and filter buttons",
    charts: "charts",
    layout: "column widths, row heights and merged title cells",
    freezePanes: "frozen header rows",
    gridlines: "hidden gridlines on screen",
  },
  hostError: {
    protected: "The sheet or workbook is protected. Unprotect it and try again.",
    refused: "Excel refused the change (a cell being edited or another window open may be the cause). Press Enter or Esc and try again.",
    "inactive-workbook": "This workbook is not the active window. Click in this workbook and try again.",
    "excel-error": "Excel reported an internal error. If another workbook or window is in front, click in this workbook and try again.",
    "name-in-use": "A sheet with that name already exists. Rename or delete it and try again.",
    "edit-mode": "Excel is editing a cell. Press Enter or Esc and try again.",
    connection: "Excel did not answer or the connection was lost. Please try again.",
    "too-large": "The selected range is too large. Select just the score table.",
    "no-selection": "Select the cells with the scores first.",
    "not-found": "The chosen table or range was not found; it may have been deleted or renamed.",
    unknown: "Something unexpected went wrong. Please try again.",
  },
  hostErrorWriting: {
    "too-large": "The report is too large for Excel to write in one go. Read fewer rows and try again, or use Excel on the desktop.",
    "not-found": "A sheet the report is written to was not found; it may have been deleted or renamed meanwhile. Please try again.",
  },
  modeLabel: "Analyse",
  modeSingle: "One agency",
  modeGroup: "Many agencies",
  progress: {
    reading: "Reading…",
    analysing: "Grading and ranking…",
    writing: "Writing the report sheets…",
    downloading: "Making the .xlsx file…",
  },
  download: "Download .xlsx",
  downloadHint: "Saves the sheets just generated as a separate Excel file (as generated, without later edits)",
  downloadFailed: "The .xlsx file could not be made. Please try again.",
  openAsWorkbook: "Open as a new workbook",
  macNewWorkbookHint:
    "Excel for Mac cannot download files from add-ins: this opens the sheets just generated as a new workbook; save it with File → Save As",
  macNewWorkbookDone: "A new workbook was opened: save it with File → Save As",
  openPreview: "Open the preview in your browser",
  macBrowserHint:
    "Excel for Mac cannot download files from add-ins: open the preview in your browser, paste the same scores and download the .xlsx there",
  macExplain:
    "Excel for Mac cannot download files from add-ins: the report sheets are in this workbook; for a separate file, right-click a sheet tab → Move or Copy → (new book), then save it",
  groupSampleSheetName: "Group sample",
  agenciesRead: (agencies, rows) => `${agencies} agencies read (${rows} rows)`,
  groupColumnsFound: "Columns to group by",
  noGroupColumns: "none",
  rejectedHeading: (n) => `${n} rows left out (the others are graded): fix the cells, then read again`,
  rejectedMore: (n) => `and ${n} more`,
  noAgencyName: "(no name)",
  noGoodRows: "No row could be graded",
  groupSourceOk: "Every row read: ready to generate",
  groupColumn: "Group by",
  groupNone: "No grouping (all agencies together)",
  chosenAgency: "Agency to place among its peers (optional)",
  chosenAgencyHint: 'When a name repeats, type "name / group"',
  chosenAgencyPlaceholder: "Type to search",
  scope: "Name of this set (report heading)",
  scopePlaceholder: "e.g. local governments of Lampang",
  scopeDefault: (count, groupColumn) => `${count} agencies${groupColumn ? ` — ${groupColumn}` : ""}`,
  generateNeedsGroupSource: "Read a score table with at least one gradable row first",
};

export const STRINGS: Record<Lang, UiStrings> = { th, en };

/**
 * The sentence for a host failure: by its code and the step it came in, never
 * by its message; a failed write also says whether the workbook was left as
 * it was (reading changes nothing).
 */
export function hostErrorText(s: UiStrings, code: HostErrorCode, step: HostStep, undone = true): string {
  // When the cause is not known for sure, say at least that nothing was changed.
  if (step === "reading")
    return code === "unknown" || code === "excel-error" ? `${s.hostError[code]} ${s.readNothingChanged}` : s.hostError[code];
  const what = code === "too-large" || code === "not-found" ? s.hostErrorWriting[code] : s.hostError[code];
  return `${what} ${undone ? s.writeUndone : s.writeLeftovers}`;
}

/** Thai for th-*, English for any other known language, Thai when unknown. */
export function detectLang(displayLanguage: string | undefined | null): Lang {
  if (!displayLanguage) return "th";
  return /^th\b/i.test(displayLanguage) ? "th" : "en";
}
