// Saving generated sheets as an .xlsx file from the pane (Excel and the
// browser preview alike): the browser's own download, no server.
import type { SheetSpec } from "../report/spec";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * "ITA-2565.xlsx": the year of the first sheet's key ("ranking:2565",
 * "agencies:2565"), so the file says which results it holds; a group report
 * is told apart ("ITA-2565-group.xlsx").
 */
export function downloadName(specs: SheetSpec[]): string {
  const first = specs[0];
  const year = first ? /(?:^|\D)(\d{4})(?!\d)/.exec(first.key)?.[1] : undefined;
  const group = specs.some((s) => s.kind === "agencies" || s.kind === "distribution" || s.kind === "peers");
  return `ITA${year ? `-${year}` : ""}${group ? "-group" : ""}.xlsx`;
}

/**
 * Blob + object URL + a temporary <a download> clicked: works in Chromium
 * webviews (WebView2, Excel on the web) and plain browsers. The URL is
 * revoked later, not at once: some browsers start reading it after click().
 */
export function saveBytes(fileName: string, bytes: Uint8Array, doc: Document = document): void {
  const blob = new Blob([bytes as BlobPart], { type: /\.docx$/i.test(fileName) ? DOCX_TYPE : XLSX_TYPE });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
