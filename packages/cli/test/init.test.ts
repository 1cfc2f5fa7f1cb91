/** `specloom init`: a project that builds at once, and never overwrites one. */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseCliArgs } from "../src/args";
import { runCli, tempDir } from "./helpers";

// Each test spawns the CLI a few times; a machine busy with other builds makes that slow.
jest.setTimeout(300_000);

test("init creates a project that builds with exit 0", () => {
  const dir = path.join(tempDir(), "my-api");
  const init = runCli(["init", dir]);
  expect(init.code).toBe(0);
  const config = JSON.parse(fs.readFileSync(path.join(dir, "specloom.config.json"), "utf8"));
  expect(config.$schema).toBe("./node_modules/@specloom/core/schema/specloom.schema.json");
  expect(config.projectName).toBe("my-api");
  const spec = fs.readFileSync(path.join(dir, "spec-src/index.ts"), "utf8");
  expect(spec).toMatch(/from "specloom"/);
  expect(spec).toMatch(/satisfies AuthConfig/);
  const build = runCli(["build", dir]);
  expect(build.stdout).not.toMatch(/error SL/);
  expect(build.code).toBe(0);
  const ir = JSON.parse(fs.readFileSync(path.join(dir, "docs/technical/specloom.ir.json"), "utf8"));
  expect(ir.apis[0].endpoints.map((e: { name: string }) => e.name)).toEqual(["createUser", "getUser"]);
  expect(ir.config.auth).toBeDefined();
  // A real npm project around the spec: the devDependency, the scripts, a tsconfig for tsc and the editor.
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  expect(pkg).toMatchObject({ name: "my-api", private: true, devDependencies: { specloom: expect.stringMatching(/^\^\d+\.\d+\.\d+/) } });
  expect(Object.keys(pkg.scripts)).toEqual(["build:spec", "check:spec", "watch:spec"]);
  const tsconfig = JSON.parse(fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8"));
  expect(tsconfig).toMatchObject({ compilerOptions: { strict: true, noEmit: true }, include: ["spec-src"] });
  // The editor plugin, by the name its package publishes under.
  const tsPlugin = JSON.parse(fs.readFileSync(path.join(__dirname, "../../ts-plugin/package.json"), "utf8"));
  expect(tsconfig.compilerOptions.plugins).toEqual([{ name: tsPlugin.name }]);
  expect(fs.readFileSync(path.join(dir, ".gitignore"), "utf8")).toContain("node_modules/");
  expect(fs.readFileSync(path.join(dir, ".github/workflows/spec.yml"), "utf8")).toContain("npm run check:spec");
});

test("init --template ecommerce --lang de: the example's spec and documents, in German", () => {
  const dir = path.join(tempDir(), "Harbor Shop");
  expect(runCli(["init", dir, "--template", "ecommerce", "--lang", "de"]).code).toBe(0);
  expect(JSON.parse(fs.readFileSync(path.join(dir, "specloom.config.json"), "utf8")).documentationLanguage).toBe("de");
  expect(JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).name).toBe("harbor-shop");
  const example = path.join(__dirname, "../../../examples/ecommerce");
  expect(fs.readFileSync(path.join(dir, "spec-src/api/orders.ts"), "utf8")).toBe(fs.readFileSync(path.join(example, "spec/api/orders.ts"), "utf8"));
  expect(fs.readFileSync(path.join(dir, "docs/product/PRD.md"), "utf8")).toBe(fs.readFileSync(path.join(example, "docs/product/PRD.md"), "utf8"));
});

test("init --lang fr is a usage error (exit 2) and writes nothing", () => {
  const dir = path.join(tempDir(), "app");
  const r = runCli(["init", dir, "--lang", "fr"]);
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(/SL1005: Unknown documentation language 'fr'\. Available: de, en\.\n/);
  expect(fs.existsSync(dir)).toBe(false);
  expect(runCli(["init", dir, "--lang", "enn"]).stdout).toMatch(/Unknown documentation language 'enn'\. Available: de, en\. Did you mean 'en'\?/);
});

test("an unknown --template is a usage error with did-you-mean", () => {
  const parsed = parseCliArgs(["init", "app", "--template", "blgo"]);
  expect(parsed.ok).toBe(false);
  if (!parsed.ok) expect(parsed.diagnostic.message).toMatch(/^Unknown template 'blgo'; expected one of minimal, blog, ecommerce\. Did you mean 'blog'\?/);
  expect(parseCliArgs(["build", "--template", "blog"])).toMatchObject({
    ok: false,
    diagnostic: { message: expect.stringMatching(/'--template' is not valid for 'build'/) },
  });
});

test("init into the current directory by default", () => {
  const dir = tempDir();
  expect(runCli(["init"], { cwd: dir }).code).toBe(0);
  expect(fs.existsSync(path.join(dir, "specloom.config.json"))).toBe(true);
});

test("init refuses to overwrite an existing project (exit 2)", () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "specloom.config.json"), "{}\n");
  const r = runCli(["init", dir]);
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(/error SL1007: .*already exists/);
  expect(fs.readFileSync(path.join(dir, "specloom.config.json"), "utf8")).toBe("{}\n");
  expect(fs.existsSync(path.join(dir, "spec-src"))).toBe(false);
});
