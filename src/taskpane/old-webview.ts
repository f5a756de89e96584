// Volume-licensed Office 2016/2019 host add-ins in Internet Explorer 11
// (Trident), some retail copies in Edge Legacy; Fluent UI v9 and the ES2020
// bundle cannot run there. webview-check shows this page at once and loads
// the ES5 pane (taskpane-legacy.js), which replaces it inside Excel; outside
// Excel, or if that bundle cannot load, the page stays: what works instead,
// Thai first, and a link that opens the preview (same pane) in a browser.
// Compiled to ES5 (see webpack.config.js): no String#includes, no for-of.

/** The ES5 pane's bundle, next to taskpane.html (webpack.legacy.js writes it). */
export const LEGACY_BUNDLE = "taskpane-legacy.js";

export function isOldWebview(userAgent: string): boolean {
  return userAgent.indexOf("Trident") >= 0 || userAgent.indexOf("Edge/") >= 0;
}

interface Words {
  title: string;
  why: string;
  instead: string;
  preview: string;
  web: string;
  link: string;
  address: string;
}

const WORDS: { lang: "th" | "en"; w: Words }[] = [
  {
    lang: "th",
    w: {
      title: "Excel รุ่นนี้เปิดโปรแกรมเสริมแบบเต็มไม่ได้",
      why: "Excel 2016/2019 แบบสิทธิ์องค์กรแสดงโปรแกรมเสริมด้วย Internet Explorer 11 ซึ่งใช้หน้าจอแบบเต็มไม่ได้ (ถ้าหน้านี้ไม่เปลี่ยนเป็นหน้าจอแบบย่อภายในไม่กี่วินาที ให้ใช้วิธีด้านล่าง)",
      instead: "ทางเลือกที่ใช้ได้:",
      preview:
        "เปิดหน้าทดลองในเบราว์เซอร์รุ่นใหม่ (Chrome หรือ Microsoft Edge): หน้าจอเดียวกัน วางคะแนน กด สร้างรายงาน แล้วกด ดาวน์โหลด .xlsx จากนั้นเปิดไฟล์ที่ได้ด้วย Excel ของเครื่องนี้",
      web: "หรือเปิดสมุดงานด้วย Excel บนเว็บ (Microsoft 365) แล้วใช้โปรแกรมเสริมนี้ที่นั่น",
      link: "เปิดหน้าทดลองในเบราว์เซอร์",
      address: "หรือคัดลอกที่อยู่นี้ไปวางในเบราว์เซอร์:",
    },
  },
  {
    lang: "en",
    w: {
      title: "This Excel cannot open the full add-in",
      why: "Volume-licensed Excel 2016/2019 shows add-ins in Internet Explorer 11, where the full pane cannot run (if this page does not turn into the simple pane within a few seconds, use one of these instead).",
      instead: "What works instead:",
      preview:
        "Open the preview in a current browser (Chrome or Microsoft Edge): the same pane. Paste the scores, press Generate, then Download .xlsx, and open that file in this computer's Excel.",
      web: "Or open the workbook in Excel on the web (Microsoft 365) and use the add-in there.",
      link: "Open the preview in a browser",
      address: "Or copy this address into a browser:",
    },
  },
];

/** preview.html beside this page (no URL constructor in IE11). */
export function previewAddress(pageHref: string): string {
  return pageHref.replace(/[?#].*$/, "").replace(/[^/]*$/, "") + "preview.html";
}

interface OfficeUi {
  context?: {
    ui?: { openBrowserWindow?: (url: string) => void };
    requirements?: { isSetSupported(set: string, version?: string): boolean };
  };
}

/**
 * Opens the preview in the user's browser: Office.context.ui.openBrowserWindow
 * where Office has it (OpenBrowserWindowApi 1.1: Microsoft 365 and Office
 * 2021+, not volume-licensed 2016/2019 nor Excel on the web); else false, and
 * the plain link (target _blank) does what this webview does with it.
 */
export function openInBrowser(url: string, office: OfficeUi | undefined): boolean {
  const ctx = office && office.context;
  const ui = ctx && ctx.ui;
  if (!ui || typeof ui.openBrowserWindow !== "function") return false;
  if (!ctx.requirements || !ctx.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")) return false;
  try {
    ui.openBrowserWindow(url);
    return true;
  } catch {
    return false;
  }
}

function para(doc: Document, text: string, css: string): HTMLElement {
  const p = doc.createElement("p");
  p.style.cssText = css;
  p.appendChild(doc.createTextNode(text));
  return p;
}

/** The page, as text nodes only (no markup from strings). */
export function showOldWebviewMessage(root: HTMLElement, pageHref: string, office?: OfficeUi): void {
  const doc = root.ownerDocument;
  const url = previewAddress(pageHref);
  while (root.firstChild) root.removeChild(root.firstChild);
  for (let i = 0; i < WORDS.length; i++) {
    const w = WORDS[i].w;
    const box = doc.createElement("section");
    box.setAttribute("lang", WORDS[i].lang);
    box.style.cssText = "font-family: Tahoma, sans-serif; font-size: 14px; margin: 12px;" + (i > 0 ? " color: #444;" : "");
    const h = doc.createElement(i === 0 ? "h1" : "h2");
    h.style.cssText = "font-size: 16px; margin: 0 0 8px;";
    h.appendChild(doc.createTextNode(w.title));
    box.appendChild(h);
    box.appendChild(para(doc, w.why, "margin: 0 0 8px;"));
    box.appendChild(para(doc, w.instead, "margin: 0; font-weight: bold;"));
    const ol = doc.createElement("ol");
    ol.style.cssText = "margin: 4px 0 8px; padding-left: 20px;";
    const items = [w.preview, w.web];
    for (let j = 0; j < items.length; j++) {
      const li = doc.createElement("li");
      li.appendChild(doc.createTextNode(items[j]));
      ol.appendChild(li);
    }
    box.appendChild(ol);
    const a = doc.createElement("a");
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener";
    a.setAttribute("data-preview-link", WORDS[i].lang);
    a.appendChild(doc.createTextNode(w.link));
    a.onclick = (ev) => {
      if (openInBrowser(url, office || (window as unknown as { Office?: OfficeUi }).Office)) ev.preventDefault();
    };
    box.appendChild(a);
    box.appendChild(para(doc, w.address, "margin: 8px 0 0; font-size: 12px;"));
    const code = doc.createElement("code");
    code.style.cssText = "user-select: all; word-break: break-all; font-size: 12px;";
    code.appendChild(doc.createTextNode(url));
    box.appendChild(code);
    root.appendChild(box);
  }
}

/** Adds the ES5 pane's script; it takes over the page once Excel is ready. */
export function loadLegacyPane(doc: Document): void {
  const s = doc.createElement("script");
  s.src = LEGACY_BUNDLE;
  (doc.head || doc.body).appendChild(s);
}
