import { toHostError } from "../../src/excel/errors";
import { styleRects, valueBlocks } from "../../src/excel/sheet-plan";
import { widthToPoints } from "../../src/excel/styles";
import { HostError } from "../../src/report/host";
import { makeSpec } from "./specs";

describe("sheet plan", () => {
  it("keeps one block for a normal sheet and splits under a byte budget", () => {
    const spec = makeSpec("ranking", "x", 100);
    const one = valueBlocks(spec, 2_500_000);
    expect(one).toHaveLength(1);
    expect(one[0].address).toBe("A1:G104"); // 4 frame rows + 100 body rows, columns A–G
    expect(one[0].values[3]).toEqual(["ลำดับ", "ตัวชี้วัด", "คะแนน", "ผล", "ผู้รับผิดชอบ", "", ""]);
    const split = valueBlocks(spec, 2_000);
    expect(split.length).toBeGreaterThan(3);
    expect(split.every((b) => b.bytes <= 2_000)).toBe(true);
    // Blocks are contiguous and cover every row once.
    expect(split.reduce((n, b) => n + b.values.length, 0)).toBe(104);
    expect(split[1].address.startsWith(`A${split[0].values.length + 1}:`)).toBe(true);
  });

  it("gives every text cell the text format and numbers their own", () => {
    const [b] = valueBlocks(makeSpec("ranking", "x", 2), 1e9);
    // "=1+1" (B5) goes in as "'=1+1" in a General cell: Excel's quote prefix keeps it text.
    expect(b.formats[4]).toEqual(["0", "General", "0.00", "@", "General", "General", "0.00"]);
    expect(b.values[4][1]).toBe("'=1+1");
  });

  it("groups styles into rectangles that do not grow with the rows", () => {
    const few = styleRects(makeSpec("ranking", "x", 10));
    const many = styleRects(makeSpec("ranking", "x", 2000));
    expect(many.length).toBe(few.length);
    expect(many).toContainEqual({ address: "A5:A2004", style: "number" });
    expect(many).toContainEqual({ address: "A4:E4", style: "header" });
    expect(many).toContainEqual({ address: "D5", color: "#006100" });
  });

  it("converts character widths to points as Excel does", () => {
    expect(widthToPoints(8.43)).toBe(48); // Excel's default column: 64 px
    expect(widthToPoints(10)).toBe(56.25);
  });
});

describe("Office errors", () => {
  it("maps by code, never by message", () => {
    const code = (c: string) => toHostError({ code: c, message: "ข้อความที่แปลแล้ว" }).code;
    // Neither is proof of protection (antivirus, a cell being edited): the write checks protection itself.
    expect(code("AccessDenied")).toBe("refused");
    expect(code("InvalidOperationInCellEditMode")).toBe("edit-mode");
    expect(code("ItemAlreadyExists")).toBe("name-in-use");
    expect(code("ConnectionFailure")).toBe("connection");
    expect(code("RequestPayloadSizeLimitExceeded")).toBe("too-large");
    expect(code("ItemNotFound")).toBe("not-found");
    expect(code("InvalidOperation")).toBe("refused");
    expect(code("GeneralException")).toBe("excel-error");
    expect(code("InactiveWorkbook")).toBe("inactive-workbook");
    expect(code("RequestAborted")).toBe("connection");
    expect(code("ServiceNotAvailable")).toBe("connection");
    expect(code("SomeCodeNotYetInvented")).toBe("unknown");
    expect(toHostError(new TypeError("x")).code).toBe("unknown");
    const h = new HostError("no-selection");
    expect(toHostError(h)).toBe(h);
  });
});
