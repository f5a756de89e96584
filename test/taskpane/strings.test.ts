import { HostError } from "../../src/report/host";
import { isOldWebview } from "../../src/taskpane/old-webview";
import { detectLang, STRINGS } from "../../src/taskpane/strings";

describe("pane strings", () => {
  it("has every entry in both languages, none empty", () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(STRINGS.en)).toEqual(keys(STRINGS.th));
    for (const lang of ["th", "en"] as const) {
      for (const [k, v] of Object.entries(STRINGS[lang])) {
        if (typeof v === "string") expect(`${lang}.${k}:${v.trim() !== ""}`).toBe(`${lang}.${k}:true`);
        else if (typeof v === "object") expect(keys(v)).toEqual(keys((STRINGS.th as unknown as Record<string, object>)[k]));
      }
    }
  });

  it("has a sentence for every HostError code, in both languages", () => {
    const codes: HostError["code"][] = [
      "protected",
      "refused",
      "inactive-workbook",
      "excel-error",
      "name-in-use",
      "edit-mode",
      "connection",
      "too-large",
      "no-selection",
      "not-found",
      "unknown",
    ];
    for (const c of codes) {
      expect(STRINGS.th.hostError[c]).toMatch(/[\u0e00-\u0e7f]/); // Thai text
      expect(STRINGS.en.hostError[c]).toMatch(/^[A-Z]/);
    }
    // GeneralException is Excel's generic error, not a network one.
    expect(STRINGS.en.hostError["excel-error"]).not.toMatch(/connection/i);
    expect(STRINGS.th.hostError["excel-error"]).not.toMatch(/เชื่อมต่อ/);
  });
});

describe("detectLang", () => {
  it("is Thai for th-TH and when Office gives nothing, English for other languages", () => {
    expect(detectLang("th-TH")).toBe("th");
    expect(detectLang("TH")).toBe("th");
    expect(detectLang(undefined)).toBe("th");
    expect(detectLang("")).toBe("th");
    expect(detectLang("en-US")).toBe("en");
    expect(detectLang("de-DE")).toBe("en");
  });
});

describe("isOldWebview", () => {
  it("spots Internet Explorer 11 and Edge Legacy, not Chromium Edge (WebView2)", () => {
    expect(isOldWebview("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko")).toBe(true);
    expect(
      isOldWebview(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045"
      )
    ).toBe(true);
    expect(
      isOldWebview(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91"
      )
    ).toBe(false);
  });
});
