import { INPUT_LIMITS } from "../../src/engine/input/limits";
import { PREVIEW_PASTE_LIMITS, readPaste } from "../../src/preview/paste-limit";

describe("readPaste: the preview refuses a paste it cannot draw", () => {
  test("a national-sized table is taken whole", () => {
    const line = Array.from({ length: 16 }, (_, i) => String(i)).join("\t");
    const text = Array.from({ length: 16_646 }, () => line).join("\n");
    const read = readPaste(text, "th");
    expect("rows" in read && read.rows.length).toBe(16_646);
  });

  test("more rows than the grid draws: refused with the count and the limit", () => {
    const rows = PREVIEW_PASTE_LIMITS.rows + 1;
    const read = readPaste(Array.from({ length: rows }, () => "1").join("\n"), "en");
    expect("refusal" in read).toBe(true);
    const sentence = (read as { refusal: string }).refusal;
    expect(sentence).toMatch(/20,001|20001/);
    expect(sentence).toMatch(/20,000|20000/);
  });

  test("one very wide row: refused as too many cells", () => {
    const read = readPaste(Array.from({ length: PREVIEW_PASTE_LIMITS.cells + 1 }, () => "1").join("\t"), "th");
    expect("refusal" in read).toBe(true);
  });

  test("text longer than the input limit is refused before it is split", () => {
    const read = readPaste("x".repeat(INPUT_LIMITS.bytes + 1), "th");
    expect("refusal" in read).toBe(true);
  });
});
