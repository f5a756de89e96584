import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertToPdf, PdfError } from "../../src/xlsx/pdf";

const dir = mkdtempSync(join(tmpdir(), "ita-pdf-"));
const xlsx = join(dir, "x.xlsx");
writeFileSync(xlsx, "not used");

describe("convertToPdf without LibreOffice", () => {
  it("fails with a typed error that says what to install", async () => {
    const e = await convertToPdf(xlsx, dir, { soffice: join(dir, "no-such-soffice") }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PdfError);
    expect((e as PdfError).reason).toBe("not-installed");
    expect((e as PdfError).en).toMatch(/^LibreOffice \(.*no-such-soffice\) not found: install libreoffice-calc/);
    expect((e as PdfError).th).toContain("libreoffice-calc");
  });

  it("fails (not a silent success) when the program runs but writes no PDF", async () => {
    // `true` exits 0 and writes nothing, as soffice does on some failures.
    const e = await convertToPdf(xlsx, dir, { soffice: "true" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PdfError);
    expect((e as PdfError).reason).toBe("failed");
  });
});
