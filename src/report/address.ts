// A1 addresses for spec ranges (0-based row and column in).
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

export const rangeAddress = (r1: number, c1: number, r2: number, c2: number): string =>
  `${cellAddress(r1, c1)}:${cellAddress(r2, c2)}`;
