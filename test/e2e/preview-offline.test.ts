// The offline preview asks nothing of any other origin: Chromium records every
// request the page (and any worker it starts) makes through a whole planner's
// run — load, sample, Generate, each sheet, the .xlsx download with its lazy
// ExcelJS chunk — and the test fails on any URL outside the server's origin.
// Issue 17: preview.html used to load office.js, which calls Microsoft's
// telemetry host although nothing on the page uses Office.
import { startBrowser } from "./built-preview";

jest.setTimeout(300_000);

let run: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  run = await startBrowser();
});

afterAll(async () => {
  await run?.stop();
});

/** URLs a page may use without the network: its own origin, and in-memory ones. */
function foreign(url: string, origin: string): boolean {
  if (/^(data|blob|about):/.test(url)) return false;
  return new URL(url).origin !== origin;
}

it("makes no request beyond its own origin through load, Generate and the .xlsx download", async () => {
  const context = await run.browser.newContext({ viewport: { width: 1400, height: 950 }, acceptDownloads: true });
  const seen: string[] = [];
  context.on("request", (r) => seen.push(r.url()));
  const page = await context.newPage();
  await page.goto(`${run.url}/preview.html`);
  await page.getByRole("button", { name: "ใส่ข้อมูลตัวอย่าง" }).click();
  await page.getByTestId("matched").waitFor();
  await page.getByRole("button", { name: "สร้างรายงาน" }).click();
  await page.getByRole("tab", { name: "ITA 2565 อันดับ" }).waitFor();
  for (const tab of ["ITA 2564-2565", "มาตรการ 2566", "ITA 2565 อันดับ"]) await page.getByRole("tab", { name: tab }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page
      .getByRole("button", { name: /\.xlsx/ })
      .first()
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  await page.waitForLoadState("networkidle");

  const origin = new URL(run.url).origin;
  // The run did reach the server (the page, its script, the lazy chunk): the recorder works.
  expect(seen.filter((u) => u.startsWith(origin)).length).toBeGreaterThanOrEqual(3);
  expect(seen.some((u) => /\.js(\?|$)/.test(u) && !u.endsWith("/preview.js"))).toBe(true);
  expect(seen.filter((u) => foreign(u, origin))).toEqual([]);
  await context.close();
});
