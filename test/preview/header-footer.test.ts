import { headerFooterText } from "../../src/preview/header-footer";

describe("header/footer codes in the preview's print", () => {
  it("prints the page numbers in Thai digits when the sheet asks, Arabic otherwise", () => {
    const ctx = { page: 2, pages: 12, sheet: "มาตรการ 2566" };
    expect(headerFooterText("หน้า &P / &N", { ...ctx, digits: "thai" })).toBe("หน้า ๒ / ๑๒");
    expect(headerFooterText("หน้า &P / &N", { ...ctx, digits: "arabic" })).toBe("หน้า 2 / 12");
    expect(headerFooterText("Page &P of &N", ctx)).toBe("Page 2 of 12");
  });
});
