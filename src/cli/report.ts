// ita-scorecard report FILE -o OUT.xlsx [--pdf]: the report sheets as a
// workbook (and, with --pdf, LibreOffice's print of it beside it). Prints
// the paths it wrote, one a line. Every output is written atomically (the
// old file stays on any failure), never over an input, and --pdf is refused
// before anything is written when LibreOffice is missing.
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import { buildSheets } from "../report/build";
import { convertToPdf, isPdfError, requireLibreOffice } from "../xlsx/pdf";
import { UsageError, type CliOptions } from "./args";
import { writeFileAtomic } from "./atomic-write";
import { CommandFailure } from "./failure";
import { warnOtherYear } from "./hints";
import { loadAnalysis } from "./load";
import type { Io } from "./io";
import { refuseOverwritingInput } from "./same-file";

/** Every file a command reads: none may be overwritten by its output. */
export const inputsOf = (o: CliOptions): (string | undefined)[] => [o.file ?? undefined, o.framework, o.check];

/** Write a file the user asked for and print its path; a failure names the file, and the old file stays. */
export async function writeOutput(path: string, content: Uint8Array | ((tmp: string) => Promise<void>), io: Io): Promise<string> {
  const out = resolve(path);
  try {
    await writeFileAtomic(out, content);
  } catch (e) {
    if (isPdfError(e)) throw new CommandFailure(e.th, e.en, 1);
    const code = String((e as { code?: unknown }).code ?? "");
    throw new CommandFailure(`เขียนไฟล์ ${out} ไม่ได้ (${code})`, `Cannot write ${out} (${code})`, 2);
  }
  io.out(out + "\n");
  return out;
}

/** LibreOffice's print of the written workbook, made in a private folder, then moved into place atomically. */
async function writePdf(xlsx: string, io: Io): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "ita-pdf-"));
  try {
    const target = join(dirname(xlsx), `${basename(xlsx, extname(xlsx))}.pdf`);
    await writeOutput(target, async (tmp) => copyFile(await convertToPdf(xlsx, dir), tmp), io);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function reportCommand(o: CliOptions, io: Io): Promise<void> {
  if (!o.file) throw new UsageError("ต้องระบุไฟล์คะแนน: ita-scorecard report FILE -o OUT.xlsx", "A score file is required: ita-scorecard report FILE -o OUT.xlsx");
  if (!o.out) throw new UsageError("ต้องระบุไฟล์ผลลัพธ์: ita-scorecard report FILE -o OUT.xlsx", "An output file is required: ita-scorecard report FILE -o OUT.xlsx");
  if (!/\.xlsx$/i.test(o.out)) throw new UsageError(`ไฟล์ผลลัพธ์ต้องเป็น .xlsx ไม่ใช่ "${o.out}"`, `The output file must be an .xlsx file, not "${o.out}"`);
  const pdfPath = o.out.replace(/\.xlsx$/i, ".pdf");
  await refuseOverwritingInput(o.out, inputsOf(o));
  if (o.pdf) {
    await refuseOverwritingInput(pdfPath, inputsOf(o));
    try {
      await requireLibreOffice();
    } catch (e) {
      if (isPdfError(e)) throw new CommandFailure(e.th, e.en, 1);
      throw e;
    }
  }

  const { analysis } = await loadAnalysis(o.file, o);
  warnOtherYear(analysis, o.lang, io.err);
  const specs = buildSheets(analysis, { lang: o.lang, digits: o.digits, agency: o.agency ?? "", owners: [] });
  const { writeWorkbook } = await import("../xlsx/write-workbook"); // ExcelJS and JSZip: loaded only to write
  const out = await writeOutput(o.out, await writeWorkbook(specs), io);
  if (o.pdf) await writePdf(out, io);
}
