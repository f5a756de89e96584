// The shipped-dependency list (scripts/licences.js) read from the lock file:
// every shipped package names a licence, and the deprecated packages that
// exceljs 4.4.0 used to pull (fstream and rimraf 2 through unzipper 0.10,
// lodash.isequal through fast-csv 4, glob 7 and inflight through archiver 5)
// no longer ship (package.json overrides).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const run = (...args: string[]) => execFileSync(process.execPath, [join(ROOT, "scripts", "licences.js"), ...args], { encoding: "utf8" });
const rows = () =>
  run()
    .trim()
    .split("\n")
    .map((l) => l.split("\t"));

it("lists every direct dependency with the version the lock file holds and a licence", () => {
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8"));
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const listed = new Map(rows().map(([name, version, licence]) => [name, { version, licence }]));
  for (const name of Object.keys(pkg.dependencies)) {
    expect(listed.get(name)).toEqual({
      version: lock.packages[`node_modules/${name}`].version,
      licence: lock.packages[`node_modules/${name}`].license,
    });
  }
  expect(rows().filter(([, , licence]) => licence === "(none stated)")).toEqual([]);
  // Build and test tools are not shipped.
  expect(listed.has("jest")).toBe(false);
  expect(listed.has("webpack")).toBe(false);
});

it("ships none of the deprecated packages exceljs 4.4.0 pulled", () => {
  const versions = new Map(rows().map(([name, version]) => [name, version]));
  for (const gone of ["fstream", "rimraf", "lodash.isequal", "inflight"]) expect(versions.has(gone)).toBe(false);
  // glob before 9 is deprecated (archiver 5 pulled 7.x; archiver 7 brings a supported one).
  const glob = versions.get("glob");
  if (glob !== undefined) expect(Number(glob.split(".")[0])).toBeGreaterThanOrEqual(9);
});

it("sums the list by licence", () => {
  const lines = run("--summary").trim().split("\n");
  const total = Number(lines[lines.length - 1].trim().split(/\s+/)[0]);
  expect(total).toBe(rows().length);
  expect(lines.some((l) => /\d+\s+MIT$/.test(l))).toBe(true);
});
