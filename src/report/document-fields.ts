/**
 * What a planner fills in once for the documents they hand in: the memo head
 * (บันทึกข้อความ) of the Word report and the signature block printed under the
 * measures sheet both come from these fields, so the two never disagree.
 * Kept with the workbook (pane) or read from flags / a JSON file (CLI).
 * Every string is user text: data, never markup or a formula.
 */
export interface Signer {
  /** Shown in parentheses under the signature line, as in the memo form. */
  name: string;
  /** ตำแหน่ง, e.g. "นักวิเคราะห์นโยบายและแผนชำนาญการ". */
  position: string;
}

export interface DocumentFields {
  /** ส่วนราชการ: the unit sending the memo (e.g. "กองยุทธศาสตร์และงบประมาณ โทร. ..."). */
  division: string;
  /** ที่: the document number (e.g. "ลป ๕๕๒๐๑/..."). */
  documentNumber: string;
  /** วันที่ as an ISO date (yyyy-mm-dd); empty: the day the document is made. */
  date: string;
  /** เรียน: the addressee (e.g. "นายกเทศมนตรีเมืองเขลางค์นคร"). */
  addressee: string;
  /** ผู้จัดทำ: the writer, who signs first. */
  preparer: Signer;
  /** ผู้ตรวจสอบ / ผู้อนุมัติ in the order they sign, at most MAX_REVIEWERS. */
  reviewers: Signer[];
  /** เรื่อง, when the planner words it otherwise; empty: the standard subject naming the year. */
  subject?: string;
  /** Section ๑ (ความเป็นมา) in the planner's words, paragraphs split by blank lines; empty: the standard text. */
  background?: string;
}

export const MAX_REVIEWERS = 4;

export function emptyDocumentFields(): DocumentFields {
  return { division: "", documentNumber: "", date: "", addressee: "", preparer: { name: "", position: "" }, reviewers: [] };
}

/** Signers that have a name or a position, the preparer first: what a signature block prints. */
export function signersOf(fields: DocumentFields): Signer[] {
  const filled = (s: Signer) => s.name.trim() !== "" || s.position.trim() !== "";
  return [fields.preparer, ...fields.reviewers.slice(0, MAX_REVIEWERS)].filter(filled);
}
