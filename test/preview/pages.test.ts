// Page breaks of the print preview, computed by hand from A4 and the
// margins every report sheet uses (top/bottom 0.75 in, left/right 0.5 in).
import { columnPx, paginate } from "../../src/preview/pages";
import type { CellSpec, SheetSpec } from "../../src/report/spec";

/** A4 in inches: 210 × 297 mm. */
const SHORT_IN = 210 / 25.4; // 8.2677
const LONG_IN = 297 / 25.4; // 11.6929
/** Printable widths at 96 px/in, after 0.5 + 0.5 in of side margins. */
const PORTRAIT_W = (SHORT_IN - 1) * 96; // 697.70 px
const LANDSCAPE_W = (LONG_IN - 1) * 96; // 1026.52 px
/** Printable heights after 0.75 + 0.75 in of top/bottom margins. */
const PORTRAIT_H = (LONG_IN - 1.5) * 96; // 978.52 px
const LANDSCAPE_H = (SHORT_IN - 1.5) * 96; // 649.70 px

const rowsOf = (n: number): CellSpec[][] => Array.from({ length: n }, (_, i) => [{ value: `แถว ${i + 1}` }]);

function spec(over: {
  orientation?: "portrait" | "landscape";
  rows: number;
  widths: number[];
  heights?: Record<number, number>;
  area: string;
  repeatRows?: string;
}): SheetSpec {
  return {
    kind: "measures",
    key: "measures:2566",
    font: { name: "TH SarabunPSK", size: 16 },
    name: "มาตรการ 2566",
    rows: rowsOf(over.rows),
    columns: over.widths.map((width) => ({ width })),
    rowHeights: over.heights,
    merges: [],
    headerRow: 0,
    freezeRows: 0,
    conditional: [],
    validation: [],
    print: {
      orientation: over.orientation ?? "portrait",
      paper: "A4",
      fitToWidth: true,
      repeatRows: over.repeatRows,
      area: over.area,
      header: {},
      footer: { center: "หน้า &P / &N" },
      gridlines: false,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    },
    editableColumns: [],
    rowKeys: {},
  };
}

const pageRows = (s: SheetSpec) => paginate(s).pages.map((p) => p.rows);

describe("paginate", () => {
  it("keeps a small sheet on one unscaled page", () => {
    // Columns 30, 10, 10 chars → 215 + 75 + 75 = 365 px, narrower than 697.70 px: no scaling.
    const s = spec({ rows: 5, widths: [30, 10, 10], heights: { 0: 30, 1: 30, 2: 30, 3: 30, 4: 30 }, area: "A1:C5", repeatRows: "$2:$2" });
    const layout = paginate(s);
    expect(layout.tableWidth).toBe(365);
    expect(layout.scale).toBe(1);
    expect(layout.pages).toEqual([{ rows: [0, 1, 2, 3, 4] }]);
    expect(layout.paper).toEqual({ width: 794, height: 1123 });
  });

  it("starts a page at each of the report's manual breaks, and still breaks where a page is full", () => {
    const s = spec({ rows: 5, widths: [30, 10, 10], heights: { 0: 30, 1: 30, 2: 30, 3: 30, 4: 30 }, area: "A1:C5", repeatRows: "$2:$2" });
    expect(pageRows({ ...s, print: { ...s.print, breaks: [3] } })).toEqual([
      [0, 1, 2],
      [1, 3, 4],
    ]);
  });

  it("prints a sheet with breaks at the scale they were placed at, not fit to width", () => {
    // 1410 px wide on a 697.70 px portrait page: fit-to-width would give 0.4948; the spec's 45 % is what prints.
    const s = spec({ rows: 40, widths: [100, 100], heights: {}, area: "A1:B40" });
    expect(paginate(s).scale).toBeCloseTo(PORTRAIT_W / 1410, 12);
    const scaled = { ...s, print: { ...s.print, breaks: [20], scale: 45 } };
    expect(paginate(scaled).scale).toBe(0.45);
    expect(pageRows(scaled).map((p) => [p[0], p[p.length - 1]])).toEqual([
      [0, 19],
      [20, 39],
    ]);
  });

  it("splits a long landscape measures-like sheet into 3 pages, repeating the header row", () => {
    // 4 columns of 72.6 chars → round(7 × 72.6 + 5) = 513 px each, 2052 px in all:
    // scale = 1026.52 / 2052 = 0.50025.
    // Title 60 pt = 80 px → 40.02; blank row 15 pt = 20 px → 10.005; header 90 pt = 120 px → 60.03;
    // each measure 300 pt = 400 px → 200.10. The page holds 649.70 px.
    // Page 1: 40.02 + 10.005 + 60.03 + 2 × 200.10 = 510.26; a third measure would make 710.36.
    // Page 2: header 60.03 + 2 × 200.10 = 460.23; a third would make 660.33 > 649.70.
    // Page 3: header + the last measure.
    const s = spec({
      orientation: "landscape",
      rows: 8,
      widths: [72.6, 72.6, 72.6, 72.6],
      heights: { 0: 60, 2: 90, 3: 300, 4: 300, 5: 300, 6: 300, 7: 300 },
      area: "A$1:D$8",
      repeatRows: "$3:$3",
    });
    s.rows[1] = []; // the blank row between title and table
    const layout = paginate(s);
    expect(layout.tableWidth).toBe(2052);
    expect(layout.scale).toBeCloseTo(LANDSCAPE_W / 2052, 12);
    expect(layout.scale).toBeCloseTo(0.50025, 4);
    expect(layout.printable.height).toBeCloseTo(LANDSCAPE_H, 9);
    expect(layout.pages.map((p) => p.rows)).toEqual([
      [0, 1, 2, 3, 4],
      [2, 5, 6],
      [2, 7],
    ]);
  });

  it("shrinks a one-page sheet to fit the page tall as well as wide, the smaller scale winning", () => {
    // 20 rows of 30 pt (40 px) = 800 px against a landscape page of 649.70 px: 0.81213 tall;
    // one column of 30 chars (215 px) needs no shrinking across.
    const base = spec({
      orientation: "landscape",
      rows: 20,
      widths: [30],
      heights: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i, 30])),
      area: "A1:A20",
    });
    expect(paginate(base).pages).toHaveLength(2);
    const one = { ...base, print: { ...base.print, onePage: true } };
    const layout = paginate(one);
    expect(layout.scale).toBeCloseTo(LANDSCAPE_H / 800, 12);
    expect(layout.pages).toEqual([{ rows: Array.from({ length: 20 }, (_, i) => i) }]);
    // Wider than the page too: the narrower of the two scales applies.
    const wide = { ...one, columns: [{ width: 200 }] }; // 1405 px across: 0.73062 < 0.81213
    expect(paginate(wide).scale).toBeCloseTo(LANDSCAPE_W / 1405, 12);
    expect(paginate(wide).pages).toHaveLength(1);
  });

  it("scales the same table more on a portrait page than on a landscape one", () => {
    // Two columns of 100 chars: 705 px each, 1410 px.
    const portrait = paginate(spec({ rows: 1, widths: [100, 100], area: "A1:B1" }));
    const landscape = paginate(spec({ orientation: "landscape", rows: 1, widths: [100, 100], area: "A1:B1" }));
    expect(portrait.tableWidth).toBe(1410);
    expect(portrait.scale).toBeCloseTo(PORTRAIT_W / 1410, 12); // 0.4948
    expect(landscape.scale).toBeCloseTo(LANDSCAPE_W / 1410, 12); // 0.7280
    expect(portrait.scale).toBeCloseTo(0.4948, 4);
    expect(landscape.scale).toBeCloseTo(0.728, 4);
    expect(landscape.paper).toEqual({ width: 1123, height: 794 });
  });

  it("counts only the columns inside the print area", () => {
    // Column C (200 chars) lies outside A:B: 2 × 75 px = 150 px, no scaling.
    const layout = paginate(spec({ rows: 1, widths: [10, 10, 200], area: "A1:B1" }));
    expect(layout.columnWidths).toEqual([75, 75]);
    expect(layout.scale).toBe(1);
  });

  it("gives rows without a height Excel's default 15 pt (20 px)", () => {
    // 978.52 / 20 = 48.9: 48 rows a page; 100 rows → 48 + 48 + 4.
    const s = spec({ rows: 100, widths: [10], area: "A1:A100" });
    const pages = pageRows(s);
    expect(pages.map((p) => p.length)).toEqual([48, 48, 4]);
    expect(pages[1][0]).toBe(48);
    expect(paginate(s).rowHeight(0)).toBe(20);
    expect(paginate(s).printable.height).toBeCloseTo(PORTRAIT_H, 9);
  });

  it("prints only the rows inside the print area", () => {
    const s = spec({ rows: 10, widths: [10], area: "A3:A5" });
    expect(pageRows(s)).toEqual([[2, 3, 4]]);
  });

  it("puts a row taller than a page on a page of its own", () => {
    // Row 2: 800 pt = 1066.7 px, more than the 978.52 px a portrait page holds.
    const s = spec({ rows: 3, widths: [10], heights: { 1: 800 }, area: "A1:A3" });
    expect(pageRows(s)).toEqual([[0], [1], [2]]);
    // With row 1 repeated, the tall row still goes alone; the next page repeats row 1.
    expect(pageRows({ ...s, print: { ...s.print, repeatRows: "$1:$1" } })).toEqual([[0], [1], [0, 2]]);
  });

  it("does not repeat title rows on a page that starts before them", () => {
    // Rows 1–3 (300 pt = 400 px each) fill pages before the repeated row 4 is reached.
    // Page 1: 400 + 400 = 800 (a third would be 1200 > 978.52); page 2: row 3, row 4, row 5 (400 + 20 + 20).
    const s = spec({ rows: 5, widths: [10], heights: { 0: 300, 1: 300, 2: 300 }, area: "A1:A5", repeatRows: "$4:$4" });
    expect(pageRows(s)).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
  });

  it("shares Excel's column width to pixels rule with the grid", () => {
    expect(columnPx(8.43)).toBe(64); // Excel's default column: 64 px
    expect(columnPx(10)).toBe(75);
  });
});
