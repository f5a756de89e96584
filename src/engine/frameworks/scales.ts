// Grade scales. Letter grades until FY2565; NACC's rating from FY2566
// (board resolution of 8 June 2566). See shared/notes/ita-frameworks.md.
import type { GradeScale } from "../types";

export const LETTER_SCALE: GradeScale = {
  kind: "letter",
  bands: [
    { id: "AA", label: { th: "AA", en: "AA" }, minOverall: "95", passing: true },
    { id: "A", label: { th: "A", en: "A" }, minOverall: "85", passing: true },
    { id: "B", label: { th: "B", en: "B" }, minOverall: "75", passing: false },
    { id: "C", label: { th: "C", en: "C" }, minOverall: "65", passing: false },
    { id: "D", label: { th: "D", en: "D" }, minOverall: "55", passing: false },
    { id: "E", label: { th: "E", en: "E" }, minOverall: "50", passing: false },
    { id: "F", label: { th: "F", en: "F" }, minOverall: "0", passing: false },
  ],
};

/**
 * The rating also looks at each instrument's score. Whether NACC compares
 * rounded or unrounded instrument means is not published: we compare the
 * 2-decimal means a planner sees. The two failing tiers (names, 70) rest on
 * one unofficial source (confidence L).
 */
export const RATING_SCALE: GradeScale = {
  kind: "rating",
  bands: [
    { id: "ผ่านดีเยี่ยม", label: { th: "ผ่านดีเยี่ยม", en: "Excellent" }, minOverall: "95", minEachInstrument: "95", passing: true },
    { id: "ผ่านดี", label: { th: "ผ่านดี", en: "Very good" }, minOverall: "85", minEachInstrument: "85", passing: true },
    { id: "ผ่าน", label: { th: "ผ่าน", en: "Pass" }, minOverall: "85", passing: true },
    { id: "ต้องปรับปรุง", label: { th: "ต้องปรับปรุง", en: "Needs improvement" }, minOverall: "70", passing: false, confidence: "L" },
    {
      id: "ต้องปรับปรุงโดยด่วน",
      label: { th: "ต้องปรับปรุงโดยด่วน", en: "Needs urgent improvement" },
      minOverall: "0",
      passing: false,
      confidence: "L",
    },
  ],
};
