// ita-scorecard grade FILE: one agency's scores graded, as a summary or --json.
import { checkStatedFigures, extractStatedFigures } from "../engine/consistency";
import { UsageError, type CliOptions } from "./args";
import { warnOtherYear } from "./hints";
import type { Io } from "./io";
import { analysisJson } from "./json";
import { loadAnalysis } from "./load";
import { readUserText } from "./user-files";
import { summary } from "./summary";

export async function gradeCommand(o: CliOptions, io: Io): Promise<void> {
  if (!o.file) throw new UsageError("ต้องระบุไฟล์คะแนน: ita-scorecard grade FILE", "A score file is required: ita-scorecard grade FILE");
  const { analysis: a, ignored } = await loadAnalysis(o.file, o, io.err);
  warnOtherYear(a, o.lang, io.err);
  if (o.check) a.checks = a.checks.concat(checkStatedFigures(a, extractStatedFigures(await readUserText(o.check))));
  io.out(
    o.json ? JSON.stringify(analysisJson(a), null, 2) + "\n" : summary(a, { lang: o.lang, digits: o.digits, agency: o.agency, ignored })
  );
}
