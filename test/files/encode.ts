// Byte encoders for tests: how Thai Excel, Notepad and editors save text.
export const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "utf8"));
export const utf8Bom = (s: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(s, "utf8")]);
export const utf16leBom = (s: string): Uint8Array => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, "utf16le")]);
export const utf16leNoBom = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "utf16le"));
export function utf16beBom(s: string): Uint8Array {
  const le = Buffer.from(s, "utf16le");
  const out = new Uint8Array(le.length + 2);
  out[0] = 0xfe;
  out[1] = 0xff;
  for (let i = 0; i < le.length; i += 2) {
    out[i + 2] = le[i + 1];
    out[i + 3] = le[i];
  }
  return out;
}
/** Windows-874 / TIS-620: ASCII as is, Thai U+0E01–U+0E5B as bytes 0xA1–0xFB. */
export function windows874(s: string): Uint8Array {
  return new Uint8Array(
    [...s].map((ch) => {
      const cp = ch.codePointAt(0) as number;
      if (cp < 0x80) return cp;
      if (cp >= 0x0e01 && cp <= 0x0e5b) return cp - 0x0e00 + 0xa0;
      throw new Error(`not in Windows-874: U+${cp.toString(16)}`);
    })
  );
}
