// A1 addresses for spec ranges (0-based row and column in).
import { cellA1, columnLetters } from "../engine/a1";

export const columnLetter = columnLetters;
export const cellAddress = cellA1;

export const rangeAddress = (r1: number, c1: number, r2: number, c2: number): string => `${cellA1(r1, c1)}:${cellA1(r2, c2)}`;
