import { displayWidth, normalizeText } from "../../src/engine/text";

describe("displayWidth (terminal cells)", () => {
  it("gives Thai vowels and tone marks above or below a letter no cell", () => {
    expect(displayWidth("ที่")).toBe(1); // ท + ี + ่
    expect(displayWidth("การปฏิบัติหน้าที่")).toBe(11);
    expect(displayWidth("ลำปาง")).toBe(5); // ำ is written on the line
  });
  it("counts ASCII, Thai digits and spaces one cell each, invisible characters none", () => {
    expect(displayWidth("88.53 (IIT)")).toBe(11);
    expect(displayWidth("๑๐๐.๐๐")).toBe(6);
    expect(displayWidth("a\u200bb\u00ad")).toBe(2);
  });
  it("counts East Asian wide characters two cells", () => {
    expect(displayWidth("中文")).toBe(4);
  });
  it("is what normalizeText keeps: invisible characters dropped, marks kept", () => {
    const s = "การใช้\u200bอำนาจ";
    expect(displayWidth(normalizeText(s))).toBe(displayWidth(s));
  });
});
