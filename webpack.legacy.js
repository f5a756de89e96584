// The ES5 task pane for old Office (Office 2016/2019 volume-licensed copies
// host add-ins in Internet Explorer 11; retail ones without WebView2 in Edge
// Legacy). Its own compilation, everything compiled to ES5 with TypeScript's
// downlevelIteration, written to dist/taskpane-legacy.js. webview-check.js
// loads it only in those webviews. No React, no Fluent, no ExcelJS.
//   npx webpack --config webpack.legacy.js      this bundle alone (tests)
const path = require("node:path");

/** File name the webview check loads (also kept by the main build's clean). */
const LEGACY_BUNDLE = "taskpane-legacy.js";

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  return {
    name: "legacy",
    mode,
    devtool: mode === "production" ? false : "source-map",
    target: ["web", "es5"],
    entry: { "taskpane-legacy": "./src/legacy/index.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // One file: IE11 has no Promise for webpack's chunk loading before our polyfills run.
      chunkFormat: "array-push",
      clean: false,
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    resolve: { extensions: [".ts", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              instance: "legacy-es5",
              transpileOnly: true,
              compilerOptions: {
                module: "esnext",
                target: "es5",
                // for-of over Map, Set and strings, and spread, through Symbol.iterator (polyfilled).
                downlevelIteration: true,
                lib: ["ES2022", "DOM"],
                noEmit: false,
                sourceMap: false,
              },
            },
          },
        },
      ],
    },
    performance: { hints: false },
  };
};
module.exports.LEGACY_BUNDLE = LEGACY_BUNDLE;
