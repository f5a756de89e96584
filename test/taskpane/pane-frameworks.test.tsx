/** @jest-environment jsdom */
// Issue 11 in the pane: a year is never guessed, a later year waits for an
// explicit choice, a framework file is loaded and kept with the workbook, and
// the caveats show before Generate — on the real engine and sheet builders.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { analyse } from "../../src/engine/analyse";
import { parseScores } from "../../src/engine/input";
import { describeProblem } from "../../src/engine/messages";
import { buildSheets } from "../../src/report/build";
import { Pane } from "../../src/taskpane/components/Pane";
import { FRAMEWORK_STRINGS } from "../../src/taskpane/framework-strings";
import { STRINGS } from "../../src/taskpane/strings";
import { reformCells } from "../helpers/reform-framework";
import { REPORT_2564, REPORT_2565 } from "../helpers/tables";
import { fakeDeps, FakeHost } from "./fakes";
import "./jsdom-shims";

const th = STRINGS.th;
const fs = FRAMEWORK_STRINGS.th;
const fixtureText = (name: string) => readFileSync(join(__dirname, "../fixtures/frameworks", name), "utf8");

/** The real engine and sheet builders, recorded. */
function realDeps() {
  const deps = fakeDeps({ describeProblem, buildSheets });
  deps.parseScores = (...a) => (deps.calls.parseScores.push(a), parseScores(...a));
  deps.analyse = (...a) => (deps.calls.analyse.push(a), analyse(...a));
  return deps;
}

async function setup(cells: unknown[][], host = new FakeHost()) {
  host.source = { cells, sheet: "Scores", address: "A1:C11", origin: { row: 0, col: 0 } };
  const deps = realDeps();
  render(<Pane host={host} deps={deps} initialLang="th" />);
  await act(async () => {});
  fireEvent.click(screen.getByRole("button", { name: th.useSelection }));
  // Read (with problems, for a reform table before its framework is loaded).
  await screen.findByText(th.readFrom("Scores", "A1:C11"));
  return { host, deps };
}

const generate = () => screen.getByRole("button", { name: th.generate }) as HTMLButtonElement;
const twoYears = (y1: number, y2: number) => [
  ["ตัวชี้วัด", String(y1), String(y2)],
  ...REPORT_2564.map((s, i) => [String(i + 1), s, REPORT_2565[i]]),
];

describe("the pane never guesses a year", () => {
  it("holds a yearless column until the user names its year, offering the newest year first", async () => {
    const { deps } = await setup([["คะแนน"], ...REPORT_2565.map((s) => [s])]);
    expect(generate().disabled).toBe(true);
    expect(screen.getByTestId("source-waits").textContent).toBe(th.sourceWaits);
    expect(screen.queryByText(th.sourceOk)).toBeNull();
    const picker = screen.getByLabelText(fs.yearLabel) as HTMLSelectElement;
    expect(picker.value).toBe("");
    expect(Array.from(picker.options, (o) => o.value).slice(0, 3)).toEqual(["", "2569", "2568"]);
    fireEvent.change(picker, { target: { value: "2565" } });
    expect(generate().disabled).toBe(false);
    fireEvent.click(generate());
    await screen.findByTestId("written");
    const [, opts] = deps.calls.analyse[0] as [unknown, { year: number }];
    expect(opts.year).toBe(2565);
  });

  it("names the year it read in the auto choice, and shows 2569's caveat before Generate", async () => {
    await setup(twoYears(2568, 2569));
    const select = screen.getByLabelText(th.framework) as HTMLSelectElement;
    expect(select.options[0].textContent).toBe(fs.autoNamed("ITA ปีงบประมาณ พ.ศ. 2569", 2569));
    expect(screen.getByTestId("caveats").textContent).toContain("ไม่พบคู่มือการประเมินของ ป.ป.ช. ปี 2569");
    expect(screen.getByTestId("caveats").textContent).toContain("น้ำหนักคะแนนปี 2568 ยังไม่ได้รับการยืนยัน"); // the earlier year's too
    expect(generate().disabled).toBe(false);
  });
});

describe("a year newer than every framework", () => {
  it("waits for the explicit carried-forward choice, then grades 2570 by 2569 with the caveat on the sheets", async () => {
    const { host, deps } = await setup(twoYears(2569, 2570));
    expect(generate().disabled).toBe(true);
    const offer = screen.getByTestId("later-year");
    expect(offer.textContent).not.toMatch(/--/); // never a CLI flag in the pane
    fireEvent.click(within(offer).getByLabelText(fs.useNewest(2570, 2569)));
    expect(generate().disabled).toBe(false);
    expect(screen.getByTestId("caveats").textContent).toContain("ยังไม่มีเกณฑ์ปี 2570 — คำนวณตามเกณฑ์ปี 2569 (ยังไม่ยืนยัน)");
    fireEvent.click(generate());
    await screen.findByTestId("written");
    const [, opts] = deps.calls.analyse[0] as [unknown, { framework: { id: string } }];
    expect(opts.framework.id).toBe("ita-2569");
    const ranking = host.writes[0].specs[0];
    expect(String(ranking.rows[2][0].value)).toContain("ยังไม่มีเกณฑ์ปี ๒๕๗๐ — คำนวณตามเกณฑ์ปี ๒๕๖๙ (ยังไม่ยืนยัน)");
  });
});

describe("framework files", () => {
  const cells = reformCells();
  const load = async (text: string) => {
    const input = screen.getByTestId("framework-file") as HTMLInputElement;
    const file = new File([text], "fw.json", { type: "application/json" });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
      await new Promise((r) => setTimeout(r, 20)); // FileReader is asynchronous
    });
  };

  it("loads an 8-indicator, 2-instrument framework, reads the table by its names, grades and keeps it with the workbook", async () => {
    const { host, deps } = await setup(cells);
    expect(screen.queryByTestId("matched")).toBeNull(); // the standard ten do not know these names
    await load(fixtureText("two-instruments-8.json"));
    await waitFor(() => expect((screen.getByLabelText(th.framework) as HTMLSelectElement).value).toBe("file"));
    expect(JSON.parse(host.settings.get("framework") as string).kind).toBe("file");
    expect(screen.getByTestId("matched").textContent).toContain("ความคุ้มค่าของงบประมาณ");
    fireEvent.click(generate());
    await screen.findByTestId("written");
    const [, opts] = deps.calls.analyse[0] as [unknown, { framework: { id: string } }];
    expect(opts.framework.id).toBe("reform-2570-a");
    const ranking = host.writes[0].specs[0];
    const labels = ranking.rows.map((r) => String(r[1]?.value ?? ""));
    expect(labels).toContain("ตัวชี้วัดที่ ๕ การเปิดเผยข้อมูล (EVD)");
    expect(labels).toContain("แบบตรวจหลักฐานเชิงประจักษ์ (EVD)");
  });

  it("restores the kept file on the next start, so a re-run uses it", async () => {
    const host = new FakeHost();
    host.settings.set("framework", JSON.stringify({ kind: "file", text: fixtureText("four-instruments-12.json") }));
    await setup([["ตัวชี้วัด", "2570"], ...[...REPORT_2565, "82", "81"].map((s, i) => [String(i + 1), s])], host);
    expect((screen.getByLabelText(th.framework) as HTMLSelectElement).value).toBe("file");
    expect(screen.getByTestId("matched").textContent).toContain("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร");
    expect(generate().disabled).toBe(false);
  });

  it("refuses a broken file naming field, line and column, and keeps the earlier choice", async () => {
    const { host } = await setup(twoYears(2568, 2569));
    await load('{ "id": "x",\n  "indicators": [ { "number": 1, "instrument": "QQQ", "weight": 100 } ] }');
    const box = await screen.findByTestId("framework-file-problems");
    expect(box.textContent).toContain('"indicators[0].instrument"');
    expect(box.textContent).toContain("บรรทัด 2");
    expect((screen.getByLabelText(th.framework) as HTMLSelectElement).value).toBe("auto");
    expect(host.settings.has("framework")).toBe(false);
  });

  it("downloads the framework in use as a template that loads back", async () => {
    const { deps } = await setup(twoYears(2568, 2569));
    fireEvent.click(screen.getByRole("button", { name: fs.template }));
    await waitFor(() => expect(deps.calls.saveFile).toHaveLength(1));
    const [name, bytes] = deps.calls.saveFile[0] as [string, Uint8Array];
    expect(name).toBe("ita-2569.json");
    const back = (await deps.frameworkFiles()).parseFrameworkJson(new TextDecoder().decode(bytes), name);
    expect(back.ok && back.framework.indicators.length).toBe(10);
  });
});

describe("the framework-file reader, loaded on first use", () => {
  it("says in the pane when it cannot be loaded, and the pane stays usable", async () => {
    const host = new FakeHost();
    const deps = fakeDeps({
      frameworkFiles: async () => {
        throw new Error("ChunkLoadError: Loading chunk 118 failed");
      },
    });
    render(<Pane host={host} deps={deps} initialLang="th" />);
    await act(async () => {});
    fireEvent.click(screen.getByRole("button", { name: FRAMEWORK_STRINGS.th.template }));
    expect((await screen.findByTestId("host-error")).textContent).not.toContain("ChunkLoadError");
    expect(deps.calls.saveFile).toHaveLength(0);
    expect((screen.getByRole("button", { name: STRINGS.th.useSelection }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("says so when a kept file's reader cannot load at start, and keeps the setting instead of grading by another framework", async () => {
    const host = new FakeHost();
    const kept = JSON.stringify({ kind: "file", text: fixtureText("four-instruments-12.json") });
    host.settings.set("framework", kept);
    render(
      <Pane
        host={host}
        deps={fakeDeps({
          frameworkFiles: async () => {
            throw new Error("ChunkLoadError: Loading chunk 118 failed");
          },
        })}
        initialLang="th"
      />
    );
    await act(async () => {});
    expect((await screen.findByTestId("host-error")).textContent).not.toContain("ChunkLoadError");
    expect(host.settings.get("framework")).toBe(kept);
  });
});
