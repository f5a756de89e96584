// An .xlsx is a zip archive: before anything inflates it, read its central
// directory (the list of parts with their sizes, at the end of the file) and
// refuse an archive whose parts would inflate past the input limit, or that
// holds more parts than any workbook does (a zip bomb is a small file that
// inflates to gigabytes). No Node or DOM: the browser can use it as well.
import { INPUT_LIMITS, tooLarge } from "../engine/input/limits";
import type { Problem } from "../engine/types";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Uncompressed size as the archive declares it (a bomb may lie: see verifyInflatedSizes). */
  size: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

/**
 * The archive's central directory: its part count and, when that is within
 * the limit, its parts; null when it is not a readable zip (the reader then says so).
 */
export function zipDirectory(bytes: Uint8Array): { count: number; entries: ZipEntry[] } | null {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u64 = (o: number) => v.getUint32(o, true) + v.getUint32(o + 4, true) * 2 ** 32;
  // The end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
  let end = -1;
  for (let o = bytes.length - 22; o >= Math.max(0, bytes.length - 22 - 0xffff); o--) {
    if (v.getUint32(o, true) === EOCD) {
      end = o;
      break;
    }
  }
  if (end < 0) return null;
  let count = v.getUint16(end + 10, true);
  let offset = v.getUint32(end + 16, true);
  if ((count === 0xffff || offset === MAX32) && end >= 20 && v.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const z = u64(end - 12);
    if (z + 56 > bytes.length || v.getUint32(z, true) !== ZIP64_EOCD) return null;
    count = u64(z + 32);
    offset = u64(z + 48);
  }
  if (count > INPUT_LIMITS.zipEntries) return { count, entries: [] };
  const out: ZipEntry[] = [];
  let o = offset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || v.getUint32(o, true) !== CENTRAL) return null;
    const nameLen = v.getUint16(o + 28, true);
    const extraLen = v.getUint16(o + 30, true);
    const commentLen = v.getUint16(o + 32, true);
    if (o + 46 + nameLen + extraLen > bytes.length) return null;
    const e: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(o + 46, o + 46 + nameLen)),
      method: v.getUint16(o + 10, true),
      compressedSize: v.getUint32(o + 20, true),
      size: v.getUint32(o + 24, true),
      localOffset: v.getUint32(o + 42, true),
    };
    readZip64Extra(v, o + 46 + nameLen, extraLen, e, u64);
    out.push(e);
    o += 46 + nameLen + extraLen + commentLen;
  }
  return { count, entries: out };
}

/** Sizes of 0xFFFFFFFF are in the zip64 extra field, in this order, only those that overflowed. */
function readZip64Extra(v: DataView, start: number, length: number, e: ZipEntry, u64: (o: number) => number): void {
  for (let p = start; p + 4 <= start + length;) {
    const id = v.getUint16(p, true);
    const len = v.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      for (const key of ["size", "compressedSize", "localOffset"] as const) {
        if (e[key] === MAX32 && q + 8 <= p + 4 + len) {
          e[key] = u64(q);
          q += 8;
        }
      }
    }
    p += 4 + len;
  }
}

/** A problem when the archive holds too many parts or declares more than the inflate limit; null when it may be read. */
export function zipTooLarge(bytes: Uint8Array, where: string): Problem | null {
  const dir = zipDirectory(bytes);
  if (dir === null) return null;
  if (dir.count > INPUT_LIMITS.zipEntries) return tooLarge(where, "zip-entries", dir.count, INPUT_LIMITS.zipEntries);
  let total = 0;
  for (const e of dir.entries) total += e.size;
  return total > INPUT_LIMITS.inflated ? tooLarge(where, "inflated", total, INPUT_LIMITS.inflated) : null;
}
