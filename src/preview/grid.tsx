// An editable sheet grid: click or drag to select, type or double-click to
// edit, paste tab-separated text (as copied from Excel, Word or a web page)
// into the selected cell, copy the selection back out. Keyboard: arrows and
// Enter move, Tab and Esc leave the grid (it is one stop in the page's tab
// order, its cell announced through aria-activedescendant).
import * as React from "react";
import { SHEET_FONT } from "../report/options";
import type { CellValue } from "../report/spec";
import { cellA1, columnLetters, type CellRange } from "../engine/a1";
import { chartData } from "./chart-data";
import { anchorBox, anchorRange } from "./chart-place";
import { ChartSvg } from "./chart-svg";
import type { MemoryWorkbook } from "./memory-workbook";
import { defaultAlign, formatValue } from "./number-format";
import type { Lang } from "../engine/types";
import { cellFromText } from "./paste";
import { readPaste } from "./paste-limit";
import { columnPx } from "./render-sheet";
import { maxOf } from "../engine/extent";

export interface GridProps {
  wb: MemoryWorkbook;
  sheet: string;
  /** Language of the sentence refusing a paste too large (default Thai). */
  lang?: Lang;
}

interface Editing {
  row: number;
  col: number;
  text: string;
}

const HEAD_BG = "#f3f3f3";
/** Fixed row height and row-number column width, so a chart's anchor cells can be found in pixels. */
const ROW_H = 22;
const ROW_HEAD_W = 40;
const SELECT_BG = "rgba(33, 115, 70, 0.14)";

const textOf = (v: CellValue): string => (v === null ? "" : String(v));

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Moves focus to the first control after `el` in the page (Esc out of the grid), else before it. */
function focusAfter(el: HTMLElement): void {
  const all = Array.from(document.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((x) => !el.contains(x) && x !== el);
  const next = all.find((x) => el.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING) ?? all[0];
  if (next) next.focus();
  else el.blur();
}

export function Grid({ wb, sheet, lang = "th" }: GridProps) {
  React.useSyncExternalStore(wb.subscribe, wb.getVersion);
  const [editing, setEditing] = React.useState<Editing | null>(null);
  const [refusal, setRefusal] = React.useState<string | null>(null);
  // Anchor: where a selection started; active: its moving end (shift+arrows, drag).
  const anchor = React.useRef<{ row: number; col: number } | null>(null);
  const active = React.useRef<{ row: number; col: number } | null>(null);
  const dragging = React.useRef(false);
  const box = React.useRef<HTMLDivElement>(null);
  const idBase = React.useId();
  const cellId = (r: number, c: number) => `${idBase}-${cellA1(r, c)}`;

  React.useEffect(() => {
    const up = () => void (dragging.current = false);
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, []);

  const s = wb.sheet(sheet);
  const spec = s?.spec;
  const used = wb.usedRange(sheet);
  const charts = (s?.charts ?? []).flatMap((chart) => {
    const cells = anchorRange(chart.anchor);
    return cells ? [{ chart, cells }] : [];
  });
  // Enough rows and columns to show every chart whole, as well as the data.
  const nRows = Math.max(
    30,
    (used?.lastRow ?? 0) + 11,
    maxOf(charts, (c) => c.cells.lastRow + 2)
  );
  const nCols = Math.max(
    10,
    (used?.lastCol ?? 0) + 4,
    maxOf(charts, (c) => c.cells.lastCol + 2)
  );
  const sel: CellRange | null = wb.selection?.sheet === sheet ? wb.selection.range : null;

  const selectTo = (row: number, col: number, extend: boolean) => {
    const a = extend && anchor.current ? anchor.current : { row, col };
    if (!extend) anchor.current = a;
    active.current = { row, col };
    wb.select(sheet, {
      firstRow: Math.min(a.row, row),
      firstCol: Math.min(a.col, col),
      lastRow: Math.max(a.row, row),
      lastCol: Math.max(a.col, col),
    });
  };

  const commit = (e: Editing | null) => {
    if (e) wb.setCell(sheet, e.row, e.col, cellFromText(e.text));
    setEditing(null);
    box.current?.focus();
  };

  const move = (dr: number, dc: number, extend = false) => {
    const from = extend ? (active.current ?? anchor.current) : sel ? { row: sel.firstRow, col: sel.firstCol } : null;
    const at = from ?? { row: 0, col: 0 };
    selectTo(Math.max(0, at.row + dr), Math.max(0, at.col + dc), extend);
  };

  const onKeyDown = (ev: React.KeyboardEvent) => {
    if (editing) return;
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
    };
    // Tab is left to the browser (the next control, e.g. the pane); Esc goes there too.
    if (ev.key === "Escape") {
      ev.preventDefault();
      if (box.current) focusAfter(box.current);
    } else if (arrows[ev.key]) {
      ev.preventDefault();
      move(arrows[ev.key][0], arrows[ev.key][1], ev.shiftKey && ev.key.startsWith("Arrow"));
    } else if ((ev.key === "Delete" || ev.key === "Backspace") && sel) {
      ev.preventDefault();
      wb.clearRange(sheet, sel);
    } else if (ev.key === "F2" && sel) {
      setEditing({ row: sel.firstRow, col: sel.firstCol, text: textOf(wb.getCell(sheet, sel.firstRow, sel.firstCol)) });
    } else if (ev.key.length === 1 && !ev.ctrlKey && !ev.metaKey && !ev.altKey && sel) {
      ev.preventDefault();
      setEditing({ row: sel.firstRow, col: sel.firstCol, text: ev.key });
    }
  };

  const onPaste = (ev: React.ClipboardEvent) => {
    if (editing || !sel) return;
    const text = ev.clipboardData.getData("text/plain");
    if (!text) return;
    ev.preventDefault();
    const read = readPaste(text, lang);
    setRefusal("refusal" in read ? read.refusal : null);
    if ("refusal" in read) return;
    const block = read.rows.map((r) => r.map(cellFromText));
    if (!block.length) return;
    // The paste replaces its whole rectangle and becomes the selection the pane reads.
    wb.select(sheet, wb.paste(sheet, sel.firstRow, sel.firstCol, block));
  };

  const onCopy = (ev: React.ClipboardEvent) => {
    if (editing || !sel) return;
    ev.preventDefault();
    const text = wb
      .values(sheet, sel)
      .map((r) => r.map((v) => String(v)).join("\t"))
      .join("\n");
    ev.clipboardData.setData("text/plain", text);
  };

  const widths = Array.from({ length: nCols }, (_, c) => (spec?.columns[c] ? columnPx(spec.columns[c].width) : 90));

  return (
    <div
      ref={box}
      tabIndex={0}
      role="grid"
      aria-label={sheet}
      aria-activedescendant={sel ? cellId(sel.firstRow, sel.firstCol) : undefined}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      onCopy={onCopy}
      style={{
        outline: "none",
        overflow: "auto",
        height: "100%",
        fontFamily: "Tahoma, 'Noto Sans Thai', sans-serif",
        fontSize: 13,
        userSelect: "none",
      }}
    >
      {refusal ? (
        <div
          role="alert"
          data-testid="paste-refused"
          style={{
            position: "sticky",
            left: 0,
            top: 0,
            zIndex: 2,
            padding: "6px 10px",
            background: "#fde7e9",
            color: "#a4262c",
            borderBottom: "1px solid #f1bbbc",
          }}
        >
          {refusal}
        </div>
      ) : null}
      <div style={{ position: "relative", width: "max-content" }}>
        {/* An explicit width, or the browser squeezes the columns to the page and charts miss their cells. */}
        <table
          role="presentation"
          style={{ borderCollapse: "collapse", tableLayout: "fixed", width: ROW_HEAD_W + widths.reduce((a, b) => a + b, 0) }}
        >
          <colgroup>
            <col style={{ width: ROW_HEAD_W }} />
            {widths.map((w, i) => (
              <col key={i} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr role="row" style={{ height: ROW_H }}>
              <th
                role="columnheader"
                style={{ position: "sticky", top: 0, left: 0, zIndex: 2, background: HEAD_BG, border: "1px solid #d4d4d4" }}
              />
              {widths.map((_, c) => (
                <th
                  key={c}
                  role="columnheader"
                  style={{ position: "sticky", top: 0, zIndex: 1, background: HEAD_BG, border: "1px solid #d4d4d4", fontWeight: 400 }}
                >
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: nRows }, (_, r) => (
              <tr key={r} role="row" style={{ height: ROW_H }}>
                <th
                  role="rowheader"
                  style={{ position: "sticky", left: 0, zIndex: 1, background: HEAD_BG, border: "1px solid #d4d4d4", fontWeight: 400 }}
                >
                  {r + 1}
                </th>
                {widths.map((_, c) => {
                  const v = wb.getCell(sheet, r, c);
                  const selected = sel !== null && r >= sel.firstRow && r <= sel.lastRow && c >= sel.firstCol && c <= sel.lastCol;
                  const isEditing = editing?.row === r && editing.col === c;
                  return (
                    <td
                      key={c}
                      id={cellId(r, c)}
                      role="gridcell"
                      aria-label={`${cellA1(r, c)} ${textOf(v)}`.trim()}
                      data-cell={cellA1(r, c)}
                      aria-selected={selected}
                      onMouseDown={(ev) => {
                        if (isEditing) return;
                        if (editing) commit(editing);
                        dragging.current = true;
                        selectTo(r, c, ev.shiftKey);
                        box.current?.focus();
                      }}
                      onMouseEnter={() => dragging.current && selectTo(r, c, true)}
                      onDoubleClick={() => setEditing({ row: r, col: c, text: textOf(v) })}
                      style={{
                        border: "1px solid #e1e1e1",
                        padding: "0 3px",
                        whiteSpace: "nowrap",
                        overflow: "hidden",
                        textOverflow: "clip",
                        background: selected ? SELECT_BG : "#fff",
                        textAlign: defaultAlign(v),
                        outline: sel && r === sel.firstRow && c === sel.firstCol ? "2px solid #217346" : undefined,
                        outlineOffset: -2,
                      }}
                    >
                      {isEditing ? (
                        <input
                          autoFocus
                          aria-label={cellA1(r, c)}
                          value={editing.text}
                          onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                          onBlur={() => commit(editing)}
                          onKeyDown={(e) => {
                            if (e.key === "Enter" || e.key === "Tab") {
                              e.preventDefault();
                              commit(editing);
                              selectTo(r + (e.key === "Enter" ? 1 : 0), c + (e.key === "Tab" ? 1 : 0), false);
                            } else if (e.key === "Escape") {
                              setEditing(null);
                              box.current?.focus();
                            }
                          }}
                          style={{ width: "100%", border: "none", outline: "none", font: "inherit", padding: 0, boxSizing: "border-box" }}
                        />
                      ) : (
                        formatValue(v, spec?.rows[r]?.[c]?.format)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {charts.map(({ chart, cells }, i) => {
          const box = anchorBox(
            cells,
            (c) => widths[c],
            () => ROW_H
          );
          const src = {
            value: (r: number, c: number) => wb.getCell(sheet, r, c),
            format: (r: number, c: number) => spec?.rows[r]?.[c]?.format,
          };
          return (
            // Cells under a chart stay reachable: clicks pass through it.
            <div
              key={i}
              data-chart-at={`${chart.anchor.from}:${chart.anchor.to}`}
              style={{ position: "absolute", left: ROW_HEAD_W + box.x, top: ROW_H + box.y, pointerEvents: "none" }}
            >
              <ChartSvg data={chartData(chart, src)} width={box.width} height={box.height} font={spec?.font ?? SHEET_FONT} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
