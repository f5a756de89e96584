// Columns are widened for a word that would otherwise break inside it, at the expense of columns with room.
import { fitColumns, tableSpec } from "../../../src/report/document/table-spec";
import { textWidth } from "../../../src/report/text-width";

const cell = (text: string, bold = false) => ({ text, bold });

describe("document table columns", () => {
  it("widens a column for its longest English word and takes the share from the roomy column", () => {
    const given = [12, 54, 17, 17];
    const fitted = fitColumns(given, [[cell("Rank"), cell("Indicator"), cell("Score (%)"), cell("Assessment", true)]], 16);
    expect(fitted[3]).toBeGreaterThan(17);
    expect(fitted[1]).toBeLessThan(54);
    expect(fitted.reduce((s, w) => s + w, 0)).toBeCloseTo(100, 9);
  });

  it("leaves Thai words to the shares as given (the printer breaks them by syllable)", () => {
    const given = [20, 32, 14, 12, 22];
    const rows = [[cell("มาตรการ"), cell("ขั้นตอน"), cell("ผู้รับผิดชอบ"), cell("ระยะเวลาดำเนินการ", true), cell("การติดตาม")]];
    expect(fitColumns(given, rows, 14)).toEqual(given);
  });

  it("breaks after a hyphen between letters, as the printer does", () => {
    const long = "client-satisfaction";
    expect(textWidth("satisfaction")).toBeLessThan(textWidth(long));
    const hyphened = fitColumns([50, 10, 40], [[cell("x"), cell(long), cell("y")]], 16);
    const whole = fitColumns([50, 10, 40], [[cell("x"), { ...cell(long), keepWhole: true }, cell("y")]], 16);
    expect(whole[1]).toBeGreaterThan(hyphened[1]);
  });

  it("keeps a whole cell on one line: a change is not broken after its minus", () => {
    const t = tableSpec([40, 40, 20], ["a", "b", "c"], [[cell("x"), cell("y"), { ...cell("Decreased -1.23"), keepWhole: true }]]);
    expect(t.widths[2]).toBeGreaterThan(20);
  });

  it("keeps the shares when the words cannot all fit", () => {
    const given = [50, 50];
    expect(fitColumns(given, [[cell("W".repeat(60)), cell("W".repeat(60))]], 16)).toEqual(given);
  });
});
