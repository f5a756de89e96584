// Builds the ES5 pane alone (webpack.legacy.js) into test-output/legacy/ when
// a source is newer than it, so the tests read the bundle as shipped
// (production, minified) without touching dist/.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { newest } from "../e2e/built-preview";

const ROOT = join(__dirname, "..", "..");
export const LEGACY_OUT = join(ROOT, "test-output", "legacy");
export const LEGACY_FILE = join(LEGACY_OUT, "taskpane-legacy.js");

export function legacyBundle(): string {
  const stale =
    !existsSync(LEGACY_FILE) ||
    statSync(LEGACY_FILE).mtimeMs < Math.max(newest(join(ROOT, "src")), statSync(join(ROOT, "webpack.legacy.js")).mtimeMs);
  if (stale) {
    execFileSync(
      process.execPath,
      [
        join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
        "--config",
        "webpack.legacy.js",
        "--mode",
        "production",
        "--output-path",
        LEGACY_OUT,
      ],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 64 * 1024 * 1024,
      }
    );
  }
  return readFileSync(LEGACY_FILE, "utf8");
}
