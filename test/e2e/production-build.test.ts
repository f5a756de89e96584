/** @jest-environment node */
// The deployable build: webpack.config.js run for real (its manifest and
// office.js choices), with a one-line entry so it takes seconds, into a
// temporary dist/. A production manifest names only the production address;
// the pane loads office.js from Microsoft's CDN unless OFFICE_JS=bundled.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

const ROOT = join(__dirname, "..", "..");
const makeConfig = require(join(ROOT, "webpack.config.js")) as (
  env: object,
  argv: { mode: string }
) => webpack.Configuration | webpack.Configuration[];
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

async function build(env: Record<string, string>, mode = "production"): Promise<string> {
  const dist = mkdtempSync(join(tmpdir(), "ita-dist-"));
  const entry = join(dist, "entry.js");
  writeFileSync(entry, "export {};\n");
  const saved = { ADDIN_URL: process.env.ADDIN_URL, OFFICE_JS: process.env.OFFICE_JS };
  delete process.env.ADDIN_URL;
  delete process.env.OFFICE_JS;
  Object.assign(process.env, env);
  try {
    // A production build is [main, legacy ES5 pane]: the manifest and office.js come from the main one.
    const made = makeConfig({}, { mode });
    const config = Array.isArray(made) ? made[0] : made;
    config.context = ROOT;
    config.entry = { "webview-check": entry, taskpane: entry, preview: entry };
    config.output = { ...config.output, path: join(dist, "out") };
    config.plugins = (config.plugins ?? []).filter((p) => p?.constructor.name !== "PrintSizes");
    await new Promise<void>((resolve, reject) =>
      webpack(config, (err, stats) =>
        err ? reject(err) : stats?.hasErrors() ? reject(new Error(stats.toString("errors-only"))) : resolve()
      )
    );
    return join(dist, "out");
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(join(d, ".."), { recursive: true, force: true })));

describe("the production build", () => {
  it("writes dist/manifest.xml with the production address everywhere, AppDomains included, and no localhost", async () => {
    const out = await build({ ADDIN_URL: "https://intranet.example.go.th/ita-scorecard" });
    dirs.push(out);
    const xml = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(xml).not.toMatch(/localhost/i);
    expect(xml).toContain('<SourceLocation DefaultValue="https://intranet.example.go.th/ita-scorecard/taskpane.html"/>');
    expect(/<AppDomains>([\s\S]*?)<\/AppDomains>/.exec(xml)?.[1].trim()).toBe("<AppDomain>https://intranet.example.go.th</AppDomain>");
    const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith("https://intranet.example.go.th/ita-scorecard/")).toBe(true);
  }, 120_000);

  it("loads office.js from Microsoft's CDN in the task pane, with no bundled copy", async () => {
    const out = dirs[0];
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    expect(html).toMatch(new RegExp(`<script src="?${CDN.replace(/[.]/g, "\\.")}"?>`));
    expect(existsSync(join(out, "office-js"))).toBe(false);
  });

  it("emits no manifest at all without ADDIN_URL (the repository's manifest.xml is the development one)", async () => {
    const out = await build({});
    dirs.push(out);
    expect(existsSync(join(out, "manifest.xml"))).toBe(false);
    expect(existsSync(join(out, "taskpane.html"))).toBe(true);
  }, 120_000);

  it("with OFFICE_JS=bundled serves office.js and its companion files from dist/office-js", async () => {
    const out = await build({ OFFICE_JS: "bundled" });
    dirs.push(out);
    expect(readFileSync(join(out, "taskpane.html"), "utf8")).toMatch(/<script src="?office-js\/office\.js"?>/);
    expect(existsSync(join(out, "office-js", "office.js"))).toBe(true);
    expect(existsSync(join(out, "office-js", "o15apptofilemappingtable.js"))).toBe(true);
  }, 120_000);

  it("refuses a non-https address", async () => {
    await expect(build({ ADDIN_URL: "http://intranet.example.go.th/" })).rejects.toThrow(/https/);
  }, 120_000);
});
