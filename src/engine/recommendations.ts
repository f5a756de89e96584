// Recommendation library: what to do about each indicator, written for this
// project from what NACC says each indicator measures. Planners edit the
// generated rows; this is a starting point, not a prescription.
import type { Text } from "./types";

export interface Recommendation {
  /** Steps to improve a weak indicator. */
  improve: Text;
  /** Steps to keep a strong indicator at its level. */
  maintain: Text;
  monitoring: Text;
  /** Default division in charge (a user's owner mapping overrides it). */
  owner: Text;
}

export const RECOMMENDATIONS: Record<number, Recommendation> = {
  1: {
    improve: {
      th: "จัดทำและเผยแพร่มาตรฐานขั้นตอนและระยะเวลาการปฏิบัติงาน กำชับให้บุคลากรให้บริการแก่ผู้มาติดต่อทุกคนอย่างเท่าเทียมกัน และไม่รับสินบนหรือประโยชน์ใด ๆ",
      en: "Publish service standards with steps and time limits; instruct staff to serve every client equally and accept no bribes or benefits.",
    },
    maintain: {
      th: "รักษามาตรฐานการปฏิบัติงานตามขั้นตอนและระยะเวลาที่กำหนด และทบทวนคู่มือการปฏิบัติงานทุกปี",
      en: "Keep to the published steps and time limits, and review the work manuals every year.",
    },
    monitoring: {
      th: "รายงานผลการปฏิบัติตามคู่มือและมาตรฐานการให้บริการ รอบ 6 เดือน และ 12 เดือน",
      en: "Report compliance with manuals and service standards at 6 and 12 months.",
    },
    owner: { th: "ทุกสำนัก/กอง", en: "All divisions" },
  },
  2: {
    improve: {
      th: "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายบนเว็บไซต์ เปิดโอกาสให้บุคลากรภายในมีส่วนร่วมในการตรวจสอบการใช้จ่ายงบประมาณและการจัดซื้อจัดจ้าง",
      en: "Publish the annual spending plan and spending reports on the website; let internal staff take part in checking spending and procurement.",
    },
    maintain: {
      th: "เผยแพร่แผนและรายงานผลการใช้จ่ายงบประมาณอย่างต่อเนื่องและเป็นปัจจุบัน",
      en: "Keep publishing the spending plan and up-to-date spending reports.",
    },
    monitoring: {
      th: "เผยแพร่แผนการใช้จ่ายงบประมาณและรายงานผลการใช้จ่ายงบประมาณรายไตรมาสบนเว็บไซต์หลักของหน่วยงาน",
      en: "Spending plan and quarterly spending reports published on the agency's main website.",
    },
    owner: { th: "กองคลัง", en: "Finance Division" },
  },
  3: {
    improve: {
      th: "กำหนดหลักเกณฑ์การมอบหมายงาน การประเมินผลการปฏิบัติงาน และการคัดเลือกบุคลากรเพื่อรับสิทธิประโยชน์ที่เป็นธรรมและเปิดเผย ห้ามสั่งการให้ทำธุระส่วนตัวหรือสิ่งที่ไม่ถูกต้อง",
      en: "Set fair, published rules for assigning work, appraising performance and selecting staff for benefits; forbid orders for private errands or wrongdoing.",
    },
    maintain: {
      th: "รักษาความเป็นธรรมในการมอบหมายงานและการประเมินผลการปฏิบัติงาน และสื่อสารหลักเกณฑ์ให้บุคลากรทราบ",
      en: "Keep assignments and appraisals fair and communicate the rules to staff.",
    },
    monitoring: {
      th: "รายงานผลการประเมินการปฏิบัติงานและผลการรับฟังความคิดเห็นของบุคลากร",
      en: "Report on performance appraisals and staff feedback.",
    },
    owner: { th: "สำนักปลัด (งานการเจ้าหน้าที่)", en: "Office of the Permanent Secretary (Personnel)" },
  },
  4: {
    improve: {
      th: "จัดทำแนวทางปฏิบัติและขั้นตอนการขออนุญาตยืมทรัพย์สินของราชการที่ชัดเจน เผยแพร่ให้บุคลากรทราบ และกำกับติดตามการใช้ทรัพย์สินของราชการ",
      en: "Write clear rules and a permission procedure for borrowing state assets, share them with staff, and monitor how assets are used.",
    },
    maintain: {
      th: "ทบทวนแนวทางการใช้ทรัพย์สินของราชการและประชาสัมพันธ์ให้บุคลากรถือปฏิบัติอย่างต่อเนื่อง",
      en: "Review the asset-use rules and keep reminding staff of them.",
    },
    monitoring: {
      th: "เผยแพร่แนวทางปฏิบัติการใช้ทรัพย์สินของราชการบนเว็บไซต์ และรายงานผลการตรวจสอบทะเบียนการยืมทรัพย์สิน",
      en: "Asset-use rules on the website and a report on the asset-loan register check.",
    },
    owner: { th: "กองคลัง (งานพัสดุ)", en: "Finance Division (Supplies)" },
  },
  5: {
    improve: {
      th: "ผู้บริหารประกาศเจตจำนงสุจริตและดำเนินการตามแผนป้องกันการทุจริตอย่างจริงจัง จัดช่องทางร้องเรียนที่ปกป้องผู้แจ้ง และเปิดโอกาสให้บุคลากรมีส่วนร่วมในการเฝ้าระวังการทุจริต",
      en: "Management declares its integrity intent and carries out the anti-corruption plan in earnest; provide a complaint channel that protects whistle-blowers; involve staff in watching for corruption.",
    },
    maintain: {
      th: "ดำเนินการตามแผนป้องกันการทุจริตอย่างต่อเนื่อง และรายงานผลให้บุคลากรทราบ",
      en: "Keep carrying out the anti-corruption plan and report progress to staff.",
    },
    monitoring: {
      th: "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต รอบ 6 เดือน และ 12 เดือน",
      en: "Progress reports on the anti-corruption action plan at 6 and 12 months.",
    },
    owner: { th: "สำนักปลัด", en: "Office of the Permanent Secretary" },
  },
  6: {
    improve: {
      th: "จัดทำและเผยแพร่คู่มือการให้บริการที่ระบุขั้นตอนและระยะเวลา ให้บริการอย่างเท่าเทียมไม่เลือกปฏิบัติ และออกมาตรการไม่รับของขวัญ (No Gift Policy)",
      en: "Publish a service manual with steps and time limits, serve everyone equally, and issue a No Gift Policy.",
    },
    maintain: {
      th: "รักษาคุณภาพการให้บริการตามคู่มือ และสำรวจความพึงพอใจของผู้รับบริการ",
      en: "Keep service quality to the manual and survey client satisfaction.",
    },
    monitoring: {
      th: "เผยแพร่คู่มือการให้บริการและผลสำรวจความพึงพอใจของผู้รับบริการบนเว็บไซต์",
      en: "Service manual and client-satisfaction results published on the website.",
    },
    owner: { th: "ทุกสำนัก/กอง", en: "All divisions" },
  },
  7: {
    improve: {
      th: "เผยแพร่ข้อมูลผลการดำเนินงานผ่านช่องทางที่หลากหลายและเข้าถึงง่าย จัดช่องทางสื่อสารสองทางและช่องทางร้องเรียนการทุจริต และชี้แจงข้อสงสัยอย่างชัดเจน",
      en: "Publish results through many easy-to-reach channels; provide two-way communication and a corruption-complaint channel; answer concerns clearly.",
    },
    maintain: {
      th: "ปรับปรุงข้อมูลบนเว็บไซต์และสื่อออนไลน์ให้เป็นปัจจุบันอย่างสม่ำเสมอ",
      en: "Keep the website and online media up to date.",
    },
    monitoring: {
      th: "รายงานจำนวนการเผยแพร่ข้อมูลข่าวสารและการตอบข้อซักถามผ่านช่องทางออนไลน์",
      en: "Report on news published and questions answered online.",
    },
    owner: { th: "กองยุทธศาสตร์และงบประมาณ", en: "Strategy and Budget Division" },
  },
  8: {
    improve: {
      th: "นำเทคโนโลยีมาใช้ให้บริการออนไลน์ ปรับปรุงขั้นตอนการทำงานให้สะดวกรวดเร็ว และเปิดโอกาสให้ผู้รับบริการมีส่วนร่วมเสนอความคิดเห็นเพื่อการปรับปรุง",
      en: "Bring services online, streamline procedures, and invite clients to suggest improvements.",
    },
    maintain: {
      th: "ทบทวนกระบวนการให้บริการจากความคิดเห็นของผู้รับบริการอย่างต่อเนื่อง",
      en: "Keep reviewing services from client feedback.",
    },
    monitoring: {
      th: "รายงานระบบบริการออนไลน์ที่เปิดใช้และการปรับปรุงที่ดำเนินการจากความคิดเห็นของผู้รับบริการ",
      en: "Report on online services launched and changes made from client feedback.",
    },
    owner: { th: "ทุกสำนัก/กอง", en: "All divisions" },
  },
  9: {
    improve: {
      th: "ตรวจสอบและเผยแพร่ข้อมูลตามรายการตรวจ OIT ให้ครบถ้วนและเป็นปัจจุบันบนเว็บไซต์หลัก ได้แก่ ข้อมูลพื้นฐาน การบริหารงาน การบริหารงบประมาณ การบริหารทรัพยากรบุคคล และการส่งเสริมความโปร่งใส",
      en: "Check and publish every OIT item, complete and current, on the main website: basic information, administration, budget, human resources and transparency.",
    },
    maintain: {
      th: "รักษามาตรฐานการเปิดเผยข้อมูลสาธารณะให้ครบถ้วนและเป็นปัจจุบัน",
      en: "Keep public disclosure complete and current.",
    },
    monitoring: {
      th: "ตรวจความครบถ้วนของข้อมูลบนเว็บไซต์ตามรายการตรวจ OIT ก่อนกำหนดส่งของ สำนักงาน ป.ป.ช.",
      en: "Check the website against the OIT checklist before NACC's deadline.",
    },
    owner: { th: "กองยุทธศาสตร์และงบประมาณ", en: "Strategy and Budget Division" },
  },
  10: {
    improve: {
      th: "เผยแพร่เจตจำนงของผู้บริหาร การประเมินความเสี่ยงการทุจริต แผนป้องกันการทุจริต และมาตรการภายในเพื่อส่งเสริมความโปร่งใส พร้อมรายงานผลการดำเนินงาน",
      en: "Publish management's integrity intent, the corruption-risk assessment, the anti-corruption plan and internal transparency measures, with progress reports.",
    },
    maintain: {
      th: "ดำเนินการและเผยแพร่มาตรการป้องกันการทุจริตและผลการดำเนินงานอย่างต่อเนื่อง",
      en: "Keep carrying out and publishing anti-corruption measures and their results.",
    },
    monitoring: {
      th: "เผยแพร่รายงานผลการดำเนินการตามมาตรการป้องกันการทุจริตบนเว็บไซต์หลัก",
      en: "Reports on anti-corruption measures published on the main website.",
    },
    owner: { th: "สำนักปลัด", en: "Office of the Permanent Secretary" },
  },
};

/** Steps for an indicator the library has none for (a new framework's), naming it. */
export function genericRecommendation(name: Text): Recommendation {
  return {
    improve: {
      th: `ทบทวนประเด็นคำถามและหลักฐานที่ใช้ประเมินตัวชี้วัด "${name.th}" ตามคู่มือการประเมินของปีนั้น กำหนดผู้รับผิดชอบและแผนการปรับปรุงแต่ละประเด็นที่ได้คะแนนต่ำ`,
      en: `Review the questions and evidence by which "${name.en}" is assessed in that year's manual; name an owner and an improvement plan for each low-scoring item.`,
    },
    maintain: {
      th: `รักษาการดำเนินงานตามประเด็นการประเมินตัวชี้วัด "${name.th}" และทบทวนทุกปี`,
      en: `Keep up the work assessed under "${name.en}" and review it every year.`,
    },
    monitoring: {
      th: "รายงานความก้าวหน้าตามแผนการปรับปรุง รอบ 6 เดือน และ 12 เดือน",
      en: "Report progress on the improvement plan at 6 and 12 months.",
    },
    owner: { th: "ทุกสำนัก/กอง", en: "All divisions" },
  };
}
