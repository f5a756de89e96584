// Excel's quote prefix on text cells that look like formulas. A text cell
// holding "=SUM(A1)" or "- กองคลัง" opens as text (it is a shared string),
// but once a user edits it Excel reads it as typed and makes it a formula,
// unless its style carries quotePrefix="1" (ECMA-376 Part 1, the xf element
// of cellXfs: the cell's text is shown as if prefixed by a single quote),
// which is how Excel itself saves a cell typed with a leading apostrophe. ExcelJS 4.4 cannot write the attribute
// (neither its types nor its style writer know it), so the written package
// is patched: each such cell gets a copy of its style with quotePrefix="1".
// OWASP's "CSV Injection" page names the same leading characters.
import JSZip from "jszip";

/** Text Excel would take as a formula if typed: "=", "+", "-", "@". */
export const FORMULA_START = /^[=+\-@]/;

/** Sheet name → A1 addresses of the cells to prefix. */
export type QuotedCells = Map<string, string[]>;

export async function addQuotePrefix(bytes: Uint8Array, quoted: QuotedCells): Promise<Uint8Array> {
  if ([...quoted.values()].every((a) => a.length === 0)) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  await quotePrefixIn(zip, quoted);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The same, on a package already loaded (so other patches share one unzip and zip). */
export async function quotePrefixIn(zip: JSZip, quoted: QuotedCells): Promise<void> {
  if ([...quoted.values()].every((a) => a.length === 0)) return;
  const text = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`xlsx: no ${name}`);
    return f.async("string");
  };
  const files = sheetFiles(await text("xl/workbook.xml"), await text("xl/_rels/workbook.xml.rels"));
  let styles = await text("xl/styles.xml");
  const xfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(styles);
  if (!xfs) throw new Error("xlsx: no cellXfs");
  const list: string[] = xfs[2].match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
  const copies = new Map<number, number>(); // style index → its quote-prefixed copy
  const prefixed = (s: number) => {
    let c = copies.get(s);
    if (c === undefined) {
      c = list.length;
      list.push(list[s].replace(/^<xf\b/, '<xf quotePrefix="1"'));
      copies.set(s, c);
    }
    return c;
  };
  for (const [sheet, addresses] of quoted) {
    const path = files.get(sheet);
    if (!path || addresses.length === 0) continue;
    const wanted = new Set(addresses);
    const xml = (await text(path)).replace(/<c r="([A-Z]+\d+)"((?: [a-z]+="[^"]*")*)/g, (whole, ref: string, attrs: string) => {
      if (!wanted.has(ref)) return whole;
      const m = / s="(\d+)"/.exec(attrs);
      const s = prefixed(m ? Number(m[1]) : 0);
      return `<c r="${ref}"${m ? attrs.replace(/ s="\d+"/, ` s="${s}"`) : `${attrs} s="${s}"`}`;
    });
    zip.file(path, xml);
  }
  styles = styles.replace(xfs[0], `<cellXfs count="${list.length}">${list.join("")}</cellXfs>`);
  zip.file("xl/styles.xml", styles);
}

/** Sheet name → its part ("xl/worksheets/sheet1.xml"), from the workbook and its relationships. */
export function sheetFiles(workbook: string, rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) out.set(unescapeXml(name), target);
  }
  return out;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
