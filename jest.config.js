/** Jest: TypeScript through ts-jest (transpile only, from isolatedModules in its tsconfig; `tsc --noEmit` type-checks in `npm test`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", esModuleInterop: true, target: "ES2020", isolatedModules: true },
        diagnostics: false,
      },
    ],
  },
  testTimeout: 30000,
};
