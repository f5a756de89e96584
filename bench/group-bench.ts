// Speed of the many-agency path on a national file: parse, then grade +
// rank + compare (+ one agency among its peers), at 1/8, 1/4, 1/2 and full
// size, with the growth ratio per doubling (n log n grows ≈ 2.1–2.2 ×).
// Run: npm run bench (tsc -p tsconfig.bench.json && node build-bench/bench/group-bench.js)
import { analyseGroup } from "../src/engine/group/analyse";
import { parseGroupScores } from "../src/engine/group/parse";
import { NATIONAL_AGENCIES, nationalCells } from "./national-file";
import { paneLines } from "./pane-bench";
import { wholeProcessLines } from "./whole-process";

/** Issue 18's targets at the full national size. */
const PARSE_MS = 120;
const ANALYSE_MS = 60;
const GROWTH = 2.1;
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

async function main(): Promise<number> {
  const sizes = [8, 4, 2, 1].map((d) => Math.round(NATIONAL_AGENCIES / d));
  const lines: string[] = [];
  let prev: { n: number; analyse: number; parse: number } | null = null;
  let full = { parse: Infinity, analyse: Infinity };
  const growth = { parse: 0, analyse: 0 };
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
    let g = "—";
    if (prev) {
      const gp = parsed.ms / prev.parse;
      const ga = analysed.ms / prev.analyse;
      // The last two doublings: the smallest sizes are too quick to time steadily.
      if (n > sizes[1]) {
        growth.parse = Math.max(growth.parse, gp);
        growth.analyse = Math.max(growth.analyse, ga);
      }
      g = `${gp.toFixed(2)} × , ${ga.toFixed(2)} ×`;
    }
    lines.push(
      `${String(n).padStart(8)}  ${String(cells.length - 1).padStart(6)}  ${parsed.ms.toFixed(1).padStart(8)}  ${analysed.ms.toFixed(1).padStart(10)}  ${g.padStart(22)}  ${mb(peakHeap).padStart(11)}  ${mb(peakRss).padStart(6)}`
    );
    prev = { n, analyse: analysed.ms, parse: parsed.ms };
    if (n === NATIONAL_AGENCIES) full = { parse: parsed.ms, analyse: analysed.ms };
  }
  const verdict = (ok: boolean) => (ok ? "OK" : "MISSED");
  lines.push(
    "",
    `full file (${NATIONAL_AGENCIES} agencies × 10 indicators × 2 years):`,
    `  parse ${full.parse.toFixed(1)} ms (target ≤ ${PARSE_MS} ms): ${verdict(full.parse <= PARSE_MS)}`,
    `  graded, ranked and compared in ${full.analyse.toFixed(1)} ms after parsing (target ≤ ${ANALYSE_MS} ms): ${verdict(full.analyse <= ANALYSE_MS)}`,
    `  growth per doubling over the last two (target ≤ ${GROWTH} ×): parse ${growth.parse.toFixed(2)} × ${verdict(growth.parse <= GROWTH)}, analyse ${growth.analyse.toFixed(2)} × ${verdict(growth.analyse <= GROWTH)}`,
    "  (n log n grows ≈ 2.1–2.2 × per doubling; clearly above that means worse than n log n.)"
  );
  const pane = await paneLines();
  lines.push(...pane.lines);
  // The CLI must be built (npm run build:cli) for the whole-process figures.
  if (!process.argv.includes("--no-process")) lines.push(...wholeProcessLines());
  process.stdout.write(lines.join("\n") + "\n");
  // Only a broken run fails the command: the figures (and any target missed) are in the output.
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
);
