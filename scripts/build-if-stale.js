#!/usr/bin/env node
// `npm start` builds dist/ only when something it is built from changed:
// the production build takes 90–150 s, and a second start with nothing
// changed should serve at once. "Changed" is decided by content, not dates:
// a SHA-256 over every input file (path and bytes) and the build's
// environment (ADDIN_URL, OFFICE_JS, NODE_ENV), kept in dist/ after a
// successful build. Any difference, a missing dist/ or a failed build
// (no stamp written) means the next start builds again.
//   node scripts/build-if-stale.js [--root DIR] [--force] [-- BUILD COMMAND…]
const { createHash } = require("node:crypto");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

/** What dist/ is built from (folders are read whole). */
const INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "webpack.legacy.js",
  "scripts/deploy-config.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];
const ENV = ["ADDIN_URL", "OFFICE_JS", "NODE_ENV"];
const STAMP = path.join("dist", ".build-inputs");

function files(root, rel) {
  const full = path.join(root, rel);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [rel];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => files(root, path.join(rel, name)));
}

/** The fingerprint of everything the build reads. */
function inputsHash(root) {
  const h = createHash("sha256");
  for (const name of ENV) h.update(`${name}=${process.env[name] ?? ""}\n`);
  for (const rel of INPUTS.flatMap((x) => files(root, x))) {
    h.update(`${rel.split(path.sep).join("/")}\n`);
    h.update(fs.readFileSync(path.join(root, rel)));
  }
  return h.digest("hex");
}

const stampOf = (root) => {
  try {
    return fs.readFileSync(path.join(root, STAMP), "utf8").trim();
  } catch {
    return null;
  }
};

/** True when dist/ was built from exactly the current inputs. */
const isCurrent = (root, hash = inputsHash(root)) => stampOf(root) === hash;

function main(argv) {
  const dashes = argv.indexOf("--");
  const own = dashes < 0 ? argv : argv.slice(0, dashes);
  const command = dashes < 0 ? ["npx", "webpack", "--mode", "production"] : argv.slice(dashes + 1);
  const rootAt = own.indexOf("--root");
  const root = path.resolve(rootAt >= 0 ? own[rootAt + 1] : path.join(__dirname, ".."));
  const hash = inputsHash(root);
  if (!own.includes("--force") && isCurrent(root, hash)) {
    console.log("dist/ is up to date with its sources: not rebuilt (npm run build forces a build).");
    return 0;
  }
  // A stale stamp must not survive a failed build.
  fs.rmSync(path.join(root, STAMP), { force: true });
  const r = spawnSync(command[0], command.slice(1), { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) return r.status ?? 1;
  // The hash of the inputs as they were when the build started: an edit made during the build rebuilds next time.
  fs.mkdirSync(path.join(root, "dist"), { recursive: true });
  fs.writeFileSync(path.join(root, STAMP), hash + "\n");
  return 0;
}

module.exports = { inputsHash, isCurrent, INPUTS };
if (require.main === module) process.exitCode = main(process.argv.slice(2));
