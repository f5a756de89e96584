// Build (when sources are newer than dist/) and serve the preview for
// browser tests; find Debian's Chromium. A missing tool fails loudly.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

const ROOT = join(__dirname, "..", "..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

/** Latest modification time of any file below dir. */
export function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const fresh = () => {
  const out = join(ROOT, "dist", "preview.js");
  return existsSync(out) && statSync(out).mtimeMs >= newest(join(ROOT, "src"));
};

/**
 * Build dist/ unless it is newer than every source. Browser test files run in
 * parallel workers: a lock directory lets one build while the others wait.
 */
export async function ensureBuilt(): Promise<void> {
  const lock = join(ROOT, "dist.build-lock");
  for (;;) {
    if (fresh()) return;
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building (or a build died: take over after 10 minutes).
      if (Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    try {
      if (!fresh()) {
        execFileSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], {
          cwd: ROOT,
          stdio: ["ignore", "pipe", "pipe"],
          maxBuffer: 64 * 1024 * 1024,
        });
      }
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium fonts-thai-tlwg); .ci/run does.`
    );
  }
}

/**
 * Serves dist/ on a port the OS picks (PORT=0), read back from the server's
 * first line: a random fixed range can hit a port Chromium refuses
 * (net::ERR_UNSAFE_PORT) or one already taken.
 */
export async function serve(): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, "scripts", "serve.js")], {
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("preview server did not start")), 10000);
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/localhost:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on("exit", (code) => reject(new Error(`preview server exited (${code})`)));
  });
  return { url: `http://localhost:${port}`, stop: () => child.kill() };
}

/**
 * One test file's browser: the built preview served and Debian's Chromium
 * started (screenshots' folder made when given); stop() closes both.
 */
export async function startBrowser(shots?: string): Promise<{ browser: Browser; url: string; stop: () => Promise<void> }> {
  requireChromium();
  if (shots) mkdirSync(shots, { recursive: true });
  await ensureBuilt();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    browser,
    url: server.url,
    stop: async () => {
      await browser.close();
      server.stop();
    },
  };
}

/**
 * The built preview open in Chromium at the pane's size, ready once its
 * sample button shows (the pane has rendered). `downloads`: the page may save files.
 */
export async function openPreview(
  shots: string,
  opts: { downloads?: boolean; ready?: string } = {}
): Promise<{ run: PreviewBrowser; page: Page }> {
  const run = await startBrowser(shots);
  const page = await run.browser.newPage({ viewport: { width: 1400, height: 950 }, acceptDownloads: opts.downloads ?? false });
  await page.goto(`${run.url}/preview.html`);
  await page.getByRole("button", { name: opts.ready ?? "ใส่ข้อมูลตัวอย่าง" }).waitFor();
  return { run, page };
}

export type PreviewBrowser = Awaited<ReturnType<typeof startBrowser>>;
