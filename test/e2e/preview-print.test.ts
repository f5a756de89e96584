// "พิมพ์ / บันทึก PDF" in Chromium: the print view prints on A4 in each
// sheet's orientation (CSS named pages), not the browser's US Letter.
// page.pdf with preferCSSPageSize prints as Ctrl+P with default settings;
// pdfinfo reads the page sizes; the pages go to test-output/print-preview/.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, ensureBuilt, requireChromium, serve } from "./built-preview";

const OUT = join(__dirname, "..", "..", "test-output", "print-preview");
jest.setTimeout(300_000);

let browser: Browser;
let page: Page;
let server: { url: string; stop: () => void };

function pageSizes(pdf: string): { width: number; height: number }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** The open sheet printed as the browser prints it, saved and measured. */
async function printed(name: string) {
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdf = join(OUT, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  execFileSync("pdftoppm", ["-png", "-r", "50", pdf, join(OUT, name)]);
  return pageSizes(pdf);
}

beforeAll(async () => {
  requireChromium();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  await ensureBuilt();
  server = await serve();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
  await page.goto(`${server.url}/preview.html`);
  await page.getByRole("button", { name: "ใส่ข้อมูลตัวอย่าง" }).click();
  await page.getByTestId("matched").waitFor();
  await page.getByRole("button", { name: "สร้างรายงาน" }).click();
  await page.getByRole("tab", { name: "ITA 2565 อันดับ" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

const A4 = (p: { width: number; height: number }, landscape: boolean) =>
  Math.abs(p.width - (landscape ? 842 : 595)) < 2 && Math.abs(p.height - (landscape ? 595 : 842)) < 2;

describe("printing the preview", () => {
  it("has a print button on a generated sheet's print view that opens the browser's print", async () => {
    await page.getByRole("tab", { name: "ITA 2565 อันดับ" }).click();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByRole("button", { name: "พิมพ์ / บันทึก PDF" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it("prints the ranking on portrait A4 pages (595 × 842 pt), one per drawn page", async () => {
    await page.getByRole("tab", { name: "ITA 2565 อันดับ" }).click();
    const drawn = Number(await page.locator(".sheet-page").getAttribute("data-pages"));
    const sizes = await printed("ranking");
    expect(sizes).toHaveLength(drawn);
    for (const p of sizes) expect(A4(p, false)).toBe(true);
  });

  it("prints the comparison on landscape A4 pages (842 × 595 pt): the table, then the chart", async () => {
    await page.getByRole("tab", { name: "ITA 2564-2565" }).click();
    const sizes = await printed("comparison");
    expect(sizes).toHaveLength(2);
    for (const p of sizes) expect(A4(p, true)).toBe(true);
    const text = execFileSync("pdftotext", ["-f", "2", "-l", "2", join(OUT, "comparison.pdf"), "-"], { encoding: "utf8" });
    expect(text.replace(/\s/g, "")).toContain("เปรียบเทียบคะแนนรายตัวชี้วัด".replace(/\s/g, "")); // the chart's title on page 2
  });
});
