// A sheet's chart as inline SVG: vertical bars (one per series per category),
// a value axis with gridlines, the pass line, title and legend, as the Excel
// writer asks Excel to draw it. Every text a user gave (names, titles) is a
// React child, so it stays text.
import { breakPieces, textWidth } from "../report/text-width";
import { REFERENCE_LINE_COLOR } from "../report/styles";
import type { ChartData } from "./chart-data";
import { formatValue } from "./number-format";
import { pointsPx } from "./pages";
import { sheetFontFamily } from "./sheet-font";
import { maxOf, minOf } from "../engine/extent";

/** Office theme colours, the ones Excel gives the first series. */
const SERIES_COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
/** The pass line's colour, as the Excel writer sets it. */
const GRIDLINE = "#D9D9D9";
const AXIS = "#808080";
const PAD = 8;
/** Smallest label size before the labels are left to run over (points). */
const MIN_LABEL_PT = 8;

/** Width in px of text at a size: textWidth counts units of 7 px at 16 pt. */
const textPx = (s: string, pt: number) => (textWidth(s) * 7 * pt) / 16;

/** Lines of at most maxPx, broken where a printer breaks (spaces, Thai word boundaries). */
function wrapText(text: string, maxPx: number, pt: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of breakPieces(text)) {
    if (line.trim() && textPx((line + piece).trimEnd(), pt) > maxPx) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [""];
}

/** The value axis: from 0 (or below, for negatives) to 100 (or above), in even steps a label apart. */
function valueAxis(values: number[], plotHeight: number, labelPx: number): { lo: number; hi: number; step: number } {
  const hi = Math.max(100, Math.ceil(maxOf(values, (v) => v) / 10) * 10);
  const lo = Math.min(0, Math.floor(minOf(values, (v) => v) / 10) * 10);
  const step = [5, 10, 20, 25, 50, 100, 200].find((s) => (plotHeight * s) / (hi - lo) >= labelPx * 1.8) ?? hi - lo;
  return { lo: Math.floor(lo / step) * step, hi: Math.ceil(hi / step) * step, step };
}

export interface ChartSvgProps {
  data: ChartData;
  /** The chart's box in unscaled pixels (its viewBox). */
  width: number;
  height: number;
  font: { name: string; size: number };
  /** Drawn size ÷ box size (the print view's fit-to-width factor). */
  scale?: number;
}

export function ChartSvg({ data, width, height, font, scale = 1 }: ChartSvgProps) {
  const titlePt = Math.max(MIN_LABEL_PT, font.size - 2);
  const smallPt = Math.max(MIN_LABEL_PT, font.size - 4);
  const lh = (pt: number) => pointsPx(pt) * 1.25;
  const n = Math.max(
    data.categories.length,
    maxOf(data.series, (s) => s.values.length),
    1
  );
  const k = Math.max(1, data.series.length);

  const titleLines = wrapText(data.title, width - 2 * PAD, titlePt);
  const plotTop = PAD + titleLines.length * lh(titlePt) + PAD;

  // Legend items in rows across the bottom, as Excel puts it.
  const legend = data.series.length > 1 ? data.series.map((s, i) => ({ name: s.name, i, w: 18 + textPx(s.name, smallPt) + 16 })) : [];
  const legendRows: (typeof legend)[] = [];
  for (const item of legend) {
    const row = legendRows[legendRows.length - 1];
    if (row && row.reduce((a, b) => a + b.w, 0) + item.w <= width - 2 * PAD) row.push(item);
    else legendRows.push([item]);
  }
  const legendHeight = legendRows.length * lh(smallPt);

  const all = [...data.series.flatMap((s) => s.values), ...(data.reference?.values ?? [])].filter((v): v is number => v !== null);
  const roughPlot = height - plotTop - legendHeight - PAD;
  const axis = valueAxis(all, roughPlot * 0.6, pointsPx(smallPt));
  const ticks: number[] = [];
  for (let v = axis.lo; v <= axis.hi + 1e-9; v += axis.step) ticks.push(v);
  const tickText = (v: number) => formatValue(v, data.axisFormat);
  const plotLeft = PAD + maxOf(ticks, (v) => textPx(tickText(v), smallPt)) + 6;
  const plotRight = width - PAD;
  const band = (plotRight - plotLeft) / n;

  // Category labels wrapped under their bars; smaller type until they take at most 40 % of the box.
  let labelPt = smallPt;
  let labels = data.categories.map((c) => wrapText(c, band - 4, labelPt));
  const labelRoom = (roughPlot - PAD) * 0.4;
  while (labelPt > MIN_LABEL_PT && maxOf(labels, (l) => l.length) * lh(labelPt) > labelRoom) {
    labelPt -= 1;
    labels = data.categories.map((c) => wrapText(c, band - 4, labelPt));
  }
  const labelHeight =
    Math.max(
      1,
      maxOf(labels, (l) => l.length)
    ) * lh(labelPt);
  const plotBottom = height - PAD - legendHeight - (legendHeight ? PAD / 2 : 0) - labelHeight - 4;
  const y = (v: number) => plotBottom - ((v - axis.lo) / (axis.hi - axis.lo)) * (plotBottom - plotTop);

  // Excel's default gap between category groups: one bar wide.
  const barWidth = band / (k + 1);
  const bars = data.series.flatMap((s, i) =>
    s.values.map((v, j) => {
      if (v === null) return null;
      const top = Math.min(y(v), y(0));
      return (
        <rect
          key={`${i}-${j}`}
          data-bar=""
          data-series={i}
          data-category={j}
          data-value={v}
          x={plotLeft + j * band + barWidth / 2 + i * barWidth}
          y={top}
          width={barWidth}
          height={Math.abs(y(v) - y(0))}
          fill={SERIES_COLORS[i % SERIES_COLORS.length]}
        >
          <title>{`${data.categories[j] ?? ""}: ${formatValue(v, data.valueFormat)}`}</title>
        </rect>
      );
    })
  );

  // The pass line across each category's band, joined where the value repeats (one line when it never changes).
  const refRuns: { from: number; to: number; v: number }[] = [];
  data.reference?.values.forEach((v, j) => {
    const last = refRuns[refRuns.length - 1];
    if (v === null) return;
    if (last && last.v === v && last.to === j) last.to = j + 1;
    else refRuns.push({ from: j, to: j + 1, v });
  });
  const labelRun = refRuns[refRuns.length - 1];

  const baseline = (i: number, pt: number) => lh(pt) * i + pointsPx(pt);
  return (
    <svg
      data-chart=""
      role="img"
      aria-label={data.title}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width * scale}
      height={height * scale}
      style={{ display: "block", fontFamily: sheetFontFamily(font.name), overflow: "hidden" }}
    >
      <title>{data.title}</title>
      <rect x={0.5} y={0.5} width={width - 1} height={height - 1} fill="#fff" stroke={AXIS} strokeWidth={1} />
      {titleLines.map((line, i) => (
        <text
          key={i}
          data-part="title"
          x={width / 2}
          y={PAD + baseline(i, titlePt)}
          textAnchor="middle"
          fontSize={`${titlePt}pt`}
          fontWeight={700}
        >
          {line}
        </text>
      ))}
      {ticks.map((v) => (
        <g key={v}>
          <line data-gridline={v} x1={plotLeft} x2={plotRight} y1={y(v)} y2={y(v)} stroke={v === 0 ? AXIS : GRIDLINE} strokeWidth={1} />
          <text data-tick={v} x={plotLeft - 4} y={y(v)} dy="0.35em" textAnchor="end" fontSize={`${smallPt}pt`}>
            {tickText(v)}
          </text>
        </g>
      ))}
      {bars}
      {refRuns.map((r, i) => (
        <line
          key={i}
          data-reference=""
          data-value={r.v}
          x1={plotLeft + r.from * band}
          x2={plotLeft + r.to * band}
          y1={y(r.v)}
          y2={y(r.v)}
          stroke={REFERENCE_LINE_COLOR}
          strokeWidth={2}
        />
      ))}
      {data.reference && labelRun ? (
        <text
          data-part="reference-label"
          x={plotLeft + labelRun.to * band - 2}
          y={y(labelRun.v) - 4}
          textAnchor="end"
          fontSize={`${smallPt}pt`}
          fill={REFERENCE_LINE_COLOR}
        >
          {data.reference.name}
        </text>
      ) : null}
      {labels.map((lines, j) => (
        <text key={j} data-category-label={j} textAnchor="middle" fontSize={`${labelPt}pt`}>
          {lines.map((line, i) => (
            <tspan key={i} x={plotLeft + (j + 0.5) * band} y={plotBottom + 4 + baseline(i, labelPt)}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {legendRows.length ? (
        <g data-part="legend">
          {legendRows.map((row, r) => {
            const rowWidth = row.reduce((a, b) => a + b.w, 0);
            let x = (width - rowWidth) / 2;
            const top = height - PAD - legendHeight + r * lh(smallPt);
            return row.map((item) => {
              const at = x;
              x += item.w;
              return (
                <g key={item.i}>
                  <rect x={at} y={top + lh(smallPt) / 2 - 5} width={10} height={10} fill={SERIES_COLORS[item.i % SERIES_COLORS.length]} />
                  <text data-legend={item.i} x={at + 16} y={top + lh(smallPt) / 2} dy="0.35em" fontSize={`${smallPt}pt`}>
                    {item.name}
                  </text>
                </g>
              );
            });
          })}
        </g>
      ) : null}
    </svg>
  );
}
