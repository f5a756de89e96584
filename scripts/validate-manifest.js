#!/usr/bin/env node
// npm run validate [manifest]: Microsoft's validator (office-addin-manifest
// validate, which posts the manifest to an online service) when it can be
// reached; otherwise the offline structure tests (test/excel/manifest.test.ts:
// resids resolve, https URLs, GUID id, n.n.n.n version, Workbook host,
// requirement sets, icon sizes). The exit code is the check's own; an
// unreachable service is said as such, never taken for a pass.
"use strict";
const { spawnSync } = require("node:child_process");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const manifest = process.argv[2] || "manifest.xml";
const bin = (name) => join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

// VALIDATOR: another validator command (tests use a stand-in for the online service).
const validator = process.env.VALIDATOR ? [process.execPath, [process.env.VALIDATOR]] : [bin("office-addin-manifest"), []];
const online = spawnSync(validator[0], [...validator[1], "validate", manifest], {
  cwd: ROOT,
  encoding: "utf8",
  shell: process.platform === "win32",
});
const said = `${online.stdout || ""}${online.stderr || ""}`;
const unreachable = /Unable to contact the manifest validation service|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(said);

if (!unreachable) {
  process.stdout.write(said);
  process.exit(online.status ?? 1);
}

console.log("Microsoft's manifest validation service cannot be reached from here: running the offline structure checks instead.");
if (manifest !== "manifest.xml") console.log(`(The offline checks read manifest.xml and the built dist/manifest.xml, not ${manifest}.)`);
const jest = spawnSync(process.execPath, [join(ROOT, "node_modules", "jest", "bin", "jest.js"), "test/excel/manifest.test.ts"], {
  cwd: ROOT,
  stdio: "inherit",
});
process.exit(jest.status ?? 1);
