// The pane's words about the Word report (issue 12), Thai first.
import type { Lang } from "../engine/types";

export interface DocumentStrings {
  heading: string;
  download: string;
  hint: string;
  showFields: string;
  hideFields: string;
  division: string;
  documentNumber: string;
  date: string;
  datePlaceholder: string;
  addressee: string;
  subject: string;
  subjectPlaceholder: string;
  background: string;
  backgroundPlaceholder: string;
  preparer: string;
  reviewer: (n: number) => string;
  name: string;
  position: string;
  badDate: string;
  failed: string;
  done: string;
  macHint: string;
  groupDownload: string;
  groupHint: string;
}

export const DOCUMENT_STRINGS: Record<Lang, DocumentStrings> = {
  th: {
    heading: "รายงาน Word (บันทึกข้อความ)",
    download: "ดาวน์โหลดรายงาน (.docx)",
    hint: "บันทึกข้อความเสนอผู้บริหาร และรายงานการวิเคราะห์หัวข้อ ๑–๗ จากผลที่เพิ่งสร้าง แก้ไขต่อใน Word ได้",
    showFields: "กรอกข้อมูลบันทึกข้อความ",
    hideFields: "ซ่อนข้อมูลบันทึกข้อความ",
    division: "ส่วนราชการ",
    documentNumber: "ที่",
    date: "วันที่",
    datePlaceholder: "ปปปป-ดด-วว (ว่าง = วันนี้)",
    addressee: "เรียน",
    subject: "เรื่อง",
    subjectPlaceholder: "ว่าง = รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปี",
    background: "๑. ความเป็นมา (ข้อความของหน่วยงาน)",
    backgroundPlaceholder: "ว่าง = ข้อความมาตรฐาน; เว้นบรรทัดว่างระหว่างย่อหน้า",
    preparer: "ผู้จัดทำ",
    reviewer: (n) => `ผู้ตรวจสอบ/ผู้อนุมัติ คนที่ ${n}`,
    name: "ชื่อ",
    position: "ตำแหน่ง",
    badDate: "วันที่ต้องเป็นแบบ ปปปป-ดด-วว เช่น 2566-03-20",
    failed: "สร้างไฟล์ .docx ไม่ได้ โปรดลองอีกครั้ง",
    done: "บันทึกไฟล์แล้ว",
    macHint: "Excel for Mac ไม่ดาวน์โหลดไฟล์จาก add-in: ใช้หน้าตัวอย่างในเบราว์เซอร์ หรือคำสั่ง ita-scorecard report --docx",
    groupDownload: "ดาวน์โหลดเอกสารสรุป (.docx)",
    groupHint: "เอกสารสรุปสำหรับสำนักงานจังหวัดหรือกระทรวง: อัตราผ่านเทียบเป้าหมายร้อยละ ๘๐ การกระจายระดับ ตัวชี้วัดที่อ่อนที่สุด และหน่วยงานที่คะแนนเปลี่ยนมากที่สุด",
  },
  en: {
    heading: "Word report (memo)",
    download: "Download report (.docx)",
    hint: "The memo to the head of the agency and the analysis (sections 1–7) from the results just generated, to edit in Word",
    showFields: "Fill in the memo's fields",
    hideFields: "Hide the memo's fields",
    division: "From (division)",
    documentNumber: "No.",
    date: "Date",
    datePlaceholder: "yyyy-mm-dd (empty = today)",
    addressee: "To",
    subject: "Subject",
    subjectPlaceholder: "empty = the standard subject naming the year",
    background: "1. Background (the agency's own text)",
    backgroundPlaceholder: "empty = the standard text; a blank line between paragraphs",
    preparer: "Prepared by",
    reviewer: (n) => `Reviewer/approver ${n}`,
    name: "Name",
    position: "Position",
    badDate: "The date must be yyyy-mm-dd, e.g. 2023-03-20",
    failed: "The .docx file could not be made. Please try again.",
    done: "File saved",
    macHint: "Excel for Mac does not download files from add-ins: use the preview in a browser, or ita-scorecard report --docx",
    groupDownload: "Download summary (.docx)",
    groupHint:
      "A summary for a provincial or ministry office: the pass rate against the 80 % target, the grade distribution, the weakest indicators and the largest movers",
  },
};
