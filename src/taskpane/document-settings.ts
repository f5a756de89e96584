// The memo's fields as kept with the workbook: the Word report's form saves
// them, and Generate reads them so the measures sheet is signed by the same
// people the memo names.
import { signersOf, type DocumentFields } from "../report/document-fields";
import { fieldsFromJsonText } from "../report/document/fields-json";
import type { WorkbookHost } from "../report/host";

/** The host setting the fields are kept under (JSON). */
export const FIELDS_SETTING = "documentFields";

/** The saved fields when they name a signer; a missing or unreadable setting (or a failed read) gives none. */
export async function savedSigningFields(host: WorkbookHost): Promise<DocumentFields | undefined> {
  try {
    const text = await host.loadSetting(FIELDS_SETTING);
    const r = text ? fieldsFromJsonText(text) : null;
    return r?.ok && signersOf(r.fields).length > 0 ? r.fields : undefined;
  } catch {
    return undefined; // an optional part of the sheet: never stops a Generate
  }
}
