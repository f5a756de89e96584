// preview.html: the pane over an in-memory workbook, preloaded with the
// reference report's scores, for trying the add-in without Excel.
import { createRoot } from "react-dom/client";
import { SAMPLE_CELLS } from "../report/sample";
import { App } from "../taskpane/App";
import { MemoryWorkbook } from "./memory-workbook";
import { PREVIEW_LABELS, PreviewApp } from "./preview-app";
import { PreviewHost } from "./preview-host";
import { widestRow } from "../engine/input/limits";

// Thai first (the users are Thai); ?lang=en opens it in English.
const lang = new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "th";
document.title = PREVIEW_LABELS[lang].title;
document.documentElement.lang = lang;

const wb = new MemoryWorkbook();
const SCORES = PREVIEW_LABELS[lang].scoresSheet;
wb.addSheet(SCORES);
wb.setBlock(SCORES, 0, 0, SAMPLE_CELLS);
wb.select(SCORES, { firstRow: 0, firstCol: 0, lastRow: SAMPLE_CELLS.length - 1, lastCol: widestRow(SAMPLE_CELLS) - 1 });

const host = new PreviewHost(wb);

createRoot(document.getElementById("container") as HTMLElement).render(
  <PreviewApp wb={wb} lang={lang} pane={<App host={host} initialLang={lang} root="div" />} />
);
