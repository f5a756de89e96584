import fc from "fast-check";
import Papa from "papaparse";
import { guessDelimiter, splitTextLine, textToCells } from "../../src/files/text-cells";

describe("textToCells csv / tsv", () => {
  // Text without quotes or carriage returns is split without papaparse (its own "fast mode"): the cells must be papaparse's.
  it("guesses the delimiter from the first 50 lines with text", () => {
    const reference = (text: string) => {
      const lines = text
        .split(/\r\n|\r|\n/)
        .filter((l) => l.trim() !== "")
        .slice(0, 50)
        .map((l) => l.replace(/"[^"]*"/g, ""));
      const score = (d: string) => [lines.filter((l) => l.includes(d)).length, lines.reduce((a, l) => a + l.split(d).length - 1, 0)];
      return ([",", ";", "\t"] as const).reduce((best, d) => {
        const [a, b] = score(d);
        const [x, y] = score(best);
        return a > x || (a === x && b > y) ? d : best;
      });
    };
    const char = fc.constantFrom("a", ",", ";", "\t", "\n", "\r", " ", '"');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 400 }), (chars) => expect(guessDelimiter(chars.join(""))).toBe(reference(chars.join("")))),
      { numRuns: 1000 }
    );
  });

  it("splits quote-free text exactly as papaparse does", () => {
    const char = fc.constantFrom("a", "ก", "1", ".", ",", ";", "\t", "\n", " ", "\ufeff", "๕", "0", "9", "1", ".", "0");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), fc.boolean(), (chars, tsv) => {
        const text = chars.join("");
        const body = text.replace(/^\ufeff/, "");
        const papa = Papa.parse<string[]>(body, { delimiter: tsv ? "\t" : guessDelimiter(body), skipEmptyLines: false }).data;
        let n = papa.length;
        while (n > 0 && papa[n - 1].every((c) => c.trim() === "")) n--;
        expect(textToCells(text, tsv ? "tsv" : "csv")).toEqual(papa.slice(0, n));
      }),
      { numRuns: 2000 }
    );
  });

  it("hands a text to papaparse at a quote or carriage return found after lines already split", () => {
    for (const text of ['a,1\n82.5,2\n"c,d",3\n', "a,1\n82.5,2\r\nc,3\r\n"]) {
      const papa = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: false }).data;
      expect(textToCells(text, "csv")).toEqual(papa.filter((r) => r.some((c) => c !== "")));
    }
  });

  it("reads commas, quotes, and drops the final newline", () => {
    expect(textToCells('ตัวชี้วัด,2564\r\n"การใช้อำนาจ, (IIT)",๘๕.๑๓\r\n', "csv")).toEqual([
      ["ตัวชี้วัด", "2564"],
      ["การใช้อำนาจ, (IIT)", "๘๕.๑๓"],
    ]);
  });

  it("guesses semicolons and tabs", () => {
    expect(textToCells("a;2564;2565\nb;1;2\n", "csv")).toEqual([
      ["a", "2564", "2565"],
      ["b", "1", "2"],
    ]);
    expect(textToCells("a\t2564\nb\t1\n", "csv")).toEqual([
      ["a", "2564"],
      ["b", "1"],
    ]);
  });

  it("keeps blank lines in place so line numbers stay true", () => {
    expect(textToCells("title\n\na,1\n", "csv")).toEqual([["title"], [""], ["a", "1"]]);
  });

  it("drops a BOM left in the text", () => {
    expect(textToCells("\ufeffa,1", "csv")).toEqual([["a", "1"]]);
  });

  it("reads tsv with commas inside cells", () => {
    expect(textToCells("1,000\tx\n", "tsv")).toEqual([["1,000", "x"]]);
  });
});

describe("textToCells txt", () => {
  it("splits on tabs when any line has one, keeping empty leading cells", () => {
    expect(textToCells("title line\n\n๑\tตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (IIT)\t๙๐.๗๙\n\tคะแนนเฉลี่ยรวม\t๘๘.๕๓\n", "txt")).toEqual([
      ["title line"],
      [""],
      ["๑", "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (IIT)", "๙๐.๗๙"],
      ["", "คะแนนเฉลี่ยรวม", "๘๘.๕๓"],
    ]);
  });

  it("splits a label from its trailing numbers", () => {
    expect(splitTextLine("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (IIT) ๘๙.๙๘ ๙๐.๗๙")).toEqual({
      rank: null,
      label: "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (IIT)",
      values: ["๘๙.๙๘", "๙๐.๗๙"],
    });
  });

  it("splits off a leading rank number, not a list number with a dot", () => {
    expect(splitTextLine("๑ ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (OIT) ๑๐๐")).toEqual({
      rank: "๑",
      label: "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (OIT)",
      values: ["๑๐๐"],
    });
    expect(splitTextLine("๖. ประสิทธิภาพการสื่อสาร 80.98").rank).toBeNull();
  });

  it("keeps a title's year in the title", () => {
    expect(splitTextLine("ผลการประเมิน ปีงบประมาณ พ.ศ. ๒๕๖๕")).toEqual({ rank: null, label: "ผลการประเมิน ปีงบประมาณ พ.ศ. ๒๕๖๕", values: [] });
  });

  it("keeps the year of a header word ending in ปี (ผลคะแนนปี ๒๕๖๕) in the header", () => {
    expect(splitTextLine("ที่ ตัวชี้วัด ผลคะแนนปี ๒๕๖๔ ผลคะแนนปี ๒๕๖๕").values).toEqual([]);
    expect(splitTextLine("คะแนนเฉลี่ยปี ๘๘.๕๓").values).toEqual(["๘๘.๕๓"]); // a score, not a year
  });

  it("splits a two-year header copied from a PDF without tabs into its columns", () => {
    const text = "ที่ ตัวชี้วัด ผลคะแนนปี ๒๕๖๔ ผลคะแนนปี ๒๕๖๕\n๑ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (IIT) ๘๙.๙๘ ๙๐.๗๙\n";
    expect(textToCells(text, "txt")[0]).toEqual(["ที่", "ตัวชี้วัด", "ผลคะแนนปี ๒๕๖๔", "ผลคะแนนปี ๒๕๖๕"]);
  });

  it("keeps a change word with its signed number and a grade as its own cell", () => {
    expect(splitTextLine("ผลคะแนนเฉลี่ย ๘๙.๗๖ ๘๘.๕๓ ลดลง -๑.๒๓").values).toEqual(["๘๙.๗๖", "๘๘.๕๓", "ลดลง -๑.๒๓"]);
    expect(splitTextLine("ระดับผลการประเมิน A A").values).toEqual(["A", "A"]);
    expect(splitTextLine("88.53% 100")).toEqual({ rank: null, label: "", values: ["88.53%", "100"] });
  });

  it("aligns rows when some lines have a rank and others do not", () => {
    expect(textToCells("๑ การใช้อำนาจ ๘๓.๙๗\nคะแนนเฉลี่ยรวม ๘๘.๕๓\n", "txt")).toEqual([
      ["๑", "การใช้อำนาจ", "๘๓.๙๗"],
      ["", "คะแนนเฉลี่ยรวม", "๘๘.๕๓"],
    ]);
  });

  it("reads lines of bare numbers as values", () => {
    expect(textToCells("89.98\r\n82.07\r\n", "txt")).toEqual([["89.98"], ["82.07"]]);
  });
});
