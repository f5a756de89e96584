#!/usr/bin/env node
// Runs the compiled CLI (built by `npm ci` through the prepare script).
const path = require("node:path");
const fs = require("node:fs");
const main = path.join(__dirname, "..", "build", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("ita-scorecard is not built yet: run `npm run build:cli` (npm ci does it).\n");
  process.exit(1);
}
require(main).run();
