/** @jest-environment node */
// Issue 18's size target: what the task pane loads before it can show itself
// (taskpane.html and the scripts it names, Microsoft's office.js from the CDN
// apart) stays within 200 KiB gzipped. ExcelJS, docx, the framework-file
// reader and the Word documents' builders come later, by import().
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureBuilt } from "./built-preview";

const DIST = join(__dirname, "..", "..", "dist");
jest.setTimeout(600_000);

it("loads at most 200 KiB gzipped before the pane shows", async () => {
  await ensureBuilt();
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const local = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  expect(local).toEqual(["webview-check.js", "taskpane.js"]);
  const bytes = [html, ...local.map((f) => readFileSync(join(DIST, f)))].reduce((n, b) => n + gzipSync(b).length, 0);
  console.log(`first load: ${(bytes / 1024).toFixed(1)} KiB gzipped`);
  expect(bytes).toBeLessThanOrEqual(200 * 1024);
});
