import type { Config } from "jest";
import base from "./jest.config";

// The slow end-to-end tests: npm pack + install of the tarballs, headless Chromium, a real tsserver, the
// corpus of public API descriptions. CI runs them after `npm test`; `npm test` stays under five minutes.
const config: Config = {
  ...base,
  testMatch: ["<rootDir>/packages/*/test/**/*.e2e.test.ts", "<rootDir>/tests/**/*.e2e.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/fixtures/", "/bad-inputs/"],
  maxWorkers: 1,
  testTimeout: 600_000,
};

export default config;
