// Speed of the many-agency path on a national file: parse, then grade +
// rank + compare (+ one agency among its peers), at 1/8, 1/4, 1/2 and full
// size, with the growth ratio per doubling (n log n grows ≈ 2.1–2.2 ×).
// Run: npm run bench (tsc -p tsconfig.bench.json && node build-bench/bench/group-bench.js)
import { analyseGroup } from "../src/engine/group/analyse";
import { parseGroupScores } from "../src/engine/group/parse";
import { NATIONAL_AGENCIES, nationalCells } from "./national-file";
import { wholeProcessLines } from "./whole-process";

const TARGET_MS = 250;
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** Best of `runs` (the first runs warm the JIT; a shared 2-core machine adds noise). */
function best<T>(runs: number, f: () => T): { value: T; ms: number } {
  let value: T | undefined;
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    value = f();
    fastest = Math.min(fastest, ms(t0));
    sample();
  }
  return { value: value as T, ms: fastest };
}

function main(): number {
  const sizes = [8, 4, 2, 1].map((d) => Math.round(NATIONAL_AGENCIES / d));
  const lines: string[] = [];
  let prev: { n: number; analyse: number; parse: number } | null = null;
  let full = Infinity;
  lines.push("agencies  rows    parse ms  analyse ms  growth(parse, analyse)  heapUsed MB  rss MB");
  for (const n of sizes) {
    const cells = nationalCells(n);
    sample();
    const parsed = best(3, () => parseGroupScores(cells));
    if (!parsed.value.ok) throw new Error("the generated file did not parse");
    const table = parsed.value.table;
    const agency = table.records[0].agency;
    const analysed = best(5, () => analyseGroup(table, { group: "จังหวัด", agency }));
    if (!analysed.value.ok) throw new Error("analysis failed");
    const growth = prev ? `${(parsed.ms / prev.parse).toFixed(2)} × , ${(analysed.ms / prev.analyse).toFixed(2)} ×` : "—";
    lines.push(
      `${String(n).padStart(8)}  ${String(cells.length - 1).padStart(6)}  ${parsed.ms.toFixed(1).padStart(8)}  ${analysed.ms.toFixed(1).padStart(10)}  ${growth.padStart(22)}  ${mb(peakHeap).padStart(11)}  ${mb(peakRss).padStart(6)}`
    );
    prev = { n, analyse: analysed.ms, parse: parsed.ms };
    if (n === NATIONAL_AGENCIES) full = analysed.ms;
  }
  lines.push(
    "",
    `full file (${NATIONAL_AGENCIES} agencies × 10 indicators × 2 years): graded, ranked and compared in ${full.toFixed(1)} ms after parsing (target < ${TARGET_MS} ms): ${full < TARGET_MS ? "OK" : "TOO SLOW"}`
  );
  lines.push("growth per doubling: n log n ≈ 2.1–2.2 ×; clearly above that means worse than n log n.");
  // The CLI must be built (npm run build:cli) for the whole-process figures.
  if (!process.argv.includes("--no-process")) lines.push(...wholeProcessLines());
  process.stdout.write(lines.join("\n") + "\n");
  return full < TARGET_MS ? 0 : 1;
}

process.exitCode = main();
