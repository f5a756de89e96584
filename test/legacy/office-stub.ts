// The Office globals the ES5 bundle reads, over the recording fake of Excel
// (test/excel/fake-excel.ts) at a chosen ExcelApi version.
import { FakeExcel, FakeSettings } from "../excel/fake-excel";

export interface StubbedOffice {
  fx: FakeExcel;
  settings: FakeSettings;
  /** Office.onReady's callback, once the bundle has registered it. */
  ready: () => void;
}

export function stubOffice(win: Record<string, unknown>, maxApi: string, displayLanguage = "th-TH"): StubbedOffice {
  const fx = new FakeExcel();
  fx.maxApi = maxApi;
  const settings = new FakeSettings();
  let callback: ((info: { host: string; platform: string }) => void) | undefined;
  win.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (cb: (info: { host: string; platform: string }) => void) => {
      callback = cb;
    },
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (set: string, v?: string | number) => fx.requirements(set, String(v ?? "1.1")),
      },
      diagnostics: { host: "Excel", platform: "PC", version: "16.0.4266.1001" },
      document: {
        settings: {
          get: (k: string) => settings.get(k),
          set: (k: string, v: unknown) => settings.set(k, v),
          saveAsync: (cb: (r: { status: string }) => void) =>
            settings.save().then(
              () => cb({ status: "succeeded" }),
              () => cb({ status: "failed" })
            ),
        },
      },
    },
  };
  win.Excel = { run: fx.run };
  return {
    fx,
    settings,
    ready: () => {
      if (!callback) throw new Error("the bundle did not call Office.onReady");
      callback({ host: "Excel", platform: "PC" });
    },
  };
}

/** Polls until `check` returns a value (the bundle's promises settle on the window's own queue). */
export async function waitFor<T>(check: () => T | null | undefined | false, what: string, ms = 10000, state?: () => string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${state ? `; the page says: ${state()}` : ""}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
