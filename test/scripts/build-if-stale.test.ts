// `npm start` rebuilds dist/ only when an input changed: run on a scratch
// project whose "build" is a node one-liner that counts its runs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCRIPT = join(__dirname, "..", "..", "scripts", "build-if-stale.js");
const BUILD = `require("fs").appendFileSync("builds.txt", "x"); require("fs").mkdirSync("dist", { recursive: true }); process.exit(Number(process.env.FAIL || 0))`;

function start(root: string, env: Record<string, string> = {}): { ms: number; builds: number } {
  const t0 = Date.now();
  try {
    execFileSync(process.execPath, [SCRIPT, "--root", root, "--", process.execPath, "-e", BUILD], {
      cwd: root,
      env: { ...process.env, ADDIN_URL: "", ...env },
      stdio: "pipe",
    });
  } catch {
    // a failed build: the count says what ran
  }
  const builds = existsSync(join(root, "builds.txt")) ? readFileSync(join(root, "builds.txt"), "utf8").length : 0;
  return { ms: Date.now() - t0, builds };
}

describe("build-if-stale (npm start)", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "ita-start-"));
    mkdirSync(join(root, "src"));
    writeFileSync(join(root, "src", "a.ts"), "export const a = 1;\n");
    writeFileSync(join(root, "webpack.config.js"), "module.exports = {};\n");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("builds the first time, then serves without building, in well under 10 s", () => {
    expect(start(root).builds).toBe(1);
    const second = start(root);
    expect(second.builds).toBe(1);
    expect(second.ms).toBeLessThan(10_000);
  });

  it("rebuilds after a changed, added or removed source, a changed config or build environment", () => {
    start(root);
    writeFileSync(join(root, "src", "a.ts"), "export const a = 2;\n");
    expect(start(root).builds).toBe(2);
    writeFileSync(join(root, "src", "b.ts"), "export const b = 1;\n");
    expect(start(root).builds).toBe(3);
    rmSync(join(root, "src", "b.ts"));
    expect(start(root).builds).toBe(4);
    writeFileSync(join(root, "webpack.config.js"), "module.exports = { mode: 'production' };\n");
    expect(start(root).builds).toBe(5);
    expect(start(root, { ADDIN_URL: "https://intranet.example.go.th/ita/" }).builds).toBe(6);
    expect(start(root).builds).toBe(7);
    expect(start(root).builds).toBe(7);
  });

  it("builds again after a failed build, and after dist/ was cleaned", () => {
    expect(start(root, { FAIL: "1" }).builds).toBe(1);
    expect(start(root).builds).toBe(2);
    rmSync(join(root, "dist"), { recursive: true });
    expect(start(root).builds).toBe(3);
  });
});
