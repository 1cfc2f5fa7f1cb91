#!/usr/bin/env node
/**
 * npm run fuzz -- [--count N] [--seed S] [--start I] [--timeout MS] [--workers N] [--project DIR]...
 * Mutates spec-src/ and examples/* sources token by token and builds each
 * mutant in process with the built packages (run `npm run build` first).
 * Exits 1 when any mutant crashes or hangs, printing its minimal mutant.
 *
 * npm run fuzz -- --hostile [--count N] [--seed S]
 * The hostile-string property test (tests/hostile) with N generated specs
 * (default 300) instead of the handful `npm test` runs.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const { runFuzz, formatReport, DEFAULT_PROJECTS } = require("./fuzz-lib.cjs");

const { values } = parseArgs({
  options: {
    count: { type: "string" },
    hostile: { type: "boolean", default: false },
    seed: { type: "string", default: "1" },
    start: { type: "string", default: "0" },
    timeout: { type: "string", default: "20000" },
    project: { type: "string", multiple: true },
    workers: { type: "string", default: String(Math.max(1, Math.min(4, (await import("node:os")).availableParallelism()))) },
  },
});

if (values.hostile) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const jest = path.join(root, "node_modules", "jest", "bin", "jest.js");
  const env = { ...process.env, SPECLOOM_HOSTILE_COUNT: values.count ?? "300", SPECLOOM_HOSTILE_SEED: values.seed };
  const run = spawnSync(process.execPath, [jest, "--runInBand", "--testTimeout", String(24 * 3600 * 1000), "tests/hostile"], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  process.exit(run.status ?? 1);
}

const started = Date.now();
const stats = await runFuzz({
  count: Number(values.count ?? "2000"),
  seed: Number(values.seed),
  start: Number(values.start),
  timeoutMs: Number(values.timeout),
  projects: values.project ?? DEFAULT_PROJECTS,
  workers: Number(values.workers),
  progressEvery: 100,
  log: (line) => console.log(line),
});
console.log(
  `\n${stats.ran} mutants over ${stats.targets} files in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
    `${stats.clean} built clean, ${stats.diagnostics} with diagnostics, ${stats.crashes.length} crashes, ${stats.hangs.length} hangs.`,
);
for (const r of [...stats.crashes, ...stats.hangs]) console.log(`\n${formatReport(r)}`);
process.exitCode = stats.crashes.length + stats.hangs.length > 0 ? 1 : 0;
