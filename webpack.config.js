// Builds the task pane (taskpane.html) and the browser preview (preview.html)
// into dist/, with office.js served from dist/office-js (no CDN: the machine
// and many government networks have no internet access).
//   npx webpack                     production (default)
//   npx webpack --mode development
//   ADDIN_URL=https://host/path/ npx webpack   manifest URLs for deployment
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

/** ADDIN_URL with exactly one trailing slash, or null. */
function addinUrl() {
  const u = (process.env.ADDIN_URL || "").trim();
  if (!u) return null;
  if (!/^https:\/\//i.test(u)) throw new Error(`ADDIN_URL must be an https:// URL (Office loads add-ins over https only): ${u}`);
  return u.replace(/\/*$/, "/");
}

/** ts-loader, transpile only (tsc --noEmit checks types), ES modules kept for tree shaking. */
const tsLoader = (instance, target) => ({
  loader: "ts-loader",
  options: { instance, transpileOnly: true, compilerOptions: { module: "esnext", target, noEmit: false, sourceMap: false } },
});

// Loaded first in taskpane.html and parsed by Internet Explorer 11 / Edge Legacy,
// so compiled down to ES5 (the rest of the bundle is ES2020 and never runs there).
const ES5_FILES = /src[\\/]taskpane[\\/](webview-check|old-webview|strings)\.ts$/;

/** Prints each emitted .js and .html with its size once a build is done. */
class PrintSizes {
  apply(compiler) {
    compiler.hooks.done.tap("PrintSizes", (stats) => {
      if (stats.hasErrors()) return;
      const { assets, entrypoints } = stats.toJson({ assets: true, entrypoints: true, all: false });
      const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} KiB`;
      const shown = assets.filter((a) => /\.(js|html|css)$/.test(a.name) && !a.name.startsWith("office-js/"));
      console.log("\nBundle sizes (dist/):");
      for (const a of shown.sort((x, y) => y.size - x.size)) console.log(`  ${kb(a.size)}  ${a.name}`);
      for (const [name, ep] of Object.entries(entrypoints)) {
        const total = ep.assets.reduce((n, a) => n + (a.size || 0), 0);
        console.log(`  entry ${name}: ${kb(total)} loaded at start (${ep.assets.map((a) => a.name).join(", ")})`);
      }
    });
  }
}

/** Fails the build if a heavy library reaches a page's first load (it must come by import()). */
class KeepOutOfInitialChunks {
  constructor(pattern) {
    this.pattern = pattern;
  }
  apply(compiler) {
    compiler.hooks.afterCompile.tap("KeepOutOfInitialChunks", (compilation) => {
      for (const [name, ep] of compilation.entrypoints) {
        for (const chunk of ep.chunks) {
          for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const inner = m.rootModule || m; // concatenated modules
            const all = [inner, ...(m.modules || [])];
            const hit = all.find((x) => x.resource && this.pattern.test(x.resource));
            if (hit) {
              compilation.errors.push(new compiler.webpack.WebpackError(`${hit.resource} is in the first load of "${name}": load it with import() only.`));
              return;
            }
          }
        }
      }
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const url = addinUrl();
  return {
    mode,
    devtool: mode === "production" ? false : "source-map",
    // The webpack runtime in ES5, so the webview-check entry parses in IE11.
    target: ["web", "es5"],
    entry: {
      "webview-check": "./src/taskpane/webview-check.ts",
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        { test: ES5_FILES, exclude: /node_modules/, use: tsLoader("es5", "es5") },
        { test: /\.tsx?$/, exclude: [/node_modules/, ES5_FILES], use: tsLoader("es2020", "es2020") },
      ],
    },
    // ExcelJS (and its Node polyfill needs) must only ever come in through import().
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["webview-check", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            noErrorOnMissing: true,
            transform: (content) => (url ? content.toString().split(DEV_URL).join(url) : content),
          },
          {
            from: "node_modules/@microsoft/office-js/dist",
            to: "office-js",
            globOptions: { ignore: ["**/*.debug.js"] },
          },
        ],
      }),
      new KeepOutOfInitialChunks(/[\\/]node_modules[\\/]exceljs[\\/]/),
      new PrintSizes(),
    ],
  };
};
