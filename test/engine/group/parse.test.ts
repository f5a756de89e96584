import { describeProblem } from "../../../src/engine/messages";
import { parseGroupScores } from "../../../src/engine/group/parse";
import { SMALL_TABLE } from "./fixture";

const ten = (v: unknown) => Array.from({ length: 10 }, () => v);
const names = [
  "การปฏิบัติหน้าที่",
  "การใช้งบประมาณ",
  "การใช้อำนาจ",
  "การใช้ทรัพย์สินของราชการ",
  "การแก้ไขปัญหาการทุจริต",
  "คุณภาพการดำเนินงาน",
  "ประสิทธิภาพการสื่อสาร",
  "การปรับปรุงระบบการทำงาน",
  "การเปิดเผยข้อมูล",
  "การป้องกันการทุจริต",
];

describe("parseGroupScores", () => {
  it("reads one row per agency and year, with group columns and Thai digits", () => {
    const r = parseGroupScores(SMALL_TABLE);
    if (!r.ok) throw new Error("parse");
    const t = r.table;
    expect(t.layout).toBe("year-column");
    expect(t.groupColumns.map((g) => [g.name, g.where])).toEqual([["จังหวัด", "C1"]]);
    expect(t.years).toEqual([2564, 2565]);
    const kh = t.records.find((x) => x.agency === "อบต.ข");
    expect(kh).toMatchObject({ year: 2565, groups: ["ลำปาง"], where: "B3", stated: null });
    expect(kh?.scores[10]).toBe("90");
    // Each score also as whole hundredths (rounded half up), for grading without reading the texts again.
    expect(kh?.hundredths?.slice(1)).toEqual(Array.from({ length: 10 }, () => 9000));
    expect(t.records.find((x) => x.agency === "อบต.ง" && x.year === 2565)).toMatchObject({ stated: "95.99", statedCell: "O5" });
    // The "ที่" column is a rank column: listed, not read.
    expect(t.ignored).toContainEqual({ where: "A1", reason: "rank-column", text: "ที่" });
  });

  it("reads one block of columns per year under a year band, indicators by name", () => {
    const cells = [
      ["", "", "ปีงบประมาณ 2565", ...Array(10).fill(""), "ปีงบประมาณ 2566", ...Array(10).fill("")],
      ["ชื่อหน่วยงาน", "ประเภท", ...names, "คะแนนรวม", ...names, "คะแนนรวม"],
      ["เทศบาลเมืองเขลางค์นคร", "เทศบาลเมือง", ...ten(85), 85, ...ten(86), 86],
      // Not assessed in 2565: a blank block is no problem.
      ["อบต.ใหม่", "อบต.", ...ten(""), "", ...ten(70), ""],
    ];
    const r = parseGroupScores(cells);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.table.layout).toBe("year-blocks");
    expect(r.table.records.map((x) => [x.agency, x.year, x.scores[1], x.stated, x.groups[0]])).toEqual([
      ["เทศบาลเมืองเขลางค์นคร", 2565, "85", "85", "เทศบาลเมือง"],
      ["เทศบาลเมืองเขลางค์นคร", 2566, "86", "86", "เทศบาลเมือง"],
      ["อบต.ใหม่", 2566, "70", null, "อบต."],
    ]);
    expect(r.table.ignored).toContainEqual({ where: "C4", reason: "blank", text: "อบต.ใหม่ 2565" });
  });

  it("takes the year from a title, or from the caller, when no column names one", () => {
    const body = [
      ["หน่วยงาน", ...Array.from({ length: 10 }, (_, i) => `${i + 1}`)],
      ["กรม ก", ...ten(90)],
    ];
    const titled = parseGroupScores([["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๖"], ...body]);
    expect(titled.ok && titled.table.records[0].year).toBe(2566);
    const given = parseGroupScores(body, { year: 2567 });
    expect(given.ok && given.table.records[0].year).toBe(2567);
    const none = parseGroupScores(body);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.problems[0].code).toBe("no-year");
  });

  it("refuses a table lacking an indicator column, naming the indicator", () => {
    const r = parseGroupScores([
      ["หน่วยงาน", "ปี", ...names.slice(0, 9)],
      ["กรม ก", 2565, ...ten(90).slice(0, 9)],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => describeProblem(p, "th"))).toEqual(["A1:K1: ไม่พบตัวชี้วัดที่ 10"]);
  });

  it("rejects bad rows with their cells and reads on (no name, bad year, out of range, duplicate)", () => {
    const cells = [
      ["หน่วยงาน", "ปี", ...names],
      ["", 2565, ...ten(90)],
      ["กรม ก", "ปีหน้า", ...ten(90)],
      ["กรม ข", 2565, 101, ...ten(90).slice(1)],
      ["กรม ค", 2565, ...ten("ร้อยละ 90")],
      ["กรม ค", 2565, ...ten(91)],
    ];
    const r = parseGroupScores(cells);
    if (!r.ok) throw new Error("parse");
    expect(r.table.records.map((x) => [x.agency, x.scores[1]])).toEqual([["กรม ค", "90"]]);
    expect(r.table.problems.map((p) => describeProblem(p, "en"))).toEqual([
      "A2: this row has scores but no agency name",
      `B3: cannot read a fiscal year from 'ปีหน้า' (readable: "2565", "๒๕๖๖")`,
      "C4: '101' is outside the score range 0–100",
      "A6: 'กรม ค' 2565 is given twice (first at A5); the first is used",
    ]);
  });

  it("lists a total row and section headings as not read", () => {
    const r = parseGroupScores([["หน่วยงาน", "ปี", ...names], ["จังหวัดลำปาง"], ["กรม ก", 2565, ...ten(90)], ["ค่าเฉลี่ย", 2565, ...ten(90)]]);
    if (!r.ok) throw new Error("parse");
    expect(r.table.records).toHaveLength(1);
    expect(r.table.ignored).toEqual([
      { where: "A2", reason: "note", text: "จังหวัดลำปาง" },
      { where: "A4", reason: "note", text: "ค่าเฉลี่ย" },
    ]);
  });

  it("refuses a table with no indicator headers", () => {
    const r = parseGroupScores([
      ["ชื่อ", "คะแนน"],
      ["กรม ก", 90],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].code).toBe("no-scores");
  });
});
