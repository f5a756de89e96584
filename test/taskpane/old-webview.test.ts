/** @jest-environment jsdom */
// The page old webviews (IE11, Edge Legacy) show before, or instead of, the
// ES5 pane: Thai first, what works instead, and a link to the preview.
import { isOldWebview, loadLegacyPane, previewAddress, showOldWebviewMessage } from "../../src/taskpane/old-webview";

const PAGE = "https://intranet.example.go.th/ita/taskpane.html?_host_Info=Excel$Win32$16.01$th-TH";

function office(supported: boolean) {
  const opened: string[] = [];
  return {
    opened,
    Office: {
      context: {
        ui: { openBrowserWindow: (url: string) => void opened.push(url) },
        requirements: { isSetSupported: (set: string, v?: string) => supported && set === "OpenBrowserWindowApi" && v === "1.1" },
      },
    },
  };
}

describe("the old-webview page", () => {
  beforeEach(() => {
    document.body.innerHTML = '<div id="container"></div>';
  });

  it("tells IE11 and Edge Legacy apart from Chromium webviews", () => {
    expect(isOldWebview("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko")).toBe(true);
    expect(
      isOldWebview("Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.17763")
    ).toBe(true);
    expect(isOldWebview("Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0")).toBe(
      false
    );
  });

  it("is Thai first, says what works instead, and links to the preview beside the pane", () => {
    const root = document.getElementById("container")!;
    showOldWebviewMessage(root, PAGE);
    const sections = Array.from(root.querySelectorAll("section"));
    expect(sections.map((s) => s.getAttribute("lang"))).toEqual(["th", "en"]);
    expect(sections[0].textContent).toMatch(/Internet Explorer 11/);
    expect(sections[0].textContent).toMatch(/ดาวน์โหลด \.xlsx/);
    expect(sections[0].textContent).toMatch(/Excel บนเว็บ/);
    const link = root.querySelector('a[data-preview-link="th"]') as HTMLAnchorElement;
    expect(link.href).toBe("https://intranet.example.go.th/ita/preview.html");
    expect(link.target).toBe("_blank");
    // The address is also shown as text to copy.
    expect(sections[0].querySelector("code")?.textContent).toBe("https://intranet.example.go.th/ita/preview.html");
  });

  it("opens the link with Office's openBrowserWindow where Office has it, else leaves it a plain link", () => {
    const root = document.getElementById("container")!;
    const yes = office(true);
    showOldWebviewMessage(root, PAGE, yes.Office);
    const click = () => {
      const ev = new MouseEvent("click", { bubbles: true, cancelable: true });
      (root.querySelector('a[data-preview-link="th"]') as HTMLAnchorElement).dispatchEvent(ev);
      return ev.defaultPrevented;
    };
    expect(click()).toBe(true);
    expect(yes.opened).toEqual(["https://intranet.example.go.th/ita/preview.html"]);
    const no = office(false); // volume-licensed 2016/2019: no OpenBrowserWindowApi
    showOldWebviewMessage(root, PAGE, no.Office);
    expect(click()).toBe(false);
    expect(no.opened).toEqual([]);
  });

  it("resolves the preview next to the page whatever its query", () => {
    expect(previewAddress("https://localhost:3000/taskpane.html")).toBe("https://localhost:3000/preview.html");
    expect(previewAddress("https://h/a/b/taskpane.html#x")).toBe("https://h/a/b/preview.html");
  });

  it("adds the ES5 pane's script", () => {
    loadLegacyPane(document);
    const s = document.querySelector("script") as HTMLScriptElement;
    expect(s.getAttribute("src")).toBe("taskpane-legacy.js");
  });
});
