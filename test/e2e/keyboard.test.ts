// The preview with the keyboard alone, in Chromium: Tab reaches the grid and
// leaves it (as does Esc), the pane is driven by Tab and Enter through read,
// Generate and a sheet link, and the accessibility tree has one main (the
// workbook), the pane as a labelled complementary region, and its status,
// problems and results in live status regions. Screenshots: test-output/e2e/.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { withDigits } from "../../src/engine/text";
import { STRINGS } from "../../src/taskpane/strings";
import { REPORT_2565 } from "../helpers/tables";
import { openPreview, type PreviewBrowser } from "./built-preview";

const SHOTS = join(__dirname, "..", "..", "test-output", "e2e");
jest.setTimeout(300_000);

let page: Page;
let run: PreviewBrowser;

interface Focused {
  role: string;
  name: string;
  inGrid: boolean;
}

const focused = (): Promise<Focused> =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return { role: "", name: "", inGrid: false };
    const role = e.getAttribute("role") ?? e.tagName.toLowerCase();
    const name = (e.getAttribute("aria-label") ?? e.textContent ?? "").trim();
    return { role, name, inGrid: !!e.closest('[role="grid"]') };
  });

/** Presses Tab until the focused element passes `want`; the number of presses, or a failure naming the target. */
async function tabTo(want: (f: Focused) => boolean, what: string, max = 120): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press("Tab");
    if (want(await focused())) return i;
  }
  throw new Error(`Tab never reached ${what}`);
}

const button = (name: string) => (f: Focused) => f.role === "button" && f.name === name;

beforeAll(async () => {
  ({ run, page } = await openPreview(SHOTS, { ready: STRINGS.th.loadSample }));
});

afterAll(async () => {
  await run?.stop();
});

describe("the preview with the keyboard alone", () => {
  it("Tab reaches the grid, arrows move in it, and Tab or Esc leaves it", async () => {
    expect(await page.title()).toBe("ITA Scorecard: ทดลองในเบราว์เซอร์");
    const presses = await tabTo((f) => f.role === "grid", "the grid");
    expect(presses).toBeLessThanOrEqual(3); // "ล้างชีต", then the grid
    // The grid is named by its sheet, its active cell announced.
    expect(await page.locator("main").ariaSnapshot()).toMatch(/- grid "คะแนน"/);
    await page.keyboard.press("ArrowDown");
    expect(await page.getByTestId("selection-box").textContent()).toBe("คะแนน!A2");
    await page.keyboard.press("Tab");
    expect((await focused()).role).not.toBe("grid");
    await page.keyboard.press("Shift+Tab");
    expect((await focused()).role).toBe("grid");
    await page.keyboard.press("Escape");
    const after = await focused();
    expect(after.role).not.toBe("grid");
    expect(after.inGrid).toBe(false);
    expect(after.role).not.toBe("");
  });

  it("reads, generates and opens a sheet with Tab and Enter only", async () => {
    const th = STRINGS.th;
    await tabTo(button(th.useSelection), th.useSelection);
    await page.keyboard.press("Enter");
    await page.getByTestId("matched").waitFor();
    await tabTo(button(th.generate), th.generate);
    await page.keyboard.press("Enter");
    const head = page.getByTestId("headline");
    await head.waitFor({ timeout: 60_000 });
    // Section 5 and 6 of the reference report: 88.53 (A), 89.76 → 88.53; strengths score 85 or more.
    const strong = REPORT_2565.filter((v) => Number(v) >= 85).length;
    expect(await head.textContent()).toBe(
      withDigits(`คะแนนรวม 88.53 ระดับ A ผ่านเกณฑ์ · ลดลง \u22121.23 · จุดแข็ง ${strong} / ต้องพัฒนา ${10 - strong}`, "thai")
    );
    await page.screenshot({ path: join(SHOTS, "keyboard-1-generated.png") });

    // The measures sheet's link, by keyboard: its tab becomes the selected one.
    const names = await page.getByTestId("written").locator("li button").allTextContents();
    const target = names.find((n) => n.includes("มาตรการ")) ?? names[names.length - 1];
    await tabTo(button(target), `the link to ${target}`);
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === n, target);
    await page.screenshot({ path: join(SHOTS, "keyboard-2-sheet-link.png") });
  });

  it("has one main, the pane as a labelled complementary region, and live status regions", async () => {
    const tree = await page.locator("body").ariaSnapshot();
    writeFileSync(join(SHOTS, "keyboard-aria-snapshot.yml"), tree);
    const lines = tree.split("\n");
    const indent = (l: string) => l.length - l.trimStart().length;
    const mains = lines.filter((l) => /^\s*- main\b/.test(l));
    expect(mains).toEqual([expect.stringContaining('- main "สมุดงาน"')]);
    const aside = lines.findIndex((l) => l.includes('- complementary "บานหน้าต่าง ITA Scorecard"'));
    expect(aside).toBeGreaterThanOrEqual(0);
    const inside: string[] = [];
    for (let i = aside + 1; i < lines.length && indent(lines[i]) > indent(lines[aside]); i++) inside.push(lines[i]);
    expect(inside.some((l) => /- main\b/.test(l))).toBe(false);
    // The pane's read result and its results area are status regions; the headline is one of its own.
    const statuses = inside.filter((l) => /- status\b/.test(l));
    expect(statuses.length).toBeGreaterThanOrEqual(3);
    expect(inside.join("\n")).toContain('status "ผลโดยสรุป"');
  });
});
