#!/usr/bin/env node
// Sideload the add-in into Excel (desktop on Windows/Mac, or Excel on the
// web) with Microsoft's office-addin-debugging, as the Office templates do.
// It is fetched with npx when used (it pulls native keychain code that does
// not install on Linux). A sideload that cannot work says so and exits 1:
// office-addin-debugging itself exits 0 on an unsupported platform.
const { spawnSync } = require("node:child_process");

const mode = process.argv[2] || "desktop"; // desktop | web | stop
const docUrl = process.argv[3];
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

if (process.platform !== "win32" && process.platform !== "darwin") {
  console.error(
    [
      `Sideloading with office-addin-debugging works on Windows and macOS only (this is ${process.platform}).`,
      "Here you can:",
      "  - try the add-in without Excel: npm start, then open http://localhost:3000/preview.html;",
      "  - use Excel on the web: serve dist/ over https (npm run build, then host it or run",
      "    node scripts/serve.js --https with a trusted certificate) and upload manifest.xml in",
      "    Excel on the web: Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.",
    ].join("\n")
  );
  process.exit(1);
}

function run(args) {
  const r = spawnSync(npx, ["--yes", ...args], { encoding: "utf8", stdio: ["inherit", "pipe", "pipe"] });
  process.stdout.write(r.stdout || "");
  process.stderr.write(r.stderr || "");
  const text = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0 || /not supported|Unable to start debugging|Error:/i.test(text)) {
    console.error(`\nSideloading did not succeed (${args.slice(0, 2).join(" ")}). See the README, "Sideloading".`);
    process.exit(1);
  }
}

if (mode === "stop") {
  run(["office-addin-debugging", "stop", "manifest.xml"]);
} else {
  run(["office-addin-dev-certs", "install"]);
  const args = ["office-addin-debugging", "start", "manifest.xml", mode === "web" ? "web" : "desktop", "--app", "excel"];
  if (mode === "web") {
    if (!docUrl) {
      console.error("Excel on the web needs a workbook: npm run start:web -- <URL of a workbook in OneDrive or SharePoint>");
      process.exit(1);
    }
    args.push("--document", docUrl);
  }
  run(args);
}
