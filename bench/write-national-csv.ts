// Writes the seeded national file as the CSV an office would hold (one row
// per agency-year, UTF-8), so whole-process runs of the CLI and of the
// analyst's pandas script read the same bytes. Scores are written with Arabic
// digits: pandas would read a Thai-digit cell as text and fail.
// (--thai keeps the Thai-digit cells, as a pasted sheet carries them.)
// Run: node build-bench/bench/write-national-csv.js OUT.csv [AGENCIES] [--thai]
import { writeFileSync } from "node:fs";
import { NATIONAL_AGENCIES, nationalCells } from "./national-file";

const ARABIC = (s: string) => s.replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
const field = (thai: boolean) => (v: unknown) => {
  const s = thai ? String(v) : ARABIC(String(v));
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function nationalCsv(agencies = NATIONAL_AGENCIES, thai = false): string {
  return (
    nationalCells(agencies)
      .map((row) => row.map(field(thai)).join(","))
      .join("\n") + "\n"
  );
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const [out, n] = args.filter((a) => a !== "--thai");
  if (!out) throw new Error("usage: write-national-csv OUT.csv [AGENCIES] [--thai]");
  writeFileSync(out, nationalCsv(n ? Number(n) : NATIONAL_AGENCIES, args.includes("--thai")));
}
