// A1 column arithmetic, once for every layer (0-based rows and columns in).

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A" → 0, "AA" → 26 (case-insensitive). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (1, 2) → "C2". */
export const cellA1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

/** "B2:E14" or "B2" ("$" ignored) → its 0-based corners; null when it is no A1 range. */
export function rangeCorners(range: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const cell = /^([A-Z]+)(\d+)$/i;
  const [a, b = a] = range.replace(/\$/g, "").split(":");
  const p = cell.exec(a);
  const q = cell.exec(b);
  if (!p || !q) return null;
  return { r1: Number(p[2]) - 1, c1: columnIndex(p[1]), r2: Number(q[2]) - 1, c2: columnIndex(q[1]) };
}
