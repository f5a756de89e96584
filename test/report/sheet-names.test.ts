import { claimName, MAX_SHEET_NAME } from "../../src/report/sheet-names";

describe("claimName (both hosts' sheet names)", () => {
  it("keeps a free name, numbers a taken one case-insensitively, and records what it gave", () => {
    const taken = new Set(["scores", "ita 2565 อันดับ"]);
    expect(claimName("มาตรการ 2566", taken)).toBe("มาตรการ 2566");
    expect(claimName("ITA 2565 อันดับ", taken)).toBe("ITA 2565 อันดับ (2)");
    expect(claimName("ita 2565 อันดับ", taken)).toBe("ita 2565 อันดับ (3)");
    expect(taken.has("มาตรการ 2566")).toBe(true);
  });

  it("replaces Excel's forbidden characters and stays within 31 characters with its number", () => {
    const taken = new Set<string>();
    expect(claimName("a/b:c?d*e[f]g\\\\h", taken)).toBe("a-b-c-d-e-f-g--h");
    const long = "ก".repeat(40);
    const first = claimName(long, taken);
    const second = claimName(long, taken);
    expect(first).toHaveLength(MAX_SHEET_NAME);
    expect(second).toHaveLength(MAX_SHEET_NAME);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(claimName("  ", taken)).toBe("Sheet");
  });
});
