// ita-scorecard report FILE -o OUT.xlsx [--pdf]: the report sheets as a
// workbook (and, with --pdf, LibreOffice's print of it beside it). Prints
// the paths it wrote, one a line.
import { writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { buildSheets } from "../report/build";
import { convertToPdf, isPdfError } from "../xlsx/pdf";
import { writeWorkbook } from "../xlsx/write-workbook";
import { UsageError, type CliOptions } from "./args";
import { CommandFailure } from "./failure";
import { warnOtherYear } from "./hints";
import { loadAnalysis } from "./load";
import type { Io } from "./io";

/** Write a workbook the user asked for and print its path; a failure names the file. */
export async function writeOutput(path: string, bytes: Uint8Array, io: Io): Promise<string> {
  const out = resolve(path);
  try {
    await writeFile(out, bytes);
  } catch (e) {
    const code = String((e as { code?: unknown }).code ?? "");
    throw new CommandFailure(`เขียนไฟล์ ${out} ไม่ได้ (${code})`, `Cannot write ${out} (${code})`, 2);
  }
  io.out(out + "\n");
  return out;
}

export async function reportCommand(o: CliOptions, io: Io): Promise<void> {
  if (!o.file) throw new UsageError("ต้องระบุไฟล์คะแนน: ita-scorecard report FILE -o OUT.xlsx", "A score file is required: ita-scorecard report FILE -o OUT.xlsx");
  if (!o.out) throw new UsageError("ต้องระบุไฟล์ผลลัพธ์: ita-scorecard report FILE -o OUT.xlsx", "An output file is required: ita-scorecard report FILE -o OUT.xlsx");
  if (!/\.xlsx$/i.test(o.out)) throw new UsageError(`ไฟล์ผลลัพธ์ต้องเป็น .xlsx ไม่ใช่ "${o.out}"`, `The output file must be an .xlsx file, not "${o.out}"`);

  const { analysis } = await loadAnalysis(o.file, o);
  warnOtherYear(analysis, o.lang, io.err);
  const specs = buildSheets(analysis, { lang: o.lang, digits: o.digits, agency: o.agency ?? "", owners: [] });
  const out = await writeOutput(o.out, await writeWorkbook(specs), io);

  if (o.pdf) {
    try {
      io.out((await convertToPdf(out, dirname(out))) + "\n");
    } catch (e) {
      if (isPdfError(e)) throw new CommandFailure(e.th, e.en, 1);
      throw e;
    }
  }
}
