// The reference analysis (the Khelang Nakhon report's scores) as report
// specs, and a way to read a written workbook back.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyse } from "../../src/engine/analyse";
import { buildSheets } from "../../src/report/build";
import type { ReportOptions } from "../../src/report/options";
import type { SheetSpec } from "../../src/report/spec";
import { referenceTable } from "../helpers/tables";

export function referenceSpecs(o: Partial<ReportOptions> = {}, includeStrengths = false): SheetSpec[] {
  const r = analyse(referenceTable(), { includeStrengths });
  if (!r.ok) throw new Error("the reference table must analyse");
  return buildSheets(r.analysis, { lang: "th", digits: "thai", agency: "เทศบาลเมืองเขลางค์นคร", owners: [], ...o });
}

export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** The raw XML of one part of the package, e.g. "xl/workbook.xml". */
export async function part(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const f = zip.file(name);
  if (!f) throw new Error(`no ${name} in the package`);
  return f.async("string");
}
