// A framework file may say which fiscal year it is for ("year"). When that is
// not the year it would grade, the run is refused (exit 2) rather than
// warned about: the mismatch means the framework file or the score table is
// not the one meant, and the grade it would print (perhaps on another scale,
// letters vs rating) goes into an official report, while a warning on stderr
// is easily lost when the output is piped, redirected or pasted. The fix is
// one edit the message names: set "year" to the year meant, or remove it.
import type { Framework } from "../engine/types";
import { CommandFailure } from "./failure";

/** A --framework value naming a file rather than a built-in year. */
export const isFrameworkFile = (spec: string): boolean => /\.json$/i.test(spec);

/** Refuses when the framework file `spec` declares a year other than `applied`, the year it grades. */
export function refuseOtherYear(spec: string | undefined, fw: Framework | undefined, applied: number): void {
  if (spec === undefined || fw === undefined || !isFrameworkFile(spec) || fw.year === null || fw.year === applied) return;
  const declared = fw.year;
  throw new CommandFailure(
    `${spec}: ช่อง "year" ระบุปี ${declared} แต่กรอบการประเมินนี้จะใช้ให้คะแนนปี ${applied} ` +
      `ถ้าตั้งใจใช้กับปี ${applied} ให้แก้ "year" เป็น ${applied} หรือลบช่องนี้ ถ้าไม่ใช่ ให้ตรวจว่าใช้ไฟล์คะแนนหรือไฟล์กรอบการประเมินถูกไฟล์`,
    `${spec}: "year" is ${declared}, but this framework would grade the ${applied} scores; ` +
      `if it is meant for ${applied}, set "year" to ${applied} or remove it; otherwise check that the score file and the framework file are the ones meant`
  );
}
