// ita-scorecard report FILE -o OUT.xlsx [--docx OUT.docx] [--pdf]: the
// report sheets as a workbook, the Word report (memo and sections) as a
// .docx, and with --pdf LibreOffice's print of each beside it. Prints
// the paths it wrote, one a line. Every output is written atomically (the
// old file stays on any failure), never over an input, and --pdf is refused
// before anything is written when LibreOffice is missing.
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import { buildSheets } from "../report/build";
import { buildDocument } from "../report/document/build";
import { isoDay } from "../report/document/thai-date";
import { convertToPdf, isPdfError, requireLibreOffice } from "../xlsx/pdf";
import { UsageError, type CliOptions } from "./args";
import { writeFileAtomic } from "./atomic-write";
import { CommandFailure } from "./failure";
import { notePageDigits, warnOtherYear } from "./hints";
import { loadAnalysis } from "./load";
import type { Io } from "./io";
import { refuseOverwritingInput } from "./same-file";
import { loadDocumentFields } from "./document-fields";
import type { Analysis } from "../engine/types";
import type { DocumentFields } from "../report/document-fields";

/** Every file a command reads: none may be overwritten by its output. */
export const inputsOf = (o: CliOptions): (string | undefined)[] => [o.file ?? undefined, o.framework, o.check, o.fields];

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

const pdfOf = (path: string) => join(dirname(path), `${basename(path, extname(path))}.pdf`);

/** LibreOffice's print of a written workbook or document, made in a private folder, then moved into place atomically. */
async function writePdf(written: string, io: Io): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "ita-pdf-"));
  try {
    await writeOutput(pdfOf(written), async (tmp) => copyFile(await convertToPdf(written, dir), tmp), io);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** LibreOffice's print of each file written, beside it (--pdf). */
export async function writePdfs(written: string[], io: Io): Promise<void> {
  for (const w of written) await writePdf(w, io);
}

const USAGE = "ita-scorecard report FILE -o OUT.xlsx | --docx OUT.docx";

/**
 * Outputs named right, never an input, and --pdf possible: checked before
 * anything is read or written (report, and group when it writes files).
 */
export async function checkOutputs(o: CliOptions, usage = USAGE): Promise<string[]> {
  if (!o.file) throw new UsageError(`ต้องระบุไฟล์คะแนน: ${usage}`, `A score file is required: ${usage}`);
  if (!o.out && !o.docx) throw new UsageError(`ต้องระบุไฟล์ผลลัพธ์: ${usage}`, `An output file is required: ${usage}`);
  if (o.out && !/\.xlsx$/i.test(o.out))
    throw new UsageError(`ไฟล์ผลลัพธ์ต้องเป็น .xlsx ไม่ใช่ "${o.out}"`, `The output file must be an .xlsx file, not "${o.out}"`);
  if (o.docx && !/\.docx$/i.test(o.docx))
    throw new UsageError(`--docx ต้องเป็นไฟล์ .docx ไม่ใช่ "${o.docx}"`, `--docx must name a .docx file, not "${o.docx}"`);
  const outputs = [o.out, o.docx].filter((x): x is string => x !== undefined);
  const pdfs = o.pdf ? outputs.map(pdfOf) : [];
  if (pdfs.length === 2 && resolve(pdfs[0]) === resolve(pdfs[1])) {
    throw new UsageError(
      `-o และ --docx มีชื่อเดียวกัน PDF ทั้งสองจะทับกัน: ตั้งชื่อให้ต่างกัน`,
      `-o and --docx share a name: their PDFs would overwrite each other; name them differently`
    );
  }
  for (const path of [...outputs, ...pdfs]) await refuseOverwritingInput(path, inputsOf(o));
  if (o.pdf) {
    try {
      await requireLibreOffice();
    } catch (e) {
      if (isPdfError(e)) throw new CommandFailure(e.th, e.en, 1);
      throw e;
    }
  }
  return outputs;
}

async function writeWord(a: Analysis, o: CliOptions, fields: DocumentFields, docx: string, io: Io): Promise<string> {
  const spec = buildDocument(a, { lang: o.lang, digits: o.digits, agency: o.agency ?? "", fields, today: isoDay(new Date()) });
  // The docx package only for a command that writes a document.
  const { writeDocument } = await import("../docx/write-document");
  return writeOutput(docx, await writeDocument(spec), io);
}

export async function reportCommand(o: CliOptions, io: Io): Promise<void> {
  await checkOutputs(o);
  const { analysis } = await loadAnalysis(o.file!, o, io.err);
  // The fields are checked before any file is written; given, they also sign the measures sheet.
  const given = o.fields !== undefined || Object.values(o.fieldFlags).some((v) => v !== undefined);
  const fields = o.docx || given ? await loadDocumentFields(o) : null;
  warnOtherYear(analysis, o.lang, io.err);
  const written: string[] = [];
  if (o.out) {
    notePageDigits(o, io.err);
    const specs = buildSheets(analysis, {
      lang: o.lang,
      digits: o.digits,
      agency: o.agency ?? "",
      owners: [],
      ...(given && fields ? { fields } : {}),
    });
    const { writeWorkbook } = await import("../xlsx/write-workbook"); // ExcelJS and JSZip: loaded only to write
    written.push(await writeOutput(o.out, await writeWorkbook(specs), io));
  }
  if (o.docx && fields) written.push(await writeWord(analysis, o, fields, o.docx, io));
  if (o.pdf) await writePdfs(written, io);
}
