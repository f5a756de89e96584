import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE_CELLS } from "../../src/report/sample";
import { run } from "../helpers/run-cli";

const dir = mkdtempSync(join(tmpdir(), "ita-cli-"));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const csv = (rows: (string | number)[][]) => rows.map((r) => r.map((c) => `"${String(c)}"`).join(",")).join("\n");
const reference = file("reference.csv", csv(SAMPLE_CELLS));

describe("ita-scorecard grade --json", () => {
  it("prints exactly one JSON object with the reference report's figures", async () => {
    const r = await run("grade", reference, "--json");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const j = JSON.parse(r.out);
    expect(j.framework).toEqual({
      id: "ita-2565",
      year: 2565,
      confidence: { indicators: "H", weights: "H", scale: "H" },
      carriedFrom: null,
      custom: false,
    });
    // 2565 and 2564 rest on confirmed weights and letters: nothing to caveat.
    expect(j.caveats).toEqual([]);
    expect(j.current).toEqual({
      year: 2565,
      overall: 88.53,
      stated: 88.53,
      grade: "A",
      scale: "letter",
      passed: true,
      instruments: { IIT: 84.54, EIT: 80.18, OIT: 97.78 },
    });
    expect(j.previous).toMatchObject({ year: 2564, overall: 89.76, grade: "A" });
    expect(j.ranking.map((x: { indicator: number }) => x.indicator)).toEqual([10, 9, 1, 5, 3, 2, 7, 6, 4, 8]);
    expect(j.ranking[0]).toEqual({ rank: 1, indicator: 10, name: "การป้องกันการทุจริต", instrument: "OIT", score: 100 });
    expect(j.changes[0]).toEqual({ indicator: 1, previous: 89.98, current: 90.79, delta: 0.81, direction: "up" });
    expect(j.overallChange).toEqual({ delta: -1.23, direction: "down" });
    expect(j.strengths).toEqual([10, 9, 1, 5]);
    expect(j.weaknesses).toEqual([3, 2, 7, 6, 4, 8]);
    expect(j.measures[0]).toMatchObject({ indicator: 8, period: "ต.ค. 65 - ก.ย. 66" });
    expect(j.checks).toEqual([]);
    expect(j.nextGrade).toEqual({ grade: "AA", overallGap: 6.47, instruments: [] });
  });

  it("is the same whatever --lang", async () => {
    const th = await run("grade", reference, "--json", "--lang", "th");
    const en = await run("grade", reference, "--json", "--lang", "en", "--digits", "thai");
    expect(en.out).toBe(th.out);
  });

  it("adds the section-7 discrepancies of a report given with --check", async () => {
    const r = await run("grade", reference, "--json", "--check", join(__dirname, "../fixtures/khelang-nakhon-ita-2565-report.txt"));
    const j = JSON.parse(r.out);
    expect(j.checks.map((c: { indicator: number; verdict: string }) => [c.indicator, c.verdict])).toEqual([
      [1, "mismatch"],
      [7, "mismatch"],
      [6, "mismatch"],
    ]);
  });
});

describe("ita-scorecard grade (summary)", () => {
  it("writes a Thai summary with Thai digits by default", async () => {
    const r = await run("grade", reference);
    expect(r.code).toBe(0);
    expect(r.out).toContain("คะแนนรวม ๘๘.๕๓  ระดับ A  ผ่านเกณฑ์ (๘๕)");
    expect(r.out).toContain("ลดลง -๑.๒๓");
    // Weaknesses in the report's own sentence (section 6 of the reference report).
    expect(r.out).toContain("ตัวชี้วัดที่ ๓ การใช้อำนาจ (IIT) ได้คะแนนการประเมินร้อยละ ๘๓.๙๗");
    expect(r.out).toContain("ต.ค. 65 - ก.ย. 66".replace(/\d/g, (x) => String.fromCharCode(0x0e50 + Number(x))));
  });

  it("prints the pass mark it judged on (--pass-mark), not the framework's", async () => {
    const r = await run("grade", reference, "--pass-mark", "90", "--digits", "arabic");
    expect(r.out).toContain("ไม่ผ่านเกณฑ์ (90)");
  });

  it("writes English with Arabic digits", async () => {
    const r = await run("grade", reference, "--lang", "en");
    expect(r.out).toContain("Overall 88.53  Grade A  passed (85)");
    expect(r.out).toContain("Indicator 10 Corruption prevention (OIT)");
    expect(r.out).toContain("Oct 2022 – Sep 2023");
  });

  it("grades a 2566 file on the rating and notes its weaker sources", async () => {
    const rows = SAMPLE_CELLS.map((row, i) => (i === 0 ? ["ที่", "ตัวชี้วัด", "ปี 2566"] : [row[0], row[1], row[3]]));
    const r = await run("grade", file("y2566.csv", csv(rows.slice(0, 11))), "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Rating Pass");
    // 88.53 clears 85, but IIT and EIT do not: they, not the overall, stand between ผ่าน and ผ่านดี.
    expect(r.out).toContain(
      'To reach "Very good": every instrument (IIT, EIT, OIT) at 85 or more, where IIT at 84.54 (0.46 short), EIT at 80.18 (4.82 short).'
    );
    expect(r.out).toContain("Note: The 2566 weights are not confirmed by an NACC document");
  });
});

describe("bad input", () => {
  it("names the cell, exits 2 and prints nothing on stdout", async () => {
    const rows = SAMPLE_CELLS.map((row) => [...row]);
    rows[3][3] = "8x.5";
    const r = await run("grade", file("bad.csv", csv(rows)), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/line 4, column 4/);
    expect(r.err).toContain("8x.5");
    expect(r.err).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
  });

  it("refuses a year with no framework, naming the known years and --framework", async () => {
    const rows = SAMPLE_CELLS.map((row, i) => (i === 0 ? ["ที่", "ตัวชี้วัด", "ปี 2559"] : [row[0], row[1], row[3]]));
    const r = await run("grade", file("y2559.csv", csv(rows.slice(0, 11))), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain("2559");
    expect(r.err).toContain("2562");
    expect(r.err).toContain("--framework");
  });

  it("keeps the framework id as written in a Thai-digit summary (the year around it in Thai digits)", async () => {
    const id = JSON.parse((await run("grade", reference, "--json")).out).framework.id;
    const first = (await run("grade", reference)).out.split("\n")[0];
    expect(first).toContain(id);
    expect(first).toContain("๒๕๖๕");
  });

  it("refuses a framework file whose year is not the year it grades, naming both years and the field", async () => {
    const latest = JSON.parse((await run("grade", reference, "--json")).out).current.year as number;
    const other = latest + 4;
    const fw = file("fw-other-year.json", JSON.stringify({ id: "my", year: other, scale: "rating" }));
    for (const lang of ["en", "th"]) {
      const r = await run("grade", reference, "--framework", fw, "--json", "--lang", lang);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toContain(fw);
      expect(r.err).toContain('"year"');
      expect(r.err).toContain(String(other));
      expect(r.err).toContain(String(latest));
      expect(r.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
    // The year it grades, or no year at all: graded with it.
    for (const year of [latest, undefined]) {
      const ok = await run(
        "grade",
        reference,
        "--framework",
        file("fw-ok.json", JSON.stringify({ id: "my", year, scale: "rating" })),
        "--json"
      );
      expect(ok.code).toBe(0);
      expect(ok.err).toBe("");
      expect(JSON.parse(ok.out)).toMatchObject({ framework: { id: "my", custom: true }, current: { year: latest, scale: "rating" } });
    }
  });

  it("refuses a framework file that does not validate, naming the field", async () => {
    const fw = file("fw.json", JSON.stringify({ id: "x", weights: { 1: 100 } }));
    const r = await run("grade", reference, "--framework", fw, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain("weights.2");
  });

  it("says so for a missing or empty file and for bad options", async () => {
    expect((await run("grade", join(dir, "nope.csv"))).code).toBe(2);
    const empty = await run("grade", file("empty.csv", ""), "--lang", "en");
    expect(empty.code).toBe(2);
    expect(empty.err.length).toBeGreaterThan(0);
    const bad = await run("grade", reference, "--lang", "fr");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--lang");
    expect((await run("frobnicate")).code).toBe(2);
  });
});

describe("an option the command does not read", () => {
  it("is refused by name, with the commands that take it, and nothing is read or written", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "ita-stray-")), "x.xlsx");
    const cases: [string[], string][] = [
      [["grade", reference, "--pdf"], "--pdf does not apply to grade (it is for report, group)"],
      [["grade", reference, "-o", out], "-o/--output does not apply to grade (it is for report, group)"],
      [["report", reference, "-o", out, "--json"], "--json does not apply to report (it is for grade, group)"],
      [["group", reference, "--check", "draft.txt"], "--check does not apply to group (it is for grade)"],
      [["group", reference, "--preparer", "นาง ก"], "--preparer does not apply to group (it is for report)"],
    ];
    for (const [argv, message] of cases) {
      const r = await run(...argv, "--lang", "en");
      expect([r.code, r.out]).toEqual([2, ""]);
      expect(r.err.split("\n")[0]).toBe(message);
    }
    expect(existsSync(out)).toBe(false);
    const th = await run("grade", reference, "--pdf");
    expect(th.err.split("\n")[0]).toBe("--pdf ใช้กับคำสั่ง grade ไม่ได้ (ใช้กับ report, group)");
    // A command named like an Object member is unknown, not a crash.
    const odd = await run("constructor", reference, "--json", "--lang", "en");
    expect([odd.code, odd.err.split("\n")[0]]).toEqual([2, 'Unknown command "constructor"']);
    // group's JSON and its files are one or the other: never one dropped in silence.
    const both = await run("group", reference, "--json", "-o", out, "--lang", "en");
    expect([both.code, both.out]).toEqual([2, ""]);
    expect(both.err.split("\n")[0]).toBe(
      "--json cannot go with -o or --docx: JSON goes to stdout, -o/--docx write files; run them separately"
    );
    expect(existsSync(out)).toBe(false);
    // The options every command reads still pass.
    const ok = await run("grade", reference, "--json", "--year", "2565", "--digits", "arabic", "--agency", "เทศบาล");
    expect(ok.code).toBe(0);
  });
});
