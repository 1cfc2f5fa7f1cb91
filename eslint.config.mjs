// Type-checked lint over every package's src and tests, in the program of tsconfig.test.json.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    // Spec sources are user input (fixtures, the bad-input corpus, examples, spec-src), not our code.
    ignores: [
      "**/dist/**",
      ".bench/**",
      "packages/cli/templates/**",
      "**/fixtures/**",
      "**/golden/**",
      "tests/bad-inputs/**",
      "examples/**",
      "spec-src/**",
      "docs/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: "./tsconfig.test.json", tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-unnecessary-condition": "off",
      // The escapers and the front end's text checks match control characters on purpose.
      "no-control-regex": "off",
    },
  },
  {
    // The authoring language's tags are empty interfaces over a brand, and `{}` is its "no options" default.
    files: ["packages/specloom/src/**"],
    rules: { "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends", allowObjectTypes: "always" }] },
  },
  {
    // Tests read emitted JSON (JSON.parse is `any`) and poke at it; typing every parse buys nothing there.
    // Sources keep every no-unsafe-* rule.
    files: ["packages/*/test/**", "tests/**", "packages/test-support/src/**"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // Tests load and run generated artifacts (validators.ts, UMD bundles) on purpose.
      "@typescript-eslint/no-implied-eval": "off",
      "@typescript-eslint/no-require-imports": "off",
      "preserve-caught-error": "off",
    },
  },
  { files: ["**/*.{js,mjs,cjs}"], ...tseslint.configs.disableTypeChecked },
  { files: ["**/*.{js,mjs,cjs}"], languageOptions: { globals: globals.node } },
  {
    files: ["**/*.cjs", "packages/specloom/bin/*.js", ".puppeteerrc.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
