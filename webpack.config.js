// Builds the task pane (taskpane.html) and the browser preview (preview.html)
// into dist/. The pane loads office.js from Microsoft's CDN; OFFICE_JS=bundled
// serves the npm package's copy from dist/office-js (closed networks).
//   npx webpack                     production (default); no manifest without ADDIN_URL
//   npx webpack --mode development  with the development manifest (localhost)
//   ADDIN_URL=https://host/path/ npx webpack   dist/manifest.xml for that address
// (see scripts/deploy-config.js and the README's deployment section)
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { addinUrl, officeJs, productionManifest } = require("./scripts/deploy-config");

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
  const office = officeJs();
  // A production build without ADDIN_URL has no production address: no manifest then.
  const manifest = url || mode !== "production";
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
        templateParameters: { officeJs: office.src },
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
          ...(manifest
            ? [{ from: "manifest.xml", to: "manifest.xml", transform: (content) => (url ? productionManifest(content.toString(), url) : content) }]
            : []),
          ...(office.bundled
            ? // Copied as Microsoft ships it (minimized: Terser leaves it alone).
              [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js", globOptions: { ignore: ["**/*.debug.js"] }, info: { minimized: true } }]
            : []),
        ],
      }),
      new KeepOutOfInitialChunks(/[\\/]node_modules[\\/]exceljs[\\/]/),
      // The Word report's docx package likewise (issue 12).
      new KeepOutOfInitialChunks(/[\\/]node_modules[\\/]docx[\\/]/),
      // Only a framework file or a Word download needs these (default-deps.ts loads them by import()).
      new KeepOutOfInitialChunks(/[\\/]node_modules[\\/]jsonc-parser[\\/]/),
      new KeepOutOfInitialChunks(/[\\/]src[\\/]report[\\/]document[\\/](build|group)\.ts$/),
      // Fluent's Dialog (the question before replacing edited sheets) comes when first asked.
      new KeepOutOfInitialChunks(/[\\/]node_modules[\\/]@fluentui[\\/]react-dialog[\\/]/),
      new PrintSizes(),
    ],
  };
};

// ---- Old Office (issue 16): the ES5 pane as a second compilation ----
// Kept as one block so it merges apart from other changes above. The main
// build's clean must not delete the legacy bundle when it finishes second.
{
  const mainConfig = module.exports;
  const legacyConfig = require("./webpack.legacy");
  module.exports = (env = {}, argv = {}) => {
    const main = mainConfig(env, argv);
    main.output.clean = { keep: (file) => file.indexOf(legacyConfig.LEGACY_BUNDLE) >= 0 };
    return [main, legacyConfig(env, argv)];
  };
}
