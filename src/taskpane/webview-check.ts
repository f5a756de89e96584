// First script of taskpane.html, built for ES5: old webviews stop at the
// message (the main bundle that follows fails to parse there, silently).
import { isOldWebview, showOldWebviewMessage } from "./old-webview";

const root = document.getElementById("container");
if (root && isOldWebview(navigator.userAgent)) showOldWebviewMessage(root);
