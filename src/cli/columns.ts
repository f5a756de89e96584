// Padding for the CLI's aligned columns, measured in terminal cells
// (displayWidth), not in string length or in the report font's units:
// Thai vowels and tone marks stack on their letter and take no cell.
import { displayWidth } from "../engine/text";

export const padEnd = (s: string, width: number): string => s + " ".repeat(Math.max(0, width - displayWidth(s)));

export const padStart = (s: string, width: number): string => " ".repeat(Math.max(0, width - displayWidth(s))) + s;
