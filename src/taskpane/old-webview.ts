// Volume-licensed Office 2016/2019 host add-ins in Internet Explorer 11
// (Trident) or Edge Legacy, where Fluent UI v9 and our ES2020 bundle cannot
// run: say so in plain HTML instead of leaving a blank pane.
// Compiled to ES5 (see webpack.config.js): no String#includes, no for-of.
import { STRINGS } from "./strings";

export function isOldWebview(userAgent: string): boolean {
  return userAgent.indexOf("Trident") >= 0 || userAgent.indexOf("Edge/") >= 0;
}

/** Thai and English, as text nodes only (no markup from strings). */
export function showOldWebviewMessage(root: HTMLElement): void {
  root.textContent = "";
  const langs: ("th" | "en")[] = ["th", "en"];
  for (let i = 0; i < langs.length; i++) {
    const p = document.createElement("p");
    p.setAttribute("lang", langs[i]);
    p.style.cssText = "font-family: Tahoma, sans-serif; font-size: 14px; margin: 12px;";
    p.textContent = STRINGS[langs[i]].oldWebview;
    root.appendChild(p);
  }
}
