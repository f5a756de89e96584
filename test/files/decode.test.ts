import { decodeText } from "../../src/files/decode";
import { utf16beBom, utf16leBom, utf16leNoBom, utf8, utf8Bom, windows874 } from "./encode";

const THAI = "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่,๘๙.๙๘,คุณภาพการดำเนินงาน\r\n";

describe("decodeText", () => {
  it.each([
    ["UTF-8", utf8, "utf-8"],
    ["UTF-8 with BOM", utf8Bom, "utf-8"],
    ["UTF-16LE with BOM", utf16leBom, "utf-16le"],
    ["UTF-16BE with BOM", utf16beBom, "utf-16be"],
    ["UTF-16LE without BOM", utf16leNoBom, "utf-16le"],
    ["Windows-874", windows874, "windows-874"],
  ] as const)("%s", (_name, encode, encoding) => {
    const d = decodeText(encode(THAI));
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(THAI); // BOM dropped, every Thai character back
  });

  it("finds UTF-16LE without a BOM in mostly-ASCII text (many NUL bytes)", () => {
    const d = decodeText(utf16leNoBom("Indicator,2564,2565\n1,89.98,90.79\n"));
    expect(d).toEqual({ text: "Indicator,2564,2565\n1,89.98,90.79\n", encoding: "utf-16le" });
  });

  it("keeps plain ASCII as UTF-8 and empty bytes as empty text", () => {
    expect(decodeText(utf8("a,b\n1,2"))).toEqual({ text: "a,b\n1,2", encoding: "utf-8" });
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });

  it("reads Windows-874 bytes that are not valid UTF-8 (ก = 0xA1, ำ = 0xD3)", () => {
    expect(decodeText(new Uint8Array([0xa1, 0xd3, 0x2c, 0x31]))).toEqual({ text: "กำ,1", encoding: "windows-874" });
  });
});
