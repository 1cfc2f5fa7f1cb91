/**
 * What a new user does, outside the repository: `npm i -D specloom` (from the packed tarballs), `npx specloom
 * init app --template blog`, then in app `npm install`, `npm run build:spec` and `npx tsc --noEmit`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { installPacked, mustRun, packAll, publishableWorkspaces, run, treeSize, type PackedPackage } from "./pack";

let work: string;
let packed: PackedPackage[];

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-install-"));
  packed = packAll(path.join(work, "tarballs"));
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test("every publishable package packs its build, types, licence and changelog, and nothing else", () => {
  expect(packed.map((p) => p.name).sort()).toEqual(
    publishableWorkspaces()
      .map((w) => w.name)
      .sort(),
  );
  for (const p of packed) {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(__dirname, "../..", publishableWorkspaces().find((w) => w.name === p.name)?.dir ?? "", "package.json"), "utf8"),
    );
    expect({ name: p.name, private: pkg.private, engines: pkg.engines?.node, license: pkg.license }).toEqual({
      name: p.name,
      private: undefined,
      engines: ">=20.19",
      license: "MIT",
    });
    expect(pkg.repository?.directory).toMatch(/^packages\//);
    for (const required of ["package.json", "LICENSE", "CHANGELOG.md", "dist/index.js", "dist/index.d.ts"])
      expect({ name: p.name, has: p.files.includes(required), required }).toEqual({ name: p.name, has: true, required });
    const stray = p.files.filter(
      (f) => /(^|\/)test\/|\.tsbuildinfo$|\.test\.|(^|\/)node_modules\//.test(f) || (p.name !== "specloom" && f.endsWith(".map")),
    );
    expect({ name: p.name, stray }).toEqual({ name: p.name, stray: [] });
  }
  const specloom = packed.find((p) => p.name === "specloom");
  expect(specloom?.files).toEqual(expect.arrayContaining(["bin/specloom.js", "src/index.ts", "dist/index.d.ts"]));
  const cli = packed.find((p) => p.name === "@specloom/cli");
  expect(cli?.files).toEqual(
    expect.arrayContaining(["templates/blog/spec-src/index.ts", "templates/ecommerce/spec-src/index.ts", "templates/blog/docs/product/PRD.md"]),
  );
});

test("npm i -D specloom, init --template blog, then npm install, build:spec and tsc --noEmit pass in the new project", () => {
  const consumer = path.join(work, "consumer");
  fs.mkdirSync(consumer);
  installPacked(consumer, packed);
  const modules = path.join(consumer, "node_modules");
  // A default install has no SVG renderer: mermaid-cli and puppeteer are loaded only with --svg.
  for (const absent of ["@mermaid-js/mermaid-cli", "puppeteer", "puppeteer-core", "@electric-sql/pglite"])
    expect({ absent, there: fs.existsSync(path.join(modules, absent)) }).toEqual({ absent, there: false });
  console.log(
    `npm i -D specloom: node_modules is ${(treeSize(modules) / 1024 / 1024).toFixed(1)} MB (${fs.readdirSync(modules).length} top-level entries)`,
  );

  mustRun("npx", ["--no-install", "specloom", "init", "app", "--template", "blog"], consumer);
  const app = path.join(consumer, "app");
  const config = JSON.parse(fs.readFileSync(path.join(app, "specloom.config.json"), "utf8")) as { $schema: string };
  installPacked(app, packed);
  expect(fs.existsSync(path.join(app, config.$schema))).toBe(true);

  const build = run("npm", ["run", "build:spec"], app);
  expect(build.output).not.toMatch(/error SL/);
  expect(build.code).toBe(0);
  for (const artifact of ["openapi.json", "schema.sql", "backend-spec.md", "specloom.ir.json"])
    expect(fs.existsSync(path.join(app, "docs/technical", artifact))).toBe(true);
  mustRun("npx", ["--no-install", "tsc", "--noEmit", "-p", "."], app);
  // The editor plugin init enables is where tsserver looks for it: in the node_modules beside the project's typescript.
  const tsconfig = JSON.parse(fs.readFileSync(path.join(app, "tsconfig.json"), "utf8")) as { compilerOptions: { plugins: { name: string }[] } };
  for (const { name } of tsconfig.compilerOptions.plugins)
    expect({ name, installed: fs.existsSync(path.join(app, "node_modules", name, "dist/index.js")) }).toEqual({ name, installed: true });

  // --svg without the optional peer: a warning that says what to install, and the build still succeeds.
  const svg = run("npx", ["--no-install", "specloom", "build", "--svg"], app);
  expect(svg.output).toMatch(/warning SL5030: .*npm i -D @mermaid-js\/mermaid-cli/);
  expect(svg.code).toBe(0);

  // import postgres from a DDL file without the optional PGlite: a usage error that says what to install.
  const ddl = run("npx", ["--no-install", "specloom", "import", "postgres", "docs/technical/schema.sql", "--out", "imported"], app);
  expect(ddl.output).toMatch(/error SL7001: .*npm i -D @electric-sql\/pglite/);
  expect(ddl.output).not.toMatch(/\n\s+at /);
  expect(ddl.code).toBe(2);
  expect(fs.existsSync(path.join(app, "imported"))).toBe(false);
});
