/** `build` and `check` on real projects: exit codes, positioned diagnostics, and all-or-nothing writes. */
import * as fs from "node:fs";
import * as path from "node:path";
import { IR_FORMAT_VERSION } from "@specloom/core";
import { FAILING_PLUGIN, initProject, runCli, snapshot, STACK_FRAME, technicalDir, tempDir, writeFile } from "./helpers";

// Each test spawns the CLI a few times; a machine busy with other builds makes that slow.
jest.setTimeout(300_000);

/** A type error at line 5, column 9. */
const BAD_FILE = `import type { Entity, PrimaryKey, UUID } from "specloom";

export interface Thing extends Entity<{ table: "things" }> {
  id: UUID & PrimaryKey;
  size: NotAType;
}
`;

function breakProject(project: string): void {
  writeFile(project, "spec-src/bad.ts", BAD_FILE);
  fs.appendFileSync(path.join(project, "spec-src/index.ts"), `export * from "./bad";\n`);
}

const ARTIFACT_FILES = ["backend-spec.md", "openapi.yaml", "openapi.json", "schema.sql", "er.mmd", "validators.ts", "specloom.ir.json"];

const irFile = (project: string) => path.join(technicalDir(project), "specloom.ir.json");

test("init, then build: exit 0 and the IR is written as stable JSON, one member per line at the top", () => {
  const project = initProject();
  const r = runCli(["build", project]);
  expect(r.stdout + r.stderr).not.toMatch(/error SL/);
  expect(r.code).toBe(0);
  const text = fs.readFileSync(irFile(project), "utf8");
  expect(text.endsWith("}\n")).toBe(true);
  // The published IR schema first (resolvable once specloom is installed in the project), then the root node.
  expect(text.startsWith('{\n  "$schema": "../../node_modules/@specloom/core/schema/specloom.ir.schema.json",\n  "kind": "spec",\n')).toBe(true);
  const ir = JSON.parse(text);
  expect(ir.formatVersion).toBe(IR_FORMAT_VERSION);
  expect(ir.models.map((m: { name: string }) => m.name)).toEqual(["User"]);
  const written = fs.readdirSync(technicalDir(project));
  for (const artifact of ARTIFACT_FILES) expect(written).toContain(artifact);
  expect(written.filter((f) => f.startsWith(".specloom-staging"))).toEqual([]);
});

test("a second build rewrites nothing (mtimes kept)", () => {
  const project = initProject();
  expect(runCli(["build", project]).code).toBe(0);
  const before = fs.statSync(irFile(project)).mtimeMs;
  const r = runCli(["build", project]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Wrote 0 files .*unchanged/);
  expect(fs.statSync(irFile(project)).mtimeMs).toBe(before);
});

test("check writes nothing and exits 0 on a clean project", () => {
  const project = initProject();
  const before = snapshot(technicalDir(project));
  const r = runCli(["check", project]);
  expect(r.code).toBe(0);
  expect(snapshot(technicalDir(project))).toEqual(before);
});

test("a TypeScript error: exit 1, tsc-like text with a code frame, nothing written", () => {
  const project = initProject();
  breakProject(project);
  const before = snapshot(technicalDir(project));
  const r = runCli(["build"], { cwd: project });
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/^spec-src\/bad\.ts:5:9 - error SL2001: TS2304: Cannot find name 'NotAType'\./m);
  expect(r.stdout).toMatch(/\n5 {3}size: NotAType;\n {10}~{8}\n/);
  expect(r.stdout).toMatch(/Found 1 error/);
  expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
  expect(snapshot(technicalDir(project))).toEqual(before);
});

test("--format json carries file, line, column, code, severity and message", () => {
  const project = initProject();
  breakProject(project);
  const r = runCli(["check", project, "--format", "json"]);
  expect(r.code).toBe(1);
  const { diagnostics } = JSON.parse(r.stdout);
  const error = diagnostics.find((d: { severity: string }) => d.severity === "error");
  const file = path.relative(process.cwd(), path.join(project, "spec-src/bad.ts")).split(path.sep).join("/");
  expect(error).toEqual({
    file,
    line: 5,
    column: 9,
    endLine: 5,
    endColumn: 17,
    code: "SL2001",
    severity: "error",
    message: "TS2304: Cannot find name 'NotAType'.",
  });
});

test("paths are shown relative to the current directory", () => {
  const project = initProject();
  breakProject(project);
  const r = runCli(["check", "proj"], { cwd: path.dirname(project) });
  expect(r.stdout).toMatch(/^proj\/spec-src\/bad\.ts:5:9 - error SL2001/m);
});

test("a failing build keeps the previous outputs byte-identical", () => {
  const project = initProject();
  expect(runCli(["build", project]).code).toBe(0);
  const before = snapshot(technicalDir(project));
  breakProject(project);
  expect(runCli(["build", project]).code).toBe(1);
  expect(snapshot(technicalDir(project))).toEqual(before);
});

test("a throwing plugin emitter fails the build, names the plugin and keeps the previous outputs byte-identical", () => {
  const project = initProject();
  expect(runCli(["build", project]).code).toBe(0);
  const before = snapshot(technicalDir(project));
  // A change that alters every artifact, so a partial write would show.
  const spec = path.join(project, "spec-src/index.ts");
  fs.writeFileSync(spec, fs.readFileSync(spec, "utf8").replace("/** A registered account. */", "/** A registered account, changed. */"));
  // The failing plugin's emitter runs after every built-in one, whose files would all have changed.
  const configFile = path.join(project, "specloom.config.json");
  const config = JSON.parse(fs.readFileSync(configFile, "utf8"));
  fs.writeFileSync(configFile, JSON.stringify({ ...config, plugins: [FAILING_PLUGIN], rules: { "failing/always-throws": "off" } }, null, 2));
  const r = runCli(["build", project]);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(
    /specloom\.config\.json:\d+:\d+ - error SL5001: Emitter 'failing-emitter' of plugin 'failing' failed: this emitter always fails$/m,
  );
  expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
  expect(snapshot(technicalDir(project))).toEqual(before);
  // A throwing rule is reported the same way, and the build writes nothing either.
  fs.writeFileSync(configFile, JSON.stringify({ ...config, plugins: [FAILING_PLUGIN], emit: ["ir"] }, null, 2));
  const rule = runCli(["build", project]);
  expect(rule.code).toBe(1);
  expect(rule.stdout).toMatch(/error SL5001: Rule 'failing\/always-throws' of plugin 'failing' failed: this rule always fails/);
  expect(snapshot(technicalDir(project))).toEqual(before);
  // And the same build without the plugin goes through.
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  expect(runCli(["build", project]).code).toBe(0);
  expect(fs.readFileSync(irFile(project), "utf8")).toMatch(/changed/);
  expect(fs.readFileSync(path.join(technicalDir(project), "openapi.json"), "utf8")).toMatch(/changed/);
});

test("--out writes there; an unwritable output directory exits 2", () => {
  const project = initProject();
  const out = path.join(tempDir(), "out");
  expect(runCli(["build", project, "--out", out]).code).toBe(0);
  expect(fs.existsSync(path.join(out, "specloom.ir.json"))).toBe(true);
  const blocker = path.join(tempDir(), "file");
  fs.writeFileSync(blocker, "not a directory");
  const r = runCli(["build", project, "--out", path.join(blocker, "sub")]);
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(/error SL1008: Cannot write to output directory/);
  expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
});

test("--strict fails on warnings and writes nothing", () => {
  const project = initProject();
  writeFile(project, "spec-src/index.ts", `export {};\n`); // 'no-entry-declarations' is a warning
  const plain = runCli(["check", project]);
  expect(plain.code).toBe(0);
  expect(plain.stdout).toMatch(/warning SL3011/);
  const strict = runCli(["build", project, "--strict"]);
  expect(strict.code).toBe(1);
  expect(fs.existsSync(irFile(project))).toBe(false);
});

test("check --strict runs every phase after warnings and counts what it found", () => {
  const project = path.join(tempDir(), "p");
  fs.cpSync(path.join(__dirname, "../../../tests/bad-inputs/strict-reports-every-phase"), project, { recursive: true });
  const r = runCli(["check", project, "--strict"]);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/warning SL3012/); // front end
  expect(r.stdout).toMatch(/error SL4008/); // checker
  expect(r.stdout).toMatch(/Found 1 error and 3 warnings\. --strict: warnings fail the run\./);
});

test("--quiet prints errors only; --verbose prints phase timings to stderr", () => {
  const project = initProject();
  writeFile(project, "spec-src/index.ts", `export {};\n`);
  const quiet = runCli(["build", project, "--quiet"]);
  expect(quiet.code).toBe(0);
  expect(quiet.stdout).toBe("");
  const verbose = runCli(["check", project, "--verbose"]);
  for (const phase of ["config", "program creation", "type checking", "IR", "total"]) expect(verbose.stderr).toContain(phase);
});

test("--lang is checked against the markdown emitter's languages (exit 2)", () => {
  const project = initProject();
  const r = runCli(["build", project, "--lang", "xx"]);
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(/error SL1005: Unknown documentation language 'xx'\. Available: .*en/);
  expect(fs.existsSync(irFile(project))).toBe(false);
});

test("--svg adds er.svg, or warns (never fails) without Chromium", () => {
  const project = initProject();
  const r = runCli(["build", project, "--svg"]);
  expect(r.code).toBe(0);
  const svg = path.join(technicalDir(project), "er.svg");
  if (/warning SL500[23]/.test(r.stdout)) expect(fs.existsSync(svg)).toBe(false);
  else expect(fs.readFileSync(svg, "utf8")).toMatch(/^<svg/);
});

test("a killed run's leftovers are never replayed by a failing build; the next good build discards what it cannot trust", () => {
  const project = initProject();
  expect(runCli(["build", project]).code).toBe(0);
  const out = technicalDir(project);
  const schema = fs.readFileSync(path.join(out, "schema.sql"), "utf8");
  // A staging folder of the older format: no build id, no hashes, so nothing proves it complete.
  const staging = path.join(out, ".specloom-staging-4194305");
  fs.mkdirSync(staging);
  fs.writeFileSync(path.join(staging, "schema.sql"), "-- from the killed run\n");
  fs.writeFileSync(path.join(staging, ".commit.json"), JSON.stringify({ write: ["openapi.json", "schema.sql"], remove: [] }));
  const good = fs.readFileSync(path.join(project, "spec-src/index.ts"), "utf8");
  breakProject(project);
  expect(runCli(["build", project]).code).toBe(1);
  expect(fs.readFileSync(path.join(staging, "schema.sql"), "utf8")).toBe("-- from the killed run\n");
  writeFile(project, "spec-src/index.ts", good);
  expect(runCli(["build", project]).code).toBe(0);
  expect(fs.readFileSync(path.join(out, "schema.sql"), "utf8")).toBe(schema);
  expect(fs.existsSync(staging)).toBe(false);
});

test("an artifact dropped from 'emit' is removed by the next build", () => {
  const project = initProject();
  expect(runCli(["build", project]).code).toBe(0);
  const configFile = path.join(project, "specloom.config.json");
  const config = JSON.parse(fs.readFileSync(configFile, "utf8"));
  fs.writeFileSync(configFile, JSON.stringify({ ...config, emit: ["markdown", "openapi", "mermaid", "typebox", "ir"] }));
  const r = runCli(["build", project]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/removed schema\.sql/);
  const left = fs.readdirSync(technicalDir(project));
  expect(left).not.toContain("schema.sql");
  expect(left).toEqual(expect.arrayContaining(["architecture.md", "tech-stack.md", "openapi.json"]));
});
