// The reference report's scores, typed in from its section 6 table (Arabic
// digits): the expected values every reading test checks against.
export const SCORES_2564: Record<number, string> = {
  1: "89.98",
  2: "82.07",
  3: "85.13",
  4: "79.53",
  5: "83.47",
  6: "87.36",
  7: "87.24",
  8: "85.21",
  9: "100",
  10: "92.86",
};
export const SCORES_2565: Record<number, string> = {
  1: "90.79",
  2: "81.43",
  3: "83.97",
  4: "80.74",
  5: "85.75",
  6: "80.81",
  7: "80.98",
  8: "78.74",
  9: "95.56",
  10: "100",
};
export const STATED_2564 = "89.76";
export const STATED_2565 = "88.53";

/** Indicator names as the report prints them. */
export const NAMES: Record<number, string> = {
  1: "การปฏิบัติหน้าที่ (IIT)",
  2: "การใช้งบประมาณ (IIT)",
  3: "การใช้อำนาจ (IIT)",
  4: "การใช้ทรัพย์สินของราชการ (IIT)",
  5: "การแก้ไขปัญหาการทุจริต (IIT)",
  6: "คุณภาพการดำเนินงาน (EIT)",
  7: "ประสิทธิภาพการสื่อสาร (EIT)",
  8: "การปรับปรุงระบบการทำงาน (EIT)",
  9: "การเปิดเผยข้อมูล (OIT)",
  10: "การป้องกันการทุจริต (OIT)",
};

export const NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** A two-year table: header + 10 indicator rows (+ total row). */
export function twoYearTable(withTotal = true): unknown[][] {
  const rows: unknown[][] = [["ตัวชี้วัด", "2564", "2565"]];
  for (const n of NUMBERS) rows.push([`ตัวชี้วัดที่ ${n} ${NAMES[n]}`, SCORES_2564[n], SCORES_2565[n]]);
  if (withTotal) rows.push(["คะแนนรวม", STATED_2564, STATED_2565]);
  return rows;
}
