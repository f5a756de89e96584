import { headerFooterText } from "../../src/preview/header-footer";

describe("header/footer codes in the preview's print", () => {
  it("prints the page numbers in Thai digits when the sheet asks, Arabic otherwise", () => {
    const ctx = { page: 2, pages: 12, sheet: "มาตรการ 2566" };
    expect(headerFooterText("หน้า &P / &N", { ...ctx, digits: "thai" })).toBe("หน้า ๒ / ๑๒");
    expect(headerFooterText("หน้า &P / &N", { ...ctx, digits: "arabic" })).toBe("หน้า 2 / 12");
    expect(headerFooterText("Page &P of &N", ctx)).toBe("Page 2 of 12");
  });
});

describe("header and footer codes", () => {
  const ctx = { page: 2, pages: 3, sheet: "อันดับ 2565", date: new Date(2023, 2, 20) };

  it("replaces page, pages and sheet codes and drops font and style codes", () => {
    expect(headerFooterText('&"TH SarabunPSK,Bold"&16รายงาน ITA', ctx)).toBe("รายงาน ITA");
    expect(headerFooterText("หน้า &P / &N", ctx)).toBe("หน้า 2 / 3");
    expect(headerFooterText("&B&A&B && &KFF0000แดง", ctx)).toBe("อันดับ 2565 & แดง");
  });

  it("prints the date in Thai (Buddhist era)", () => {
    expect(headerFooterText("&D", ctx)).toContain("2566");
  });
});
