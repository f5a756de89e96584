// ita-scorecard report --docx: the Word report from the CLI, its fields from
// a JSON file and flags (each bad field named, nothing written), written
// atomically and never over an input.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE_CELLS } from "../../src/report/sample";
import { paragraphTexts, partText, SEED_FIELDS } from "../docx/fixture";
import { run } from "../helpers/run-cli";

const dir = mkdtempSync(join(tmpdir(), "ita-docx-"));
const csv = (rows: (string | number)[][]) => rows.map((r) => r.map((c) => `"${String(c)}"`).join(",")).join("\n");
const reference = join(dir, "reference.csv");
writeFileSync(reference, csv(SAMPLE_CELLS));
const fieldsFile = join(dir, "fields.json");
writeFileSync(fieldsFile, JSON.stringify(SEED_FIELDS, null, 2));

const texts = async (path: string) => paragraphTexts(await partText(new Uint8Array(readFileSync(path)), "word/document.xml"));

describe("ita-scorecard report -o with --fields", () => {
  it("signs the measures sheet with the same fields the memo uses", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const out = join(dir, "signed.xlsx");
    const r = await run("report", reference, "-o", out, "--fields", fieldsFile);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const measures = wb.worksheets.find((ws) => ws.name.startsWith("มาตรการ"))!;
    const cells: string[] = [];
    measures.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells.some((v) => v.includes(SEED_FIELDS.preparer.name))).toBe(true);
    expect(cells.some((v) => v.includes(SEED_FIELDS.reviewers[0].position))).toBe(true);
    // Without fields, no signature block.
    const plain = join(dir, "plain.xlsx");
    expect((await run("report", reference, "-o", plain)).code).toBe(0);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(plain);
    const texts2: string[] = [];
    wb2.worksheets.find((ws) => ws.name.startsWith("มาตรการ"))!.eachRow((row) => row.eachCell((c) => texts2.push(String(c.value))));
    expect(texts2.some((v) => v.includes(SEED_FIELDS.preparer.name))).toBe(false);
  });
});

describe("ita-scorecard report --docx", () => {
  it("writes the memo and report with the fields of a JSON file, flags over them, and prints its path", async () => {
    const out = join(dir, "memo.docx");
    const r = await run(
      "report",
      reference,
      "--docx",
      out,
      "--fields",
      fieldsFile,
      "--agency",
      "เทศบาลเมืองเขลางค์นคร",
      "--addressee",
      "ปลัดเทศบาลเมืองเขลางค์นคร"
    );
    expect([r.code, r.err, r.out]).toEqual([0, "", `${out}\n`]);
    const t = await texts(out);
    expect(t).toContain(`ส่วนราชการ ${SEED_FIELDS.division}`);
    expect(t).toContain("เรียน ปลัดเทศบาลเมืองเขลางค์นคร");
    expect(t).toContain(`(${SEED_FIELDS.reviewers[3].name})`);
    expect(t).toContain("๘๘.๕๓");
    expect(t).toContain("ลดลง -๑.๒๓");
  });

  it("takes the signers from flags, and writes the workbook too with -o", async () => {
    const out = join(dir, "flags.docx");
    const xlsx = join(dir, "flags.xlsx");
    const r = await run(
      "report",
      reference,
      "-o",
      xlsx,
      "--docx",
      out,
      "--digits",
      "arabic",
      "--date",
      "2023-03-20",
      "--preparer",
      "นางสาวพิมพ์ชนก แก้วใจ",
      "--preparer-position",
      "นิติกรชำนาญการ",
      "--reviewer",
      "นางสาวพจนา วรรณเสวี|ผู้อำนวยการกอง",
      "--doc-number",
      "ลป 52307/263"
    );
    expect([r.code, r.err, r.out]).toEqual([0, "", `${xlsx}\n${out}\n`]);
    const t = await texts(out);
    expect(t).toContain("ที่ ลป 52307/263วันที่ 20 มีนาคม 2566");
    expect(t).toContain("(นางสาวพิมพ์ชนก แก้วใจ)");
    expect(t).toContain("ผู้อำนวยการกอง");
    expect(t).toContain("88.53");
  });

  it("names each bad field of the JSON file and writes nothing (exit 2)", async () => {
    const bad = join(dir, "bad-fields.json");
    writeFileSync(bad, JSON.stringify({ divison: "x", date: "20/03/2566", reviewers: [{ name: 1 }], preparer: "me" }));
    const out = join(dir, "bad.docx");
    const r = await run("report", reference, "--docx", out, "--fields", bad, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(`${bad}: "divison" is not a known field`);
    expect(r.err).toContain(`${bad}: "date" must be a date yyyy-mm-dd`);
    expect(r.err).toContain(`${bad}: "reviewers[0].name" must be text`);
    expect(r.err).toContain(`${bad}: "preparer" must be { "name"`);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses JSON that does not parse, a fifth --reviewer, a bad --date, and a --docx that is not .docx", async () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ division: ");
    expect((await run("report", reference, "--docx", join(dir, "a.docx"), "--fields", broken)).err).toContain("ไม่ใช่ JSON ที่อ่านได้");
    const five = Array.from({ length: 5 }, (_, i) => ["--reviewer", `คนที่ ${i}|ตำแหน่ง`]).flat();
    expect((await run("report", reference, "--docx", join(dir, "b.docx"), ...five)).code).toBe(2);
    const date = await run("report", reference, "--docx", join(dir, "c.docx"), "--date", "2566-02-30");
    expect([date.code, date.err]).toEqual([2, expect.stringContaining('"date" ต้องเป็นวันที่แบบ ปปปป-ดด-วว')]);
    const notDocx = await run("report", reference, "--docx", join(dir, "d.doc"));
    expect([notDocx.code, notDocx.err]).toEqual([2, expect.stringContaining("--docx ต้องเป็นไฟล์ .docx")]);
    for (const f of ["a", "b", "c"]) expect(existsSync(join(dir, `${f}.docx`))).toBe(false);
  });

  it("never writes over an input: the scores or the fields file", async () => {
    const copy = join(dir, "scores.docx");
    writeFileSync(copy, readFileSync(reference));
    // A score file named .docx cannot be read, but the refusal comes first and names it.
    const r = await run("report", copy, "--docx", copy);
    expect(r.code).toBe(2);
    expect(r.err).toContain("จะไม่เขียนทับข้อมูล");
    expect(readFileSync(copy, "utf8")).toBe(readFileSync(reference, "utf8"));
    const f = join(dir, "fields-as-out.docx");
    writeFileSync(f, JSON.stringify(SEED_FIELDS));
    const r2 = await run("report", reference, "--docx", f, "--fields", f);
    expect(r2.code).toBe(2);
    expect(JSON.parse(readFileSync(f, "utf8"))).toEqual(SEED_FIELDS);
  });
});

describe("ita-scorecard group --docx", () => {
  it("writes the summary document for the group's office and prints its path", async () => {
    const { SMALL_TABLE } = await import("../engine/group/fixture");
    const file = join(dir, "agencies.csv");
    writeFileSync(file, csv(SMALL_TABLE as (string | number)[][]));
    const out = join(dir, "group.docx");
    const r = await run("group", file, "--group", "จังหวัด", "--docx", out);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${out}\n`);
    const t = await texts(out);
    expect(t).toContain("หน่วยงานที่ได้รับการประเมิน ๕ แห่ง ผ่านเกณฑ์ ๔ แห่ง คิดเป็นร้อยละ ๘๐.๐๐ ถึงเป้าหมายระดับประเทศ (ร้อยละ ๘๐ ของหน่วยงานผ่านเกณฑ์)");
    // The rejected row is still said on stderr, as without --docx.
    expect(r.err).not.toBe("");
    const bad = await run("group", file, "--docx", join(dir, "group.txt"));
    expect(bad.code).toBe(2);
  });
});
