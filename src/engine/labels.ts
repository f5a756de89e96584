// Words the engine's results are printed with, Thai and English.
import type { Direction, Framework, InstrumentId, Lang, Text } from "./types";

export const DIRECTION_WORDS: Record<Direction, Text> = {
  up: { th: "เพิ่มขึ้น", en: "Increased" },
  down: { th: "ลดลง", en: "Decreased" },
  same: { th: "คงที่", en: "Unchanged" },
};

export const directionWord = (d: Direction, lang: Lang): string => DIRECTION_WORDS[d][lang];

export function indicatorName(fw: Framework, n: number, lang: Lang): string {
  const def = fw.indicators.find((i) => i.number === n);
  return def ? def.name[lang] : lang === "th" ? `ตัวชี้วัดที่ ${n}` : `Indicator ${n}`;
}

export function instrumentOf(fw: Framework, n: number): string {
  return fw.indicators.find((i) => i.number === n)?.instrument ?? "";
}

/** "ตัวชี้วัดที่ 3 การใช้อำนาจ (IIT)" / "Indicator 3 Use of authority (IIT)", as the report writes it. */
export function indicatorLabel(fw: Framework, n: number, lang: Lang): string {
  const head = lang === "th" ? `ตัวชี้วัดที่ ${n}` : `Indicator ${n}`;
  return `${head} ${indicatorName(fw, n, lang)} (${instrumentOf(fw, n)})`;
}

/** "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)": an instrument's name, as its framework gives it, and id. */
export function instrumentLabel(fw: Framework, id: InstrumentId, lang: Lang): string {
  const name = fw.instruments.find((i) => i.id === id)?.name[lang];
  return name ? `${name} (${id})` : id;
}
