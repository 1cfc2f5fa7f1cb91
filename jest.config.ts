import type { Config } from "jest";

// Tests run on the TypeScript sources through swc (no type check: `npm test`
// builds with tsc first, which is the type check). CLI tests spawn the built
// binary in packages/cli/dist, like a user would.
const config: Config = {
  testEnvironment: "node",
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
    ],
  },
  moduleNameMapper: { "^@specloom/([a-z-]+)$": "<rootDir>/packages/$1/src", "^@specloom/core/plugin$": "<rootDir>/packages/core/src/plugin" },
  testMatch: ["<rootDir>/packages/*/test/**/*.test.ts", "<rootDir>/tests/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/fixtures/", "/bad-inputs/"],
  testTimeout: 120_000,
};

export default config;
