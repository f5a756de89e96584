// CSV text pasted into one column (Excel keeps a line a cell, all in column
// A): the parse reads it split, says so, and names every place by its real
// cell and field. The sample table written as CSV lines is the fixture.
import { analyse } from "../../../src/engine/analyse";
import { checkSentence } from "../../../src/engine/check-words";
import { parseScores } from "../../../src/engine/input";
import { splitCsvLine, splitOneColumnCsv } from "../../../src/engine/input/one-column-csv";
import { describeCsvSplit, describeProblem } from "../../../src/engine/messages";
import { SAMPLE_CELLS } from "../../../src/report/sample";

/** The sample table as Excel holds a CSV pasted into one column: each line a text cell of column A. */
const csvLines = (rows: (string | number)[][], d = ","): string[][] =>
  rows.map((r) => [r.map((c) => (String(c).includes(d) ? `"${String(c)}"` : String(c))).join(d)]);

describe("splitOneColumnCsv: which cells are CSV text in one column", () => {
  it("splits lines that agree on their commas, keeping quoted commas and doubled quotes", () => {
    const split = splitOneColumnCsv([["ที่,ตัวชี้วัด,2565"], ['1,"การใช้อำนาจ, (IIT)",83.97'], ['2,"say ""hi""",81.43']]);
    expect(split).toEqual({
      rows: [
        ["ที่", "ตัวชี้วัด", "2565"],
        ["1", "การใช้อำนาจ, (IIT)", "83.97"],
        ["2", 'say "hi"', "81.43"],
      ],
      col: 0,
      delimiter: ",",
      width: 3,
    });
  });

  it("takes semicolons (Excel's CSV in comma-decimal locales), and a column other than A with empty cells around it", () => {
    const split = splitOneColumnCsv([[null, "ตัวชี้วัด;2565", ""], [null, "การใช้อำนาจ;83,97", null], [], [null, "การใช้งบประมาณ;81,43"]]);
    expect(split?.delimiter).toBe(";");
    expect(split?.col).toBe(1);
    // Row for row: the blank row stays, so row 4's fields are still row 4.
    expect(split?.rows).toEqual([["ตัวชี้วัด", "2565"], ["การใช้อำนาจ", "83,97"], [], ["การใช้งบประมาณ", "81,43"]]);
  });

  it("leaves alone one column of thousands-comma numbers, a table of two columns, a single line, and dates", () => {
    expect(splitOneColumnCsv([["1,234"], ["12,500"], ["100,000.50"]])).toBeNull();
    expect(
      splitOneColumnCsv([
        ["a,b", "c"],
        ["d,e", "f"],
      ])
    ).toBeNull();
    expect(splitOneColumnCsv([["ตัวชี้วัด,2565"]])).toBeNull();
    expect(splitOneColumnCsv([["a,b"], [new Date(2023, 2, 20)]])).toBeNull();
    // Plain text lines with an odd comma here and there: most lines do not agree.
    expect(splitOneColumnCsv([["การปฏิบัติหน้าที่"], ["การใช้งบประมาณ, รายจ่าย"], ["การใช้อำนาจ"], ["การเปิดเผยข้อมูล"]])).toBeNull();
  });

  it("reads a line's fields without trimming, and a stray or unclosed quote literally", () => {
    expect(splitCsvLine(" a , b ,", ",")).toEqual([" a ", " b ", ""]);
    expect(splitCsvLine('5" wide,"x', ",")).toEqual(['5" wide', '"x']);
    expect(splitCsvLine('"a"b,c', ",")).toEqual(['"a"b', "c"]);
  });
});

describe("parseScores on CSV lines in one column", () => {
  const direct = parseScores(SAMPLE_CELLS);

  it("reads the same table as the cells themselves, and says the text was split (Thai first, English too)", () => {
    const parsed = parseScores(csvLines(SAMPLE_CELLS));
    if (!parsed.ok || !direct.ok) throw new Error("both parse");
    expect(parsed.table.years.map((y) => [y.year, y.scores, y.stated])).toEqual(
      direct.table.years.map((y) => [y.year, y.scores, y.stated])
    );
    expect(parsed.csvSplit).toEqual({ where: "A1:A12", delimiter: ",", columns: 4 });
    expect(describeCsvSplit(parsed.csvSplit!, "th")).toBe(
      "ข้อความในเซลล์ A1:A12 เป็นข้อความ CSV ในคอลัมน์เดียว จึงอ่านโดยแยกที่เครื่องหมายจุลภาค (,) เป็น 4 คอลัมน์ (เซลล์ในสมุดงานไม่ถูกแก้ไข; ปัญหาที่พบระบุเป็นเซลล์และค่าที่ในบรรทัดนั้น)"
    );
    expect(describeCsvSplit(parsed.csvSplit!, "en", "arabic")).toContain(
      "The cells A1:A12 hold CSV text in one column: read split at the commas (,) into 4 columns"
    );
    // Each score names the cell its line is in, and its field: indicator 1's 2565 score is field 4 of A2.
    expect(parsed.table.years[1].cells[1]).toBe("A2, field 4");
    expect(direct.ok && direct.table.years[1].cells[1]).toBe("D2");
  });

  it("names a bad value by its cell and field: field 3 of A5, or of C7 when the selection starts at C3", () => {
    const rows = SAMPLE_CELLS.map((r) => [...r]);
    rows[4][2] = "8x.5"; // indicator 4's 2564 score, the 5th line
    const parsed = parseScores(csvLines(rows));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.where, p.code])).toEqual([["A5, field 3", "not-a-number"]]);
    expect(parsed.csvSplit?.where).toBe("A1:A12");
    expect(describeProblem(parsed.problems[0], "th")).toMatch(/^A5 ค่าที่ 3: /);
    expect(describeProblem(parsed.problems[0], "th", "thai")).toMatch(/^A5 ค่าที่ ๓: /);
    expect(describeProblem(parsed.problems[0], "en")).toMatch(/^A5, field 3: /);
    const placed = parseScores(csvLines(rows), { origin: { row: 2, col: 2 } });
    expect(!placed.ok && placed.problems.map((p) => p.where)).toEqual(["C7, field 3"]);
    expect(!placed.ok && placed.csvSplit?.where).toBe("C3:C14");
  });

  it("names a text file's line, column and field", () => {
    const rows = SAMPLE_CELLS.map((r) => [...r]);
    rows[4][2] = "8x.5";
    const parsed = parseScores(csvLines(rows), { addressStyle: "line" });
    expect(!parsed.ok && parsed.problems.map((p) => p.where)).toEqual(["line 5, column 1, field 3"]);
    expect(!parsed.ok && describeProblem(parsed.problems[0], "th")).toMatch(/^บรรทัด 5 คอลัมน์ 1 ค่าที่ 3: /);
  });

  it("puts the cell and field in a consistency check's sentence", () => {
    const rows = SAMPLE_CELLS.map((r) => [...r]);
    rows[11][3] = "88.35"; // the stated 2565 overall, not the computed 88.53
    const parsed = parseScores(csvLines(rows));
    if (!parsed.ok) throw new Error("parse");
    const a = analyse(parsed.table);
    if (!a.ok) throw new Error("analyse");
    const check = a.analysis.checks.find((c) => c.kind === "overall")!;
    expect(check.where).toBe("A12, field 4");
    expect(checkSentence(check, a.analysis.current.framework, "th", "thai")).toMatch(/^เซลล์ A12 ค่าที่ ๔: คะแนนรวม/);
  });

  it("leaves an ordinary table's result without a notice, and semicolon CSV splits too", () => {
    expect(direct.ok && direct.csvSplit).toBeUndefined();
    const semi = parseScores(csvLines(SAMPLE_CELLS, ";"));
    expect(semi.ok && semi.csvSplit).toEqual({ where: "A1:A12", delimiter: ";", columns: 4 });
    expect(describeCsvSplit({ where: "A1:A12", delimiter: ";", columns: 4 }, "th", "thai")).toContain("อัฒภาค (;) เป็น ๔ คอลัมน์");
  });
});
