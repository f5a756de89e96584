import fc from "fast-check";
import {
  cellA1,
  cellRange,
  cellsOf,
  columnIndex,
  columnLetters,
  formatRange,
  inRange,
  parseA1,
  parseRowSpan,
  sheetRef,
  type CellRange,
} from "../../src/engine/a1";

describe("A1 columns and cells", () => {
  it("names columns past Z as Excel does, and reads them back", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
    expect(["A", "Z", "AA", "ZZ", "AAA", "xfd"].map(columnIndex)).toEqual([0, 25, 26, 701, 702, 16383]);
    expect(cellA1(1, 2)).toBe("C2");
  });

  it("lists a range's cells row by row and tells whether a cell is inside", () => {
    expect(cellsOf(cellRange(4, 3, 5, 4))).toEqual(["D5", "E5", "D6", "E6"]);
    expect(cellsOf(cellRange(4, 3))).toEqual(["D5"]);
    const r = cellRange(4, 3, 13, 3); // D5:D14
    expect([inRange(r, 4, 3), inRange(r, 13, 3), inRange(r, 14, 3), inRange(r, 4, 2)]).toEqual([true, true, false, false]);
  });
});

describe("A1 ranges", () => {
  it("normalises corners given in either order", () => {
    expect(cellRange(13, 4, 1, 1)).toEqual({ firstRow: 1, firstCol: 1, lastRow: 13, lastCol: 4 });
    expect(cellRange(2, 2)).toEqual({ firstRow: 2, firstCol: 2, lastRow: 2, lastCol: 2 });
  });

  it("writes one cell as A1 and a rectangle as A1:C4; report specs keep both corners", () => {
    expect(formatRange(cellRange(0, 0, 0, 0))).toBe("A1");
    expect(formatRange(cellRange(4, 1, 13, 3))).toBe("B5:D14");
    expect(formatRange({ firstRow: 1, firstCol: 1, lastRow: 13, lastCol: 4 })).toBe("B2:E14");
    expect(formatRange(cellRange(4, 23), "both")).toBe("X5:X5");
    expect(formatRange(cellRange(4, 1, 13, 3), "both")).toBe("B5:D14");
  });

  it("reads ranges with or without a sheet and $ signs, in any corner order", () => {
    const b2e14 = { firstRow: 1, firstCol: 1, lastRow: 13, lastCol: 4 };
    expect(parseA1("B2:E14")).toEqual({ sheet: "", range: b2e14 });
    expect(parseA1("'Scores'!$E$14:$B$2")).toEqual({ sheet: "Scores", range: b2e14 });
    expect(parseA1("C5")).toEqual({ sheet: "", range: { firstRow: 4, firstCol: 2, lastRow: 4, lastCol: 2 } });
    expect(parseA1("b2:e14")?.range).toEqual(b2e14);
  });

  it("parses the addresses Excel returns, quoted sheet names included", () => {
    expect(parseA1("Sheet1!B2:E14")).toEqual({ sheet: "Sheet1", range: { firstRow: 1, firstCol: 1, lastRow: 13, lastCol: 4 } });
    expect(parseA1("'คะแนน ITA'!$C$3")).toEqual({ sheet: "คะแนน ITA", range: { firstRow: 2, firstCol: 2, lastRow: 2, lastCol: 2 } });
    expect(parseA1("'it''s!'!A1:A2")?.sheet).toBe("it's!");
    expect(parseA1("'it''s'!A1")?.sheet).toBe("it's");
  });

  it("gives null for what is no A1 cell or range", () => {
    for (const s of ["not a range", "", "Sheet1!R1C1", "A:A", "4:4", "A0", "ABCD1", "A12345678", "A1:B2:C3", "A1:", "$$A1"]) {
      expect(parseA1(s)).toBeNull();
    }
  });

  it("quotes sheet names for formula references", () => {
    expect(sheetRef("ITA lists")).toBe("'ITA lists'");
    expect(sheetRef("it's")).toBe("'it''s'");
  });
});

describe("A1 properties", () => {
  const row = fc.integer({ min: 0, max: 1_048_575 });
  const col = fc.integer({ min: 0, max: 16_383 });
  const range = fc.tuple(row, col, row, col).map(([r1, c1, r2, c2]) => cellRange(r1, c1, r2, c2));
  const normalised = (r: CellRange) => r.firstRow <= r.lastRow && r.firstCol <= r.lastCol;

  it("parse ∘ format is the identity on any rectangle, in either form, behind any sheet name", () => {
    fc.assert(
      fc.property(range, fc.constantFrom("short" as const, "both" as const), fc.string({ minLength: 1 }), (r, form, sheet) => {
        expect(normalised(r)).toBe(true);
        expect(parseA1(formatRange(r, form))).toEqual({ sheet: "", range: r });
        expect(parseA1(`${sheetRef(sheet)}!${formatRange(r, form)}`)).toEqual({ sheet, range: r });
      })
    );
  });

  it("format ∘ parse gives back the short form, whatever the corner order and $ signs", () => {
    fc.assert(
      fc.property(row, col, row, col, (r1, c1, r2, c2) => {
        const abs = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
        const parsed = parseA1(`${abs(r1, c1)}:${abs(r2, c2)}`);
        expect(parsed?.range).toEqual(cellRange(r1, c1, r2, c2));
        expect(formatRange(parsed!.range)).toBe(formatRange(cellRange(r1, c1, r2, c2)));
      })
    );
  });
});

describe("parseRowSpan", () => {
  it("reads Excel's print-titles rows, 1-based, into 0-based rows", () => {
    expect(parseRowSpan("$4:$4")).toEqual({ firstRow: 3, lastRow: 3 });
    expect(parseRowSpan("5:3")).toEqual({ firstRow: 2, lastRow: 4 });
    expect(parseRowSpan(undefined)).toBeNull();
    expect(parseRowSpan("A1:B2")).toBeNull();
    expect(parseRowSpan("$0:$0")).toBeNull();
  });
});
