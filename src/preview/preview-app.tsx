// The preview page: a workbook on the left (sheet tabs, editable grid,
// generated sheets drawn as they print) and the same task pane on the right.
import * as React from "react";
import type { Lang } from "../engine/types";
import { rangeA1 } from "./a1";
import { Grid } from "./grid";
import type { MemoryWorkbook } from "./memory-workbook";
import { SheetPrintView } from "./render-sheet";

export interface PreviewAppProps {
  wb: MemoryWorkbook;
  /** The pane, already given its host (kept a prop so tests can pass a stub). */
  pane: React.ReactNode;
  lang: Lang;
}

const LABELS = {
  th: { title: "ITA Scorecard: ทดลองในเบราว์เซอร์", print: "ภาพก่อนพิมพ์", printNow: "พิมพ์ / บันทึก PDF", grid: "ตาราง", hint: "วางข้อมูลจาก Excel หรือเว็บได้ (Ctrl+V) · ลากเพื่อเลือกช่วง" },
  en: { title: "ITA Scorecard: browser preview", print: "Print view", printNow: "Print / Save PDF", grid: "Grid", hint: "Paste from Excel or a web page (Ctrl+V) · drag to select a range" },
};

export function PreviewApp({ wb, pane, lang }: PreviewAppProps) {
  React.useSyncExternalStore(wb.subscribe, wb.getVersion);
  const [gridView, setGridView] = React.useState<Record<string, boolean>>({});
  const t = LABELS[lang];
  const sheet = wb.sheet(wb.active) ?? wb.sheets[0];
  const showPrint = !!sheet?.spec && !gridView[sheet.name];
  const used = sheet ? wb.usedRange(sheet.name) : null;

  return (
    <div style={{ display: "flex", height: "100vh", fontFamily: "Tahoma, 'Noto Sans Thai', sans-serif" }}>
      <div style={{ flex: 1, minWidth: 0, display: "flex", flexDirection: "column", background: "#f7f7f7" }}>
        <div style={{ display: "flex", gap: 12, alignItems: "center", padding: "6px 10px", borderBottom: "1px solid #ddd", background: "#fff", flexWrap: "wrap" }}>
          <strong>{t.title}</strong>
          <span data-testid="selection-box" style={{ fontFamily: "monospace", border: "1px solid #ccc", padding: "1px 6px", minWidth: 80 }}>
            {wb.selection ? `${wb.selection.sheet}!${rangeA1(wb.selection.range)}` : ""}
          </span>
          {sheet?.spec ? (
            <button type="button" onClick={() => setGridView({ ...gridView, [sheet.name]: showPrint })}>
              {showPrint ? t.grid : t.print}
            </button>
          ) : (
            <span style={{ color: "#666", fontSize: 12 }}>{t.hint}</span>
          )}
          {showPrint ? (
            // The browser's print of the sheet as drawn: A4 pages in its orientation (render-sheet's @page rules).
            <button type="button" onClick={() => window.print()}>
              {t.printNow}
            </button>
          ) : null}
        </div>
        <div style={{ flex: 1, minHeight: 0, overflow: "auto", padding: showPrint ? 16 : 0 }}>
          {sheet ? (
            showPrint ? (
              <SheetPrintView spec={sheet.spec!} values={used ? sheet.cells : []} charts={sheet.charts} />
            ) : (
              <Grid wb={wb} sheet={sheet.name} lang={lang} />
            )
          ) : null}
        </div>
        <div role="tablist" style={{ display: "flex", gap: 2, padding: "0 8px", borderTop: "1px solid #ccc", background: "#eee", overflowX: "auto" }}>
          {wb.sheets.map((s) => {
            const on = s === sheet;
            return (
              <button
                key={s.name}
                role="tab"
                aria-selected={on}
                type="button"
                onClick={() => {
                  wb.active = s.name;
                  wb.changed();
                }}
                style={{
                  border: "1px solid #bbb",
                  borderTop: on ? "2px solid #217346" : "1px solid #bbb",
                  background: on ? "#fff" : "#e6e6e6",
                  padding: "4px 12px",
                  fontWeight: on ? 700 : 400,
                  whiteSpace: "nowrap",
                  cursor: "pointer",
                }}
              >
                {s.name}
              </button>
            );
          })}
        </div>
      </div>
      <aside style={{ width: 360, flexShrink: 0, borderLeft: "1px solid #ccc", overflow: "auto", background: "#fff" }}>{pane}</aside>
    </div>
  );
}

