// Whole-process wall times (median of 5) of the CLI on the national CSV, of a
// one-agency grade run, and of the analyst's pandas script when it is there
// (PANDAS_SCRIPT, else shared/bench/pandas_group.py one or two folders up; python3 with pandas).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { nationalCsv } from "./write-national-csv";

const ROOT = resolve(__dirname, "..", "..");
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function wall(cmd: string, args: string[], runs = 5): number | null {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: "ignore", cwd: ROOT });
    if (r.status !== 0) return null;
    if (i > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e6); // the first run warms the disk cache
  }
  return median(times);
}

const OVER_GRADE_MS = 260;
const RSS_MB = 150;

/** Peak resident memory of one run in MB, by /usr/bin/time (null where it is missing). */
function peakRss(cmd: string, args: string[]): number | null {
  if (!existsSync("/usr/bin/time")) return null;
  const r = spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const kb = Number(/(\d+)\s*$/.exec(r.stderr ?? "")?.[1]);
  return r.status === 0 && kb > 0 ? kb / 1024 : null;
}

export function wholeProcessLines(): string[] {
  const dir = mkdtempSync(join(tmpdir(), "ita-bench-"));
  try {
    const csv = join(dir, "national.csv");
    writeFileSync(csv, nationalCsv());
    const cli = join(ROOT, "bin", "ita-scorecard.js");
    const group = wall(process.execPath, [cli, "group", csv, "--json"]);
    const rss = peakRss(process.execPath, [cli, "group", csv, "--json"]);
    const grade = wall(process.execPath, [cli, "grade", join(ROOT, "samples", "khelang-nakhon-2564-2565.csv"), "--json"]);
    const script = [
      process.env.PANDAS_SCRIPT ?? "",
      ...["..", "../.."].map((up) => join(ROOT, up, "shared", "bench", "pandas_group.py")),
    ].find((p) => p !== "" && existsSync(p));
    const pandas = script ? wall("/usr/bin/python3", [script, csv, join(dir, "pandas.json")]) : null;
    const f = (ms: number | null) => (ms === null ? "—" : `${ms.toFixed(0)} ms`);
    const lines = [
      "",
      "whole process, median of 5 (wall):",
      `  group national.csv --json  ${f(group)}`,
      `  grade (one agency) --json  ${f(grade)}`,
    ];
    if (group !== null && grade !== null) {
      const over = group - grade;
      lines.push(`  group − grade: ${over.toFixed(0)} ms (target ≤ ${OVER_GRADE_MS} ms): ${over <= OVER_GRADE_MS ? "OK" : "MISSED"}`);
    }
    if (rss !== null) lines.push(`  group peak RSS: ${rss.toFixed(0)} MB (target ≤ ${RSS_MB} MB): ${rss <= RSS_MB ? "OK" : "MISSED"}`);
    lines.push(
      pandas === null
        ? "  pandas script: not run (python3 with pandas, or the script, missing)"
        : `  pandas script ${f(pandas)}; group / pandas = ${((group ?? NaN) / pandas).toFixed(2)} ×`
    );
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
