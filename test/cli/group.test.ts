import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withDigits } from "../../src/engine/text";
import { PAGE_DIGITS_NOTE } from "../../src/report/print";
import { SMALL_TABLE } from "../engine/group/fixture";
import { csvColumnWorkbook } from "../helpers/csv-workbook";
import { run } from "../helpers/run-cli";

const dir = mkdtempSync(join(tmpdir(), "ita-group-"));
const csv = (rows: unknown[][]) => rows.map((r) => r.map((c) => `"${String(c)}"`).join(",")).join("\n");
const small = join(dir, "agencies.csv");
writeFileSync(small, csv(SMALL_TABLE));

describe("ita-scorecard group --json", () => {
  it("ranks, distributes per group and places the chosen agency among its peers", async () => {
    const r = await run("group", small, "--group", "จังหวัด", "--agency", "อบต.จ", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ year: 2565, framework: "ita-2565", previousYear: 2564, groupColumn: "จังหวัด", passMark: 85, target: 80 });
    expect(j.methods).toEqual({ quartile: "QUARTILE.INC", percentile: "PERCENTRANK.INC" });
    // Hand-checked (see test/engine/group/analyse.test.ts): ties share rank 3.
    expect(
      j.agencies.map((a: { agency: string; rank: number; groupRank: number; overall: number }) => [
        a.agency,
        a.rank,
        a.groupRank,
        a.overall,
      ])
    ).toEqual([
      ["อบต.ง", 1, 1, 95.99],
      ["อบต.จ", 2, 2, 91],
      ["อบต.ก", 3, 1, 90],
      ["อบต.ข", 3, 1, 90],
      ["อบต.ค", 5, 3, 80],
    ]);
    expect(j.agencies[1]).toMatchObject({
      grade: "A",
      passed: true,
      instruments: { IIT: 80, EIT: 90, OIT: 100 },
      where: "line 6, column 2",
    });
    expect(j.all).toMatchObject({ count: 5, passed: 4, passRate: 80, meetsTarget: true });
    expect(j.groups.map((g: { name: string; passRate: number; meetsTarget: boolean }) => [g.name, g.passRate, g.meetsTarget])).toEqual([
      ["ลำปาง", 66.67, false],
      ["ลำพูน", 100, true],
    ]);
    expect(j.groups[0].grades[1]).toEqual({ grade: "A", count: 2, share: 66.67 });
    expect(j.peers).toMatchObject({
      agency: "อบต.จ",
      group: "ลำพูน",
      scope: "group",
      count: 2,
      overall: { score: 91, rank: 2, median: 93.5, gap: -2.5 },
    });
    expect(j.peers.indicators[0]).toEqual({ indicator: 1, name: "การปฏิบัติหน้าที่", score: 80, rank: 2, percentile: 0, median: 88, gap: -8 });
    expect(j.peers.lagging).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(j.mostDeclined.map((m: { agency: string; delta: number }) => [m.agency, m.delta])).toEqual([
      ["อบต.ค", -6],
      ["อบต.ง", -0.01],
    ]);
    expect(j.checks.map((c: { agency: string; verdict: string }) => [c.agency, c.verdict])).toEqual([
      ["อบต.ค", "mismatch"],
      ["อบต.ง", "rounding"],
    ]);
  });

  it("lists the bad row with its cells (JSON and stderr) and grades the rest", async () => {
    const r = await run("group", small, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.rejected).toEqual([
      {
        agency: "อบต.ฉ",
        year: 2565,
        where: "line 7, column 2",
        problems: [
          { where: "line 7, column 7", code: "not-a-number", message: 'บรรทัด 7 คอลัมน์ 7: "abc" ไม่ใช่ตัวเลข' },
          { where: "line 7, column 11", code: "missing-indicator", message: "บรรทัด 7 คอลัมน์ 11: ไม่มีคะแนนตัวชี้วัดที่ 7 ของปี 2565" },
        ],
      },
    ]);
    expect(r.err.trim().split("\n")).toEqual(['บรรทัด 7 คอลัมน์ 7: "abc" ไม่ใช่ตัวเลข', "บรรทัด 7 คอลัมน์ 11: ไม่มีคะแนนตัวชี้วัดที่ 7 ของปี 2565"]);
    expect(j.agencies).toHaveLength(5);
  });

  it("escapes control characters of the file's names (\\u escapes, the data kept exact)", async () => {
    const names = ["อบต.\u001b[31mก", "อบต.\u202eข", "อบต.\u0085ค\u007f"];
    const file = join(dir, "controls.csv");
    writeFileSync(file, csv(SMALL_TABLE.map((row, r) => (r >= 1 && r <= 3 ? row.map((c, k) => (k === 1 ? names[r - 1] : c)) : row))));
    const r = await run("group", file, "--json");
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(r.out).toContain("\\u202e");
    const listed = JSON.parse(r.out).agencies.map((a: { agency: string }) => a.agency);
    expect(listed).toEqual(expect.arrayContaining(names));
  });

  it("is the same whatever --lang", async () => {
    const th = await run("group", small, "--json", "--group", "จังหวัด");
    const en = await run("group", small, "--json", "--group", "จังหวัด", "--lang", "en");
    expect(en.out).toBe(th.out);
  });

  it("exits 2 naming the option for an unknown group column or agency", async () => {
    const g = await run("group", small, "--group", "กระทรวง", "--lang", "en");
    expect(g.code).toBe(2);
    expect(g.out).toBe("");
    expect(g.err).toContain("--group: no group column 'กระทรวง' (columns: จังหวัด)");
    const a = await run("group", small, "--agency", "ไม่มี", "--lang", "en");
    expect(a.code).toBe(2);
    expect(a.err).toContain("--agency: no agency 'ไม่มี' in the 2565 results");
  });
});

describe("ita-scorecard group --framework FILE with a year", () => {
  const fw = (name: string, year: number) => {
    const p = join(dir, name);
    writeFileSync(p, JSON.stringify({ id: "my", year, scale: "rating" }));
    return p;
  };

  it("refuses a framework for another year than the one ranked, naming both and the field", async () => {
    const { year, previousYear } = JSON.parse((await run("group", small, "--json")).out);
    const other = fw("group-other.json", previousYear);
    const r = await run("group", small, "--framework", other, "--json", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(`${other}: "year" is ${previousYear}, but this framework would grade the ${year} scores`);
  });

  it("grades with it when the year ranked is its year (--year picks an earlier one)", async () => {
    const { year, previousYear } = JSON.parse((await run("group", small, "--json")).out);
    for (const [y, argv] of [
      [year, []],
      [previousYear, ["--year", String(previousYear)]],
    ] as [number, string[]][]) {
      const r = await run("group", small, "--framework", fw(`group-${y}.json`, y), "--json", ...argv);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ year: y, framework: "my" });
    }
  });
});

describe("ita-scorecard group (summary and workbook)", () => {
  it("writes a Thai summary with the pass rate against the target", async () => {
    const r = await run("group", small, "--group", "จังหวัด");
    expect(r.code).toBe(0);
    expect(r.out).toContain("๔ จาก ๕ ผ่านเกณฑ์ ๘๐.๐๐ % (เป้าหมาย ๘๐ %: ถึงเป้าหมาย)");
    expect(r.out).toContain("ลำปาง");
  });

  it("keeps identifiers as written under Thai digits: the framework id and a custom band's id", async () => {
    const fw = join(dir, "digits-fw.json");
    const bands = [
      { id: "A1", min: 95 },
      { id: "A2", min: 85 },
      { id: "B1", min: 0 },
    ];
    writeFileSync(fw, JSON.stringify({ id: "fw-2565", year: 2565, scale: bands }));
    for (const argv of [["--framework", fw], []]) {
      const j = JSON.parse((await run("group", small, "--json", ...argv)).out);
      const r = await run("group", small, ...argv);
      expect(r.code).toBe(0);
      const [first, , distribution] = r.out.split("\n");
      expect(first).toContain(`(${j.framework})`);
      expect(first).toContain("๒๕๖๕"); // the year itself is a figure: Thai digits
      const counts = j.all.grades.map((x: { grade: string; count: number }) => `${x.grade} ${withDigits(String(x.count), "thai")}`);
      expect(distribution).toBe(counts.join("  "));
    }
  });

  it("notes under the movers that grades across 2565 → 2566 are on different scales, and only then", async () => {
    const crossing = join(dir, "crossing.csv");
    const ten = (v: number) => Array.from({ length: 10 }, () => v);
    const header = ["หน่วยงาน", "ปี", ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)];
    writeFileSync(crossing, csv([header, ["อบต.ก", 2565, ...ten(80)], ["อบต.ก", 2566, ...ten(90)]]));
    for (const [file, lang] of [
      [crossing, "en"],
      [crossing, "th"],
      [small, "en"],
    ]) {
      const j = JSON.parse((await run("group", file, "--json")).out);
      const out = (await run("group", file, "--lang", lang)).out;
      const crosses = j.mostImproved.concat(j.mostDeclined).some((m: { sameScale: boolean }) => !m.sameScale);
      const note = out.split("\n").filter((l) => /different scales|คนละแบบ/.test(l));
      const years = [j.previousYear, j.year].map((y) => withDigits(String(y), lang === "th" ? "thai" : "arabic"));
      expect(crosses).toBe(file === crossing); // letters in 2565, the rating from 2566
      expect(note).toHaveLength(crosses ? 1 : 0);
      if (crosses) years.forEach((y) => expect(note[0]).toContain(y));
    }
  });

  it("writes the group sheets to an .xlsx with -o", async () => {
    const out = join(dir, "group.xlsx");
    const r = await run("group", small, "--group", "จังหวัด", "--agency", "อบต.จ", "-o", out);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(out);
    // Thai digits (the default for Thai): the sheets' page numbers stay Arabic, and stderr says so.
    expect(r.err).toContain(`หมายเหตุ: ${PAGE_DIGITS_NOTE.th}`);
    const arabic = await run("group", small, "--group", "จังหวัด", "-o", join(dir, "group-arabic.xlsx"), "--digits", "arabic");
    expect(arabic.err).not.toContain(PAGE_DIGITS_NOTE.th);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["ITA 2565 หน่วยงาน", "ITA 2565 กระจายระดับ", "ITA 2565 เทียบกลุ่ม"]);
  });
});

describe("group on CSV lines pasted into one column of an .xlsx", () => {
  it("reads them split, says so on stderr first, and grades the agencies as from the cells", async () => {
    const split = await run("group", await csvColumnWorkbook(join(dir, "lines.xlsx"), SMALL_TABLE), "--json", "--lang", "en");
    const direct = await run("group", small, "--json", "--lang", "en");
    expect(split.code).toBe(0);
    expect(split.err).toMatch(/^Note: The cells A1:A10 hold CSV text in one column/);
    const agencies = (out: string) =>
      (JSON.parse(out).agencies as { agency: string; year: number; overall: number | null }[]).map((a) => [a.agency, a.year, a.overall]);
    expect(agencies(split.out)).toEqual(agencies(direct.out));
  });
});
