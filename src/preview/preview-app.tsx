// The preview page: a workbook on the left (sheet tabs, editable grid,
// generated sheets drawn as they print) and the same task pane on the right.
import * as React from "react";
import type { Lang } from "../engine/types";
import { formatRange } from "../engine/a1";
import { Grid } from "./grid";
import type { MemoryWorkbook } from "./memory-workbook";
import { SheetPrintView } from "./render-sheet";

export interface PreviewAppProps {
  wb: MemoryWorkbook;
  /** The pane, already given its host (kept a prop so tests can pass a stub). */
  pane: React.ReactNode;
  lang: Lang;
}

export const PREVIEW_LABELS = {
  th: {
    title: "ITA Scorecard: ทดลองในเบราว์เซอร์",
    scoresSheet: "คะแนน",
    print: "ภาพก่อนพิมพ์",
    printNow: "พิมพ์ / บันทึก PDF",
    grid: "ตาราง",
    hint: "วางข้อมูลจาก Excel หรือเว็บได้ (Ctrl+V) · ลากเพื่อเลือกช่วง · Tab หรือ Esc ออกจากตาราง",
    clear: "ล้างชีต",
    mixed: "ช่วงที่เลือกมีทั้งข้อมูลที่เพิ่งวางและข้อมูลเดิม: กด \u201cล้างชีต\u201d แล้ววางใหม่ หรือเลือกเฉพาะตารางที่วาง",
    workbook: "สมุดงาน",
    pane: "บานหน้าต่าง ITA Scorecard",
  },
  en: {
    title: "ITA Scorecard: browser preview",
    scoresSheet: "Scores",
    print: "Print view",
    printNow: "Print / Save PDF",
    grid: "Grid",
    hint: "Paste from Excel or a web page (Ctrl+V) · drag to select a range · Tab or Esc leaves the grid",
    clear: "Clear sheet",
    mixed:
      "The selection holds both the cells just pasted and older ones: clear the sheet and paste again, or select only the pasted table",
    workbook: "Workbook",
    pane: "ITA Scorecard pane",
  },
};

export function PreviewApp({ wb, pane, lang }: PreviewAppProps) {
  React.useSyncExternalStore(wb.subscribe, wb.getVersion);
  const [gridView, setGridView] = React.useState<Record<string, boolean>>({});
  const t = PREVIEW_LABELS[lang];
  const sheet = wb.sheet(wb.active) ?? wb.sheets[0];
  const showPrint = !!sheet?.spec && !gridView[sheet.name];
  const used = sheet ? wb.usedRange(sheet.name) : null;
  const reading = wb.readRange();
  const mixed = reading !== null && wb.mixesOld(reading);

  return (
    <div style={{ display: "flex", height: "100vh", fontFamily: "Tahoma, 'Noto Sans Thai', sans-serif" }}>
      <main aria-label={t.workbook} style={{ flex: 1, minWidth: 0, display: "flex", flexDirection: "column", background: "#f7f7f7" }}>
        <div
          style={{
            display: "flex",
            gap: 12,
            alignItems: "center",
            padding: "6px 10px",
            borderBottom: "1px solid #ddd",
            background: "#fff",
            flexWrap: "wrap",
          }}
        >
          <strong>{t.title}</strong>
          <span data-testid="selection-box" style={{ fontFamily: "monospace", border: "1px solid #ccc", padding: "1px 6px", minWidth: 80 }}>
            {wb.selection ? `${wb.selection.sheet}!${formatRange(wb.selection.range)}` : ""}
          </span>
          {sheet?.spec ? (
            <button type="button" onClick={() => setGridView({ ...gridView, [sheet.name]: showPrint })}>
              {showPrint ? t.grid : t.print}
            </button>
          ) : (
            <>
              {sheet ? (
                <button type="button" onClick={() => wb.clearSheet(sheet.name)}>
                  {t.clear}
                </button>
              ) : null}
              <span style={{ color: "#666", fontSize: 12 }}>{t.hint}</span>
            </>
          )}
          {showPrint ? (
            // The browser's print of the sheet as drawn: A4 pages in its orientation (render-sheet's @page rules).
            <button type="button" onClick={() => window.print()}>
              {t.printNow}
            </button>
          ) : null}
        </div>
        <div role="status" aria-live="polite" data-testid="paste-mixed">
          {mixed ? (
            <div style={{ padding: "6px 10px", background: "#fff4ce", color: "#5c4400", borderBottom: "1px solid #f0d88a" }}>{t.mixed}</div>
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
        <div
          role="tablist"
          style={{ display: "flex", gap: 2, padding: "0 8px", borderTop: "1px solid #ccc", background: "#eee", overflowX: "auto" }}
        >
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
      </main>
      <aside aria-label={t.pane} style={{ width: 360, flexShrink: 0, borderLeft: "1px solid #ccc", overflow: "auto", background: "#fff" }}>
        {pane}
      </aside>
    </div>
  );
}
