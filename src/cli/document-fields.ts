// The memo's fields for `report --docx`: a --fields JSON file (validated,
// every problem naming its field), then the flags over it.
import { MAX_REVIEWERS, type DocumentFields, type Signer } from "../report/document-fields";
import { fieldsFromJson, fieldsFromJsonText, type FieldProblem } from "../report/document/fields-json";
import { emptyDocumentFields } from "../report/document-fields";
import type { CliOptions, FieldFlags } from "./args";
import { CommandFailure } from "./failure";
import { readUserText } from "./user-files";

const refuse = (where: string, problems: FieldProblem[]): never => {
  throw new CommandFailure(problems.map((p) => `${where}: ${p.th}`).join("\n"), problems.map((p) => `${where}: ${p.en}`).join("\n"), 2);
};

/** "NAME|POSITION" → a signer. */
const reviewer = (s: string): Signer => {
  const [name, ...rest] = s.split("|");
  return { name: name.trim(), position: rest.join("|").trim() };
};

function withFlags(base: DocumentFields, f: FieldFlags): unknown {
  const reviewers = f.reviewers ? f.reviewers.map(reviewer) : base.reviewers;
  return {
    ...base,
    ...(f.division !== undefined ? { division: f.division } : {}),
    ...(f.documentNumber !== undefined ? { documentNumber: f.documentNumber } : {}),
    ...(f.date !== undefined ? { date: f.date } : {}),
    ...(f.addressee !== undefined ? { addressee: f.addressee } : {}),
    ...(f.subject !== undefined ? { subject: f.subject } : {}),
    preparer: { name: f.preparer ?? base.preparer.name, position: f.preparerPosition ?? base.preparer.position },
    reviewers,
  };
}

/** The fields the document is made with; CommandFailure (exit 2) naming each bad field. */
export async function loadDocumentFields(o: CliOptions): Promise<DocumentFields> {
  let base = emptyDocumentFields();
  if (o.fields) {
    const r = fieldsFromJsonText(await readUserText(o.fields));
    if (!r.ok) refuse(o.fields, r.problems);
    else base = r.fields;
  }
  if ((o.fieldFlags.reviewers?.length ?? 0) > MAX_REVIEWERS) {
    throw new CommandFailure(`--reviewer ระบุได้ไม่เกิน ${MAX_REVIEWERS} คน`, `--reviewer may be given at most ${MAX_REVIEWERS} times`, 2);
  }
  const r = fieldsFromJson(withFlags(base, o.fieldFlags));
  if (!r.ok) return refuse(o.lang === "th" ? "ตัวเลือก" : "options", r.problems);
  return r.fields;
}
