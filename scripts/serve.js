#!/usr/bin/env node
// A tiny static server for dist/ (no dependencies): http://localhost:3000/
// (PORT overrides). For the browser preview and headless tests; Excel itself
// needs https, see the README.
const http = require("node:http");
const https = require("node:https");
const os = require("node:os");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "dist");
const PORT = Number(process.env.PORT || 3000);
const HOST = process.env.HOST || "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function send(res, status, body, type = "text/plain; charset=utf-8") {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
  res.end(body);
}

// Excel loads add-ins over https only: --https serves with the certificate
// that `npx office-addin-dev-certs install` creates (and trusts) on Windows/Mac.
const HTTPS = process.argv.includes("--https");
function tlsOptions() {
  const dir = process.env.CERT_DIR || path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { cert: path.join(dir, "localhost.crt"), key: path.join(dir, "localhost.key"), ca: path.join(dir, "ca.crt") };
  const missing = Object.values(files).filter((f) => !fs.existsSync(f));
  if (missing.length > 0) {
    console.error(`No development certificate (${missing.join(", ")}): run "npx office-addin-dev-certs install" first.`);
    process.exit(1);
  }
  return { cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key), ca: fs.readFileSync(files.ca) };
}

const handler = (req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "Method not allowed");
  let rel;
  try {
    rel = decodeURIComponent(new URL(req.url || "/", "http://x").pathname);
  } catch {
    return send(res, 400, "Bad request");
  }
  if (rel.endsWith("/")) rel += "index.html";
  const file = path.resolve(ROOT, "." + rel);
  // Never serve outside dist/ ("/../package.json").
  if (file !== ROOT && !file.startsWith(ROOT + path.sep)) return send(res, 403, "Forbidden");
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) {
      if (rel === "/index.html") {
        res.writeHead(302, { Location: "/preview.html" });
        return res.end();
      }
      return send(res, 404, "Not found");
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
      "Content-Length": st.size,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    if (req.method === "HEAD") return res.end();
    fs.createReadStream(file).pipe(res);
  });
};
const server = HTTPS ? https.createServer(tlsOptions(), handler) : http.createServer(handler);

if (!fs.existsSync(ROOT)) {
  console.error(`No ${ROOT}: run "npm run build" first.`);
  process.exit(1);
}

server.on("error", (e) => {
  console.error(e.code === "EADDRINUSE" ? `Port ${PORT} is in use: set PORT to another port.` : `Server error: ${e.message}`);
  process.exit(1);
});

// PORT=0 lets the OS pick a free port (tests): the address printed is the one given.
server.listen(PORT, HOST, () => {
  const base = `${HTTPS ? "https" : "http"}://localhost:${server.address().port}/`;
  console.log(`Serving ${ROOT}`);
  console.log(`  preview:   ${base}preview.html`);
  console.log(`  task pane: ${base}taskpane.html`);
  if (process.argv.includes("--open")) openBrowser(`${base}preview.html`);
});

/** Open the preview where a desktop browser exists; say nothing where none does (servers, CI). */
function openBrowser(url) {
  if (process.env.CI) return;
  const { spawn } = require("node:child_process");
  const [cmd, args] =
    process.platform === "win32"
      ? ["cmd", ["/c", "start", "", url]]
      : process.platform === "darwin"
        ? ["open", [url]]
        : ["xdg-open", [url]];
  if (process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const child = spawn(cmd, args, { stdio: "ignore", detached: true });
  child.on("error", () => {});
  child.unref();
}
