/**
 * Atomic writes: when an emitter throws (a real plugin from
 * tests/fixtures/plugins whose emitter always fails), the build exits 1 with
 * SL5001 naming the plugin, every previously generated output stays
 * byte-identical, and no staging directory is left behind. Run once with only
 * the failing emitter enabled and once after every built-in one, on a project
 * whose spec changed since the last good build (so every artifact would change).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CONCURRENCY, REPO, assertCliBuilt, crashReason, makeTempDir, parseJsonReport, pool, runCli, snapshotTree, treeDiff } from "./support/cli";

const FAILING_PLUGIN = path.join(REPO, "tests", "fixtures", "plugins", "failing.mjs");

/** `emit` lists to try: the failing artifact alone, and after every built-in artifact. */
const EMIT_VARIANTS: Record<string, string[] | undefined> = { alone: ["failing"], last: undefined };

let root: string;
afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

test("a failing emitter leaves every previous output byte-identical and no staging directory", async () => {
  assertCliBuilt();
  const names = Object.keys(EMIT_VARIANTS);
  root = makeTempDir("atomic");
  const template = path.join(root, "template");
  fs.cpSync(path.join(REPO, "examples", "minimal"), template, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}docs${path.sep}technical`),
  });
  // The last good build: real outputs, plus a hand-written file that must survive too.
  const first = await runCli(["build", ".", "--format", "json"], { cwd: template });
  expect(crashReason(first)).toBeUndefined();
  expect(first.code).toBe(0);
  const outDir = path.join(template, "docs", "technical");
  fs.writeFileSync(path.join(outDir, "NOTES.md"), "kept by hand\n");
  expect(fs.readdirSync(outDir)).toEqual(expect.arrayContaining(["backend-spec.md", "openapi.json", "schema.sql", "er.mmd", "validators.ts"]));
  // Change the spec so that every artifact would be rewritten.
  const entry = path.join(template, "spec", "index.ts");
  fs.writeFileSync(entry, fs.readFileSync(entry, "utf8").replace("/** A to-do item. */", "/** A to-do item, changed since the last build. */"));

  const runs = await pool(names, CONCURRENCY, async (name) => {
    const project = path.join(root, `fail-${name}`);
    fs.cpSync(template, project, { recursive: true });
    const configFile = path.join(project, "specloom.config.json");
    const config = JSON.parse(fs.readFileSync(configFile, "utf8"));
    const emit = EMIT_VARIANTS[name];
    const rules = { ...config.rules, "failing/always-throws": "off" };
    fs.writeFileSync(configFile, JSON.stringify({ ...config, plugins: [FAILING_PLUGIN], rules, ...(emit ? { emit } : {}) }, null, 2));
    const before = snapshotTree(project);
    const run = await runCli(["build", ".", "--format", "json"], { cwd: project });
    return { name, run, changed: treeDiff(before, snapshotTree(project)) };
  });
  for (const { name, run, changed } of runs) {
    const context = `variant '${name}':\n${run.stdout.slice(0, 2000)}\n${run.stderr.slice(0, 2000)}`;
    expect({ name, crash: crashReason(run) }).toEqual({ name, crash: undefined });
    expect({ name, exit: run.code }).toEqual({ name, exit: 1 });
    const failed = parseJsonReport(run.stdout).filter((d) => d.code === "SL5001");
    if (!failed.some((d) => d.message.includes("plugin 'failing'"))) throw new Error(`no SL5001 naming the plugin; ${context}`);
    // Nothing added (no staging directory, no partial artifact), nothing changed or removed.
    expect({ name, changed }).toEqual({ name, changed: [] });
  }

  // Without the failure the same change is written, and no staging directory remains.
  const good = path.join(root, "good");
  fs.cpSync(template, good, { recursive: true });
  const run = await runCli(["build", ".", "--format", "json"], { cwd: good });
  expect(crashReason(run)).toBeUndefined();
  expect(run.code).toBe(0);
  const out = path.join(good, "docs", "technical");
  expect(fs.readFileSync(path.join(out, "backend-spec.md"), "utf8")).toContain("changed since the last build");
  expect(fs.readFileSync(path.join(out, "NOTES.md"), "utf8")).toBe("kept by hand\n");
  expect(fs.readdirSync(out).filter((f) => f.startsWith(".specloom-staging"))).toEqual([]);
}, 600_000);
