// Reading a PDF as a printer gets it: text by page (pdftotext), page sizes
// (pdfinfo), fonts (pdffonts). A missing tool FAILS the test naming its
// package; no test skips itself.
import { execFileSync, spawnSync } from "node:child_process";

export function requireTool(program: string, args: string[], pkg: string): void {
  const r = spawnSync(program, args, { encoding: "utf8", timeout: 120_000 });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
    throw new Error(`${program} not found: the print test needs it. Install ${pkg} (apt-get install ${pkg}); .ci/run does.`);
  }
}

export const pdfText = (pdf: string, page?: number) =>
  execFileSync("pdftotext", ["-layout", ...(page ? ["-f", String(page), "-l", String(page)] : []), pdf, "-"], { encoding: "utf8" });

/** Width and height in points of every page. */
export function pageSizes(pdf: string): { width: number; height: number }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** pdffonts' rows: the font's name and whether it is embedded. */
export function pdfFonts(pdf: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync("pdffonts", [pdf], { encoding: "utf8" })
    .split("\n")
    .slice(2)
    .filter((l) => l.trim() !== "");
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name, type words…, encoding, emb, sub, uni, object, id: emb is the 5th from the end.
    return { name: cols[0], embedded: cols[cols.length - 5] === "yes" };
  });
}

/**
 * pdftotext breaks Thai lines at odd places and puts tone marks and upper
 * vowels in drawing order ("ชี้" comes out "ชีว้"): compare without spaces
 * and without those marks.
 */
export const squeeze = (s: string) => s.replace(/[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b]+/g, "");

export const A4 = { short: 595.3, long: 841.9 };
export const near = (a: number, b: number) => Math.abs(a - b) < 2;
