// Command-line arguments, validated into options; a bad one is a usage problem.
import { parseArgs } from "node:util";
import type { Lang } from "../engine/types";
import type { Digits } from "../engine/text";

export interface CliOptions {
  command: string;
  file: string | null;
  year?: number;
  framework?: string;
  passMark?: string;
  lang: Lang;
  digits: Digits;
  sheet?: string;
  json: boolean;
  agency?: string;
  planYear?: number;
  includeStrengths: boolean;
  check?: string;
  out?: string;
  pdf: boolean;
  /** The Word report to write (report command). */
  docx?: string;
  /** The memo's fields: a JSON file, then flags over it (see cli/document-fields). */
  fields?: string;
  fieldFlags: FieldFlags;
  group?: string;
  agencyName?: string;
  help: boolean;
}

/** The memo's fields given one by one on the command line. */
export interface FieldFlags {
  division?: string;
  documentNumber?: string;
  date?: string;
  addressee?: string;
  subject?: string;
  preparer?: string;
  preparerPosition?: string;
  /** "NAME|POSITION", in signing order. */
  reviewers?: string[];
}

export class UsageError extends Error {
  constructor(
    readonly th: string,
    readonly en: string
  ) {
    super(en);
  }
}

const YEAR = /^(25\d\d|26\d\d)$/;

/** Options every command takes. */
const COMMON = ["year", "framework", "pass-mark", "lang", "digits", "sheet", "agency", "help"];
const MEMO = ["fields", "division", "doc-number", "date", "addressee", "subject", "preparer", "preparer-position", "reviewer"];
/**
 * The options each command reads beyond the common ones: any other is
 * refused by name, never silently ignored (a --pdf given to grade would
 * otherwise look like it worked).
 */
export const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  grade: ["json", "plan-year", "include-strengths", "check"],
  report: ["plan-year", "include-strengths", "output", "pdf", "docx", ...MEMO],
  group: ["json", "group", "output", "pdf", "docx"],
};

/** A usage problem for an option given that the command does not read; null when all apply. */
function optionNotFor(command: string, given: readonly string[]): UsageError | null {
  // Own keys only: a command named "constructor" is unknown, not Object's.
  if (!Object.hasOwn(COMMAND_OPTIONS, command)) return null; // an unknown command is refused by name elsewhere
  const own = COMMAND_OPTIONS[command];
  const stray = given.find((name) => !COMMON.includes(name) && !own.includes(name));
  if (stray === undefined) return null;
  const flag = stray === "output" ? "-o/--output" : `--${stray}`;
  const takers = Object.keys(COMMAND_OPTIONS).filter((c) => COMMAND_OPTIONS[c].includes(stray));
  return new UsageError(
    `${flag} ใช้กับคำสั่ง ${command} ไม่ได้ (ใช้กับ ${takers.join(", ")})`,
    `${flag} does not apply to ${command} (it is for ${takers.join(", ")})`
  );
}

export function readArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      tokens: true,
      options: {
        year: { type: "string" },
        framework: { type: "string" },
        "pass-mark": { type: "string" },
        lang: { type: "string" },
        digits: { type: "string" },
        sheet: { type: "string" },
        json: { type: "boolean", default: false },
        agency: { type: "string" },
        "plan-year": { type: "string" },
        "include-strengths": { type: "boolean", default: false },
        check: { type: "string" },
        output: { type: "string", short: "o" },
        pdf: { type: "boolean", default: false },
        group: { type: "string" },
        docx: { type: "string" },
        fields: { type: "string" },
        division: { type: "string" },
        "doc-number": { type: "string" },
        date: { type: "string" },
        addressee: { type: "string" },
        subject: { type: "string" },
        preparer: { type: "string" },
        "preparer-position": { type: "string" },
        reviewer: { type: "string", multiple: true },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split("\n")[0] : "bad arguments";
    throw new UsageError(`อาร์กิวเมนต์ไม่ถูกต้อง: ${msg}`, `Bad arguments: ${msg}`);
  }
  const v = parsed.values;
  const lang = v.lang ?? "th";
  if (lang !== "th" && lang !== "en")
    throw new UsageError(`--lang ต้องเป็น th หรือ en ไม่ใช่ "${lang}"`, `--lang must be th or en, not "${lang}"`);
  const digits = v.digits ?? (lang === "th" ? "thai" : "arabic");
  if (digits !== "thai" && digits !== "arabic")
    throw new UsageError(`--digits ต้องเป็น thai หรือ arabic`, `--digits must be thai or arabic, not "${digits}"`);
  const year = (name: string, s: string | undefined) => {
    if (s === undefined) return undefined;
    if (!YEAR.test(s.trim()))
      throw new UsageError(`${name} ต้องเป็นปี พ.ศ. เช่น 2565 ไม่ใช่ "${s}"`, `${name} must be a Buddhist Era year such as 2565, not "${s}"`);
    return Number(s);
  };
  const passMark = v["pass-mark"];
  if (passMark !== undefined && !(/^\d+(\.\d+)?$/.test(passMark) && Number(passMark) <= 100)) {
    throw new UsageError(
      `--pass-mark ต้องเป็นตัวเลข 0–100 ไม่ใช่ "${passMark}"`,
      `--pass-mark must be a number from 0 to 100, not "${passMark}"`
    );
  }
  const [command = "", file = null] = parsed.positionals;
  const stray = optionNotFor(
    command,
    (parsed.tokens ?? []).flatMap((t) => (t.kind === "option" ? [t.name] : []))
  );
  if (stray && !(v.help ?? false)) throw stray;
  // group writes JSON to stdout or files, not both: --json beside -o/--docx would be dropped.
  if (command === "group" && v.json && (v.output !== undefined || v.docx !== undefined)) {
    throw new UsageError(
      "--json ใช้คู่กับ -o หรือ --docx ไม่ได้: JSON พิมพ์ออกทาง stdout ส่วน -o/--docx เขียนไฟล์ ให้รันแยกกัน",
      "--json cannot go with -o or --docx: JSON goes to stdout, -o/--docx write files; run them separately"
    );
  }
  return {
    command,
    file,
    year: year("--year", v.year),
    framework: v.framework,
    passMark,
    lang,
    digits,
    sheet: v.sheet,
    json: v.json ?? false,
    agency: v.agency,
    planYear: year("--plan-year", v["plan-year"]),
    includeStrengths: v["include-strengths"] ?? false,
    check: v.check,
    out: v.output,
    pdf: v.pdf ?? false,
    docx: v.docx,
    fields: v.fields,
    fieldFlags: {
      division: v.division,
      documentNumber: v["doc-number"],
      date: v.date,
      addressee: v.addressee,
      subject: v.subject,
      preparer: v.preparer,
      preparerPosition: v["preparer-position"],
      reviewers: v.reviewer,
    },
    group: v.group,
    help: v.help ?? false,
  };
}
