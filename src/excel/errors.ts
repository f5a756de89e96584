// Office errors → HostError, chosen by `OfficeExtension.Error.code` (not
// localized) and never by `message` (localized, not meant for users).
// Codes from Excel.ErrorCodes / OfficeExtension.ErrorCodes in @types/office-js
// and Microsoft's "Error handling with the application-specific JavaScript
// APIs" page; RequestPayloadSizeLimitExceeded is what Excel on the web returns
// past its 5 MB request cap.
import { HostError } from "../report/host";

const BY_CODE: Record<string, HostError["code"]> = {
  AccessDenied: "protected",
  // What a protected sheet or workbook structure gives for a write to it (adding,
  // renaming or deleting a sheet, setting cells); our writes touch only sheets
  // we add, so protection is the likely cause.
  InvalidOperation: "protected",
  InvalidOperationInCellEditMode: "edit-mode",
  ItemAlreadyExists: "name-in-use",
  ConnectionFailure: "connection",
  RequestAborted: "connection",
  // Excel on the web answers a lost session or service hiccup with these.
  GeneralException: "connection",
  ServiceNotAvailable: "connection",
  Timeout: "connection",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  RangeExceedsLimit: "too-large",
  OperationCellsExceedLimit: "too-large",
  ItemNotFound: "not-found",
  InvalidSelection: "no-selection",
};

export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  return new HostError(BY_CODE[code] ?? "unknown", code);
}
