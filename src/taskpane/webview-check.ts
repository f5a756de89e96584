// First script of taskpane.html, built for ES5: old webviews (IE11, Edge
// Legacy) get the message page at once and the ES5 pane after it (the main
// bundle that follows fails to parse there, silently).
import { isOldWebview, loadLegacyPane, showOldWebviewMessage } from "./old-webview";

const root = document.getElementById("container");
if (root && isOldWebview(navigator.userAgent)) {
  showOldWebviewMessage(root, window.location.href);
  loadLegacyPane(document);
}
