// Words of the Word report, Thai and English. The memo's paragraphs follow
// the register of the seed report (a planning office's บันทึกข้อความ);
// figures come in as text already in the user's digits.
import type { Lang } from "../../engine/types";

export interface MemoFacts {
  agency: string;
  division: string;
  year: string;
  overall: string;
  grade: string;
  passed: boolean;
  passMark: string;
  planYear: string;
  measures: string;
  /** "ลดลงจากปี พ.ศ. ๒๕๖๔ ๑.๒๓ คะแนน" (a change in points, as the sheets say it), or "" without an earlier year. */
  change: string;
}

const ITA_TH = "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ";

export const DOC_WORDS = {
  th: {
    memo: "บันทึกข้อความ",
    division: "ส่วนราชการ",
    number: "ที่",
    date: "วันที่",
    subject: "เรื่อง",
    to: "เรียน",
    background: "เรื่องเดิม",
    facts: "ข้อเท็จจริง",
    proposal: "ข้อพิจารณา/ข้อเสนอ",
    closing: "จึงเรียนมาเพื่อโปรดพิจารณา",
    signLine: "ลงชื่อ ..............................................",
    dateLine: "วันที่ ............/............/............",
    subjectDefault: (year: string) => `รายงานการวิเคราะห์ผล${ITA_TH} (ITA) ประจำปีงบประมาณ พ.ศ. ${year}`,
    memoBackground: (f: MemoFacts) =>
      `ตามที่สำนักงาน ป.ป.ช. ได้จัดให้มี${ITA_TH} (Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. ${f.year} และได้ประกาศผลการประเมินแล้ว นั้น`,
    memoFacts: (f: MemoFacts) =>
      `ผลการประเมินของ${f.agency || "หน่วยงาน"} ประจำปีงบประมาณ พ.ศ. ${f.year} ได้คะแนนร้อยละ ${f.overall} อยู่ในระดับ ${f.grade} ` +
      `${f.passed ? "ผ่าน" : "ไม่ผ่าน"}เกณฑ์ (ร้อยละ ${f.passMark} ขึ้นไป)${f.change ? ` ${f.change}` : ""} ` +
      `${f.division || "ผู้จัดทำ"} จึงได้จัดทำรายงานการวิเคราะห์ผล${ITA_TH} ประจำปีงบประมาณ พ.ศ. ${f.year} ` +
      `เพื่อใช้เป็นแนวทางการพัฒนาและปรับปรุงการดำเนินงานเพื่อยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${f.planYear} ` +
      `และได้กำหนดมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส จำนวน ${f.measures} มาตรการ รายละเอียดตามเอกสารที่แนบมาพร้อมนี้`,
    memoProposal: () =>
      `เห็นควรแจ้งเวียนรายงานการวิเคราะห์ผล${ITA_TH} (ITA) ให้ทุกส่วนราชการเพื่อดำเนินการในส่วนที่เกี่ยวข้อง และเผยแพร่รายงานผลการวิเคราะห์ดังกล่าวลงในเว็บไซต์หลักของหน่วยงาน`,
    reportTitle: `รายงานการวิเคราะห์ผล${ITA_TH} (ITA)`,
    fiscalYear: "ประจำปีงบประมาณ พ.ศ.",
    sBackground: "ความเป็นมา",
    backgroundDefault: (agency: string, year: string, planYear: string) => [
      `${ITA_TH} (Integrity and Transparency Assessment : ITA) เป็นเครื่องมือเชิงบวกที่สำนักงาน ป.ป.ช. ใช้ประเมินหน่วยงานภาครัฐทั่วประเทศเป็นประจำทุกปี ` +
        `เพื่อให้หน่วยงานได้รับทราบสถานะและปัญหาการดำเนินงานด้านคุณธรรมและความโปร่งใสของตนเอง และนำผลการประเมินไปปรับปรุงการปฏิบัติงาน การให้บริการ และการป้องกันการทุจริตและประพฤติมิชอบ`,
      `${agency || "หน่วยงาน"} จึงได้วิเคราะห์ผลการประเมินประจำปีงบประมาณ พ.ศ. ${year} ทั้งจุดแข็งและประเด็นที่ต้องพัฒนา ` +
        `เพื่อกำหนดมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${planYear} และการกำกับติดตามผล`,
    ],
    sInstruments: "เครื่องมือการประเมิน",
    instrumentsLead: (title: string) => `การประเมินตาม${title} ประกอบด้วยเครื่องมือและตัวชี้วัด ดังนี้`,
    instrumentLine: (name: string, count: string, names: string) => `${name} มีจำนวน ${count} ตัวชี้วัด ได้แก่ ${names}`,
    sCriteria: "เกณฑ์การประเมิน",
    criteriaLead: (count: string) => `สำนักงาน ป.ป.ช. กำหนดระดับผลการประเมินออกเป็น ${count} ระดับ ดังนี้`,
    criteriaPass: (mark: string) => `ทั้งนี้ ต้องได้คะแนนตั้งแต่ ${mark} คะแนนขึ้นไป จึงจะถือว่าผ่านเกณฑ์`,
    band: "ระดับ",
    bandRange: "เกณฑ์คะแนน",
    eachInstrument: (min: string) => `และทุกเครื่องมือตั้งแต่ ${min}`,
    sResults: "ผลการประเมิน",
    rankingLead: (year: string) => `เรียงอันดับคะแนน (ร้อยละ) ของแต่ละตัวชี้วัด ปีงบประมาณ พ.ศ. ${year}`,
    instrumentsResult: "คะแนนรายเครื่องมือการประเมิน",
    sCompare: "เปรียบเทียบผลการประเมิน",
    compareLead: (py: string, cy: string) => `เปรียบเทียบผลการประเมินปีงบประมาณ พ.ศ. ${py} กับปีงบประมาณ พ.ศ. ${cy}`,
    changeFrom: (py: string) => `การเปลี่ยนแปลง เพิ่ม/ลด จากปี พ.ศ. ${py}`,
    overallChange: (word: string, py: string, delta: string) => `${word}จากปี พ.ศ. ${py} ${delta} คะแนน`,
    sAnalysis: "วิเคราะห์จุดแข็งและจุดที่ต้องพัฒนา",
    sMeasures: "มาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส",
    measuresLead: (agency: string, planYear: string) =>
      `เพื่อยกระดับผลการประเมินคุณธรรมและความโปร่งใสของ${agency || "หน่วยงาน"}ในปีถัดไป จึงกำหนดมาตรการ/ประเด็นที่จะต้องพัฒนา ประจำปีงบประมาณ พ.ศ. ${planYear} ดังนี้`,
    noMeasures: "ทุกตัวชี้วัดผ่านเกณฑ์ ไม่มีมาตรการที่ต้องพัฒนา",
    total: "รวม",
  },
  en: {
    memo: "Memorandum",
    division: "From",
    number: "No.",
    date: "Date",
    subject: "Subject",
    to: "To",
    background: "Background",
    facts: "Facts",
    proposal: "Proposal",
    closing: "Submitted for your consideration.",
    signLine: "Signed ..............................................",
    dateLine: "Date ............/............/............",
    subjectDefault: (year: string) => `Analysis of the Integrity and Transparency Assessment (ITA) results, fiscal year ${year}`,
    memoBackground: (f: MemoFacts) =>
      `The NACC held the Integrity and Transparency Assessment (ITA) of public agencies for fiscal year ${f.year} and has published its results.`,
    memoFacts: (f: MemoFacts) =>
      `${f.agency || "The agency"} scored ${f.overall} in fiscal year ${f.year}, grade ${f.grade}; it ${f.passed ? "passed" : "did not pass"} (pass mark ${f.passMark})${f.change ? `, ${f.change}` : ""}. ` +
      `${f.division || "The writer"} has analysed the results to guide the agency's work on integrity and transparency in fiscal year ${f.planYear} ` +
      `and set ${f.measures} measures, as attached.`,
    memoProposal: () => "It is proposed to circulate the analysis to every division for action, and to publish it on the agency's website.",
    reportTitle: "Analysis of the Integrity and Transparency Assessment (ITA) results",
    fiscalYear: "Fiscal year",
    sBackground: "Background",
    backgroundDefault: (agency: string, year: string, planYear: string) => [
      "The Integrity and Transparency Assessment (ITA) is the NACC's yearly assessment of every public agency in Thailand: it tells an agency where it stands on integrity and transparency, " +
        "so that it can improve its work, its services and its prevention of corruption.",
      `${agency || "The agency"} has analysed its fiscal year ${year} results, its strengths and what it must improve, to set its measures for fiscal year ${planYear} and follow them up.`,
    ],
    sInstruments: "Assessment instruments",
    instrumentsLead: (title: string) => `The assessment (${title}) has these instruments and indicators:`,
    instrumentLine: (name: string, count: string, names: string) => `${name}: ${count} indicators — ${names}`,
    sCriteria: "Grading",
    criteriaLead: (count: string) => `The NACC grades results on ${count} levels:`,
    criteriaPass: (mark: string) => `A score of ${mark} or more passes.`,
    band: "Grade",
    bandRange: "Score",
    eachInstrument: (min: string) => `and every instrument ${min} or more`,
    sResults: "Results",
    rankingLead: (year: string) => `Indicator scores (%) ranked, fiscal year ${year}`,
    instrumentsResult: "Scores by instrument",
    sCompare: "Year-over-year comparison",
    compareLead: (py: string, cy: string) => `Fiscal year ${py} compared with fiscal year ${cy}`,
    changeFrom: (py: string) => `Change from ${py}`,
    overallChange: (word: string, py: string, delta: string) => `${word.toLowerCase()} ${delta} points from ${py}`,
    sAnalysis: "Strengths and what to improve",
    sMeasures: "Measures to promote integrity and transparency",
    measuresLead: (agency: string, planYear: string) =>
      `To raise ${agency || "the agency"}'s result next year, these measures are set for fiscal year ${planYear}:`,
    noMeasures: "Every indicator passed: no measure to improve.",
    total: "Total",
  },
} as const satisfies Record<Lang, unknown>;
