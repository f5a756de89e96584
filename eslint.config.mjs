// ESLint for the add-in, the CLI and the tests: the Office toolchain's rules
// (eslint-plugin-office-addins: batching discipline — sync before read, load
// before read, no sync in a loop, isNullObject) plus Prettier, through
// `office-addin-lint` (npm run lint). Its recommended set names .ts but not
// .tsx, so the same rules are given to both here.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const officeRules = officeAddins.configs.recommended.at(-1).rules;

export default [
  { ignores: ["dist/**", "build/**", "build-bench/**", "node_modules/**", "test-output/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: officeAddins.configs.recommended.at(-1).plugins,
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      ...officeRules,
      // TypeScript checks names (tsc --noEmit runs in npm test); ESLint's no-undef knows no DOM or Office types.
      "no-undef": "off",
      // The React 17+ JSX transform: no React import needed for JSX, and props are typed by TypeScript.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    // ExcelJS, not Office.js: its getCell/getRow read in memory, with no load or sync to call.
    files: ["src/files/xlsx.ts", "src/xlsx/**", "test/xlsx/**", "test/print/**", "test/cli/**"],
    rules: Object.fromEntries(Object.keys(officeRules).filter((r) => r.startsWith("office-addins/")).map((r) => [r, "off"])),
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" },
    },
  },
];
