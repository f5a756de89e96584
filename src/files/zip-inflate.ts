// Node only (CLI): a zip's declared sizes can lie, and JSZip (under ExcelJS)
// checks them only after inflating everything. Inflate each part here first
// with Node's output cap, so a lying bomb stops at the limit, not at the heap's.
import { inflateRawSync } from "node:zlib";
import { INPUT_LIMITS, tooLarge } from "../engine/input/limits";
import type { Problem } from "../engine/types";
import { zipDirectory } from "./zip-check";

const LOCAL = 0x04034b50;

/** A problem when the parts together truly inflate past the limit; null otherwise (a damaged part is ExcelJS's to report). */
export function inflatedTooLarge(bytes: Uint8Array, where: string): Problem | null {
  const dir = zipDirectory(bytes);
  if (dir === null) return null;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const e of dir.entries) {
    const o = e.localOffset;
    if (o + 30 > bytes.length || v.getUint32(o, true) !== LOCAL) return null;
    const start = o + 30 + v.getUint16(o + 26, true) + v.getUint16(o + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
    const room = INPUT_LIMITS.inflated - total;
    if (e.method === 0) total += data.length;
    else if (e.method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, room) }).length;
      } catch (err) {
        if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
          return tooLarge(where, "inflated", INPUT_LIMITS.inflated, INPUT_LIMITS.inflated, true);
        return null;
      }
    }
    if (total > INPUT_LIMITS.inflated) return tooLarge(where, "inflated", total, INPUT_LIMITS.inflated);
  }
  return null;
}
