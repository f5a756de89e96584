// A1 ranges → cell addresses (to attach per-cell data validation, which
// ExcelJS merges back into one range when it writes).
import { columnIndex, columnLetters } from "../engine/a1";

const CELL = /^([A-Z]+)(\d+)$/;

/** Every cell address in "D5:D14" (or the one cell "D5"), row by row. */
export function cellsOf(range: string): string[] {
  const [a, b = a] = range.replace(/\$/g, "").toUpperCase().split(":");
  const m1 = CELL.exec(a);
  const m2 = CELL.exec(b);
  if (!m1 || !m2) throw new Error(`not an A1 range: ${range}`);
  const [c1, c2] = [columnIndex(m1[1]), columnIndex(m2[1])].sort((x, y) => x - y);
  const [r1, r2] = [Number(m1[2]), Number(m2[2])].sort((x, y) => x - y);
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${columnLetters(c)}${r}`);
  return out;
}

export { columnLetters };
