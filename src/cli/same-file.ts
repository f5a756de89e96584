// An output path that is one of the inputs would replace the planner's data
// with the report. Compared by device and inode, so another spelling
// ("./a/../scores.xlsx"), a symbolic or hard link, or a different letter
// case on a case-insensitive disk is caught as well.
import { stat } from "node:fs/promises";
import { CommandFailure } from "./failure";

/** Throws (exit 2) when `out` is the same file as one of `inputs`; an output that does not exist yet is never an input. */
export async function refuseOverwritingInput(out: string, inputs: (string | undefined)[]): Promise<void> {
  const o = await stat(out).catch(() => null);
  if (!o) return;
  for (const input of inputs) {
    if (input === undefined) continue;
    const i = await stat(input).catch(() => null);
    if (i && i.dev === o.dev && i.ino === o.ino) {
      throw new CommandFailure(
        `ไฟล์ผลลัพธ์ ${out} คือไฟล์ข้อมูล ${input} เอง: จะไม่เขียนทับข้อมูล ตั้งชื่อไฟล์ผลลัพธ์ใหม่ (-o)`,
        `The output file ${out} is the input ${input} itself: it is not overwritten; choose another output name (-o)`,
        2
      );
    }
  }
}
