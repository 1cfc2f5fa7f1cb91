/**
 * The npm project around a spec that `specloom init` writes: package.json, tsconfig.json, .gitignore and a
 * CI workflow, so `npm install && npm run build:spec` and the editor work in the new folder at once.
 */

/** The scripts every project gets; README's quick start names them. */
export const PROJECT_SCRIPTS = {
  "build:spec": "specloom build",
  "check:spec": "specloom check --strict",
  "watch:spec": "specloom build --watch",
} as const;

export interface ProjectVersions {
  /** The specloom version that ran init (the project depends on it). */
  readonly specloom: string;
  /** The TypeScript version specloom compiles with, so `tsc` and the editor agree with `specloom check`. */
  readonly typescript: string;
}

/**
 * An npm package name from a folder name: lower case, URL-safe characters, no leading dot or underscore
 * (npm's rules); "my-api" when nothing usable is left.
 */
export function packageNameFor(folderName: string): string {
  const name = folderName
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, "-")
    .replace(/^[._-]+/, "")
    .replace(/-+$/, "")
    .slice(0, 214);
  return name || "my-api";
}

export function packageJson(folderName: string, versions: ProjectVersions): string {
  const pkg = {
    name: packageNameFor(folderName),
    version: "0.1.0",
    private: true,
    scripts: PROJECT_SCRIPTS,
    devDependencies: { specloom: `^${versions.specloom}`, typescript: `~${versions.typescript}` },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The package name of specloom's language-service plugin (`@specloom/ts-plugin`, a dependency of `specloom`). */
export const TS_PLUGIN_NAME = "@specloom/ts-plugin";

/** TypeScript language-service plugins the editor loads for the spec (`compilerOptions.plugins`). */
export interface TsPluginEntry {
  readonly name: string;
  readonly [option: string]: unknown;
}

/**
 * The spec is type-checked, never emitted. The options match what specloom's front end compiles with, so
 * `tsc --noEmit`, the editor and `specloom check` report the same TypeScript errors.
 */
export function tsconfigJson(plugins: readonly TsPluginEntry[] = [{ name: TS_PLUGIN_NAME }]): string {
  const tsconfig = {
    compilerOptions: {
      target: "ES2022",
      module: "nodenext",
      moduleResolution: "nodenext",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      plugins,
    },
    include: ["spec-src"],
  };
  return `${JSON.stringify(tsconfig, null, 2)}\n`;
}

export const GITIGNORE = `node_modules/
*.tsbuildinfo
`;

export const CI_WORKFLOW_PATH = ".github/workflows/spec.yml";

/** GitHub Actions: the spec type-checks, passes specloom's rules with warnings as errors, and builds. */
export const CI_WORKFLOW = `# Checks the backend spec on every push and pull request.
name: spec
on: [push, pull_request]
jobs:
  spec:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci
      - run: npx tsc --noEmit
      - run: npm run check:spec
      - run: npm run build:spec
`;
