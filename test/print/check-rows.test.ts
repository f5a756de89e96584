// The consistency checks on the printed ranking sheet (LibreOffice headless):
// a mistyped total and the reference report's three wrong section-7
// restatements print under the analysis, inside the print area. Page images:
// test-output/print/checks-*.png. Needs libreoffice-calc and poppler-utils
// (.ci/run installs them); a missing tool fails the test.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyse } from "../../src/engine/analyse";
import { CHECK_WORDS } from "../../src/engine/check-words";
import { checkStatedFigures, extractStatedFigures } from "../../src/engine/consistency";
import { buildSheets } from "../../src/report/build";
import { convertToPdf } from "../../src/xlsx/pdf";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { squeeze } from "./pdf-tools";
import { REPORT_2564, REPORT_2565, table, yearScores } from "../helpers/tables";

const OUTPUT = join(__dirname, "..", "..", "test-output", "print");
const report = readFileSync(join(__dirname, "../fixtures/khelang-nakhon-ita-2565-report.txt"), "utf8");
/** pdftotext puts Thai marks in drawing order and breaks lines anywhere: compare without both. */

jest.setTimeout(180_000);

it("prints every check under the ranking sheet's analysis", async () => {
  // The 2565 total typed 88.35 for the report's 88.53.
  const r = analyse(table(yearScores(2564, REPORT_2564, "89.76"), yearScores(2565, REPORT_2565, "88.35")));
  if (!r.ok) throw new Error("must analyse");
  const a = { ...r.analysis, checks: [...r.analysis.checks, ...checkStatedFigures(r.analysis, extractStatedFigures(report))] };
  expect(a.checks).toHaveLength(4);
  const ranking = buildSheets(a, { lang: "th", digits: "thai", agency: "เทศบาลเมืองเขลางค์นคร", owners: [] }).filter(
    (s) => s.kind === "ranking"
  );
  const dir = mkdtempSync(join(tmpdir(), "ita-checks-"));
  const xlsx = join(dir, "checks.xlsx");
  writeFileSync(xlsx, await writeWorkbook(ranking));
  const pdf = await convertToPdf(xlsx, dir);
  const text = squeeze(execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }));
  expect(text).toContain(squeeze(CHECK_WORDS.th.heading));
  expect(text).toContain(squeeze("เซลล์ C12: คะแนนรวม ๒๕๖๕ — ระบุไว้ ๘๘.๓๕, คำนวณได้ ๘๘.๕๓ (ไม่ตรงกัน)"));
  expect(text).toContain(squeeze("ในตารางคะแนน ๘๐.๙๘"));
  mkdirSync(OUTPUT, { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(dir, "checks")]);
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".png"))) copyFileSync(join(dir, f), join(OUTPUT, f));
});
