// SheetSpec → HTML, drawn as the sheet would print on A4: one sheet of
// paper per printed page (pages.ts decides the breaks), header and footer on
// each. A thin writer: it formats and colours what the spec (and the user's
// edits) hold and decides no content.
import * as React from "react";
import { SHEET_FONT } from "../report/options";
import { LINE_METRICS } from "../report/row-heights";
import type { CellSpec, CellValue, ChartSpec, SheetSpec } from "../report/spec";
import { GRID_COLOR, lookOf, type Look } from "../report/styles";
import { cellA1, parseA1, type CellRange } from "../engine/a1";
import { type CellSource, chartData } from "./chart-data";
import { anchorRange, printedChart, type PrintedChart } from "./chart-place";
import { ChartSvg } from "./chart-svg";
import { conditionalLook } from "./conditional";
import { headerFooterText, type PageContext } from "./header-footer";
import { defaultAlign, formatValue } from "./number-format";
import { PX_PER_INCH, columnPx, paginate, sheetColumnPx } from "./pages";
import { sheetFontFamily } from "./sheet-font";

export { columnPx };

const BORDER = `1px solid ${GRID_COLOR}`;
const VERTICAL = { top: "top", middle: "middle", bottom: "bottom" } as const;

/** A shared report look (src/report/styles.ts) as CSS; the preview holds no look of its own. */
export function lookCss(look: Look): React.CSSProperties {
  return {
    ...(look.bold ? { fontWeight: 700 } : {}),
    ...(look.italic ? { fontStyle: "italic" } : {}),
    ...(look.color ? { color: look.color } : {}),
    ...(look.fill ? { background: look.fill } : {}),
    ...(look.horizontal ? { textAlign: look.horizontal } : {}),
    ...(look.vertical ? { verticalAlign: VERTICAL[look.vertical] } : {}),
    ...(look.wrap ? { whiteSpace: "normal" } : {}),
    // Like Excel, unwrapped text without borders (titles, notes) runs on over the empty cells beside it.
    ...(look.grid ? { border: BORDER } : { overflow: "visible" }),
  };
}

interface Span {
  rowSpan: number;
  colSpan: number;
  /** The merge's top-left cell, whose look (and, on its own page, value) the drawn cell takes. */
  anchor: { r: number; c: number };
}

/**
 * Merged ranges as drawn on one page: a merge cut by a page break is drawn
 * on each page over the rows it has there (its value where its first row is).
 */
function pageMerges(merges: string[], rows: number[]): { spans: Map<string, Span>; covered: Set<string> } {
  const spans = new Map<string, Span>();
  const covered = new Set<string>();
  const ranges = merges.map((m) => parseA1(m)?.range).filter((r): r is CellRange => r !== undefined);
  for (const m of ranges) {
    const start = rows.findIndex((r) => r >= m.firstRow && r <= m.lastRow);
    if (start < 0) continue;
    let end = start;
    while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1 && rows[end + 1] <= m.lastRow) end++;
    const top = rows[start];
    spans.set(`${top},${m.firstCol}`, {
      rowSpan: end - start + 1,
      colSpan: m.lastCol - m.firstCol + 1,
      anchor: { r: m.firstRow, c: m.firstCol },
    });
    for (let i = start; i <= end; i++)
      for (let c = m.firstCol; c <= m.lastCol; c++) if (rows[i] !== top || c !== m.firstCol) covered.add(`${rows[i]},${c}`);
  }
  return { spans, covered };
}

export interface SheetPrintViewProps {
  spec: SheetSpec;
  /** Current values (the user may have edited the sheet); defaults to the spec's. */
  values?: CellValue[][];
  /** For &F in headers and footers. */
  file?: string;
  date?: Date;
  /** The sheet's charts (MemorySheet.charts), drawn from the current values where they print. */
  charts?: ChartSpec[];
}

type Part = { left?: string; center?: string; right?: string };

/**
 * One line per part, cut with an ellipsis (the whole text in its title): a long
 * agency name in the header would otherwise wrap down over the sheet's title.
 */
const PART_STYLE: React.CSSProperties = { flex: 1, minWidth: 0, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" };

function HeaderFooterRow(props: { part: Part; ctx: PageContext; role: string; style: React.CSSProperties }) {
  const t = (s?: string) => (s ? headerFooterText(s, props.ctx) : "");
  const part = (s: string | undefined, textAlign: "left" | "center" | "right") => (
    <span data-align={textAlign} title={t(s) || undefined} style={{ ...PART_STYLE, textAlign }}>
      {t(s)}
    </span>
  );
  return (
    <div data-part={props.role} style={{ position: "absolute", display: "flex", fontSize: "11pt", gap: 8, ...props.style }}>
      {part(props.part.left, "left")}
      {part(props.part.center, "center")}
      {part(props.part.right, "right")}
    </div>
  );
}

/** Gap between the sheets of paper on screen. */
const PAGE_GAP = 24;
/**
 * On paper: one page per sheet of paper, without the on-screen shadow and
 * gap, on A4 in the sheet's orientation (named pages; without @page the
 * browser prints on its default, US Letter in Chromium). The drawn paper
 * carries its own margins, so the printed page has none.
 */
const PRINT_CSS =
  "@page{size:A4;margin:0}@page ita-portrait{size:A4 portrait;margin:0}@page ita-landscape{size:A4 landscape;margin:0}" +
  ".sheet-page[data-orientation=portrait] .sheet-paper{page:ita-portrait}.sheet-page[data-orientation=landscape] .sheet-paper{page:ita-landscape}" +
  // Named pages apply to boxes in the normal flow: in print, everything but the
  // sheet is taken out, and the containers around it (a scrolling flex layout
  // on screen) become plain blocks, so nothing is cut to the window's height.
  "@media print{body *:not(:has(.sheet-page)):not(.sheet-page):not(.sheet-page *){display:none!important}" +
  "body *:has(.sheet-page){display:block!important;height:auto!important;overflow:visible!important;padding:0!important;margin:0!important;border:0!important;position:static!important}" +
  ".sheet-page{position:static!important;margin:0!important}" +
  ".sheet-paper{box-shadow:none!important;margin:0!important;break-after:page}.sheet-paper:last-child{break-after:auto}}";

export function SheetPrintView({ spec, values, file, date, charts = [] }: SheetPrintViewProps) {
  const layout = paginate(spec, values?.length);
  const { paper, area, columnWidths, tableWidth, scale } = layout;
  const m = spec.print.margins;
  const inch = (x: number) => x * PX_PER_INCH;
  const font = spec.font ?? SHEET_FONT;
  // The cells as the table shows them (the user's edits, else the spec); charts read them too, so an edited score moves its bar.
  const cells: CellSource = {
    value: (r, c) => (values ? (values[r]?.[c] ?? null) : (spec.rows[r]?.[c]?.value ?? null)),
    format: (r, c) => spec.rows[r]?.[c]?.format,
  };

  function drawCell(r: number, c: number, span: Span | undefined): React.ReactNode {
    // A merge continued from an earlier page shows its first cell's look but no value there.
    const from = span?.anchor ?? { r, c };
    const continued = from.r !== r;
    const cs: CellSpec | undefined = spec.rows[from.r]?.[from.c];
    const value: CellValue = continued ? null : cells.value(r, c); // not continued: (r, c) is the merge's own cell
    const look = continued ? {} : conditionalLook(spec.conditional, r, c, value);
    const cellLook = cs ? lookOf(cs) : undefined;
    const base: React.CSSProperties = cellLook ? { ...lookCss(cellLook), fontSize: `${font.size + cellLook.sizeDelta}pt` } : {};
    const style: React.CSSProperties = {
      // Lines spaced as the report layer sized the rows (the browser's "normal" line
      // height for a Thai font is taller, and rows would outgrow the printed page).
      padding: "0 4px",
      lineHeight: cellLook?.wrap ? LINE_METRICS.pitch / 16 : LINE_METRICS.box / 16,
      whiteSpace: "nowrap",
      overflow: "hidden",
      verticalAlign: "bottom", // Excel's default
      textAlign: defaultAlign(value),
      ...base,
      // Conditional formats win over the cell's own format, as in Excel.
      ...(look.fill ? { background: look.fill } : {}),
      ...(look.fontColor ? { color: look.fontColor } : {}),
    };
    return (
      <td key={c} data-cell={cellA1(r, c)} style={style} rowSpan={span?.rowSpan} colSpan={span?.colSpan}>
        {formatValue(value, cs?.format)}
      </td>
    );
  }

  function drawTable(rows: number[]): React.ReactNode {
    const { spans, covered } = pageMerges(spec.merges, rows);
    return (
      <table style={{ borderCollapse: "collapse", tableLayout: "fixed", width: tableWidth, zoom: scale }}>
        <colgroup>
          {columnWidths.map((w, i) => (
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
        <tbody>
          {rows.map((r) => {
            const cells: React.ReactNode[] = [];
            for (let c = area.firstCol; c <= area.lastCol; c++) {
              const key = `${r},${c}`;
              if (!covered.has(key)) cells.push(drawCell(r, c, spans.get(key)));
            }
            return (
              <tr key={r} style={{ height: layout.rowHeight(r) }}>
                {cells}
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  }

  const placed = charts.flatMap((chart) => {
    const range = anchorRange(chart.anchor);
    const at = range ? printedChart(layout, range, (c) => sheetColumnPx(spec, c)) : null;
    return at ? [{ chart, at }] : [];
  });

  function drawChart(chart: ChartSpec, at: PrintedChart, key: number): React.ReactNode {
    const { box, clip } = at;
    // Past the area's end the chart is cut there; elsewhere the paper's edge cuts it.
    const clipHeight = Number.isFinite(clip.height) ? clip.height * scale : paper.height;
    return (
      <div
        key={key}
        data-chart-at={`${chart.anchor.from}:${chart.anchor.to}`}
        style={{
          position: "absolute",
          left: clip.x * scale,
          top: clip.y * scale,
          width: clip.width * scale,
          height: clipHeight,
          overflow: "hidden",
        }}
      >
        <div style={{ position: "absolute", left: (box.x - clip.x) * scale, top: (box.y - clip.y) * scale }}>
          <ChartSvg data={chartData(chart, cells)} width={box.width} height={box.height} font={font} scale={scale} />
        </div>
      </div>
    );
  }

  const pages = layout.pages.length;
  const side = { left: inch(m.left), right: inch(m.right) };
  return (
    <div
      className="sheet-page"
      data-orientation={spec.print.orientation}
      data-pages={pages}
      aria-label={spec.name}
      style={{
        width: paper.width,
        fontFamily: sheetFontFamily(font.name),
        fontSize: `${font.size}pt`,
        color: "#000",
      }}
    >
      <style>{PRINT_CSS}</style>
      {layout.pages.map((p, i) => {
        const ctx: PageContext = { page: i + 1, pages, sheet: spec.name, file, date, digits: spec.print.pageDigits };
        return (
          <section
            key={i}
            className="sheet-paper"
            data-page={i + 1}
            style={{
              position: "relative",
              width: paper.width,
              height: paper.height,
              marginBottom: i + 1 < pages ? PAGE_GAP : 0,
              overflow: "hidden",
              background: "#fff",
              boxShadow: "0 0 0 1px #bbb, 0 2px 8px rgba(0,0,0,.2)",
            }}
          >
            <HeaderFooterRow part={spec.print.header} ctx={ctx} role="header" style={{ ...side, top: inch(m.header) }} />
            {/*
              The printable area. Not clipped: where the browser's substitute font
              makes a row taller than Excel's fixed height, the text stays visible
              (spilling into the margin) rather than silently hidden.
            */}
            <div
              style={{
                position: "absolute",
                top: inch(m.top),
                left: side.left,
                width: layout.printable.width,
                height: layout.printable.height,
              }}
            >
              {drawTable(p.rows)}
              {placed.map((c, k) => (c.at.page === i ? drawChart(c.chart, c.at, k) : null))}
            </div>
            <HeaderFooterRow part={spec.print.footer} ctx={ctx} role="footer" style={{ ...side, bottom: inch(m.footer) }} />
          </section>
        );
      })}
    </div>
  );
}
