import { analyse } from "../../../src/engine/analyse";
import { parseScores } from "../../../src/engine/input";
import type { ParseResult, Problem, ScoreTable } from "../../../src/engine/types";
import { arabicToThaiDigits } from "../../../src/engine/text";
import { NAMES, NUMBERS, SCORES_2564, SCORES_2565, STATED_2564, STATED_2565, twoYearTable } from "./report-data";

function ok(r: ParseResult): ScoreTable {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.problems)}`);
  return r.table;
}
function problems(r: ParseResult): Problem[] {
  if (r.ok) throw new Error("expected problems, got a table");
  return r.problems;
}
const codes = (r: ParseResult) => problems(r).map((p) => `${p.where} ${p.code}`);

describe("parseScores: layout (a) indicator column + one column per year", () => {
  it("reads a plain two-year table with a total row", () => {
    const t = ok(parseScores(twoYearTable()));
    expect(t.layout).toBe("year-columns");
    expect(t.years.map((y) => y.year)).toEqual([2564, 2565]);
    expect(t.years[0].scores).toEqual(SCORES_2564);
    expect(t.years[1].scores).toEqual(SCORES_2565);
    expect(t.years[0].stated).toBe(STATED_2564);
    expect(t.years[1].stated).toBe(STATED_2565);
    expect(t.years[1].statedCell).toBe("C12");
    expect(t.years[0].cells[1]).toBe("B2");
    expect(t.years[1].cells[10]).toBe("C11");
  });

  it.each([
    ["2564", "2565"],
    ["ปี ๒๕๖๔", "ปี ๒๕๖๕"],
    ["พ.ศ. 2564", "พ.ศ. 2565"],
    ["ผลคะแนนปี ๒๕๖๔", "ผลคะแนนปี ๒๕๖๕"],
    ["FY2021", "FY2022"],
    ["ปีงบประมาณ 2564", "ปีงบประมาณ 2565"],
    [2564, 2565],
  ])("year headers %p / %p", (h1, h2) => {
    const cells = twoYearTable();
    cells[0] = ["ตัวชี้วัด", h1, h2];
    expect(ok(parseScores(cells)).years.map((y) => y.year)).toEqual([2564, 2565]);
  });

  it("returns years ascending whatever the column order", () => {
    const cells = twoYearTable().map((r) => [r[0], r[2], r[1]]);
    const t = ok(parseScores(cells));
    expect(t.years.map((y) => y.year)).toEqual([2564, 2565]);
    expect(t.years[0].scores[1]).toBe("89.98");
    expect(t.years[0].cells[1]).toBe("C2");
  });

  it("does not take a change column for a year, even when its header names one", () => {
    const cells = twoYearTable().map((r, i) => [...r, i === 0 ? "การเปลี่ยนแปลง เพิ่ม/ลด จากปี พ.ศ.๒๕๖๔" : "+0.81"]);
    const t = ok(parseScores(cells));
    expect(t.years.map((y) => y.year)).toEqual([2564, 2565]);
    expect(t.ignored).toContainEqual({ where: "D1:D12", reason: "change-column", text: "การเปลี่ยนแปลง เพิ่ม/ลด จากปี พ.ศ.๒๕๖๔" });
  });

  it.each(["change", "delta", "ผลต่าง", "เพิ่ม/ลด"])("header %p marks a change column", (h) => {
    const cells = twoYearTable().map((r, i) => [...r, i === 0 ? `${h} 2565` : "1.5"]);
    const t = ok(parseScores(cells));
    expect(t.years).toHaveLength(2);
    expect(t.ignored.some((x) => x.reason === "change-column")).toBe(true);
  });

  it("skips a leading rank column by its header word", () => {
    for (const word of ["ที่", "อันดับ", "No.", "ลำดับ"]) {
      const cells = twoYearTable().map((r, i) => [i === 0 ? word : i <= 10 ? String(11 - i) : "", ...r]);
      const t = ok(parseScores(cells));
      expect(t.years[1].scores).toEqual(SCORES_2565);
      expect(t.ignored).toContainEqual({ where: "A1:A12", reason: "rank-column", text: word });
    }
  });

  it("skips integer-only values next to the indicator column as a rank column, header or not", () => {
    const cells = twoYearTable().map((r, i) => [i === 0 ? "" : i <= 10 ? i : "", ...r]);
    const t = ok(parseScores(cells));
    expect(t.years.map((y) => y.year)).toEqual([2564, 2565]);
    expect(t.ignored.find((x) => x.reason === "rank-column")?.where).toBe("A1:A12");
  });

  it("reads rows in any order (rank order)", () => {
    const [head, ...body] = twoYearTable(false);
    const byScore = [...body].sort((a, b) => Number(b[2]) - Number(a[2]));
    const t = ok(parseScores([head, ...byScore]));
    expect(t.years[0].scores).toEqual(SCORES_2564);
    expect(t.years[1].scores).toEqual(SCORES_2565);
  });

  it("recognises indicators by name only, by English name and by number only", () => {
    const names = twoYearTable(false).map((r, i) => (i === 0 ? r : [NAMES[i], r[1], r[2]]));
    expect(ok(parseScores(names)).years[1].scores).toEqual(SCORES_2565);
    const english = [
      "Performance of duty",
      "Use of budget",
      "Use of authority",
      "Use of state assets",
      "Solving corruption problems",
      "Quality of operations",
      "Communication efficiency",
      "Improvement of work systems",
      "Information disclosure",
      "Corruption prevention",
    ];
    const en = twoYearTable(false).map((r, i) => (i === 0 ? ["Indicator", "FY2021", "FY2022"] : [english[i - 1], r[1], r[2]]));
    expect(ok(parseScores(en)).years[0].scores).toEqual(SCORES_2564);
    const numbered = twoYearTable(false).map((r, i) => (i === 0 ? r : [`ตัวชี้วัดที่ ${arabicToThaiDigits(String(i))}`, r[1], r[2]]));
    expect(ok(parseScores(numbered)).years[0].scores).toEqual(SCORES_2564);
  });

  it("reads a column of bare indicator numbers (Excel numbers) as labels", () => {
    const cells: unknown[][] = [["", "2565"], ...NUMBERS.map((n) => [n, SCORES_2565[n]])];
    const t = ok(parseScores(cells));
    expect(t.years[0]).toMatchObject({ year: 2565, scores: SCORES_2565 });
  });

  // Indicators in rank order, by bare number, as the report's ranking table lists them.
  const byRank = () => NUMBERS.slice().sort((a, b) => Number(SCORES_2565[b]) - Number(SCORES_2565[a]) || a - b);

  it("reports a bare indicator number given twice at its cell instead of reading the scores in row order", () => {
    const order = byRank();
    order[order.length - 1] = order[order.length - 2]; // the last row repeats the one above it
    const cells: unknown[][] = [["ตัวชี้วัด", "2565"], ...order.map((n, i) => [String(n), SCORES_2565[byRank()[i]]])];
    const dropped = byRank()[order.length - 1];
    expect(codes(parseScores(cells))).toEqual([`A${order.length + 1} duplicate-indicator`, `A2:A${order.length + 1} missing-indicator`]);
    expect(problems(parseScores(cells))[1].detail).toMatchObject({ indicator: dropped });
  });

  it("reports an unknown bare indicator number at its cell", () => {
    const order = byRank();
    const cells: unknown[][] = [["", "2565"], ...order.map((n, i) => [i === 0 ? "11" : String(n), SCORES_2565[n]])];
    expect(codes(parseScores(cells))).toEqual(["A2 unknown-indicator", `A2:A${order.length + 1} missing-indicator`]);
  });

  it("tells an unheaded rank column 1..n from the indicator numbers beside it", () => {
    const order = byRank();
    for (const header of [
      ["", "ตัวชี้วัด", "2565"],
      ["", "", "2565"],
    ]) {
      const cells: unknown[][] = [header, ...order.map((n, i) => [String(i + 1), String(n), SCORES_2565[n]])];
      expect(ok(parseScores(cells)).years[0].scores).toEqual(SCORES_2565);
    }
  });

  it("matches names with ำ typed as ํ + า, NBSP and zero-width spaces", () => {
    const cells = twoYearTable(false);
    cells[6][0] = "คุณภาพการด\u0e4d\u0e32เนินงาน\u00a0(EIT)";
    cells[3][0] = "การใช้\u200bอ\u0e4d\u0e32นาจ";
    const t = ok(parseScores(cells));
    expect(t.years[1].scores[6]).toBe("80.81");
    expect(t.years[1].scores[3]).toBe("83.97");
  });
});

describe("parseScores: number notations", () => {
  it.each([
    [88.53, "88.53"],
    ["88.53", "88.53"],
    ["๘๘.๕๓", "88.53"],
    ["ร้อยละ 88.53", "88.53"],
    ["ร้อยละ ๘๘.๕๓", "88.53"],
    ["88.53%", "88.53"],
    ["88.53 %", "88.53"],
    ["100", "100"],
    [100, "100"],
    ["100.00", "100"],
    ["89.4", "89.4"],
    ["89.40", "89.4"],
    [" 88.53\u00a0", "88.53"],
    ["\u200b88.53", "88.53"],
    ["0", "0"],
    [88.53 + 1e-14, "88.53"], // a float a sum leaves just above 88.53
  ])("%p → %p", (value, expected) => {
    const cells = twoYearTable(false);
    cells[4][2] = value;
    expect(ok(parseScores(cells)).years[1].scores[4]).toBe(expected);
  });

  it("reads thousands commas (and so rejects 1,000 as out of range, not as 1)", () => {
    const cells = twoYearTable(false);
    cells[4][2] = "1,000";
    expect(problems(parseScores(cells))).toEqual([{ where: "C5", code: "out-of-range", detail: { text: "1,000" } }]);
  });
});

describe("parseScores: layout (b) a single column of scores", () => {
  const single = (header: string) => [["ตัวชี้วัด", header], ...[10, 9, 1, 5, 3, 2, 7, 6, 4, 8].map((n) => [NAMES[n], SCORES_2565[n]])];

  it("takes the year from its header", () => {
    const t = ok(parseScores(single("ปี 2565")));
    expect(t.layout).toBe("single-column");
    expect(t.years).toHaveLength(1);
    expect(t.years[0]).toMatchObject({ year: 2565, scores: SCORES_2565 });
  });

  it("takes the year from a title row above when the header names none", () => {
    const cells = [["เรียงอันดับคะแนน (ร้อยละ) ของแต่ละตัวชี้วัด ปีงบประมาณ พ.ศ.๒๕๖๕"], [], ...single("ได้คะแนนร้อยละ")];
    const t = ok(parseScores(cells));
    expect(t.years[0].year).toBe(2565);
    expect(t.ignored).toContainEqual({ where: "A1", reason: "title", text: "เรียงอันดับคะแนน (ร้อยละ) ของแต่ละตัวชี้วัด ปีงบประมาณ พ.ศ.๒๕๖๕" });
    expect(t.ignored).toContainEqual({ where: "A2:B2", reason: "blank", text: "" });
  });

  it("leaves the year null when nothing names one", () => {
    const t = ok(parseScores(single("คะแนน")));
    expect(t.years[0].year).toBeNull();
    expect(t.years[0].scores).toEqual(SCORES_2565);
  });

  it("reads 10 unlabelled values as indicators 1..10 in order", () => {
    const cells = NUMBERS.map((n) => [SCORES_2564[n]]);
    const t = ok(parseScores(cells));
    expect(t.layout).toBe("single-column");
    expect(t.years[0]).toMatchObject({ year: null, scores: SCORES_2564, stated: null });
    expect(t.years[0].cells[10]).toBe("A10");
  });

  it("reads unlabelled values under a year header", () => {
    const t = ok(parseScores([[2564], ...NUMBERS.map((n) => [SCORES_2564[n]])]));
    expect(t.years[0]).toMatchObject({ year: 2564, scores: SCORES_2564 });
  });

  it("reads unlabelled year columns and a labelled total row", () => {
    const cells = [
      ["", "ปี 2564", "ปี 2565"],
      ...NUMBERS.map((n) => ["", SCORES_2564[n], SCORES_2565[n]]),
      ["คะแนนรวม", STATED_2564, STATED_2565],
    ];
    const t = ok(parseScores(cells));
    expect(t.years.map((y) => [y.year, y.stated])).toEqual([
      [2564, STATED_2564],
      [2565, STATED_2565],
    ]);
    expect(t.years[1].scores).toEqual(SCORES_2565);
  });
});

describe("parseScores: total and grade rows", () => {
  it.each(["คะแนนรวม", "คะแนนเฉลี่ย", "คะแนนเฉลี่ยรวม", "ผลคะแนนเฉลี่ย", "คะแนน ITA", "ผลคะแนน ITA", "Total", "Overall"])(
    "%p is a total row",
    (label) => {
      const cells = twoYearTable(false);
      cells.push([label, "๘๙.๗๖", "ร้อยละ ๘๘.๕๓"]);
      const t = ok(parseScores(cells));
      expect(t.years.map((y) => y.stated)).toEqual([STATED_2564, STATED_2565]);
      expect(t.years.map((y) => y.statedCell)).toEqual(["B12", "C12"]);
    }
  );

  it.each([
    ["ระดับผลการประเมิน", "A", "A"],
    ["ระดับ", "AA", "A"],
    ["Grade", "B", "A"],
    ["ผลการประเมิน", "ผ่าน", "ไม่ผ่าน"],
  ])("%p is a grade row", (label, g1, g2) => {
    const cells = twoYearTable();
    cells.push([label, g1, g2]);
    const t = ok(parseScores(cells));
    expect(t.years.map((y) => y.statedGrade)).toEqual([g1, g2]);
  });

  it("leaves stated null without a total row", () => {
    const t = ok(parseScores(twoYearTable(false)));
    expect(t.years.map((y) => [y.stated, y.statedCell, y.statedGrade])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
  });

  it("reports blank rows, titles and notes in ignored, with their places", () => {
    const cells: unknown[][] = [["ผลการประเมิน ITA เทศบาล"], ["", ""], ...twoYearTable(), [null, undefined], ["หมายเหตุ: ข้อมูลจากระบบ ITAS"]];
    const t = ok(parseScores(cells, { origin: { row: 4, col: 1 } }));
    expect(t.ignored).toEqual([
      { where: "B5", reason: "title", text: "ผลการประเมิน ITA เทศบาล" },
      { where: "B6:D6", reason: "blank", text: "" },
      { where: "B19:D19", reason: "blank", text: "" },
      { where: "B20", reason: "note", text: "หมายเหตุ: ข้อมูลจากระบบ ITAS" },
    ]);
    expect(t.years[0].cells[1]).toBe("C8");
  });
});

describe("parseScores: bad input lists every problem with its place", () => {
  it("not a number, with the raw text", () => {
    const cells = twoYearTable(false);
    cells[6][1] = "8x.5";
    expect(problems(parseScores(cells))).toEqual([{ where: "B7", code: "not-a-number", detail: { text: "8x.5" } }]);
  });

  it("uses the origin for A1 addresses and line/column for text files", () => {
    const cells = twoYearTable(false);
    cells[6][1] = "8x.5";
    expect(problems(parseScores(cells, { origin: { row: 2, col: 3 } }))[0].where).toBe("E9");
    expect(problems(parseScores(cells, { addressStyle: "line" }))[0].where).toBe("line 7, column 2");
  });

  it("out of range below 0 and above 100", () => {
    const cells = twoYearTable(false);
    cells[1][1] = "-1";
    cells[2][2] = 100.01;
    expect(problems(parseScores(cells))).toEqual([
      { where: "B2", code: "out-of-range", detail: { text: "-1" } },
      { where: "C3", code: "out-of-range", detail: { text: "100.01" } },
    ]);
  });

  it("an indicator given twice", () => {
    const cells = twoYearTable(false);
    cells.push(["การใช้อำนาจ", "80", "81"]);
    expect(problems(parseScores(cells))).toEqual([{ where: "A12", code: "duplicate-indicator", detail: { indicator: 3, first: "A4" } }]);
  });

  it("each missing indicator, placed on the indicator column; an empty cell on itself, once its year's framework needs it", () => {
    const cells = twoYearTable(false).filter((_, i) => i !== 4 && i !== 9);
    cells[1][2] = "";
    expect(problems(parseScores(cells))).toEqual([
      { where: "A2:A9", code: "missing-indicator", detail: { indicator: 4 } },
      { where: "A2:A9", code: "missing-indicator", detail: { indicator: 9 } },
    ]);
    // A blank is left to the analysis: a reform year's framework may not have that indicator.
    const one = twoYearTable(false);
    one[1][2] = "";
    const parsed = parseScores(one);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const r = analyse(parsed.table);
    expect(r.ok ? [] : r.problems).toEqual([{ where: "C2", code: "missing-indicator", detail: { indicator: 1, year: 2565 } }]);
  });

  it("a row with a score whose label is no indicator, total or grade", () => {
    const cells = twoYearTable();
    cells.splice(5, 0, ["ตัวชี้วัดพิเศษ", "50", "60"]);
    expect(problems(parseScores(cells))).toEqual([{ where: "A6", code: "unknown-indicator", detail: { text: "ตัวชี้วัดพิเศษ" } }]);
  });

  it("an explicit number that disagrees with the name", () => {
    const cells = twoYearTable(false);
    cells[6][0] = "ตัวชี้วัดที่ 6 ประสิทธิภาพการสื่อสาร";
    cells[7][0] = "ตัวชี้วัดที่ 7 คุณภาพการดำเนินงาน";
    expect(codes(parseScores(cells))).toEqual(["A7 indicator-conflict", "A8 indicator-conflict"]);
    expect(problems(parseScores(cells))[0].detail).toEqual({ text: "ตัวชี้วัดที่ 6 ประสิทธิภาพการสื่อสาร", byNumber: 6, byName: 7 });
  });

  it("an unreadable year header", () => {
    const cells = twoYearTable(false);
    cells[0][2] = "ปี ๒๕๖x";
    expect(problems(parseScores(cells))).toEqual([{ where: "C1", code: "bad-year-header", detail: { text: "ปี ๒๕๖x" } }]);
  });

  it("a duplicate year", () => {
    const cells = twoYearTable(false);
    cells[0] = ["ตัวชี้วัด", "ปี 2565", "พ.ศ. ๒๕๖๕"];
    expect(problems(parseScores(cells))).toEqual([{ where: "C1", code: "duplicate-year", detail: { year: 2565, first: "B1" } }]);
  });

  it("two score columns, one without a year", () => {
    const cells = twoYearTable(false);
    cells[0][2] = "คะแนน";
    expect(codes(parseScores(cells))).toEqual(["C1 no-year"]);
  });

  it("empty input", () => {
    expect(problems(parseScores([]))).toEqual([{ where: "A1", code: "empty", detail: {} }]);
    expect(
      codes(
        parseScores([
          ["", null],
          [undefined, " \u200b"],
        ])
      )
    ).toEqual(["A1:B2 empty"]);
  });

  it("no scores at all", () => {
    expect(codes(parseScores([["สวัสดี"], ["ไม่มีคะแนน"]]))).toEqual(["A1:A2 no-scores"]);
    const noValues = twoYearTable(false).map((r, i) => (i === 0 ? r : [r[0], "", r[2]]));
    expect(codes(parseScores(noValues))).toEqual(["B1 no-scores"]);
  });

  it("lists every problem at once, in reading order", () => {
    const cells = twoYearTable();
    cells[0][2] = "FY20x1";
    cells[2][1] = "abc";
    cells[5][1] = "120";
    cells.splice(8, 1);
    expect(codes(parseScores(cells))).toEqual(["C1 bad-year-header", "B3 not-a-number", "B6 out-of-range", "A2:A11 missing-indicator"]);
  });

  it("more than 10 unlabelled values", () => {
    const cells = [...NUMBERS.map((n) => [SCORES_2564[n]]), ["77"]];
    expect(problems(parseScores(cells))).toEqual([{ where: "A11", code: "unknown-indicator", detail: { text: "77", position: 11 } }]);
  });

  it("fewer than 10 unlabelled values: each missing one", () => {
    const cells = NUMBERS.slice(0, 8).map((n) => [SCORES_2564[n]]);
    expect(codes(parseScores(cells))).toEqual(["A1:A8 missing-indicator", "A1:A8 missing-indicator"]);
  });
});
