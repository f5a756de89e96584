/** @jest-environment jsdom */
import { downloadName, saveBytes, XLSX_TYPE } from "../../src/taskpane/download";
import { sheet } from "./fakes";

const keyed = (key: string, kind: ReturnType<typeof sheet>["kind"] = "ranking") => ({ ...sheet("x"), key, kind });

describe("downloadName", () => {
  it("names the file by the first sheet's year, and tells a group report apart", () => {
    expect(downloadName([keyed("ranking:2565"), keyed("comparison:2564-2565", "comparison"), keyed("measures:2566", "measures")])).toBe(
      "ITA-2565.xlsx"
    );
    expect(downloadName([keyed("agencies:2566", "agencies"), keyed("distribution:2566", "distribution")])).toBe("ITA-2566-group.xlsx");
    expect(downloadName([keyed("ranking:custom")])).toBe("ITA.xlsx");
  });
});

describe("saveBytes", () => {
  it("clicks a temporary <a download> over an object URL of an .xlsx Blob, then removes it", () => {
    const made: Blob[] = [];
    const revoked: string[] = [];
    const u = URL as unknown as { createObjectURL: (b: Blob) => string; revokeObjectURL: (s: string) => void };
    u.createObjectURL = (b: Blob) => (made.push(b), "blob:http://localhost/1");
    u.revokeObjectURL = (s: string) => void revoked.push(s);
    jest.useFakeTimers();
    const clicked: { download: string; href: string; inDoc: boolean }[] = [];
    const spy = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href, inDoc: document.body.contains(this) });
    });
    try {
      saveBytes("ITA-2565.xlsx", new Uint8Array([1, 2, 3]));
      expect(clicked).toEqual([{ download: "ITA-2565.xlsx", href: "blob:http://localhost/1", inDoc: true }]);
      expect(made).toHaveLength(1);
      expect(made[0].type).toBe(XLSX_TYPE);
      expect(made[0].size).toBe(3);
      expect(document.querySelectorAll("a")).toHaveLength(0);
      // Revoked later, not at once: the browser may read the URL after click().
      expect(revoked).toEqual([]);
      jest.runAllTimers();
      expect(revoked).toEqual(["blob:http://localhost/1"]);
    } finally {
      spy.mockRestore();
      jest.useRealTimers();
    }
  });
});
