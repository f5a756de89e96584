// SheetSpec → HTML, drawn as the sheet would print on A4. A thin writer: it
// formats and colours what the spec (and the user's edits) hold and decides
// no content.
import * as React from "react";
import type { CellSpec, CellValue, SheetSpec } from "../report/spec";
import { GRID_COLOR, lookOf, type Look } from "../report/styles";
import { type CellRange, cellA1, parseRange } from "./a1";
import { conditionalLook } from "./conditional";
import { headerFooterText } from "./header-footer";
import { defaultAlign, formatValue } from "./number-format";

const PX_PER_INCH = 96;
const A4_PX = { short: Math.round((210 / 25.4) * PX_PER_INCH), long: Math.round((297 / 25.4) * PX_PER_INCH) };

/** Excel column width (characters of the default font) → pixels. */
export const columnPx = (width: number): number => Math.round(width * 7 + 5);

const FALLBACK_FONTS = '"TH Sarabun New", Sarabun, Tahoma, "Noto Sans Thai", sans-serif';
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
}

function mergeMaps(merges: string[]): { spans: Map<string, Span>; covered: Set<string> } {
  const spans = new Map<string, Span>();
  const covered = new Set<string>();
  for (const m of merges) {
    const r = parseRange(m);
    if (!r) continue;
    spans.set(`${r.r0},${r.c0}`, { rowSpan: r.r1 - r.r0 + 1, colSpan: r.c1 - r.c0 + 1 });
    for (let i = r.r0; i <= r.r1; i++) for (let j = r.c0; j <= r.c1; j++) if (i !== r.r0 || j !== r.c0) covered.add(`${i},${j}`);
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
}

function HeaderFooterRow(props: { part: { left?: string; center?: string; right?: string }; ctx: Parameters<typeof headerFooterText>[1]; role: string }) {
  const t = (s?: string) => (s ? headerFooterText(s, props.ctx) : "");
  return (
    <div data-part={props.role} style={{ display: "flex", fontSize: "11pt", gap: 8 }}>
      <span style={{ flex: 1, textAlign: "left" }}>{t(props.part.left)}</span>
      <span style={{ flex: 1, textAlign: "center" }}>{t(props.part.center)}</span>
      <span style={{ flex: 1, textAlign: "right" }}>{t(props.part.right)}</span>
    </div>
  );
}

export function SheetPrintView({ spec, values, file, date }: SheetPrintViewProps) {
  const landscape = spec.print.orientation === "landscape";
  const pageW = landscape ? A4_PX.long : A4_PX.short;
  const pageH = landscape ? A4_PX.short : A4_PX.long;
  const m = spec.print.margins;
  const contentW = pageW - (m.left + m.right) * PX_PER_INCH;

  const lastRow = Math.max(spec.rows.length, values?.length ?? 0) - 1;
  const lastCol = Math.max(spec.columns.length, ...spec.rows.map((r) => r.length), ...(values ?? []).map((r) => r.length)) - 1;
  const area: CellRange = parseRange(spec.print.area) ?? { r0: 0, c0: 0, r1: lastRow, c1: lastCol };
  const widths: number[] = [];
  for (let c = area.c0; c <= area.c1; c++) widths.push(columnPx(spec.columns[c]?.width ?? 8.43));
  const tableW = widths.reduce((a, b) => a + b, 0);
  // Fit to one page wide, as the print settings ask.
  const scale = spec.print.fitToWidth && tableW > contentW ? contentW / tableW : 1;

  const { spans, covered } = mergeMaps(spec.merges);
  const font = spec.font ?? { name: "TH SarabunPSK", size: 16 };
  const ctx = { page: 1, pages: 1, sheet: spec.name, file, date };

  const rows: React.ReactNode[] = [];
  for (let r = area.r0; r <= area.r1; r++) {
    const cells: React.ReactNode[] = [];
    for (let c = area.c0; c <= area.c1; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const cs: CellSpec | undefined = spec.rows[r]?.[c];
      const value: CellValue = values ? (values[r]?.[c] ?? null) : (cs?.value ?? null);
      const look = conditionalLook(spec.conditional, r, c, value);
      const cellLook = cs ? lookOf(cs) : undefined;
      const base: React.CSSProperties = cellLook ? { ...lookCss(cellLook), fontSize: `${font.size + cellLook.sizeDelta}pt` } : {};
      const style: React.CSSProperties = {
        padding: "1px 4px",
        whiteSpace: "nowrap",
        overflow: "hidden",
        verticalAlign: "bottom", // Excel's default
        textAlign: defaultAlign(value),
        ...base,
        // Conditional formats win over the cell's own format, as in Excel.
        ...(look.fill ? { background: look.fill } : {}),
        ...(look.fontColor ? { color: look.fontColor } : {}),
      };
      const span = spans.get(key);
      cells.push(
        <td key={c} data-cell={cellA1(r, c)} style={style} rowSpan={span?.rowSpan} colSpan={span?.colSpan}>
          {formatValue(value, cs?.format)}
        </td>,
      );
    }
    const h = spec.rowHeights?.[r];
    rows.push(
      <tr key={r} style={h ? { height: (h * PX_PER_INCH) / 72 } : undefined}>
        {cells}
      </tr>,
    );
  }

  return (
    <div
      className="sheet-page"
      data-orientation={spec.print.orientation}
      aria-label={spec.name}
      style={{
        width: pageW,
        minHeight: pageH,
        boxSizing: "border-box",
        padding: `${m.header * PX_PER_INCH}px ${m.right * PX_PER_INCH}px ${m.footer * PX_PER_INCH}px ${m.left * PX_PER_INCH}px`,
        background: "#fff",
        boxShadow: "0 0 0 1px #bbb, 0 2px 8px rgba(0,0,0,.2)",
        display: "flex",
        flexDirection: "column",
        fontFamily: `"${font.name.replace(/["\\]/g, "")}", ${FALLBACK_FONTS}`,
        fontSize: `${font.size}pt`,
        color: "#000",
      }}
    >
      <HeaderFooterRow part={spec.print.header} ctx={ctx} role="header" />
      <div style={{ flex: 1, paddingTop: (m.top - m.header) * PX_PER_INCH, paddingBottom: (m.bottom - m.footer) * PX_PER_INCH }}>
        <table style={{ borderCollapse: "collapse", tableLayout: "fixed", width: tableW, zoom: scale }}>
          <colgroup>
            {widths.map((w, i) => (
              <col key={i} style={{ width: w }} />
            ))}
          </colgroup>
          <tbody>{rows}</tbody>
        </table>
      </div>
      <HeaderFooterRow part={spec.print.footer} ctx={ctx} role="footer" />
    </div>
  );
}
