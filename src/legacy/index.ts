// Entry of dist/taskpane-legacy.js, loaded by webview-check only in Internet
// Explorer 11 / Edge Legacy webviews (Office 2016/2019). Polyfills first: the
// modules below build Maps and Sets as they load.
import "./polyfills";
import { OfficeHost } from "../excel/office-host";
import { checkSection } from "./check";
import { detectLang } from "../taskpane/strings";
import { mountLegacyPane } from "./pane";

const root = document.getElementById("container");
if (root && typeof Office !== "undefined") {
  Office.onReady((info) => {
    // Outside Excel (the page opened in a browser) the old-webview message stays.
    if (info.host !== Office.HostType.Excel) return;
    const host = new OfficeHost();
    const lang = detectLang(Office.context.displayLanguage);
    void mountLegacyPane(root, host, lang, [checkSection(host, lang)]);
  });
}
