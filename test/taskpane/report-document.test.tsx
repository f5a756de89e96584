/** @jest-environment jsdom */
// "ดาวน์โหลดรายงาน (.docx)": offered under the written sheets of one agency;
// the memo's fields are kept with the workbook (a host setting) and given to
// the document; a bad date is said and blocks the download; a failure is one
// sentence. The real writer runs once in jsdom, as the preview's browser would.
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import JSZip from "jszip";
import { Pane } from "../../src/taskpane/components/Pane";
import { FIELDS_SETTING, ReportDocument } from "../../src/taskpane/components/ReportDocument";
import { DOCUMENT_STRINGS } from "../../src/taskpane/document-strings";
import { STRINGS } from "../../src/taskpane/strings";
import { buildDocument } from "../../src/report/document/build";
import { buildGroupDocument } from "../../src/report/document/group";
import { writeDocument } from "../../src/docx/write-document";
import { referenceAnalysis, SEED_FIELDS, paragraphTexts } from "../docx/fixture";
import { fakeDeps, FakeHost } from "./fakes";
import "./jsdom-shims";

const th = STRINGS.th;
const d = DOCUMENT_STRINGS.th;

describe("in the pane", () => {
  it("appears after Generate for one agency and builds the document from that analysis, agency and output options", async () => {
    const analysis = referenceAnalysis();
    const deps = fakeDeps({ analyse: () => ({ ok: true, analysis }) });
    const host = new FakeHost();
    host.settings.set(FIELDS_SETTING, JSON.stringify(SEED_FIELDS));
    render(<Pane host={host} deps={deps} initialLang="th" />);
    await act(async () => {});
    expect(screen.queryByRole("button", { name: d.download })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("matched");
    fireEvent.change(screen.getByPlaceholderText(th.agencyPlaceholder), { target: { value: "เทศบาลเมืองเขลางค์นคร" } });
    fireEvent.click(screen.getByRole("button", { name: th.generate }));
    await screen.findByTestId("written");
    const button = await screen.findByRole("button", { name: d.download });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(deps.calls.saveFile).toHaveLength(1));
    const [a, o] = deps.calls.buildDocument[0] as [unknown, { lang: string; digits: string; agency: string; fields: unknown }];
    expect(a).toBe(analysis);
    expect(o).toMatchObject({ lang: "th", digits: "thai", agency: "เทศบาลเมืองเขลางค์นคร", fields: SEED_FIELDS });
    expect(deps.calls.saveFile[0][0]).toBe("ITA-2565-report.docx");
  });
});

describe("the component", () => {
  const setup = (over: Partial<Parameters<typeof fakeDeps>[0]> = {}) => {
    const host = new FakeHost();
    const deps = fakeDeps(over);
    const view = render(
      <ReportDocument
        host={host}
        deps={deps}
        analysis={referenceAnalysis()}
        uiLang="th"
        lang="th"
        digits="thai"
        agency="เทศบาลเมืองเขลางค์นคร"
        disabled={false}
        today="2023-03-20"
      />
    );
    return { host, deps, view };
  };

  it("keeps the fields typed with the workbook (saved on leaving a field) and starts from them next time", async () => {
    const { host, view } = setup();
    await act(async () => {});
    fireEvent.click(screen.getByRole("button", { name: d.showFields }));
    const division = screen.getByLabelText(d.division);
    fireEvent.change(division, { target: { value: "กองยุทธศาสตร์และงบประมาณ" } });
    fireEvent.blur(division);
    const reviewer = screen.getByLabelText(`${d.reviewer(2)}: ${d.name}`);
    fireEvent.change(reviewer, { target: { value: "นางลัดดาพร เสนอินทร์" } });
    fireEvent.blur(reviewer);
    const saved = JSON.parse(host.settings.get(FIELDS_SETTING)!);
    expect(saved.division).toBe("กองยุทธศาสตร์และงบประมาณ");
    expect(saved.reviewers).toEqual([
      { name: "", position: "" },
      { name: "นางลัดดาพร เสนอินทร์", position: "" },
    ]);
    view.unmount();
    const again = new FakeHost();
    again.settings = host.settings;
    render(
      <ReportDocument
        host={again}
        deps={fakeDeps()}
        analysis={referenceAnalysis()}
        uiLang="th"
        lang="th"
        digits="thai"
        agency=""
        disabled={false}
      />
    );
    await act(async () => {});
    fireEvent.click(screen.getByRole("button", { name: d.showFields }));
    expect((screen.getByLabelText(d.division) as HTMLInputElement).value).toBe("กองยุทธศาสตร์และงบประมาณ");
  });

  it("says a bad date and does not download until it is fixed", async () => {
    const { deps } = setup();
    await act(async () => {});
    fireEvent.click(screen.getByRole("button", { name: d.showFields }));
    fireEvent.change(screen.getByLabelText(d.date), { target: { value: "20/03/2566" } });
    expect(screen.getByText(d.badDate)).toBeTruthy();
    expect((screen.getByRole("button", { name: d.download }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(d.date), { target: { value: "2566-03-20" } });
    expect((screen.getByRole("button", { name: d.download }) as HTMLButtonElement).disabled).toBe(false);
    expect(deps.calls.saveFile).toHaveLength(0);
  });

  it("says one plain sentence when the file cannot be made (a chunk that did not load)", async () => {
    setup({
      writeDocument: async () => {
        throw new Error("ChunkLoadError: Loading chunk 77 failed");
      },
    });
    await act(async () => {});
    fireEvent.click(screen.getByRole("button", { name: d.download }));
    expect((await screen.findByTestId("report-document-error")).textContent).toBe(d.failed);
    expect(document.body.textContent).not.toContain("ChunkLoadError");
  });

  it("with the real builder and writer, saves a .docx holding the typed fields and the figures", async () => {
    const { deps } = setup({ buildDocument: async (a, o) => buildDocument(a, o), writeDocument });
    await act(async () => {});
    fireEvent.click(screen.getByRole("button", { name: d.showFields }));
    fireEvent.change(screen.getByLabelText(d.addressee), { target: { value: 'นายกเทศมนตรี <เมือง> & "เขลางค์นคร"' } });
    fireEvent.change(screen.getByLabelText(d.background), { target: { value: "ย่อหน้าของหน่วยงาน\n\nย่อหน้าที่สอง" } });
    fireEvent.click(screen.getByRole("button", { name: d.download }));
    await waitFor(() => expect(deps.calls.saveFile).toHaveLength(1), { timeout: 10_000 });
    const bytes = deps.calls.saveFile[0][1] as Uint8Array;
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    const texts = paragraphTexts(xml);
    expect(texts).toContain('เรียน นายกเทศมนตรี <เมือง> & "เขลางค์นคร"');
    expect(texts).toContain("ที่ วันที่ ๒๐ มีนาคม ๒๕๖๖");
    expect(texts).toContain("๘๘.๕๓");
    expect(texts[texts.indexOf("๑. ความเป็นมา") + 1]).toBe("ย่อหน้าของหน่วยงาน");
    expect(texts[texts.indexOf("๑. ความเป็นมา") + 2]).toBe("ย่อหน้าที่สอง");
  });
});

describe("group mode", () => {
  it("offers the summary document under the written group sheets, built from the group analysis and its heading", async () => {
    const ten = (v: number) => Array.from({ length: 10 }, () => v);
    const host = new FakeHost();
    host.source = {
      cells: [
        ["หน่วยงาน", "จังหวัด", "ปี", ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)],
        ["อบต.ก", "ลำปาง", 2565, ...ten(90)],
        ["อบต.ข", "ลำพูน", 2565, ...ten(80)],
      ],
      sheet: "Agencies",
      address: "A1:M3",
      origin: { row: 0, col: 0 },
    };
    const deps = fakeDeps({
      buildGroupDocument: async (...a) => (deps.calls.buildGroupDocument.push(a), buildGroupDocument(...a)),
      writeDocument,
    });
    render(<Pane host={host} deps={deps} initialLang="th" />);
    await act(async () => {});
    fireEvent.click(screen.getByLabelText(th.modeGroup));
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("agencies-read");
    expect(screen.queryByTestId("report-document")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: th.generate }));
    await screen.findByTestId("written");
    expect(screen.queryByTestId("report-document")).toBeNull(); // the memo is for one agency
    fireEvent.click(await screen.findByRole("button", { name: d.groupDownload }));
    await waitFor(() => expect(deps.calls.saveFile).toHaveLength(1), { timeout: 10_000 });
    const [name, bytes] = deps.calls.saveFile[0] as [string, Uint8Array];
    expect(name).toBe("ITA-2565-group-summary.docx");
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    expect(paragraphTexts(xml)).toContain(
      "หน่วยงานที่ได้รับการประเมิน ๒ แห่ง ผ่านเกณฑ์ ๑ แห่ง คิดเป็นร้อยละ ๕๐.๐๐ ต่ำกว่าเป้าหมายระดับประเทศ (ร้อยละ ๘๐ ของหน่วยงานผ่านเกณฑ์)"
    );
  });
});
