// ita-scorecard: grade a file of ITA scores, or write its report sheets, from the command line.
// Exit codes: 0 done, 2 bad input or usage (message on stderr, nothing on
// stdout), 1 an unexpected failure (one sentence, never a stack trace).
import { describeProblem } from "../engine/messages";
import { boundProblems } from "../engine/problem-list";
import type { Lang } from "../engine/types";
import { isFileError } from "../files/errors";
import { readArgs, UsageError } from "./args";
import { CommandFailure, InputProblems } from "./failure";
import { escapeControls, stripControls } from "./terminal";
import type { Io } from "./io";
import { cliHint } from "./hints";

export type { Io } from "./io";

const processIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

/**
 * What a command prints, with control characters made harmless (see
 * terminal.ts). JSON text that writeJson has escaped string by string
 * (outEscaped) is not passed over again: escapeControls would leave it as it is.
 */
const safeIo = (io: Io, json: boolean): Io => {
  const clean = json ? escapeControls : stripControls;
  const safe: Io = { out: (s) => io.out(clean(s)), err: (s) => io.err(stripControls(s)) };
  if (json) safe.outEscaped = (s) => io.out(s);
  return safe;
};

export async function main(argv: string[], rawIo: Io = processIo): Promise<number> {
  let io = safeIo(rawIo, false);
  // Until the arguments are read, take the language from them as best we can.
  let lang: Lang = argv.some((a, i) => a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en")) ? "en" : "th";
  try {
    const o = readArgs(argv);
    lang = o.lang;
    io = safeIo(rawIo, o.json);
    if (o.help || o.command === "" || o.command === "help") {
      io.out((await import("./usage")).usage(lang));
      return 0;
    }
    // Each command's modules load when it runs: a group run never loads the
    // single-agency analysis, a JSON run never the workbook writer.
    if (o.command === "grade") await (await import("./grade")).gradeCommand(o, io);
    else if (o.command === "report") await (await import("./report")).reportCommand(o, io);
    else if (o.command === "group") await (await import("./group")).groupCommand(o, io);
    else throw new UsageError(`ไม่รู้จักคำสั่ง "${o.command}"`, `Unknown command "${o.command}"`);
    return 0;
  } catch (e) {
    if (e instanceof InputProblems) {
      for (const p of boundProblems(e.problems)) io.err(describeProblem(p, lang) + cliHint(p, lang) + "\n");
      return 2;
    }
    if (isFileError(e)) {
      io.err(describeProblem(e.problem, lang) + "\n");
      return 2;
    }
    if (e instanceof CommandFailure) {
      io.err(`${lang === "th" ? e.th : e.en}\n`);
      return e.exitCode;
    }
    if (e instanceof UsageError) {
      io.err(`${lang === "th" ? e.th : e.en}\n${lang === "th" ? "ดูวิธีใช้: ita-scorecard --help" : "See: ita-scorecard --help"}\n`);
      return 2;
    }
    io.err(
      lang === "th"
        ? "เกิดข้อผิดพลาดที่ไม่คาดคิด กรุณาแจ้งผู้พัฒนาพร้อมไฟล์ที่ใช้\n"
        : "An unexpected error occurred; please report it with the file used.\n"
    );
    return 1;
  }
}

/** Entry point for bin/ita-scorecard.js. */
export function run(): void {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
