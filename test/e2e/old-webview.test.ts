// The built task pane as Internet Explorer 11 would be served it, in
// Chromium with IE11's user agent: webview-check.js (ES5) shows the message
// page, asks for the ES5 pane's bundle, and the page's link opens the
// preview, where the compatibility check runs against the in-browser
// workbook. Screenshots go to test-output/e2e/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as acorn from "acorn";
import { IE11_USER_AGENT } from "../legacy/ie11";
import { startBrowser } from "./built-preview";

const ROOT = join(__dirname, "..", "..");
const SHOTS = join(ROOT, "test-output", "e2e");
jest.setTimeout(600_000);

let run: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  run = await startBrowser(SHOTS);
});

afterAll(async () => {
  await run?.stop();
});

it("ships both old-webview scripts as ECMAScript 5", () => {
  for (const f of ["webview-check.js", "taskpane-legacy.js"]) {
    expect(() => acorn.parse(readFileSync(join(ROOT, "dist", f), "utf8"), { ecmaVersion: 5 })).not.toThrow();
  }
});

it("shows the message page to IE11, loads the ES5 pane's bundle, and its link opens the preview", async () => {
  const context = await run.browser.newContext({ userAgent: IE11_USER_AGENT, viewport: { width: 380, height: 800 } });
  const page = await context.newPage();
  const legacy = page.waitForRequest((r) => r.url().endsWith("/taskpane-legacy.js"));
  await page.goto(`${run.url}/taskpane.html`);
  await legacy;
  const heading = page.locator("section[lang=th] h1");
  await heading.waitFor();
  expect(await heading.textContent()).toBe("Excel รุ่นนี้เปิดโปรแกรมเสริมแบบเต็มไม่ได้");
  // Outside Excel the ES5 pane does not take over: the message stays.
  await page.waitForTimeout(1500);
  expect(await page.locator("section[lang=th] h1").count()).toBe(1);
  await page.screenshot({ path: join(SHOTS, "old-webview-message.png"), fullPage: true });

  const [preview] = await Promise.all([context.waitForEvent("page"), page.locator('a[data-preview-link="th"]').click()]);
  await preview.waitForLoadState();
  expect(new URL(preview.url()).pathname).toBe("/preview.html");
  await preview.setViewportSize({ width: 1400, height: 950 });
  await preview.getByRole("button", { name: "ใส่ข้อมูลตัวอย่าง" }).waitFor();

  // The compatibility check in the preview, against its own workbook.
  await preview.getByRole("button", { name: "ตรวจความเข้ากันได้" }).click();
  await preview.getByTestId("probes").waitFor();
  const outcomes = await preview.$$eval('[data-testid="probes"] li', (lis) => lis.map((li) => li.getAttribute("data-outcome")));
  expect(outcomes).toEqual(["pass", "pass", "pass", "pass", "skipped", "pass", "pass"]);
  const report = await preview.locator('[data-testid="check-report"] textarea, textarea[data-testid="check-report"]').first().inputValue();
  expect(report).toContain("host: preview");
  expect(report).toContain(`webview: ${IE11_USER_AGENT}`);
  await preview.getByTestId("compatibility-check").scrollIntoViewIfNeeded();
  await preview.screenshot({ path: join(SHOTS, "old-webview-preview-check.png") });
  await context.close();
});
