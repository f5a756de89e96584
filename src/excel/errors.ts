// Office errors → HostError, chosen by `OfficeExtension.Error.code` (not
// localized) and never by `message` (localized, not meant for users). Codes
// and their meaning from Microsoft's "Error handling with the
// application-specific JavaScript APIs" page (office-js-docs-pr,
// docs/testing/application-specific-api-error-handling.md):
//  - GeneralException is "an internal error while processing the request":
//    Excel's generic failure (also what a write can meet when another
//    workbook has focus), not a connection problem;
//  - InvalidOperation is "the operation attempted is invalid on the object":
//    what a protected workbook gives, but also what a batch meets while the
//    user edits a cell (docs/excel/excel-add-ins-delay-in-cell-edit.md), so
//    the write checks protection before saying so (office-host);
//  - AccessDenied "may be caused by a user's antivirus software": not proof
//    of protection either;
//  - InactiveWorkbook: "multiple workbooks are open and the workbook being
//    called by this API has lost focus";
//  - Request/ResponsePayloadSizeLimitExceeded: Excel on the web's 5 MB caps.
import { HostError } from "../report/host";

const BY_CODE: Record<string, HostError["code"]> = {
  AccessDenied: "refused",
  InvalidOperation: "refused",
  InvalidOperationInCellEditMode: "edit-mode",
  InactiveWorkbook: "inactive-workbook",
  ItemAlreadyExists: "name-in-use",
  GeneralException: "excel-error",
  ConnectionFailure: "connection",
  RequestAborted: "connection",
  ServiceNotAvailable: "connection",
  Timeout: "connection",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  RangeExceedsLimit: "too-large",
  OperationCellsExceedLimit: "too-large",
  ItemNotFound: "not-found",
  InvalidSelection: "no-selection",
};

/** The Office error code of a thrown value ("" when it is not an Office error). */
export function officeCode(e: unknown): string {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
}

/** `debugInfo.errorLocation` of an Office error: "the object type and property or method name", if available. */
export function errorLocation(e: unknown): string {
  const info = typeof e === "object" && e !== null ? (e as { debugInfo?: { errorLocation?: unknown } }).debugInfo : undefined;
  return typeof info?.errorLocation === "string" ? info.errorLocation : "";
}

export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = officeCode(e);
  return new HostError(BY_CODE[code] ?? "unknown", code);
}
