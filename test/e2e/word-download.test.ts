// The Word report from the built preview in Chromium: the docx package comes
// in its own chunk on the click, the file downloads, and it holds the field
// typed in the pane and the reference figures.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { paragraphTexts } from "../docx/fixture";
import { openPreview, type PreviewBrowser } from "./built-preview";

const SHOTS = join(__dirname, "..", "..", "test-output", "e2e");
jest.setTimeout(300_000);

let page: Page;
let run: PreviewBrowser;

beforeAll(async () => {
  ({ run, page } = await openPreview(SHOTS, { downloads: true }));
});

afterAll(async () => {
  await run?.stop();
});

it("downloads ITA-2565-report.docx with the memo's division typed in the pane and 88.53", async () => {
  const chunks: string[] = [];
  page.on("request", (r) => void (r.url().endsWith(".js") && chunks.push(r.url())));
  await page.getByRole("button", { name: "ใส่ข้อมูลตัวอย่าง" }).click();
  await page.getByTestId("matched").waitFor();
  await page.getByRole("button", { name: "สร้างรายงาน" }).click();
  await page.getByRole("tab", { name: "ITA 2565 อันดับ" }).waitFor();
  await page.getByRole("button", { name: "กรอกข้อมูลบันทึกข้อความ" }).click();
  await page.getByLabel("ส่วนราชการ").fill("กองยุทธศาสตร์และงบประมาณ <ทดสอบ>");
  await page.getByLabel("เรียน").fill("นายกเทศมนตรีเมืองเขลางค์นคร");
  await page.getByTestId("report-document").screenshot({ path: join(SHOTS, "20-word-report-fields.png") });
  const before = chunks.length;
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "ดาวน์โหลดรายงาน (.docx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("ITA-2565-report.docx");
  // The docx package was not in the first load: a chunk came on the click.
  expect(chunks.length).toBeGreaterThan(before);
  const file = join(SHOTS, "ITA-2565-report.docx");
  await download.saveAs(file);
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file("word/document.xml")!.async("string");
  const texts = paragraphTexts(xml);
  expect(texts).toContain("ส่วนราชการ กองยุทธศาสตร์และงบประมาณ <ทดสอบ>");
  expect(texts).toContain("เรียน นายกเทศมนตรีเมืองเขลางค์นคร");
  expect(texts).toContain("๘๘.๕๓");
  expect(await page.getByTestId("report-document-error").count()).toBe(0);
});
