// The font table names the fallback: Word substitutes a missing font by its
// font-table entry (w:altName, the Thai charset DE = 222, family), so a PC
// with TH SarabunPSK but not TH Sarabun New still sets the text in Sarabun.
// docx 9 writes an empty table unless fonts are embedded; Packer's
// `overrides` replaces the part whole (it is already declared in
// [Content_Types].xml and related from document.xml.rels).
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

const entry = (name: string, alt?: string) =>
  `<w:font w:name="${attr(name)}">${alt ? `<w:altName w:val="${attr(alt)}"/>` : ""}<w:charset w:val="DE"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`;

export function fontTableXml(font: { name: string; fallback: string }): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">${entry(font.name, font.fallback)}${entry(font.fallback)}</w:fonts>`;
}

export const FONT_TABLE_PATH = "word/fontTable.xml";
