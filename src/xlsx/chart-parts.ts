// Charts for the .xlsx. ExcelJS cannot write charts (and no maintained
// library writes .xlsx charts), so the written package gets DrawingML parts
// added (ECMA-376 Part 1: §21.2 charts, §20.5 spreadsheet drawing): per
// chart, xl/charts/chartN.xml (a clustered column chart, the pass mark as a
// line series on the same axes, Thai labels in the sheet font) with cached
// values, xl/drawings/drawingN.xml holding one twoCellAnchor over the
// spec's anchor cells, their relationships, the sheet's <drawing r:id>,
// and the two content types.
import type JSZip from "jszip";
import { columnLetters, parseA1, sheetRef } from "../engine/a1";
import type { CellValue, ChartSpec, SheetSpec } from "../report/spec";
import { REFERENCE_LINE_COLOR } from "../report/styles";

/** Office's first series colours, as the preview draws them. */
const SERIES_COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000"];

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

export const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One sheet's chart, with the sheet's part name in the package. */
export interface SheetChart {
  spec: SheetSpec;
  chart: ChartSpec;
  /** e.g. "xl/worksheets/sheet1.xml" */
  sheetPart: string;
}

/** `'Sheet name'!$B$5:$B$14`, the reference a chart series keeps. */
function sheetRange(sheet: string, a1: string): string {
  const x = parseA1(a1)?.range;
  if (!x) throw new Error(`xlsx chart: bad range ${a1}`);
  const cell = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  return `${sheetRef(sheet)}!${cell(x.firstRow, x.firstCol)}:${cell(x.lastRow, x.lastCol)}`;
}

/** The spec's values over a range, row by row (what Excel caches with the chart). */
function rangeValues(spec: SheetSpec, a1: string): CellValue[] {
  const x = parseA1(a1)?.range;
  if (!x) return [];
  const out: CellValue[] = [];
  for (let r = x.firstRow; r <= x.lastRow; r++) for (let c = x.firstCol; c <= x.lastCol; c++) out.push(spec.rows[r]?.[c]?.value ?? null);
  return out;
}

const font = (name: string, size: number, bold = false) =>
  `<a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"><a:latin typeface="${escapeXml(name)}"/><a:cs typeface="${escapeXml(name)}"/></a:defRPr>`;
const textProps = (name: string, size: number) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(name, size)}</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`;

function strRef(spec: SheetSpec, a1: string): string {
  const pts = rangeValues(spec, a1).map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(String(v ?? ""))}</c:v></c:pt>`);
  return `<c:strRef><c:f>${escapeXml(sheetRange(spec.name, a1))}</c:f><c:strCache><c:ptCount val="${pts.length}"/>${pts.join("")}</c:strCache></c:strRef>`;
}

function numRef(spec: SheetSpec, a1: string): string {
  const values = rangeValues(spec, a1);
  const pts = values.flatMap((v, i) => (typeof v === "number" ? [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`] : []));
  return `<c:numRef><c:f>${escapeXml(sheetRange(spec.name, a1))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts.join("")}</c:numCache></c:numRef>`;
}

const solid = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;

/** The locale tag of the values' format ("[$-D07041E]" for Thai digits), so the axis prints its numbers as the cells do. */
function axisFormat(spec: SheetSpec, chart: ChartSpec): string {
  const x = parseA1(chart.series[0]?.values ?? "")?.range;
  const format = x ? spec.rows[x.firstRow]?.[x.firstCol]?.format : undefined;
  return `${/^\[\$-[0-9A-Fa-f]+\]/.exec(format ?? "")?.[0] ?? ""}0`;
}

/** xl/charts/chartN.xml for one ChartSpec. */
export function chartXml(spec: SheetSpec, chart: ChartSpec): string {
  const f = spec.font;
  const cat = `<c:cat>${strRef(spec, chart.categories)}</c:cat>`;
  const bars = chart.series.map(
    (s, i) =>
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
      `<c:spPr>${solid(SERIES_COLORS[i % SERIES_COLORS.length])}</c:spPr><c:invertIfNegative val="0"/>${cat}<c:val>${numRef(spec, s.values)}</c:val></c:ser>`
  );
  const ref = chart.referenceLine;
  const n = chart.series.length;
  const line = ref
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
      `<c:ser><c:idx val="${n}"/><c:order val="${n}"/><c:tx><c:v>${escapeXml(ref.name)}</c:v></c:tx>` +
      `<c:spPr><a:ln w="28575">${solid(REFERENCE_LINE_COLOR.slice(1))}</a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>` +
      `${cat}<c:val>${numRef(spec, ref.values)}</c:val><c:smooth val="0"/></c:ser>` +
      `<c:marker val="1"/><c:axId val="501"/><c:axId val="502"/></c:lineChart>`
    : "";
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(f.name, 16, true)}</a:pPr>` +
    `<a:r><a:rPr lang="th-TH" sz="1600" b="1"><a:latin typeface="${escapeXml(f.name)}"/><a:cs typeface="${escapeXml(f.name)}"/></a:rPr><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.join("")}` +
    `<c:gapWidth val="80"/><c:axId val="501"/><c:axId val="502"/></c:barChart>${line}` +
    `<c:catAx><c:axId val="501"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(f.name, 11)}` +
    `<c:crossAx val="502"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    // Scores are percentages: the bars start at 0 and end at 100, so a gap is not magnified.
    `<c:valAx><c:axId val="502"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines><c:spPr><a:ln>${solid("D9D9D9")}</a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${escapeXml(axisFormat(spec, chart))}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(f.name, 12)}<c:crossAx val="501"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(f.name, 14)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `${textProps(f.name, 12)}</c:chartSpace>`
  );
}

/** xl/drawings/drawingN.xml: the chart over its anchor cells (from the top-left of `from` to the bottom-right of `to`). */
export function drawingXml(chart: ChartSpec, id: number): string {
  const x = parseA1(`${chart.anchor.from}:${chart.anchor.to}`)?.range;
  if (!x) throw new Error(`xlsx chart: bad anchor ${chart.anchor.from}:${chart.anchor.to}`);
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}" xmlns:c="${NS_C}">` +
    // Moves and sizes with its cells, as a chart placed by the add-in does.
    `<xdr:twoCellAnchor editAs="twoCell">${marker("from", x.firstCol, x.firstRow)}${marker("to", x.lastCol + 1, x.lastRow + 1)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${escapeXml(`Chart ${id}`)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

const rels = (items: { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  items.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
  `</Relationships>`;

/** Elements that follow <drawing> in a worksheet (CT_Worksheet's sequence): it goes before the first present. */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** Adds each chart's parts to the package (loaded in `zip`). */
export async function addChartParts(zip: JSZip, charts: SheetChart[]): Promise<void> {
  let types = await read(zip, "[Content_Types].xml");
  for (const [k, { spec, chart, sheetPart }] of charts.entries()) {
    const n = k + 1;
    zip.file(`xl/charts/chart${n}.xml`, chartXml(spec, chart));
    zip.file(`xl/drawings/drawing${n}.xml`, drawingXml(chart, n));
    zip.file(`xl/drawings/_rels/drawing${n}.xml.rels`, rels([{ id: "rId1", type: REL_CHART, target: `../charts/chart${n}.xml` }]));

    const file = sheetPart.split("/").pop() as string;
    const relsPart = `xl/worksheets/_rels/${file}.rels`;
    const existing = zip.file(relsPart) ? await read(zip, relsPart) : rels([]);
    const taken = new Set([...existing.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
    let id = "rIdChart1";
    for (let i = 2; taken.has(id); i++) id = `rIdChart${i}`;
    zip.file(
      relsPart,
      existing.replace(
        "</Relationships>",
        `<Relationship Id="${id}" Type="${REL_DRAWING}" Target="../drawings/drawing${n}.xml"/></Relationships>`
      )
    );

    const sheet = await read(zip, sheetPart);
    const at = AFTER_DRAWING.exec(sheet);
    if (!at || /<drawing\b/.test(sheet)) throw new Error(`xlsx chart: cannot place a drawing in ${sheetPart}`);
    zip.file(sheetPart, `${sheet.slice(0, at.index)}<drawing r:id="${id}"/>${sheet.slice(at.index)}`);

    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CHART_TYPE}"/><Override PartName="/xl/drawings/drawing${n}.xml" ContentType="${DRAWING_TYPE}"/></Types>`
    );
  }
  zip.file("[Content_Types].xml", types);
}

async function read(zip: JSZip, name: string): Promise<string> {
  const f = zip.file(name);
  if (!f) throw new Error(`xlsx: no ${name}`);
  return f.async("string");
}
