/** `specloom init`: a project that builds at once, and never overwrites one. */
import * as fs from "node:fs";
import * as path from "node:path";
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
