// npm run validate: Microsoft's online validator's verdict when it answers;
// the offline structure tests when the service cannot be reached (never a
// silent pass). A stand-in validator plays the service.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
jest.setTimeout(120_000);

function validate(service: string) {
  const dir = mkdtempSync(join(tmpdir(), "validator-"));
  const stub = join(dir, "validator.js");
  writeFileSync(stub, service);
  return spawnSync(process.execPath, [join(ROOT, "scripts", "validate-manifest.js")], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, VALIDATOR: stub },
  });
}

it("passes on the service's verdict, and fails on it", () => {
  const ok = validate(`console.log("The manifest is valid."); process.exit(0);`);
  expect(ok.status).toBe(0);
  expect(ok.stdout).toContain("The manifest is valid.");
  const bad = validate(`console.log("Error #1: The manifest is not valid."); process.exit(1);`);
  expect(bad.status).toBe(1);
  expect(bad.stdout).toContain("not valid");
  expect(bad.stdout).not.toContain("offline");
});

it("runs the offline structure tests when the service cannot be reached, and says so", () => {
  const r = validate(
    `console.error("Error: Unable to contact the manifest validation service.\\nFetchError: getaddrinfo ENOTFOUND validationgateway.omex.office.net"); process.exit(1);`
  );
  expect(r.stdout).toContain("cannot be reached from here: running the offline structure checks instead");
  expect(`${r.stdout}${r.stderr}`).toMatch(/Tests:\s+\d+ passed, \d+ total/);
  expect(r.status).toBe(0);
});
