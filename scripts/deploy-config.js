// What a build is deployed with (used by webpack.config.js, tested by
// test/e2e/production-build.test.ts): the manifest for the hosting address,
// and where the task pane loads office.js from.
const DEV_ORIGIN = "https://localhost:3000";

/** Microsoft's CDN copy of office.js, the one Microsoft supports and updates. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** ADDIN_URL with exactly one trailing slash, or null. */
function addinUrl(env = process.env) {
  const u = (env.ADDIN_URL || "").trim();
  if (!u) return null;
  if (!/^https:\/\//i.test(u)) throw new Error(`ADDIN_URL must be an https:// URL (Office loads add-ins over https only): ${u}`);
  return u.replace(/\/*$/, "/");
}

/**
 * The development manifest with every development URL on `url` and the
 * AppDomain on its origin. A production manifest must name no local address
 * (a validator rejects it, and the pane could navigate there): refused if any
 * "localhost" is left.
 */
function productionManifest(xml, url) {
  const origin = new URL(url).origin;
  const out = xml.split(`${DEV_ORIGIN}/`).join(url).split(DEV_ORIGIN).join(origin);
  const left = /[^\s"<>]*localhost[^\s"<>]*/i.exec(out);
  if (left) throw new Error(`the production manifest still names ${left[0]}`);
  return out;
}

/**
 * office.js for the task pane: Microsoft's CDN by default; OFFICE_JS=bundled
 * serves the npm package's copy from dist/office-js instead, for closed
 * networks that cannot reach the CDN (that copy is not updated by Microsoft).
 */
function officeJs(env = process.env) {
  const bundled = (env.OFFICE_JS || "").trim().toLowerCase() === "bundled";
  return { bundled, src: bundled ? "office-js/office.js" : OFFICE_JS_CDN };
}

module.exports = { DEV_ORIGIN, OFFICE_JS_CDN, addinUrl, productionManifest, officeJs };
