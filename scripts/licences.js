#!/usr/bin/env node
// Lists the dependencies that ship (the CLI's and the pane's runtime packages,
// not the build and test tools) with their versions and licences, read from
// package-lock.json. `npm audit` cannot reach an advisory service from every
// network; this list is what a reviewer checks instead.
//   node scripts/licences.js            name, version, licence, one per line
//   node scripts/licences.js --summary  how many packages per licence
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const lock = JSON.parse(readFileSync(join(__dirname, "..", "package-lock.json"), "utf8"));

/** Shipped packages: every lock entry that is not marked dev (npm marks build/test-only ones). */
function shipped() {
  const out = new Map();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === "" || entry.dev || entry.devOptional) continue;
    const name = path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    out.set(`${name}@${entry.version}`, { name, version: entry.version, licence: entry.license ?? "(none stated)" });
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const list = shipped();
if (process.argv.includes("--summary")) {
  const counts = new Map();
  for (const p of list) counts.set(p.licence, (counts.get(p.licence) ?? 0) + 1);
  for (const [licence, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${licence}`);
  console.log(`${String(list.length).padStart(4)}  in all`);
} else {
  for (const p of list) console.log(`${p.name}\t${p.version}\t${p.licence}`);
}
