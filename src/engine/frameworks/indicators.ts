// The ten ITA indicators, the same from FY2562 to FY2568
// (shared/notes/ita-frameworks.md: H for 2563–2565 and 2568, M otherwise).
import type { IndicatorDef, InstrumentDef, InstrumentId, Text } from "../types";

/** The three instruments as the reference report names them (its section 3). */
export const STANDARD_INSTRUMENTS: InstrumentDef[] = [
  { id: "IIT", name: { th: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", en: "Internal stakeholders' perception" } },
  { id: "EIT", name: { th: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", en: "External stakeholders' perception" } },
  { id: "OIT", name: { th: "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", en: "Open data disclosure" } },
];

interface Entry {
  number: number;
  instrument: InstrumentId;
  name: Text;
  variants: string[];
}

const ENTRIES: Entry[] = [
  { number: 1, instrument: "IIT", name: { th: "การปฏิบัติหน้าที่", en: "Performance of duty" }, variants: [] },
  { number: 2, instrument: "IIT", name: { th: "การใช้งบประมาณ", en: "Use of budget" }, variants: [] },
  { number: 3, instrument: "IIT", name: { th: "การใช้อำนาจ", en: "Use of authority" }, variants: [] },
  {
    number: 4,
    instrument: "IIT",
    name: { th: "การใช้ทรัพย์สินของราชการ", en: "Use of state assets" },
    variants: ["การใช้ทรัพย์สินทางราชการ", "การใช้ทรัพย์สินของทางราชการ", "Use of state property"],
  },
  {
    number: 5,
    instrument: "IIT",
    name: { th: "การแก้ไขปัญหาการทุจริต", en: "Solving corruption problems" },
    variants: ["Corruption problem solving"],
  },
  {
    number: 6,
    instrument: "EIT",
    name: { th: "คุณภาพการดำเนินงาน", en: "Quality of operations" },
    variants: ["Quality of operation", "Operational quality"],
  },
  {
    number: 7,
    instrument: "EIT",
    name: { th: "ประสิทธิภาพการสื่อสาร", en: "Communication efficiency" },
    variants: ["Efficiency of communication"],
  },
  {
    number: 8,
    instrument: "EIT",
    name: { th: "การปรับปรุงระบบการทำงาน", en: "Improvement of work systems" },
    variants: ["การปรับปรุงการทำงาน", "Improvement of working system", "Work system improvement"],
  },
  { number: 9, instrument: "OIT", name: { th: "การเปิดเผยข้อมูล", en: "Information disclosure" }, variants: ["Disclosure of information"] },
  { number: 10, instrument: "OIT", name: { th: "การป้องกันการทุจริต", en: "Corruption prevention" }, variants: ["Prevention of corruption"] },
];

/** Weight per indicator, percent: IIT 6 × 5, EIT 10 × 3, OIT 20 × 2 = 100. */
export const STANDARD_WEIGHTS: Record<InstrumentId, string> = { IIT: "6", EIT: "10", OIT: "20" };

export const STANDARD_INDICATORS: IndicatorDef[] = ENTRIES.map((e) => ({
  ...e,
  weight: STANDARD_WEIGHTS[e.instrument],
}));
