import type { Config } from "jest";

// Tests run on the TypeScript sources through swc (no type check: the global
// setup builds with tsc -b first, which is the type check of src, and
// `npm run typecheck` covers the tests). CLI tests spawn the built binary in
// packages/cli/dist, like a user would.
const config: Config = {
  testEnvironment: "node",
  globalSetup: "<rootDir>/jest.global-setup.ts",
  globalTeardown: "<rootDir>/jest.global-teardown.ts",
  // jest's default is one worker on a 2-core machine; most files are CPU-bound in process, so use both cores.
  maxWorkers: 2,
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }],
  },
  moduleNameMapper: { "^@specloom/([a-z-]+)$": "<rootDir>/packages/$1/src", "^@specloom/core/plugin$": "<rootDir>/packages/core/src/plugin" },
  testMatch: ["<rootDir>/packages/*/test/**/*.test.ts", "<rootDir>/tests/**/*.test.ts"],
  // End-to-end tests (packing, installing, browsers, language servers) run in `npm run test:e2e` (jest.e2e.config.ts).
  testPathIgnorePatterns: ["/node_modules/", "/fixtures/", "/bad-inputs/", "\\.e2e\\.test\\.ts$"],
  testTimeout: 120_000,
};

export default config;
