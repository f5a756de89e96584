// The frame every sheet shares: a title, a subtitle, a blank row, then the
// table's header row (index 3).
import type { CellSpec, CellValue } from "./spec";

export const HEADER_ROW = 3;

export const title = (text: string): CellSpec[] => [{ value: text, style: "title" }];
export const subtitle = (text: string): CellSpec[] => [{ value: text, style: "subtitle" }];
export const header = (labels: string[]): CellSpec[] => labels.map((value) => ({ value, style: "header" }));

export const text = (value: CellValue, style: CellSpec["style"] = "body"): CellSpec => ({ value, style });
export const num = (value: number, format: string, style: CellSpec["style"] = "number"): CellSpec => ({ value, format, style });
