// One look per named style, translated (not re-decided) by each writer.
import { STYLES } from "../../src/excel/styles";
import { lookCss } from "../../src/preview/render-sheet";
import type { StyleName } from "../../src/report/spec";
import { GRID_COLOR, STYLE_LOOKS, lookOf } from "../../src/report/styles";
import { cellLook } from "../../src/xlsx/styles";

const FONT = { name: "TH SarabunPSK", size: 16 };
const NAMES = Object.keys(STYLE_LOOKS) as StyleName[];

describe("STYLE_LOOKS", () => {
  it("covers every named style, with the report's header, totals and note", () => {
    expect(NAMES.sort()).toEqual([
      "body",
      "bodyWrap",
      "caveat",
      "header",
      "note",
      "number",
      "paragraph",
      "subtitle",
      "title",
      "total",
      "totalNumber",
    ]);
    expect(STYLE_LOOKS.header).toMatchObject({ bold: true, fill: "#D9E1F2", horizontal: "center", wrap: true, grid: true });
    expect(STYLE_LOOKS.title.sizeDelta).toBe(4);
    expect(STYLE_LOOKS.note).toMatchObject({ sizeDelta: -2, italic: true, grid: false });
  });

  it("lets a cell's own colour and alignment win over its style", () => {
    expect(lookOf({ value: 1, style: "number", align: "center", color: "#006100" })).toMatchObject({
      horizontal: "center",
      color: "#006100",
      grid: true,
    });
    expect(lookOf({ value: 1, style: "number" })).toBe(STYLE_LOOKS.number);
    expect(lookOf({ value: "x" })).toEqual({ sizeDelta: 0, grid: false });
  });
});

describe("each writer translates the same look", () => {
  it.each(NAMES)("%s: ExcelJS", (name) => {
    const look = STYLE_LOOKS[name];
    const x = cellLook({ value: "x", style: name }, FONT);
    expect(x.font.size).toBe(16 + look.sizeDelta);
    expect(!!x.font.bold).toBe(!!look.bold);
    expect(!!x.font.italic).toBe(!!look.italic);
    expect(x.fill ? (x.fill as { fgColor: { argb: string } }).fgColor.argb : undefined).toBe(
      look.fill ? `FF${look.fill.slice(1)}` : undefined
    );
    expect(x.alignment?.horizontal).toBe(look.horizontal);
    expect(x.alignment?.vertical).toBe(look.vertical);
    expect(!!x.alignment?.wrapText).toBe(!!look.wrap);
    expect(x.border?.top?.color?.argb).toBe(look.grid ? `FF${GRID_COLOR.slice(1)}` : undefined);
  });

  it.each(NAMES)("%s: Office.js", (name) => {
    const look = STYLE_LOOKS[name];
    const o = STYLES[name];
    expect(o.font.size).toBe(look.sizeDelta);
    expect(!!o.font.bold).toBe(!!look.bold);
    expect(o.fill).toBe(look.fill);
    expect(o.horizontalAlignment?.toLowerCase()).toBe(look.horizontal);
    expect(o.verticalAlignment).toBe({ top: "Top", middle: "Center", bottom: "Bottom", none: undefined }[look.vertical ?? "none"]);
    expect(!!o.wrapText).toBe(!!look.wrap);
    expect(o.borders).toBe(look.grid ? "grid" : "none");
  });

  it.each(NAMES)("%s: preview", (name) => {
    const look = STYLE_LOOKS[name];
    const css = lookCss(look);
    expect(css.fontWeight).toBe(look.bold ? 700 : undefined);
    expect(css.background).toBe(look.fill);
    expect(css.textAlign).toBe(look.horizontal);
    expect(css.verticalAlign).toBe(look.vertical);
    expect(css.whiteSpace).toBe(look.wrap ? "normal" : undefined);
    expect(css.border).toBe(look.grid ? `1px solid ${GRID_COLOR}` : undefined);
  });
});
