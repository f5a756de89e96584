// Task pane entry: wait for Office, pick the language, and render the pane
// over the Excel host. (Old webviews are stopped earlier by webview-check.)
import { createRoot } from "react-dom/client";
import { OfficeHost } from "../excel/office-host";
import { App } from "./App";
import { isOldWebview } from "./old-webview";
import { detectLang } from "./strings";

const root = document.getElementById("container") as HTMLElement;

if (isOldWebview(navigator.userAgent)) {
  // webview-check.js has shown the message page and loads the ES5 pane: leave the page to them.
} else if (typeof Office === "undefined") {
  // office.js did not load (Microsoft's CDN out of reach, or missing from a bundled build): say so rather than show nothing.
  root.textContent =
    "โหลด office.js ไม่ได้ (ต้องเข้าถึง appsforoffice.microsoft.com ได้ หรือให้ผู้ดูแลระบบใช้รุ่นที่รวม office.js ไว้) · " +
    "office.js could not be loaded (appsforoffice.microsoft.com must be reachable, or ask your administrator for the bundled build)";
} else {
  void Office.onReady((info) => {
    const lang = detectLang(Office.context?.displayLanguage);
    if (info.host !== Office.HostType.Excel) {
      // Opened outside Excel (the URL in a browser): preview.html is the way to try it there.
      root.textContent =
        lang === "th" ? "เปิดหน้านี้จากใน Excel หรือใช้หน้า preview.html เพื่อทดลอง" : "Open this page from Excel, or try it in preview.html";
      return;
    }
    createRoot(root).render(<App host={new OfficeHost()} initialLang={lang} />);
  });
}
