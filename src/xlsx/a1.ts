// A1 ranges → cell addresses (to attach per-cell data validation, which
// ExcelJS merges back into one range when it writes).
import { cellA1, columnLetters, rangeCorners } from "../engine/a1";

/** Every cell address in "D5:D14" (or the one cell "D5"), row by row. */
export function cellsOf(range: string): string[] {
  const x = rangeCorners(range);
  if (!x) throw new Error(`not an A1 range: ${range}`);
  const [c1, c2] = [x.c1, x.c2].sort((p, q) => p - q);
  const [r1, r2] = [x.r1, x.r2].sort((p, q) => p - q);
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(cellA1(r, c));
  return out;
}

export { columnLetters };
