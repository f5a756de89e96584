// Node only: .xlsx → PDF through LibreOffice headless (what a printer would
// get from LibreOffice, not necessarily from Excel).
import { execFile } from "node:child_process";
import { constants } from "node:fs";
import { access, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, extname, isAbsolute, join } from "node:path";
import { pathToFileURL } from "node:url";

export type PdfErrorReason = "not-installed" | "failed" | "timeout";

/** Why a PDF could not be made, with one sentence for the user (Thai, English). */
export class PdfError extends Error {
  constructor(
    readonly reason: PdfErrorReason,
    readonly th: string,
    readonly en: string
  ) {
    super(en);
    this.name = "PdfError";
  }
}

export const isPdfError = (e: unknown): e is PdfError => e instanceof PdfError;

export interface PdfOptions {
  /** The LibreOffice program (default "soffice", found on PATH). */
  soffice?: string;
  /** Milliseconds before giving up; a first start of LibreOffice is slow. */
  timeoutMs?: number;
}

const notInstalled = (program: string): PdfError =>
  new PdfError(
    "not-installed",
    `ไม่พบ LibreOffice (${program}): ติดตั้ง libreoffice-calc (เช่น apt-get install libreoffice-calc) แล้วลองใหม่`,
    `LibreOffice (${program}) not found: install libreoffice-calc (e.g. apt-get install libreoffice-calc) and try again`
  );

/**
 * Throws PdfError "not-installed" unless the program is found (a path, or a
 * name on PATH), so a command can refuse --pdf before it writes anything.
 */
export async function requireLibreOffice(opts: PdfOptions = {}): Promise<void> {
  const program = opts.soffice ?? "soffice";
  const candidates =
    isAbsolute(program) || program.includes("/")
      ? [program]
      : (process.env.PATH ?? "")
          .split(delimiter)
          .filter((d) => d !== "")
          .map((d) => join(d, program));
  for (const c of candidates) {
    try {
      await access(c, constants.X_OK);
      return;
    } catch {
      // next directory
    }
  }
  throw notInstalled(program);
}

/**
 * Converts the workbook and returns the PDF's path (outDir/<name>.pdf). Each
 * call uses its own LibreOffice profile: a running LibreOffice, or another
 * conversion at the same time, would otherwise hold the default profile's
 * lock and the conversion would silently do nothing.
 */
export async function convertToPdf(xlsxPath: string, outDir: string, opts: PdfOptions = {}): Promise<string> {
  const program = opts.soffice ?? "soffice";
  const profile = await mkdtemp(join(tmpdir(), "ita-lo-"));
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "pdf",
    "--outdir",
    outDir,
    xlsxPath,
  ];
  const pdf = join(outDir, `${basename(xlsxPath, extname(xlsxPath))}.pdf`);
  try {
    // An old PDF of the same name must not pass for this one.
    await rm(pdf, { force: true });
    const { stdout, stderr } = await run(program, args, opts.timeoutMs ?? 180_000);
    // soffice exits 0 even when it wrote nothing (e.g. an unreadable input).
    try {
      await access(pdf);
    } catch {
      const why = (stderr || stdout).trim().split("\n")[0] || "no PDF written";
      throw new PdfError("failed", `LibreOffice แปลงเป็น PDF ไม่สำเร็จ: ${why}`, `LibreOffice could not convert to PDF: ${why}`);
    }
    return pdf;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

function run(program: string, args: string[], timeout: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { timeout, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve({ stdout, stderr });
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") {
        return reject(notInstalled(program));
      }
      if (error.killed) {
        return reject(
          new PdfError(
            "timeout",
            `LibreOffice ใช้เวลานานเกินไป (${Math.round(timeout / 1000)} วินาที)`,
            `LibreOffice took too long (${Math.round(timeout / 1000)} s)`
          )
        );
      }
      const why = String(stderr || error.message)
        .trim()
        .split("\n")[0];
      reject(new PdfError("failed", `LibreOffice แปลงเป็น PDF ไม่สำเร็จ: ${why}`, `LibreOffice could not convert to PDF: ${why}`));
    });
  });
}
