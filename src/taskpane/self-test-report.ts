// Words of the compatibility check and the copyable report built from a
// SelfTestReport: plain text, so both panes (React and ES5) show and copy
// the same thing. Probe ids stay in the report in English, in brackets, so
// whoever reads a report sent back knows which behaviour it is about.
import type { Lang } from "../engine/types";
import type { ProbeId, ProbeOutcome, ProbeResult, SelfTestReport } from "../report/self-test";

export interface CheckWords {
  heading: string;
  intro: string;
  run: string;
  running: string;
  probe: Record<ProbeId, string>;
  outcome: Record<ProbeOutcome, string>;
  tryDownload: string;
  downloadAsk: string;
  downloadYes: string;
  downloadNo: string;
  downloadNotTried: string;
  copy: string;
  copied: string;
  copyByHand: string;
  reportTitle: string;
  scratchLeft: string;
  failed: string;
}

export const CHECK_WORDS: Record<Lang, CheckWords> = {
  th: {
    heading: "ตรวจความเข้ากันได้ / Compatibility check",
    intro: "ทดลองสิ่งที่โปรแกรมเสริมต้องใช้กับ Excel เครื่องนี้ บนชีตชั่วคราวที่จะลบทิ้งเมื่อเสร็จ แล้วคัดลอกรายงานส่งให้ผู้ดูแล",
    run: "ตรวจความเข้ากันได้",
    running: "กำลังตรวจ…",
    probe: {
      "text-write": "ข้อความที่ดูเหมือนสูตรหรือตัวเลข (=1+1, 0012, 1/10) ยังเป็นข้อความ",
      "thai-digits": "รูปแบบตัวเลข [$-D00041E] แสดงเป็นเลขไทย",
      "page-a4-fit": "กระดาษ A4 แนวนอน พอดีหนึ่งหน้ากว้าง",
      "print-titles": "แถวหัวตารางพิมพ์ซ้ำทุกหน้า",
      "sheet-name-range": "อ่านช่วงจากชื่อที่ตั้งไว้เฉพาะชีต",
      "deleted-sheet-null": "ชีตที่ถูกลบไปแล้วอ่านได้โดยไม่เกิดข้อผิดพลาด",
      "print-names": "Print_Area / Print_Titles ไม่ปนในรายการช่วงที่ตั้งชื่อ",
      download: "ดาวน์โหลดไฟล์ .xlsx จากหน้าต่างนี้",
    },
    outcome: { pass: "ผ่าน", fail: "ไม่ผ่าน", skipped: "ข้าม", error: "ผิดพลาด" },
    tryDownload: "ทดลองดาวน์โหลด",
    downloadAsk: "ได้ไฟล์ ITA-check.xlsx หรือไม่ (ดูที่โฟลเดอร์ดาวน์โหลดหรือแถบด้านล่าง)?",
    downloadYes: "ได้ไฟล์",
    downloadNo: "ไม่ได้ไฟล์",
    downloadNotTried: "ยังไม่ได้ทดลอง",
    copy: "คัดลอกรายงาน",
    copied: "คัดลอกแล้ว",
    copyByHand: "คัดลอกอัตโนมัติไม่ได้: เลือกข้อความในกล่องแล้วกด Ctrl+C",
    reportTitle: "ITA Scorecard: รายงานตรวจความเข้ากันได้",
    scratchLeft: "ลบชีตชั่วคราวไม่ได้: โปรดลบชีตที่ชื่อขึ้นต้นด้วย ~ita- เอง",
    failed: "ตรวจไม่สำเร็จ โปรดลองอีกครั้ง",
  },
  en: {
    heading: "Compatibility check / ตรวจความเข้ากันได้",
    intro:
      "Tries what the add-in relies on in this Excel, on a scratch sheet deleted afterwards, then lets you copy the report for whoever maintains it",
    run: "Compatibility check",
    running: "Checking…",
    probe: {
      "text-write": "Text that looks like a formula or number (=1+1, 0012, 1/10) stays text",
      "thai-digits": "Number format [$-D00041E] shows Thai digits",
      "page-a4-fit": "A4 landscape, fitted to one page wide",
      "print-titles": "Header rows repeat on every printed page",
      "sheet-name-range": "A range read through a name scoped to one sheet",
      "deleted-sheet-null": "A deleted sheet is read without an error",
      "print-names": "Print_Area / Print_Titles stay out of the named-range list",
      download: "Downloading an .xlsx file from this pane",
    },
    outcome: { pass: "pass", fail: "FAIL", skipped: "skipped", error: "error" },
    tryDownload: "Try the download",
    downloadAsk: "Did the file ITA-check.xlsx arrive (downloads folder or the bar below)?",
    downloadYes: "It arrived",
    downloadNo: "It did not",
    downloadNotTried: "not tried yet",
    copy: "Copy the report",
    copied: "Copied",
    copyByHand: "Could not copy by itself: select the text in the box and press Ctrl+C",
    reportTitle: "ITA Scorecard: compatibility report",
    scratchLeft: "The scratch sheet could not be deleted: delete the sheet whose name starts with ~ita- by hand",
    failed: "The check could not run. Please try again.",
  },
};

/** The download probe as the user answered it (null: not tried). */
export function downloadResult(answer: "yes" | "no" | "error" | null, w: CheckWords): ProbeResult {
  if (answer === null) return { id: "download", outcome: "skipped", observed: w.downloadNotTried };
  if (answer === "error") return { id: "download", outcome: "error", observed: "the .xlsx could not be made" };
  return {
    id: "download",
    outcome: answer === "yes" ? "pass" : "fail",
    observed: answer === "yes" ? "user saw the file" : "user saw no file",
  };
}

/** The copyable report: environment first, then one line per probe. */
export function reportText(report: SelfTestReport, download: ProbeResult, lang: Lang, userAgent: string, when: Date): string {
  const w = CHECK_WORDS[lang];
  const i = report.info;
  const lines = [
    w.reportTitle,
    `date: ${when.toISOString()}`,
    `host: ${i.host} · platform: ${i.platform} · version: ${i.version}`,
    `requirement sets: ${i.requirementSets.join("; ")}`,
    `webview: ${userAgent}`,
    "",
  ];
  [...report.probes, download].forEach((p, n) =>
    lines.push(`${n + 1}. [${p.id}] ${w.probe[p.id]}: ${w.outcome[p.outcome]} (${p.observed})`)
  );
  if (!report.scratchRemoved) lines.push("", w.scratchLeft);
  return lines.join("\n");
}
