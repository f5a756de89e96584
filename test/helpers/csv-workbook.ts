// An .xlsx holding CSV lines in column A, for the CLI's tests (ExcelJS: Node only, not the pane's jsdom tests).
import ExcelJS from "exceljs";
import { csvLines } from "./csv-lines";

/** An .xlsx at `path` whose Sheet1 holds the lines in column A. */
export async function csvColumnWorkbook(path: string, rows: readonly (readonly unknown[])[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  csvLines(rows).forEach((l, i) => (ws.getCell(i + 1, 1).value = l));
  await wb.xlsx.writeFile(path);
  return path;
}
