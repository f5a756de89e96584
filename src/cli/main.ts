// ita-scorecard: grade a file of ITA scores from the command line.
// Exit codes: 0 done, 2 bad input or usage (message on stderr, nothing on
// stdout), 1 an unexpected failure (one sentence, never a stack trace).
import { readFile } from "node:fs/promises";
import { analyse } from "../engine/analyse";
import { checkStatedFigures, extractStatedFigures } from "../engine/consistency";
import { parseFrameworkJson } from "../engine/framework-file";
import { builtInFramework, KNOWN_YEARS } from "../engine/frameworks/years";
import { parseScores } from "../engine/input";
import { describeProblem } from "../engine/messages";
import type { Framework, Lang, Problem } from "../engine/types";
import { isFileError } from "../files/errors";
import { readScoreFileFromDisk } from "../files/node-read";
import { readArgs, UsageError, type CliOptions } from "./args";
import { analysisJson } from "./json";
import { summary } from "./summary";
import { usage } from "./usage";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const processIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

/** Problems the user must fix: reported together, exit code 2. */
class InputProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super("input problems");
  }
}

async function loadFramework(spec: string | undefined): Promise<Framework | undefined> {
  if (spec === undefined) return undefined;
  if (/\.json$/i.test(spec)) {
    let text: string;
    try {
      text = await readFile(spec, "utf8");
    } catch {
      throw new InputProblems([{ where: spec, code: "unreadable-file", detail: { reason: "not-found" } }]);
    }
    const r = parseFrameworkJson(text, spec);
    if (!r.ok) throw new InputProblems(r.problems);
    return r.framework;
  }
  const fw = builtInFramework(spec.replace(/^ita-/i, ""));
  if (!fw) throw new InputProblems([{ where: "--framework", code: "unknown-year", detail: { year: spec, known: KNOWN_YEARS.join(", ") } }]);
  return fw;
}

async function grade(o: CliOptions, io: Io): Promise<void> {
  if (!o.file) throw new UsageError("ต้องระบุไฟล์คะแนน: ita-scorecard grade FILE", "A score file is required: ita-scorecard grade FILE");
  const framework = await loadFramework(o.framework);
  const file = await readScoreFileFromDisk(o.file, { sheet: o.sheet });
  const parsed = parseScores(file.cells, { addressStyle: file.addressStyle, framework });
  if (!parsed.ok) throw new InputProblems(parsed.problems);
  const r = analyse(parsed.table, {
    year: o.year,
    framework,
    passMark: o.passMark,
    planYear: o.planYear,
    includeStrengths: o.includeStrengths,
  });
  if (!r.ok) throw new InputProblems(r.problems);
  const a = r.analysis;
  if (o.check) {
    let report: string;
    try {
      report = await readFile(o.check, "utf8");
    } catch {
      throw new InputProblems([{ where: o.check, code: "unreadable-file", detail: { reason: "not-found" } }]);
    }
    a.checks.push(...checkStatedFigures(a, extractStatedFigures(report)));
  }
  io.out(o.json ? JSON.stringify(analysisJson(a), null, 2) + "\n" : summary(a, { lang: o.lang, digits: o.digits, agency: o.agency, ignored: parsed.table.ignored }));
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  // Until the arguments are read, take the language from them as best we can.
  let lang: Lang = argv.some((a, i) => a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en")) ? "en" : "th";
  try {
    const o = readArgs(argv);
    lang = o.lang;
    if (o.help || o.command === "" || o.command === "help") {
      io.out(usage(lang));
      return 0;
    }
    if (o.command === "grade") await grade(o, io);
    else throw new UsageError(`ไม่รู้จักคำสั่ง "${o.command}"`, `Unknown command "${o.command}"`);
    return 0;
  } catch (e) {
    if (e instanceof InputProblems) {
      for (const p of e.problems) io.err(describeProblem(p, lang) + "\n");
      return 2;
    }
    if (isFileError(e)) {
      io.err(describeProblem(e.problem, lang) + "\n");
      return 2;
    }
    if (e instanceof UsageError) {
      io.err(`${lang === "th" ? e.th : e.en}\n${lang === "th" ? "ดูวิธีใช้: ita-scorecard --help" : "See: ita-scorecard --help"}\n`);
      return 2;
    }
    io.err(lang === "th" ? "เกิดข้อผิดพลาดที่ไม่คาดคิด กรุณาแจ้งผู้พัฒนาพร้อมไฟล์ที่ใช้\n" : "An unexpected error occurred; please report it with the file used.\n");
    return 1;
  }
}

/** Entry point for bin/ita-scorecard.js. */
export function run(): void {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
