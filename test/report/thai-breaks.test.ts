import { textWidth, wrappedLines } from "../../src/report/text-width";
import { ZWSP, withThaiBreaks } from "../../src/report/thai-breaks";
import { referenceSpecs } from "../xlsx/fixture";

const segmenterBoundaries = (s: string): Set<number> => {
  const out = new Set<number>();
  for (const { index } of new Intl.Segmenter("th", { granularity: "word" }).segment(s)) out.add(index);
  return out;
};

describe("break opportunities between Thai words", () => {
  it("puts U+200B only between two Thai words, at the dictionary's word boundaries, and nothing else changes", () => {
    const text = "จัดทำแนวทางปฏิบัติและขั้นตอนการขออนุญาตยืมทรัพย์สินของราชการที่ชัดเจน เผยแพร่ให้บุคลากรทราบ";
    const out = withThaiBreaks(text);
    expect(out.replace(/\u200b/g, "")).toBe(text);
    expect(out.split(ZWSP).length - 1).toBeGreaterThan(8);
    const bounds = segmenterBoundaries(text);
    let at = 0;
    for (const part of out.split(ZWSP).slice(0, -1)) {
      at += part.length;
      expect(bounds.has(at)).toBe(true);
      expect(text[at - 1]).toMatch(/[\u0e01-\u0e4e]/);
      expect(text[at]).toMatch(/[\u0e01-\u0e4e]/);
    }
    // Abbreviations, digits, Latin text and spaces: nothing added.
    for (const s of ["ต.ค. ๖๕ - ก.ย. ๖๖", "(No Gift Policy)", "OIT ๙๗.๗๘"]) expect(withThaiBreaks(s)).toBe(s);
    // Idempotent: a re-run over its own output adds nothing.
    expect(withThaiBreaks(out)).toBe(out);
  });

  it("takes no width, so row heights count the same lines", () => {
    const text = "ผลการประเมินITAประจำปีงบประมาณ";
    expect(textWidth(withThaiBreaks(text))).toBe(textWidth(text));
    expect(wrappedLines(withThaiBreaks(text), 12)).toBeGreaterThan(1);
  });

  it("goes into the steps and the analysis, never into the owner, period or monitoring a planner edits, nor names or notes", () => {
    const [ranking, , measures] = referenceSpecs();
    const has = (v: unknown) => typeof v === "string" && v.includes(ZWSP);
    const body = measures.rows.slice(4);
    expect(body.every((r) => has(r[2].value))).toBe(true); // steps
    expect(body.every((r) => has(r[1].value))).toBe(true); // measure
    for (const c of [3, 4, 5]) expect(body.some((r) => has(r[c].value))).toBe(false);
    expect(ranking.rows.filter((r) => r[0]?.style === "paragraph").every((r) => has(r[0].value))).toBe(true);
    expect(ranking.rows.some((r) => r.some((c) => c.style !== "paragraph" && has(c.value)))).toBe(false);
  });
});
