// The .xlsx charts (ExcelJS writes none; chart-parts.ts adds DrawingML): the
// parts read back, their relationships and content types, and that ExcelJS
// itself still opens the file. LibreOffice's print of them: test/print.
import JSZip from "jszip";
import { CHART_TYPE, DRAWING_TYPE } from "../../src/xlsx/chart-parts";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { part, readBack, referenceSpecs } from "./fixture";
import { REPORT_2565 } from "../helpers/tables";

const specs = referenceSpecs();
let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await writeWorkbook(specs);
});

const attr = (xml: string, tag: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`, "g"))].map((m) => m[1]);

describe(".xlsx charts", () => {
  it("adds one chart and one drawing per charted sheet, with their content types", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    expect(names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort()).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    expect(names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)).sort()).toEqual([
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
    const types = await part(bytes, "[Content_Types].xml");
    for (const n of [1, 2]) {
      expect(types).toContain(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CHART_TYPE}"/>`);
      expect(types).toContain(`<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="${DRAWING_TYPE}"/>`);
    }
  });

  it("links sheet → drawing → chart: the sheet's <drawing r:id> names a drawing relationship, the drawing's chart its chart", async () => {
    for (const [sheet, n] of [
      ["sheet1", 1],
      ["sheet2", 2],
    ] as const) {
      const xml = await part(bytes, `xl/worksheets/${sheet}.xml`);
      const [id] = attr(xml, "drawing", "r:id");
      const rels = await part(bytes, `xl/worksheets/_rels/${sheet}.xml.rels`);
      const rel = new RegExp(`<Relationship Id="${id}" Type="[^"]+/drawing" Target="../drawings/drawing${n}.xml"/>`);
      expect(rels).toMatch(rel);
      // <drawing> sits after the page setup and breaks, as CT_Worksheet orders them.
      expect(xml.indexOf("<drawing ")).toBeGreaterThan(xml.indexOf("<pageSetup"));
      expect(xml.indexOf("<drawing ")).toBeGreaterThan(xml.indexOf("<rowBreaks"));
      const drawingRels = await part(bytes, `xl/drawings/_rels/drawing${n}.xml.rels`);
      expect(drawingRels).toContain(`Target="../charts/chart${n}.xml"`);
    }
    // The measures sheet has no chart.
    expect(await part(bytes, "xl/worksheets/sheet3.xml")).not.toContain("<drawing ");
  });

  it("anchors each chart over the spec's cells, inside the print area", async () => {
    const drawing = await part(bytes, "xl/drawings/drawing1.xml");
    const [ranking] = specs;
    const from = Number(/(\d+)$/.exec(ranking.chart!.anchor.from)![1]) - 1;
    const to = Number(/(\d+)$/.exec(ranking.chart!.anchor.to)![1]);
    expect(drawing).toContain(`<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from}</xdr:row>`);
    expect(drawing).toContain(`<xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to}</xdr:row>`);
    expect(to).toBeLessThanOrEqual(Number(/(\d+)$/.exec(ranking.print.area)![1]));
  });

  it("draws the ranking as columns of the sheet's scores with the pass mark as a red line, labelled in Thai", async () => {
    const chart = await part(bytes, "xl/charts/chart1.xml");
    const [ranking] = specs;
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).toContain(`<a:t>${ranking.chart!.title}</a:t>`);
    expect(chart).toContain("<c:f>'ITA 2565 อันดับ'!$D$5:$D$14</c:f>");
    expect(chart).toContain("<c:f>'ITA 2565 อันดับ'!$B$5:$B$14</c:f>");
    // The cached values are the report's scores, highest first.
    const bar = /<c:barChart>[\s\S]*?<\/c:barChart>/.exec(chart)![0];
    const cached = [...bar.matchAll(/<c:numCache>[\s\S]*?<\/c:numCache>/g)][0][0];
    const values = [...cached.matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((m) => Number(m[1]));
    expect(values).toEqual(REPORT_2565.map(Number).sort((a, b) => b - a));
    const line = /<c:lineChart>[\s\S]*?<\/c:lineChart>/.exec(chart)![0];
    expect(line).toContain('<a:srgbClr val="C00000"/>');
    expect(line).toContain("<c:v>เกณฑ์ผ่าน</c:v>");
    expect([...line.matchAll(/<c:pt idx="\d+"><c:v>85<\/c:v>/g)]).toHaveLength(10);
    expect(chart).toContain('<a:latin typeface="TH SarabunPSK"/>');
    expect(chart).toContain('formatCode="[$-D00041E]0"'); // axis numbers in Thai digits, as the cells
  });

  it("draws the comparison as two clustered series, one per year, without a line", async () => {
    const chart = await part(bytes, "xl/charts/chart2.xml");
    expect([...chart.matchAll(/<c:ser>/g)]).toHaveLength(2);
    expect(chart).not.toContain("<c:lineChart>");
    expect(chart).toContain("<c:v>ผลคะแนนปี ๒๕๖๔</c:v>");
    expect(chart).toContain("<c:v>ผลคะแนนปี ๒๕๖๕</c:v>");
  });

  it("leaves a file ExcelJS still reads, with the sheets' values", async () => {
    const wb = await readBack(bytes);
    expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(specs.map((s) => s.name));
    expect(wb.getWorksheet(specs[0].name)!.getCell("D5").value).toBe(100);
  });

  it("escapes user text in the chart (an agency-like title with markup stays text)", async () => {
    const [ranking] = specs;
    const evil = { ...ranking, chart: { ...ranking.chart!, title: '<b>"A&B"</b>' } };
    const chart = await part(await writeWorkbook([evil]), "xl/charts/chart1.xml");
    expect(chart).toContain("<a:t>&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;</a:t>");
  });
});
