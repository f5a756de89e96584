// The reference report's scores as the Word report, and a way to read the
// written package back (jszip): its parts and word/document.xml's text.
import JSZip from "jszip";
import { analyse, type AnalyseOptions } from "../../src/engine/analyse";
import type { Analysis } from "../../src/engine/types";
import { emptyDocumentFields, type DocumentFields } from "../../src/report/document-fields";
import { buildDocument, type DocumentOptions } from "../../src/report/document/build";
import type { DocumentSpec } from "../../src/report/document/spec";
import { referenceTable } from "../helpers/tables";

export const AGENCY = "เทศบาลเมืองเขลางค์นคร";

/** The seed memo's own fields (its head and approvals chain). */
export const SEED_FIELDS: DocumentFields = {
  ...emptyDocumentFields(),
  division: "กองยุทธศาสตร์และงบประมาณ งานนิติการและรับเรื่องราวร้องทุกข์",
  documentNumber: "ลป ๕๒๓๐๗/๒๖๓",
  date: "2023-03-20",
  addressee: "นายกเทศมนตรีเมืองเขลางค์นคร",
  preparer: { name: "นางสาวพิมพ์ชนก แก้วใจ", position: "นิติกรชำนาญการ" },
  reviewers: [
    { name: "นางสาวพจนา วรรณเสวี", position: "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ" },
    { name: "นางลัดดาพร เสนอินทร์", position: "รองปลัดเทศบาล ปฏิบัติราชการแทน ปลัดเทศบาลเมืองเขลางค์นคร" },
    { name: "นายจตุวัฒน์ ด้อยเดิมนวงศ์", position: "เลขานุการนายกเทศมนตรีเมืองเขลางค์นคร" },
    { name: "นายจำเนียร พรหมเพชร", position: "รองนายกเทศมนตรี ปฏิบัติราชการแทน นายกเทศมนตรีเมืองเขลางค์นคร" },
  ],
};

export function referenceAnalysis(o: AnalyseOptions = {}): Analysis {
  const r = analyse(referenceTable(), o);
  if (!r.ok) throw new Error("the reference table must analyse");
  return r.analysis;
}

export function referenceDocument(o: Partial<DocumentOptions> = {}, a: Analysis = referenceAnalysis()): DocumentSpec {
  return buildDocument(a, { lang: "th", digits: "thai", agency: AGENCY, fields: SEED_FIELDS, today: "2023-03-20", ...o });
}

export async function parts(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

export async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const f = (await parts(bytes)).file(name);
  if (!f) throw new Error(`no ${name} in the package`);
  return f.async("string");
}

/** The text of word/document.xml's w:t elements, one string per paragraph (XML entities decoded). */
export function paragraphTexts(xml: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join("")
  );
}
