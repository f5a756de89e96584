/** @jest-environment jsdom */
// Offline checks of manifest.xml (Microsoft's validator needs the network).
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const OFFICE = "http://schemas.microsoft.com/office/appforoffice/1.1";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const DEV_ORIGIN = "https://localhost:3000/";

const text = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(text, "application/xml");
const all = (ns: string, name: string) => Array.from(doc.getElementsByTagNameNS(ns, name));
const one = (ns: string, name: string) => {
  const found = all(ns, name);
  expect(found.length).toBeGreaterThan(0);
  return found[0];
};
/** Direct child of the OfficeApp root (not the same-named elements inside VersionOverrides). */
const top = (name: string) => {
  const el = Array.from(doc.documentElement.children).find((c) => c.namespaceURI === OFFICE && c.localName === name);
  if (!el) throw new Error(`no <${name}> under <OfficeApp>`);
  return el;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The local file a development URL serves (https://localhost:3000/assets/x.png → assets/x.png). */
function localFile(url: string): string {
  expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  return path.join(ROOT, url.slice(DEV_ORIGIN.length));
}

describe("manifest.xml", () => {
  it("is well-formed XML for a task-pane add-in", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.getAttributeNS(XSI, "type")).toBe("TaskPaneApp");
  });

  it("has a GUID id, an n.n.n.n version and the Workbook host", () => {
    expect(top("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(top("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const hosts = Array.from(top("Hosts").children).map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
  });

  it("asks only for ExcelApi 1.1, the core's need (newer features are detected at run time)", () => {
    const sets = Array.from(top("Requirements").getElementsByTagNameNS(OFFICE, "Set"));
    expect(sets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([["ExcelApi", "1.1"]]);
  });

  it("resolves every resid to a resource", () => {
    const resources = one(OV, "Resources");
    const ids = new Set(
      [
        ...Array.from(resources.getElementsByTagNameNS(BT, "Image")),
        ...Array.from(resources.getElementsByTagNameNS(BT, "Url")),
        ...Array.from(resources.getElementsByTagNameNS(BT, "String")),
      ].map((e) => e.getAttribute("id"))
    );
    const refs = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid"));
    expect(refs.length).toBeGreaterThan(8);
    for (const r of refs) expect(ids.has(r)).toBe(true);
  });

  it("uses https for every URL", () => {
    const urls: string[] = [];
    for (const el of Array.from(doc.getElementsByTagName("*"))) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.startsWith("xmlns")) continue; // namespace names, never fetched
        if (/^[a-z]+:\/\//i.test(attr.value)) urls.push(attr.value);
      }
      if (el.children.length === 0 && /^\s*[a-z]+:\/\//i.test(el.textContent ?? "")) urls.push((el.textContent ?? "").trim());
    }
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it("opens taskpane.html from the ribbon button and by default", () => {
    expect(top("DefaultSettings").getElementsByTagNameNS(OFFICE, "SourceLocation")[0].getAttribute("DefaultValue")).toBe(
      `${DEV_ORIGIN}taskpane.html`
    );
    const action = Array.from(doc.getElementsByTagNameNS(OV, "Action")).find((a) => a.getAttributeNS(XSI, "type") === "ShowTaskpane");
    expect(action).toBeDefined();
    const resid = action!.getElementsByTagNameNS(OV, "SourceLocation")[0].getAttribute("resid");
    const url = all(BT, "Url").find((u) => u.getAttribute("id") === resid);
    expect(url?.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it("points every icon at a PNG in assets/ of the stated size", () => {
    for (const img of all(BT, "Image").filter((e) => e.hasAttribute("DefaultValue"))) {
      const size = Number(/icon-(\d+)\.png$/.exec(img.getAttribute("DefaultValue")!)?.[1]);
      expect(pngSize(localFile(img.getAttribute("DefaultValue")!))).toEqual({ width: size, height: size });
    }
    // Ribbon images name their size.
    const sizes = new Set(
      all(BT, "Image")
        .filter((e) => e.hasAttribute("size"))
        .map((e) => e.getAttribute("size"))
    );
    expect([...sizes].sort()).toEqual(["16", "32", "80"]);
    expect(pngSize(localFile(top("IconUrl").getAttribute("DefaultValue")!))).toEqual({ width: 32, height: 32 });
    expect(pngSize(localFile(top("HighResolutionIconUrl").getAttribute("DefaultValue")!))).toEqual({ width: 64, height: 64 });
    for (const n of [16, 32, 64, 80, 128]) expect(pngSize(path.join(ROOT, "assets", `icon-${n}.png`))).toEqual({ width: n, height: n });
  });

  it("has Thai names and descriptions, within Office's string limits", () => {
    for (const name of ["DisplayName", "Description"]) {
      const o = Array.from(top(name).getElementsByTagNameNS(OFFICE, "Override")).find((x) => x.getAttribute("Locale") === "th-TH");
      expect(o?.getAttribute("Value")).toMatch(/[\u0E00-\u0E7F]/);
    }
    const limits: [string, number][] = [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ];
    for (const [group, max] of limits) {
      for (const s of Array.from(one(BT, group).getElementsByTagNameNS(BT, "String"))) {
        expect(s.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(max);
        const th = Array.from(s.getElementsByTagNameNS(BT, "Override")).find((x) => x.getAttribute("Locale") === "th-TH");
        expect(th).toBeDefined();
        expect(th!.getAttribute("Value")!.length).toBeLessThanOrEqual(max);
      }
    }
  });
});
