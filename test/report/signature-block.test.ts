import { emptyDocumentFields, type DocumentFields } from "../../src/report/document-fields";
import { documentDate, signatureRows } from "../../src/report/signature-block";
import { referenceSpecs } from "../xlsx/fixture";

const FIELDS: DocumentFields = {
  ...emptyDocumentFields(),
  date: "2022-11-15",
  preparer: { name: "นางสาวสมใจ ตั้งใจ", position: "นักวิเคราะห์นโยบายและแผนชำนาญการ" },
  reviewers: [
    { name: "นายสมชาย ใจดี", position: "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ" },
    { name: "", position: "ปลัดเทศบาล" },
  ],
};

const texts = (rows: { value: unknown }[][]) => rows.map((r) => r.map((c) => String(c.value ?? "")).filter((t) => t !== ""));

describe("signature block on the measures sheet", () => {
  it("prints the preparer and each reviewer: signature line with the role, name in parentheses, position, date", () => {
    const measures = referenceSpecs({ fields: FIELDS })[2];
    const lastMeasure = 3 + 6;
    const block = texts(measures.rows.slice(lastMeasure + 1));
    expect(block).toEqual([
      [],
      ["ลงชื่อ ...................................... ผู้จัดทำ", "ลงชื่อ ...................................... ผู้ตรวจสอบ"],
      ["(นางสาวสมใจ ตั้งใจ)", "(นายสมชาย ใจดี)"],
      ["ตำแหน่ง นักวิเคราะห์นโยบายและแผนชำนาญการ", "ตำแหน่ง ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ"],
      ["วันที่ ๑๕ พฤศจิกายน ๒๕๖๕", "วันที่ ๑๕ พฤศจิกายน ๒๕๖๕"],
      [],
      // A reviewer without a name: a dotted line to write it on.
      ["ลงชื่อ ...................................... ผู้ตรวจสอบ"],
      ["(......................................)"],
      ["ตำแหน่ง ปลัดเทศบาล"],
      ["วันที่ ๑๕ พฤศจิกายน ๒๕๖๕"],
    ]);
    // Printed, and on the page of the last measure (one block from it to the end).
    expect(measures.print.area).toBe(`A$1:F$${measures.rows.length}`);
    expect(measures.print.keep).toContainEqual({ from: lastMeasure, to: measures.rows.length - 1 });
    expect(measures.merges).toContain(`B${lastMeasure + 3}:C${lastMeasure + 3}`);
    expect(measures.merges).toContain(`D${lastMeasure + 3}:F${lastMeasure + 3}`);
  });

  it("prints nothing without fields or without a signer", () => {
    const rows = referenceSpecs()[2].rows.length;
    expect(referenceSpecs({ fields: emptyDocumentFields() })[2].rows.length).toBe(rows);
    expect(signatureRows(undefined, 10, "th", "thai")).toEqual({ rows: [], merges: [] });
  });

  it("puts the document's date in every sheet's header (Buddhist Era in Thai), and asks for Thai page numbers", () => {
    for (const s of referenceSpecs({ fields: FIELDS })) {
      expect(s.print.header.center).toBe("๑๕ พฤศจิกายน ๒๕๖๕");
      expect(s.print.pageDigits).toBe("thai");
    }
    expect(referenceSpecs({ fields: FIELDS, lang: "en", digits: "arabic" })[0].print.header.center).toBe("15 November 2022");
    expect(referenceSpecs()[0].print.header.center).toBeUndefined();
  });

  it("dates an empty date field today", () => {
    const today = new Date(Date.UTC(2026, 11, 3, 5));
    expect(documentDate(emptyDocumentFields(), "th", "arabic", today)).toBe("3 ธันวาคม 2569");
  });
});
