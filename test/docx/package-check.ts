// What Word checks before it opens a package without a repair prompt, as far
// as a test can: every part well-formed XML, every part with a content type,
// every internal relationship's target present, no id used twice where ids
// must be unique. (saxes, ExcelJS's strict XML parser, reads the parts.)
import type JSZip from "jszip";
import { SaxesParser } from "saxes";

export function wellFormed(xml: string, name: string): void {
  const p = new SaxesParser({ xmlns: true });
  p.on("error", (e) => {
    throw new Error(`${name}: ${e.message}`);
  });
  p.write(xml).close();
}

const attrs = (xml: string, element: string, attr: string) =>
  [...xml.matchAll(new RegExp(`<${element}\\b[^>]*?\\s${attr}="([^"]*)"`, "g"))].map((m) => m[1]);

const duplicates = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

/** Problems found in the package, each a sentence; empty when it passes. */
export async function packageProblems(zip: JSZip): Promise<string[]> {
  const problems: string[] = [];
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const text = async (n: string) => zip.file(n)!.async("string");
  const types = await text("[Content_Types].xml");
  const defaults = attrs(types, "Default", "Extension").map((e) => e.toLowerCase());
  const overrides = attrs(types, "Override", "PartName");
  for (const n of names) {
    if (n === "[Content_Types].xml") continue;
    const ext = n.split(".").pop()!.toLowerCase();
    if (!overrides.includes(`/${n}`) && !defaults.includes(ext)) problems.push(`${n} has no content type`);
  }
  for (const o of overrides) if (!names.includes(o.slice(1))) problems.push(`content type for missing part ${o}`);
  for (const n of names.filter((x) => /\.(xml|rels)$/.test(x))) {
    try {
      wellFormed(await text(n), n);
    } catch (e) {
      problems.push(String((e as Error).message));
    }
  }
  for (const rels of names.filter((n) => n.endsWith(".rels"))) {
    const xml = await text(rels);
    const base = rels.replace(/_rels\/[^/]*\.rels$/, "");
    const owner = rels.replace(/_rels\/([^/]*)\.rels$/, "$1");
    const ids = attrs(xml, "Relationship", "Id");
    for (const id of duplicates(ids)) problems.push(`${rels}: relationship id ${id} twice`);
    for (const m of xml.matchAll(/<Relationship\b([^>]*)\/>/g)) {
      if (/TargetMode="External"/.test(m[1])) continue;
      const target = /Target="([^"]*)"/.exec(m[1])![1];
      const path = target.startsWith("/") ? target.slice(1) : new URL(target, `http://x/${base}`).pathname.slice(1);
      if (!names.includes(path)) problems.push(`${rels}: target ${target} missing`);
    }
    // Every r:id the part uses is one of its relationships.
    if (names.includes(owner) && owner !== "") {
      for (const used of new Set([...(await text(owner)).matchAll(/\sr:(?:id|embed)="([^"]*)"/g)].map((x) => x[1]))) {
        if (!ids.includes(used)) problems.push(`${owner}: r:id ${used} has no relationship`);
      }
    }
  }
  const doc = await text("word/document.xml");
  for (const id of duplicates(attrs(doc, "wp:docPr", "id"))) problems.push(`docPr id ${id} twice`);
  for (const id of duplicates(attrs(doc, "w:bookmarkStart", "w:id"))) problems.push(`bookmark id ${id} twice`);
  if (names.includes("word/footnotes.xml")) {
    const notes = await text("word/footnotes.xml");
    const ids = attrs(notes, "w:footnote", "w:id");
    for (const id of duplicates(ids)) problems.push(`footnote id ${id} twice`);
    for (const ref of attrs(doc, "w:footnoteReference", "w:id"))
      if (!ids.includes(ref)) problems.push(`footnote ${ref} referenced but missing`);
  }
  return problems;
}
