// Bytes → text. Thai CSVs come in four encodings: UTF-8 (with or without a
// BOM), "Unicode Text" (UTF-16LE with a BOM) and, from Thai-locale Excel's
// plain "CSV", Windows-874 (TIS-620).
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-874";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const decode = (bytes: Uint8Array, enc: TextEncodingName, fatal = false): string => new TextDecoder(enc, { fatal }).decode(bytes);

/**
 * UTF-16 without a BOM: one byte of each pair is almost always 0x00 (ASCII)
 * or 0x0E (Thai, U+0E00–U+0E7F); neither UTF-8 nor Windows-874 text has
 * many of those bytes.
 */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  const pairs = bytes.length / 2;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0x00 || bytes[i] === 0x0e) even++;
    if (bytes[i + 1] === 0x00 || bytes[i + 1] === 0x0e) odd++;
    // Once neither side can reach 60 % even if every pair left counted, the answer is no (a UTF-8 file stops at 40 %).
    if ((i & 0x1ffe) === 0) {
      const left = pairs - i / 2 - 1;
      if ((odd + left) / pairs < 0.6 && (even + left) / pairs < 0.6) return null;
    }
  }
  if (odd / pairs >= 0.6 && even / pairs < 0.2) return "utf-16le";
  if (even / pairs >= 0.6 && odd / pairs < 0.2) return "utf-16be";
  return null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: decode(b, "utf-8"), encoding: "utf-8" };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { text: decode(b, "utf-16le"), encoding: "utf-16le" };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { text: decode(b, "utf-16be"), encoding: "utf-16be" };
  const utf16 = sniffUtf16(b);
  if (utf16) return { text: decode(b, utf16), encoding: utf16 };
  try {
    return { text: decode(b, "utf-8", true), encoding: "utf-8" };
  } catch {
    return { text: decode(b, "windows-874"), encoding: "windows-874" };
  }
}
