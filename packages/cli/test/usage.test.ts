/** Exit code 2 and no stack traces for every kind of usage or config mistake. */
import * as fs from "node:fs";
import * as path from "node:path";
import { initProject, runCli, STACK_FRAME, tempDir } from "./helpers";

// Each test spawns the CLI a few times; a machine busy with other builds makes that slow.
jest.setTimeout(300_000);

const noStack = (r: { stdout: string; stderr: string }) => {
  expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
};

test("--help and --version exit 0", () => {
  const help = runCli(["--help"]);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/Usage: specloom <command>/);
  const version = runCli(["--version"]);
  expect(version.code).toBe(0);
  expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
});

test.each([
  [["--bogus"], /Unknown option '--bogus'/],
  [["frobnicate"], /Unknown command 'frobnicate'/],
  [[], /No command given/],
  [["build", ".", "extra"], /Unexpected argument 'extra'/],
  [["check", "--out", "x"], /'--out' is not valid for 'check'/],
  [["build", "--format", "xml"], /Invalid --format 'xml'/],
  [["build", "--out"], /argument missing|needs a value/],
])("usage error %p exits 2 with SL1007", (args, message) => {
  const r = runCli(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(/^error SL1007: /);
  expect(r.stdout).toMatch(message);
  noStack(r);
});

test("a usage error honours --format json", () => {
  const r = runCli(["build", "--nope", "--format", "json"]);
  expect(r.code).toBe(2);
  const json = JSON.parse(r.stdout);
  expect(json.diagnostics).toEqual([expect.objectContaining({ code: "SL1007", severity: "error", file: null, line: null, column: null })]);
});

test("a missing project directory exits 2", () => {
  const r = runCli(["build", path.join(tempDir(), "nope")]);
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(/error SL1009: Project directory/);
  noStack(r);
});

test("a directory without specloom.config.json exits 2", () => {
  const r = runCli(["check", tempDir()]);
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(/error SL1001: Cannot find specloom.config.json in '.*'\. Run 'specloom init' to create a project there/);
});

test("unknown config keys and bad values exit 2 and write nothing", () => {
  const project = initProject();
  const configFile = path.join(project, "specloom.config.json");
  const config = JSON.parse(fs.readFileSync(configFile, "utf8"));
  fs.writeFileSync(configFile, JSON.stringify({ ...config, documentationdir: "x", sql: { enums: "maybe" } }));
  const r = runCli(["build", project, "--format", "json"]);
  expect(r.code).toBe(2);
  const codes = JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code);
  expect(codes).toEqual(expect.arrayContaining(["SL1003", "SL1004"]));
  expect(fs.existsSync(path.join(project, "docs/technical/specloom.ir.json"))).toBe(false);
  noStack(r);
});

test("invalid JSON in the config exits 2 with its location", () => {
  const project = initProject();
  fs.writeFileSync(path.join(project, "specloom.config.json"), '{\n  "entry": "spec-src/index.ts",\n  nope\n}\n');
  const r = runCli(["check"], { cwd: project });
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(/^specloom\.config\.json:3:3 - error SL1002: specloom\.config\.json is not valid JSON: unexpected character/m);
  noStack(r);
});
