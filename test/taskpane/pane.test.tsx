/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describeProblem } from "../../src/engine/messages";
import { HostError } from "../../src/report/host";
import { PAGE_DIGITS_NOTE } from "../../src/report/print";
import { Pane } from "../../src/taskpane/components/Pane";
import { STRINGS } from "../../src/taskpane/strings";
import { badParse, fakeDeps, FakeHost, sheet } from "./fakes";
import "./jsdom-shims";

const th = STRINGS.th;
const en = STRINGS.en;

async function setup(opts: { host?: FakeHost; deps?: ReturnType<typeof fakeDeps>; lang?: "th" | "en" } = {}) {
  const host = opts.host ?? new FakeHost();
  const deps = opts.deps ?? fakeDeps();
  render(<Pane host={host} deps={deps} initialLang={opts.lang ?? "th"} />);
  await act(async () => {}); // start-up reads: settings and sources
  return { host, deps };
}

const generateButton = (s = th) => screen.getByRole("button", { name: s.generate });

describe("Pane", () => {
  it("names each section by its heading, for screen readers", async () => {
    await setup();
    for (const heading of [th.sourceHeading, th.optionsHeading, th.generateHeading]) {
      expect(screen.getByRole("region", { name: heading }).tagName).toBe("SECTION");
    }
  });

  it("shows each problem of the source with its cell address, and keeps Generate disabled", async () => {
    const deps = fakeDeps({
      parseScores: () =>
        badParse([
          { where: "D7", code: "not-a-number", detail: { text: "8x.5" } },
          { where: "C12", code: "out-of-range", detail: { text: "120" } },
        ]),
      describeProblem,
    });
    const { host } = await setup({ deps });
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    const items = await screen.findAllByTestId("problem");
    expect(items).toHaveLength(2);
    // The real messages: each names its cell and quotes what is there.
    expect(items[0].textContent).toMatch(/D7/);
    expect(items[0].textContent).toContain("8x.5");
    expect(items[1].textContent).toMatch(/C12/);
    expect(host.reads).toEqual([{ kind: "selection" }]);
    expect((generateButton() as HTMLButtonElement).disabled).toBe(true);
  });

  it("passes the range's top-left to the parser so addresses name real cells", async () => {
    const deps = fakeDeps();
    const host = new FakeHost();
    host.source = { cells: [["a"]], sheet: "Data", address: "C4:F15", origin: { row: 3, col: 2 } };
    await setup({ host, deps });
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("matched");
    const [cells, opts] = deps.calls.parseScores[0] as [unknown, { origin: unknown; addressStyle: string }];
    expect(cells).toBe(host.source.cells);
    expect(opts.origin).toEqual({ row: 3, col: 2 });
    expect(opts.addressStyle).toBe("a1");
  });

  it("enables Generate only after a source parses without problems", async () => {
    let good = false;
    const deps = fakeDeps({});
    const real = deps.parseScores;
    deps.parseScores = (c, o) => (good ? real(c, o) : badParse([{ where: "B3", code: "empty", detail: {} }]));
    await setup({ deps });
    expect((generateButton() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByText("B3: problem empty");
    expect((generateButton() as HTMLButtonElement).disabled).toBe(true);
    good = true;
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("matched");
    expect((generateButton() as HTMLButtonElement).disabled).toBe(false);
  });

  it("tells, under the digits option, that Excel prints the page numbers in Arabic digits when Thai digits are chosen", async () => {
    await setup();
    const digits = screen.getByLabelText(th.digits);
    // Thai by default in Thai: the note is the field's description, in the pane's language.
    const described = (digits.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain(PAGE_DIGITS_NOTE.th);
    fireEvent.change(digits, { target: { value: "arabic" } });
    expect(screen.queryByText(PAGE_DIGITS_NOTE.th)).toBeNull();
    fireEvent.change(screen.getByLabelText(th.uiLanguage), { target: { value: "en" } });
    fireEvent.change(await screen.findByLabelText(en.digits), { target: { value: "thai" } });
    expect(screen.getByText(PAGE_DIGITS_NOTE.en)).toBeTruthy();
  });

  it("lists what it read: indicator names, scores per year and the years", async () => {
    await setup();
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    const table = await screen.findByTestId("matched");
    expect(screen.getByTestId("years").textContent).toBe("2564, 2565");
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(11); // header + ten indicators
    // goodParse gives indicator n the scores 80+n and 82+n.
    expect(
      within(rows[3])
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["3", "การใช้อำนาจ", "83", "85"]);
  });

  it("switches every label when the pane language changes", async () => {
    await setup();
    expect(screen.getByRole("button", { name: th.useSelection })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(th.uiLanguage), { target: { value: "en" } });
    expect(await screen.findByRole("button", { name: en.useSelection })).toBeTruthy();
    expect(screen.getByRole("button", { name: en.generate })).toBeTruthy();
    expect(screen.queryByRole("button", { name: th.useSelection })).toBeNull();
    expect(screen.getByLabelText(en.agency)).toBeTruthy();
  });

  it("generates: analyse → buildSheets with the options → writeSheets, then lists sheets and skipped features", async () => {
    const host = new FakeHost();
    host.skipped = [{ sheet: "อันดับ 2565", feature: "charts" }];
    const { deps } = await setup({ host });
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("matched");
    fireEvent.change(screen.getByLabelText(th.agency), { target: { value: "เทศบาลเมืองเขลางค์นคร" } });
    fireEvent.change(screen.getByLabelText(th.owners), { target: { value: "กองคลัง\n\n  สำนักปลัด  \n" } });
    fireEvent.change(screen.getByLabelText(th.digits), { target: { value: "arabic" } });
    fireEvent.change(screen.getByLabelText(th.passMark), { target: { value: "๘๐" } });
    fireEvent.click(generateButton());
    const done = await screen.findByTestId("written");
    expect(host.writes).toHaveLength(1);
    expect(host.writes[0].specs.map((s) => s.name)).toEqual(["อันดับ 2565", "มาตรการ 2566"]);
    // The owner picker analyses too as the options change (its plan's indicators): the last call, after the mark was typed.
    const [, aOpts] = deps.calls.analyse[deps.calls.analyse.length - 1] as [unknown, { passMark: string; planYear: number }];
    expect(aOpts.passMark).toBe("80");
    expect(aOpts.planYear).toBe(2566); // latest year 2565 + 1
    expect(deps.calls.buildSheets[0][1]).toEqual({
      lang: "th",
      digits: "arabic",
      agency: "เทศบาลเมืองเขลางค์นคร",
      owners: ["กองคลัง", "สำนักปลัด"],
    });
    expect(done.textContent).toContain("มาตรการ 2566");
    expect(done.textContent).toContain(th.feature.charts);
  });

  it.each([
    ["th", th],
    ["en", en],
  ] as const)("lists each skipped feature once, in plain words, with the sheets it was left off (%s)", async (lang, s) => {
    const host = new FakeHost();
    const sheets = ["อันดับ 2565", "มาตรการ 2566"];
    const features = [
      "layout",
      "freezePanes",
      "gridlines",
      "conditionalFormats",
      "dataValidation",
      "charts",
      "pageLayout",
      "autoFilter",
    ] as const;
    host.skipped = features.flatMap((feature) => sheets.map((sheet) => ({ sheet, feature })));
    await setup({ host, lang });
    fireEvent.click(screen.getByRole("button", { name: s.useSelection }));
    await screen.findByTestId("matched");
    fireEvent.click(generateButton(s));
    const done = await screen.findByTestId("written");
    const items = within(within(done).getByText(s.skippedHeading))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual(features.map((f) => `${s.feature[f]}: ${sheets.join(", ")}`));
    for (const f of features) expect(s.feature[f]).not.toMatch(/[A-Z][a-z]+[A-Z]/); // words, not the code's camelCase
  });

  it("plans measures for strengths too when asked", async () => {
    const { deps } = await setup();
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("matched");
    fireEvent.click(generateButton());
    await screen.findByTestId("written");
    fireEvent.click(screen.getByLabelText(th.includeStrengths));
    fireEvent.click(generateButton());
    await waitFor(() => expect(deps.calls.analyse).toHaveLength(2));
    const flags = deps.calls.analyse.map((c) => (c[1] as { includeStrengths?: boolean }).includeStrengths);
    expect(flags).toEqual([false, true]);
  });

  it("asks before replacing edited sheets, and writes nothing when cancelled", async () => {
    const deps = fakeDeps({
      mergeEdits: (specs) => ({ specs, replace: ["gen-1"], needsConfirm: [{ name: "มาตรการ 2566" }] }),
    });
    const host = new FakeHost();
    await setup({ host, deps });
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("matched");
    fireEvent.click(generateButton());
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.dataset.testid).toBeUndefined(); // Fluent's Dialog, loaded on first need
    expect(within(dialog).getByText("มาตรการ 2566")).toBeTruthy();
    // Tabster keeps the surface aria-hidden in jsdom until focus enters it, which
    // depends on timers (no layout here): find the buttons by their text.
    fireEvent.click(within(dialog).getByText(th.cancel));
    await screen.findByText(th.cancelled);
    expect(host.writes).toHaveLength(0);

    fireEvent.click(generateButton());
    const again = await screen.findByRole("alertdialog");
    fireEvent.click(within(again).getByText(th.confirmReplace));
    await screen.findByTestId("written");
    expect(host.writes).toEqual([{ specs: [sheet("อันดับ 2565"), sheet("มาตรการ 2566")], replace: ["gen-1"] }]);
  });

  it("shows a host failure as one plain sentence chosen by its code, never its message", async () => {
    const host = new FakeHost();
    host.writeError = new HostError("protected", "Sheet1 is protected: AccessDenied at line 42");
    await setup({ host });
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("matched");
    fireEvent.click(generateButton());
    const box = await screen.findByTestId("host-error");
    // The code's sentence, then that the failed write was undone.
    expect(box.textContent).toBe(`${th.hostError.protected} ${th.writeUndone}`);
    expect(document.body.textContent).not.toContain("AccessDenied");
  });

  it("says sheets may remain when a failed write could not be undone", async () => {
    const host = new FakeHost();
    host.writeError = new HostError("excel-error", "GeneralException", false);
    await setup({ host, lang: "en" });
    fireEvent.click(screen.getByRole("button", { name: en.useSelection }));
    await screen.findByTestId("matched");
    fireEvent.click(generateButton(en));
    const box = await screen.findByTestId("host-error");
    expect(box.textContent).toBe(`${en.hostError["excel-error"]} ${en.writeLeftovers}`);
    expect(box.textContent).not.toMatch(/connection/i);
  });

  it("lists features Excel refused at run time apart from those it lacks", async () => {
    const host = new FakeHost();
    host.skipped = [
      { sheet: "อันดับ 2565", feature: "charts" },
      { sheet: "อันดับ 2565", feature: "pageLayout", reason: "failed" },
    ];
    await setup({ host });
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("matched");
    fireEvent.click(generateButton());
    await screen.findByTestId("written");
    expect(screen.getByTestId("skipped-skipped").textContent).toContain(th.feature.charts);
    expect(screen.getByTestId("skipped-failed").textContent).toBe(`${th.failedHeading}${th.feature.pageLayout}: อันดับ 2565`);
  });

  it.each([
    ["th", th],
    ["en", en],
  ] as const)("says what was too large by the step: the selection when reading, the report when writing (%s)", async (lang, s) => {
    const host = new FakeHost();
    host.readError = new HostError("too-large", "RequestPayloadSizeLimitExceeded");
    await setup({ host, lang });
    fireEvent.click(screen.getByRole("button", { name: s.useSelection }));
    expect((await screen.findByTestId("host-error")).textContent).toBe(s.hostError["too-large"]);

    host.readError = null;
    host.writeError = new HostError("too-large", "RequestPayloadSizeLimitExceeded");
    fireEvent.click(screen.getByRole("button", { name: s.useSelection }));
    await screen.findByTestId("matched");
    fireEvent.click(generateButton(s));
    await waitFor(() => expect(screen.getByTestId("host-error").textContent).toBe(`${s.hostErrorWriting["too-large"]} ${s.writeUndone}`));
    expect(s.hostErrorWriting["too-large"]).not.toBe(s.hostError["too-large"]);
    expect(document.body.textContent).not.toContain("RequestPayloadSizeLimitExceeded");
  });

  it("shows an unexpected exception as the generic sentence, without its text", async () => {
    const host = new FakeHost();
    host.readError = new TypeError("Cannot read properties of undefined (reading 'values')");
    await setup({ host, lang: "en" });
    fireEvent.click(screen.getByRole("button", { name: en.useSelection }));
    const box = await screen.findByTestId("host-error");
    expect(box.textContent).toBe(`${en.hostError.unknown} ${en.readNothingChanged}`);
    expect(document.body.textContent).not.toContain("reading 'values'");
  });

  it("renders cell text as text, not markup", async () => {
    const deps = fakeDeps({
      parseScores: () => badParse([{ where: "A1", code: "not-a-number", detail: {} }]),
      describeProblem: () => '<img src=x onerror="alert(1)">',
    });
    await setup({ deps });
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    const li = await screen.findByTestId("problem");
    expect(li.querySelector("img")).toBeNull();
    expect(li.textContent).toContain("<img src=x");
  });

  it("loads the owners list saved in the workbook, and saves it on leaving the field", async () => {
    const host = new FakeHost();
    host.settings.set("owners", "กองคลัง\nกองช่าง");
    await setup({ host });
    const box = screen.getByLabelText(th.owners) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe("กองคลัง\nกองช่าง"));
    fireEvent.change(box, { target: { value: "กองคลัง\nกองช่าง\nสำนักปลัด" } });
    fireEvent.blur(box);
    await waitFor(() => expect(host.settings.get("owners")).toBe("กองคลัง\nกองช่าง\nสำนักปลัด"));
  });

  it("Load sample writes the sample to a new sheet, then reads the selection", async () => {
    const { host, deps } = await setup();
    fireEvent.click(screen.getByRole("button", { name: th.loadSample }));
    await screen.findByTestId("matched");
    expect(host.samples).toEqual([{ name: th.sampleSheetName, cells: deps.sampleCells }]);
    expect(host.reads).toEqual([{ kind: "selection" }]);
  });

  it("rejects a pass mark that is not a number from 0 to 100", async () => {
    await setup();
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("matched");
    fireEvent.change(screen.getByLabelText(th.passMark), { target: { value: "101" } });
    expect(screen.getByText(th.passMarkInvalid)).toBeTruthy();
    expect((generateButton() as HTMLButtonElement).disabled).toBe(true);
  });

  it("offers a sheet's own named range labelled with its sheet, and reads that one, not the workbook name", async () => {
    const host = new FakeHost();
    host.sources = [
      { kind: "table", name: "ตาราง1", address: "Data!A1:C12" },
      { kind: "name", name: "คะแนน", address: "Data!$A$1:$C$12" },
      { kind: "name", name: "คะแนน", sheet: "ITA", address: "ITA!$B$2:$D$13" },
    ];
    await setup({ host });
    const list = screen.getByLabelText(th.sourceList) as HTMLSelectElement;
    expect([...list.options].map((o) => o.textContent)).toEqual(["ตาราง1", "คะแนน", "ITA!คะแนน"]);
    fireEvent.change(list, { target: { value: list.options[2].value } });
    fireEvent.click(screen.getByRole("button", { name: th.readChosen }));
    await screen.findByTestId("matched");
    expect(host.reads).toEqual([{ kind: "name", name: "คะแนน", sheet: "ITA" }]);
    fireEvent.change(list, { target: { value: list.options[1].value } });
    fireEvent.click(screen.getByRole("button", { name: th.readChosen }));
    await waitFor(() => expect(host.reads).toHaveLength(2));
    expect(host.reads[1]).toEqual({ kind: "name", name: "คะแนน", sheet: undefined });
  });

  it("starts one run for a double click, even before the pane re-renders", async () => {
    const host = new FakeHost();
    await setup({ host });
    fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
    await screen.findByTestId("matched");
    const button = generateButton();
    // Both clicks land before React re-renders the disabled button.
    await act(async () => {
      button.click();
      button.click();
    });
    await screen.findByTestId("written");
    expect(host.writes).toHaveLength(1);

    const sample = screen.getByRole("button", { name: th.loadSample });
    await act(async () => {
      sample.click();
      sample.click();
    });
    expect(host.samples).toHaveLength(1);
  });
});
