// The ES5 pane as shipped: the production bundle parses as ECMAScript 5, and,
// run in a jsdom window stripped of what IE11 lacks, over the fake Excel at
// ExcelApi 1.1 (Office 2016 volume-licensed) and 1.7 (Office 2019), it reads
// the selected scores and writes the three report sheets, listing what that
// Excel lacks as skipped.
import * as acorn from "acorn";
import { PAGE_DIGITS_NOTE } from "../../src/report/print";
import { SAMPLE_CELLS } from "../../src/report/sample";
import { CHECK_WORDS } from "../../src/taskpane/self-test-report";
import { STRINGS } from "../../src/taskpane/strings";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { LEGACY_OUT, legacyBundle } from "./built-legacy";
import { ie11Window } from "./ie11";
import { stubOffice, waitFor } from "./office-stub";

jest.setTimeout(120_000);

const th = STRINGS.th;
const CHECK = CHECK_WORDS.th;
const SHEETS = ["ITA 2565 อันดับ", "ITA 2564-2565", "มาตรการ 2566"];

let code = "";
beforeAll(() => {
  code = legacyBundle();
});

it("parses as ECMAScript 5 (no arrow, class, let/const, template, lookbehind or u/y/s regex flags)", () => {
  expect(() => acorn.parse(code, { ecmaVersion: 5 })).not.toThrow();
  // The check has teeth: ES2015 syntax is refused at this level.
  expect(() => acorn.parse("var f = (x) => x;", { ecmaVersion: 5 })).toThrow();
  expect(() => acorn.parse("var r = /(?<!\\d)\\d{4}/;", { ecmaVersion: 5 })).toThrow();
});

async function openPane(maxApi: string, cells: (string | number)[][] = SAMPLE_CELLS, address = "A1:D12") {
  const win = ie11Window('<!doctype html><html><body><div id="container"></div></body></html>', "https://localhost:3000/taskpane.html");
  const office = stubOffice(win, maxApi);
  const scores = office.fx.addSheet("คะแนน", cells);
  office.fx.state.selection = { sheetId: scores.id, address };
  win.eval(code);
  office.ready();
  const doc = win.document;
  await waitFor(() => doc.querySelector("main[data-ready]"), "the pane");
  return { win, doc, ...office };
}

const texts = (doc: Document, selector: string) => Array.from(doc.querySelectorAll(selector)).map((e) => (e.textContent ?? "").trim());

async function readAndGenerate(doc: Document, fx: { syncCount: number }) {
  const s0 = fx.syncCount;
  (doc.getElementById("legacy-read") as HTMLButtonElement).click();
  await waitFor(() => doc.querySelector('[data-kind="years"]'), "the years read");
  const readSyncs = fx.syncCount - s0;
  expect(doc.querySelector('[data-kind="years"]')?.textContent).toContain("2564, 2565");
  (doc.getElementById("legacy-agency") as HTMLInputElement).value = "เทศบาลเมืองเขลางค์นคร";
  (doc.getElementById("legacy-owners") as HTMLTextAreaElement).value = "กองคลัง\nสำนักปลัด";
  const generate = doc.getElementById("legacy-generate") as HTMLButtonElement;
  expect(generate.disabled).toBe(false);
  const s1 = fx.syncCount;
  generate.click();
  await waitFor(
    () => doc.querySelector('[data-kind="written"]') || doc.querySelector('[data-kind="error"]'),
    "the write",
    10000,
    () => doc.body.textContent ?? ""
  );
  return { readSyncs, writeSyncs: fx.syncCount - s1 };
}

describe.each([
  {
    api: "1.1",
    // Each from the ExcelApi set Microsoft's reference gives the API the adapter uses:
    // column widths/merges 1.2, conditional formats 1.6, ChartSeries.setValues and
    // freezePanes 1.7, data validation and showGridlines 1.8, pageLayout 1.9.
    skipped: ["layout", "conditionalFormats", "charts", "freezePanes", "dataValidation", "gridlines", "pageLayout"],
  },
  { api: "1.7", skipped: ["dataValidation", "gridlines", "pageLayout"] },
] as const)("in a simulated IE11 over Excel at ExcelApi $api", ({ api, skipped }) => {
  it("reads the selection and writes the three sheets, listing what this Excel lacks", async () => {
    const { doc, fx, win } = await openPane(api);
    expect(doc.querySelector("h1")?.textContent).toBe(th.appTitle);
    const { readSyncs, writeSyncs } = await readAndGenerate(doc, fx);
    expect(texts(doc, '[data-kind="error"]')).toEqual([]);
    // Read: the selection's address, then its values in row blocks (one block here).
    expect(readSyncs).toBe(2);
    // Write: names in use, the core, the commit, the decorations (as in Excel on Microsoft 365);
    // no markers yet, so findGenerated costs none.
    expect(writeSyncs).toBe(4);
    expect(texts(doc, '[data-list="written"] li')).toEqual(SHEETS);
    for (const name of SHEETS) expect(fx.sheet(name)).toBeDefined();
    // The reference report's ranking, 88.53 and grade A, as numbers with the Thai-digit format.
    expect(fx.values(SHEETS[0], "D5:D14").map((r) => r[0])).toEqual([100, 95.56, 90.79, 85.75, 83.97, 81.43, 80.98, 80.81, 80.74, 78.74]);
    expect(fx.values(SHEETS[0], "D15:D16")).toEqual([[88.53], ["A"]]);
    expect(fx.values(SHEETS[1], "E15:F15")).toEqual([[-1.23, "ลดลง"]]);
    expect(fx.cell(SHEETS[0], "D5")?.numberFormat).toBe("[$-D00041E]0.00");
    const lines = texts(doc, '[data-list="skipped"] li');
    const shown = Object.entries(th.feature)
      .filter(([, words]) => lines.some((l) => l.startsWith(words + ":")))
      .map(([k]) => k);
    expect(shown.sort()).toEqual([...skipped].sort());
    // What this Excel has is written, what it lacks is not.
    const ranking = fx.sheet(SHEETS[0]);
    expect(ranking.conditionalFormats.length > 0).toBe(api === "1.7");
    expect(ranking.charts.length > 0).toBe(api === "1.7");
    expect(fx.sheet(SHEETS[2]).validations).toEqual([]);
    expect(ranking.pageLayout.paperSize).toBeUndefined();
    // Thai digits (this pane's in Thai): it says the page numbers stay Arabic.
    expect(texts(doc, '[data-kind="page-digits"]')).toEqual([PAGE_DIGITS_NOTE.th]);
    // The pane as it stands, to look at in a browser (test-output/legacy/).
    writeFileSync(join(LEGACY_OUT, `pane-${api}.html`), "<!doctype html>" + doc.documentElement.outerHTML);
    win.close();
  });
});

it("names a host failure by its code in ES5 too (an empty selection, at ExcelApi 1.1)", async () => {
  const { doc, fx, win } = await openPane("1.1");
  fx.state.selection = { sheetId: fx.sheet("Sheet1").id, address: "C3" };
  (doc.getElementById("legacy-read") as HTMLButtonElement).click();
  const error = await waitFor(() => doc.querySelector('[data-kind="error"]'), "the message");
  // Not the "unexpected error" sentence: HostError survives the ES5 class downlevel.
  expect(error.textContent).toBe(th.hostError["no-selection"]);
  expect((doc.getElementById("legacy-generate") as HTMLButtonElement).disabled).toBe(true);
  win.close();
});

describe.each([
  { api: "1.1", skipped: ["page-a4-fit", "print-titles", "sheet-name-range", "deleted-sheet-null", "print-names", "download"] },
  { api: "1.7", skipped: ["page-a4-fit", "print-titles", "print-names", "download"] },
] as const)("the compatibility check in the ES5 pane at ExcelApi $api", ({ api, skipped }) => {
  it("runs the probes on a scratch sheet it removes, and copies the report (execCommand, as IE11 has no clipboard API)", async () => {
    const { doc, fx, win } = await openPane(api);
    const before = fx.state.sheets.map((s) => s.name);
    const copied: string[] = [];
    // IE11 copies the selected text of a field with execCommand("copy").
    (doc as unknown as { execCommand: (c: string) => boolean }).execCommand = (c: string) => {
      const field = doc.activeElement as HTMLTextAreaElement;
      copied.push(c === "copy" ? field.value.slice(field.selectionStart, field.selectionEnd) : "");
      return true;
    };
    const run = Array.from(doc.querySelectorAll('[data-section="check"] button')).find(
      (b) => b.textContent === CHECK.run
    ) as HTMLButtonElement;
    run.click();
    const items = await waitFor(() => {
      const li = doc.querySelectorAll('[data-list="probes"] li');
      return li.length > 0 ? Array.from(li).map((e) => e.textContent ?? "") : null;
    }, "the probes");
    expect(items).toHaveLength(7);
    expect(items[0]).toBe(`${CHECK.probe["text-write"]}: ${CHECK.outcome.pass}`);
    expect(items[1]).toBe(`${CHECK.probe["thai-digits"]}: ${CHECK.outcome.pass}`);
    const field = doc.querySelector('[data-field="check-report"]') as HTMLTextAreaElement;
    const text = field.value;
    expect(text).toContain(`requirement sets: ExcelApi 1.1–${api}`);
    expect(text).toContain("host: Excel · platform: PC · version: 16.0.4266.1001");
    expect(text).toContain("webview: Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko");
    for (const id of skipped) expect(text).toMatch(new RegExp(`\\[${id}\\] [^\\n]*: ${CHECK.outcome.skipped} `));
    expect(fx.state.sheets.map((s) => s.name)).toEqual(before);
    const copy = Array.from(doc.querySelectorAll('[data-section="check"] button')).find(
      (b) => b.textContent === CHECK.copy
    ) as HTMLButtonElement;
    copy.click();
    await waitFor(() => copied.length > 0, "the copy");
    expect(copied[0]).toBe(text);
    win.close();
  });
});

it("reads CSV text pasted into column A split, says so, and leaves the cells as they are (ExcelApi 1.7)", async () => {
  const lines = SAMPLE_CELLS.map((r) => [r.map((c) => (String(c).includes(",") ? `"${c}"` : String(c))).join(",")]);
  const { doc, fx, win } = await openPane("1.7", lines, `A1:A${lines.length}`);
  const before = fx.values("คะแนน", `A1:D${lines.length}`);
  expect(before.map((r) => r.slice(1))).toEqual(lines.map(() => ["", "", ""]));
  await readAndGenerate(doc, fx);
  expect(texts(doc, '[data-kind="csv-split"]')).toEqual([
    "ข้อความในเซลล์ A1:A12 เป็นข้อความ CSV ในคอลัมน์เดียว จึงอ่านโดยแยกที่เครื่องหมายจุลภาค (,) เป็น 4 คอลัมน์ (เซลล์ในสมุดงานไม่ถูกแก้ไข; ปัญหาที่พบระบุเป็นเซลล์และค่าที่ในบรรทัดนั้น)",
  ]);
  expect(texts(doc, '[data-list="written"] li')).toEqual(SHEETS);
  expect(fx.values(SHEETS[0], "D15:D16")).toEqual([[88.53], ["A"]]);
  // The scores sheet still holds one line a cell, in column A only.
  expect(fx.values("คะแนน", `A1:D${lines.length}`)).toEqual(before);
  expect(before.map((r) => r[0])).toEqual(lines.map((l) => l[0]));
  win.close();
});
