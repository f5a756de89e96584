// The main job in a real browser: Debian's Chromium drives the built preview
// (the task pane beside an in-browser workbook) through the planner's steps.
// Screenshots of each step go to test-output/e2e/.
import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, ensureBuilt, requireChromium, serve } from "./built-preview";
import { SAMPLE_CELLS } from "../../src/report/sample";

const SHOTS = join(__dirname, "..", "..", "test-output", "e2e");
const CDN_DIR = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_PACKAGE = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");
jest.setTimeout(300_000);

let browser: Browser;
let page: Page;
let server: { url: string; stop: () => void };

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
const tabs = () => page.$$eval('[role="tab"]', (els) => els.map((e) => e.textContent ?? ""));
/** The rows of the print view of the open generated sheet, as text. */
const printedRows = () =>
  page.$$eval("table tr", (trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => (td.textContent ?? "").trim())));

/** Paste tab-separated text at A1 of the scores sheet ("คะแนน"), as Ctrl+V from Excel does. */
async function pasteScores(rows: (string | number)[][]) {
  await page.getByRole("tab", { name: "คะแนน" }).click();
  await page.locator('td[data-cell="A1"]').click();
  const text = rows.map((r) => r.join("\t")).join("\n");
  await page.locator('[role="grid"]').evaluate((grid, t) => {
    const dt = new DataTransfer();
    dt.setData("text/plain", t);
    grid.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

beforeAll(async () => {
  requireChromium();
  mkdirSync(SHOTS, { recursive: true });
  await ensureBuilt();
  server = await serve();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
  await page.goto(`${server.url}/preview.html`);
  await page.getByRole("button", { name: "ใส่ข้อมูลตัวอย่าง" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

describe("the preview in Chromium", () => {
  it("loads the sample and generates the three sheets, Thai first", async () => {
    await shot("01-start");
    await page.getByRole("button", { name: "ใส่ข้อมูลตัวอย่าง" }).click();
    await page.getByTestId("matched").waitFor();
    await shot("02-sample-read");
    await page.getByRole("button", { name: "สร้างรายงาน" }).click();
    await page.getByRole("tab", { name: "ITA 2565 อันดับ" }).waitFor();
    expect(await tabs()).toEqual(expect.arrayContaining(["ITA 2565 อันดับ", "ITA 2564-2565", "มาตรการ 2566"]));
  });

  it("shows the ranking in the reference report's order, 88.53 and grade A", async () => {
    await page.getByRole("tab", { name: "ITA 2565 อันดับ" }).click();
    await shot("03-ranking");
    const rows = await printedRows();
    const indicatorRows = rows.filter((r) => /^ตัวชี้วัดที่/.test(r[1] ?? ""));
    expect(indicatorRows.map((r) => r[1].match(/^ตัวชี้วัดที่ ([๐-๙]+)/)?.[1])).toEqual(["๑๐", "๙", "๑", "๕", "๓", "๒", "๗", "๖", "๔", "๘"]);
    expect(indicatorRows[0][3]).toBe("๑๐๐.๐๐");
    const flat = rows.map((r) => r.join("|")).join("\n");
    expect(flat).toContain("๘๘.๕๓");
    expect(rows.some((r) => r.includes("ระดับผลการประเมิน") && r.includes("A"))).toBe(true);
  });

  it("draws the ranking's chart where the sheet places it, under the tables, from the sheet's cells", async () => {
    // The report anchors it under the tables, inside the print area: the print view draws it on page 1.
    expect(await page.locator('.sheet-paper[data-page="1"] svg[data-chart]').count()).toBe(1);
    await page.getByRole("button", { name: "ตาราง" }).click();
    const chart = page.locator('[role="grid"] svg[data-chart]');
    await chart.scrollIntoViewIfNeeded();
    await shot("03b-ranking-grid");
    expect(await chart.locator("rect[data-bar]").count()).toBe(10);
    expect(await chart.locator("line[data-reference]").count()).toBe(1);
    expect(await chart.getAttribute("aria-label")).toBe("คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๕");
    await page.getByRole("button", { name: "ภาพก่อนพิมพ์" }).click();
  });

  it("shows the comparison with the overall change -1.23", async () => {
    await page.getByRole("tab", { name: "ITA 2564-2565" }).click();
    await shot("04-comparison");
    const rows = await printedRows();
    const overall = rows.find((r) => r.some((c) => c.startsWith("คะแนนเฉลี่ยรวม")));
    expect(overall).toEqual(expect.arrayContaining(["๘๙.๗๖", "๘๘.๕๓", "-๑.๒๓", "ลดลง"]));
  });

  it("keeps every printed page's rows inside its printable area, clear of the footer", async () => {
    for (const tab of ["ITA 2565 อันดับ", "ITA 2564-2565", "มาตรการ 2566"]) {
      await page.getByRole("tab", { name: tab }).click();
      const overflow = await page.$$eval(".sheet-paper table", (tables) =>
        tables.map((t) => t.getBoundingClientRect().bottom - (t.parentElement as HTMLElement).getBoundingClientRect().bottom)
      );
      expect(overflow.length).toBeGreaterThan(0);
      expect(overflow.filter((px) => px > 1)).toEqual([]);
    }
  });

  it("names a bad cell after a paste and adds no sheet", async () => {
    const bad = SAMPLE_CELLS.map((r) => [...r]);
    bad[3][3] = "8x.5"; // D4
    const before = await tabs();
    await pasteScores(bad);
    await page.getByRole("button", { name: "ใช้ช่วงเซลล์ที่เลือก" }).click();
    const problem = page.getByTestId("problem").first();
    await problem.waitFor();
    expect(await problem.textContent()).toContain("D4");
    expect(await problem.textContent()).toContain("8x.5");
    expect(await page.getByRole("button", { name: "สร้างรายงาน" }).isDisabled()).toBe(true);
    await shot("05-bad-cell");
    expect(await tabs()).toEqual(before);
  });

  it("grades a 2568/2569 paste out of the box, saying on the pane and the sheet that 2569 carries 2568's rules forward", async () => {
    const cells = SAMPLE_CELLS.map((r) => [...r]);
    cells[0] = ["ที่", "ตัวชี้วัด", "ผลคะแนนปี ๒๕๖๘", "ผลคะแนนปี ๒๕๖๙"];
    await pasteScores(cells);
    await page.getByRole("button", { name: "ใช้ช่วงเซลล์ที่เลือก" }).click();
    await page.getByTestId("matched").waitFor();
    expect(await page.getByTestId("caveats").textContent()).toContain("ไม่พบคู่มือการประเมินของ ป.ป.ช. ปี 2569");
    await page.getByRole("button", { name: "สร้างรายงาน" }).click();
    await page.getByRole("tab", { name: "ITA 2569 อันดับ" }).waitFor();
    await page.getByRole("tab", { name: "ITA 2569 อันดับ" }).click();
    await shot("05b-fy2569");
    const rows = await printedRows();
    expect(rows.some((r) => r.some((c) => c.includes("หมายเหตุ: ไม่พบคู่มือการประเมินของ ป.ป.ช. ปี ๒๕๖๙")))).toBe(true);
    expect(rows.some((r) => r.includes("ผ่าน"))).toBe(true); // the rating, not a letter grade
  });

  it("switches to English with Arabic digits", async () => {
    await pasteScores(SAMPLE_CELLS);
    await page.locator("select").first().selectOption("en"); // pane language
    await page.getByRole("button", { name: "Use selection" }).waitFor();
    await page.getByRole("button", { name: "Use selection" }).click();
    await page.getByTestId("matched").waitFor();
    await page.getByLabel("Report language").selectOption("en");
    await page.getByLabel("Digits in the report").selectOption("arabic");
    await page.getByRole("button", { name: "Generate report" }).click();
    await page.getByRole("tab", { name: "ITA 2565 Ranking" }).waitFor();
    await page.getByRole("tab", { name: "ITA 2565 Ranking" }).click();
    await shot("06-english-arabic");
    const rows = await printedRows();
    expect(rows.some((r) => r.includes("Indicator 10 Corruption prevention (OIT)") && r.includes("100.00"))).toBe(true);
    expect(rows.some((r) => r.includes("88.53"))).toBe(true);
    // Widths are measured for TH SarabunPSK; where it is missing the preview's substitute must keep
    // them: no bordered one-line cell (header or body) is cut off ("Instrumen", "Assessmen").
    const clipped = await page.$$eval(".sheet-page td", (tds) =>
      tds
        .filter((td) => getComputedStyle(td).whiteSpace === "nowrap" && getComputedStyle(td).overflow === "hidden")
        .filter((td) => td.scrollWidth > td.clientWidth + 1)
        .map((td) => td.textContent)
    );
    expect(clipped).toEqual([]);
  });

  it("fits Excel's narrow task pane (320 px) in English without a sideways scroll", async () => {
    const widths = await page.$eval("aside", (aside) => {
      aside.style.width = "320px";
      return { scroll: aside.scrollWidth, client: aside.clientWidth };
    });
    await shot("06b-pane-320px");
    expect(widths.client).toBeLessThanOrEqual(320);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.$eval("aside", (aside) => (aside.style.width = ""));
  });

  it("serves the Excel task pane with office.js from Microsoft's CDN: outside Excel it says where to open it", async () => {
    const pane = await browser.newPage();
    // This machine has no internet: the CDN's files are answered from the same npm package (the page asks for the CDN URL).
    const asked: string[] = [];
    await pane.route(`${CDN_DIR}**`, (route) => {
      const file = route.request().url().slice(CDN_DIR.length).split("?")[0];
      asked.push(file);
      return route.fulfill({ path: join(OFFICE_JS_PACKAGE, basename(file)) });
    });
    await pane.goto(`${server.url}/taskpane.html`);
    // Office.onReady resolves only when office.js found its companion files next to itself.
    await pane.getByText("เปิดหน้านี้จากใน Excel หรือใช้หน้า preview.html เพื่อทดลอง").waitFor({ timeout: 30_000 });
    expect(asked[0]).toBe("office.js");
    await pane.screenshot({ path: join(SHOTS, "07-taskpane-outside-excel.png") });
    await pane.close();
  });

  it("says in words, not a blank pane, when the CDN cannot be reached", async () => {
    const pane = await browser.newPage();
    await pane.route(`${CDN_DIR}**`, (route) => route.abort("internetdisconnected"));
    await pane.goto(`${server.url}/taskpane.html`);
    await pane.getByText(/office\.js could not be loaded/).waitFor({ timeout: 30_000 });
    await pane.close();
  });
});
