// The pane's .xlsx download and group mode in a real browser: Debian's
// Chromium drives the built preview. The downloaded file is opened with
// ExcelJS here; the group sample's winner is computed here from the sample's
// cells by the published weights, not taken from the implementation.
// Screenshots go to test-output/e2e/.
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { GROUP_SAMPLE_CELLS } from "../../src/report/group-sample";
import { openPreview, type PreviewBrowser } from "./built-preview";

const SHOTS = join(__dirname, "..", "..", "test-output", "e2e");
jest.setTimeout(300_000);

let page: Page;
let run: PreviewBrowser;

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
const printedRows = () =>
  page.$$eval("table tr", (trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => (td.textContent ?? "").trim())));
const THAI = "๐๑๒๓๔๕๖๗๘๙";
const thaiDigits = (s: string) => s.replace(/[0-9]/g, (d) => THAI[Number(d)]);

/**
 * The 2565 agency with the highest overall: 6 % × each IIT indicator (1–5),
 * 10 % × each EIT (6–8), 20 % × each OIT (9–10), on integer hundredths.
 */
function expectedTop(): { name: string; overall: string } {
  const header = GROUP_SAMPLE_CELLS.findIndex((r) => r[0] === "หน่วยงาน");
  const weights = [6, 6, 6, 6, 6, 10, 10, 10, 20, 20];
  const scored = GROUP_SAMPLE_CELLS.slice(header + 1)
    .filter((r) => r[3] === 2565)
    .map((r) => ({
      name: String(r[0]),
      // Σ weight% × hundredths = overall in 1/10000; round half up to hundredths.
      sum: r.slice(4, 14).reduce<number>((a, v, i) => a + weights[i] * Math.round(Number(v) * 100), 0),
    }))
    .sort((a, b) => b.sum - a.sum);
  expect(scored).toHaveLength(12);
  expect(scored[0].sum - scored[1].sum).toBeGreaterThan(100); // a clear winner, no tie at 2 decimals
  const hundredths = Math.floor((scored[0].sum + 50) / 100);
  return { name: scored[0].name, overall: `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}` };
}

beforeAll(async () => {
  ({ run, page } = await openPreview(SHOTS, { downloads: true }));
});

afterAll(async () => {
  await run?.stop();
});

describe("Download .xlsx and group mode in Chromium", () => {
  it("downloads the generated sheets as ITA-2565.xlsx with the three sheets and 88.53", async () => {
    await page.getByRole("button", { name: "ใส่ข้อมูลตัวอย่าง" }).click();
    await page.getByTestId("matched").waitFor();
    await page.getByRole("button", { name: "สร้างรายงาน" }).click();
    await page.getByRole("tab", { name: "ITA 2565 อันดับ" }).waitFor();
    const button = page.getByRole("button", { name: "ดาวน์โหลด .xlsx" });
    await button.waitFor();
    await shot("10-download-offered");
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toBe("ITA-2565.xlsx");
    const file = join(SHOTS, "ITA-2565.xlsx");
    await download.saveAs(file);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["ITA 2565 อันดับ", "ITA 2564-2565", "มาตรการ 2566"]));
    const ranking = wb.getWorksheet("ITA 2565 อันดับ");
    const numbers: unknown[] = [];
    ranking?.eachRow((row) => row.eachCell((cell) => numbers.push(cell.value)));
    expect(numbers).toContain(88.53);
    expect(await page.getByTestId("download-error").count()).toBe(0);
  });

  it("grades the group sample and ranks the agency with the highest overall first", async () => {
    const top = expectedTop();
    await page.getByLabel("หลายหน่วยงาน").check();
    await page.getByRole("button", { name: "ใส่ข้อมูลตัวอย่าง" }).click();
    const read = page.getByTestId("agencies-read");
    await read.waitFor();
    expect(await read.textContent()).toContain("12 หน่วยงาน");
    expect(await page.getByTestId("group-columns").textContent()).toBe("จังหวัด, ประเภท");
    await shot("11-group-sample-read");
    await page.getByRole("button", { name: "สร้างรายงาน" }).click();
    const tab = page.getByRole("tab", { name: "ITA 2565 หน่วยงาน" });
    await tab.waitFor();
    await page.getByRole("tab", { name: "ITA 2565 กระจายระดับ" }).waitFor();
    await tab.click();
    await shot("12-group-agencies");
    const rows = await printedRows();
    const first = rows.find((r) => r[0] === "๑");
    expect(first?.[1]).toBe(top.name);
    expect(first).toContain(thaiDigits(top.overall));
  });
});
