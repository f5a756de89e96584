// The 8-indicator, 2-instrument reform framework of test/fixtures/frameworks/
// two-instruments-8.json, and a pasted table of its scores: the indicator
// names come from the fixture itself, so the tests that paste them follow it.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const REFORM_FRAMEWORK_FILE = join(__dirname, "../fixtures/frameworks/two-instruments-8.json");

interface FixtureIndicator {
  number: number;
  name: { th: string };
}

/** The fixture's indicator names (Thai), in its order. */
export const REFORM_NAMES: string[] = (JSON.parse(readFileSync(REFORM_FRAMEWORK_FILE, "utf8")).indicators as FixtureIndicator[]).map(
  (i) => i.name.th
);

/** FY2570 scores for the eight indicators, as pasted. */
export const REFORM_SCORES = ["90", "80", "84", "70", "100", "95.5", "60", "88.25"];

/** The pasted table: a header row ("ตัวชี้วัด", "2570") and one row a named indicator. */
export const reformCells = (): string[][] => [["ตัวชี้วัด", "2570"], ...REFORM_NAMES.map((n, i) => [n, REFORM_SCORES[i]])];
