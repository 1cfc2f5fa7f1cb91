/**
 * Runs a node script as its own process and measures it: wall time, CPU time
 * and peak RSS. The child is wrapped in a tiny `node -e` launcher that requires
 * the target and, on 'exit', writes process.resourceUsage() to a file, so no
 * /usr/bin/time is needed (portable) and both tools pay the same launcher cost.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const LAUNCHER = [
  'const fs = require("fs");',
  "const out = process.env.SPECLOOM_BENCH_USAGE_FILE;",
  'process.on("exit", () => { const u = process.resourceUsage(); fs.writeFileSync(out, JSON.stringify({ maxRssKiB: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime })); });',
  // `node -e` leaves argv as [node, target, ...args], which is what the target expects of `node target ...args`.
  // import(), not require(): TypeSpec's CLI is an ES module with top-level await.
  'import(require("url").pathToFileURL(require("path").resolve(process.argv[1])).href);',
].join("\n");

let counter = 0;

/**
 * Runs `node <script> ...args` in `cwd` (with the `node` binary given, this one by default). Resolves to
 * { ms, cpuMs, rssMiB, code, stdout, stderr }; never rejects on a non-zero exit.
 */
export function measureNode(script, args, { cwd, env, node = process.execPath } = {}) {
  const usageFile = path.join(os.tmpdir(), `specloom-bench-usage-${process.pid}-${counter++}.json`);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(node, ["-e", LAUNCHER, script, ...args], {
      cwd,
      env: { ...process.env, ...env, SPECLOOM_BENCH_USAGE_FILE: usageFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - start;
      let usage;
      try {
        usage = JSON.parse(fs.readFileSync(usageFile, "utf8"));
        fs.rmSync(usageFile, { force: true });
      } catch {
        usage = undefined;
      }
      resolve({
        ms,
        cpuMs: usage ? (usage.userUs + usage.systemUs) / 1000 : NaN,
        rssMiB: usage ? usage.maxRssKiB / 1024 : NaN,
        code,
        stdout,
        stderr,
      });
    });
  });
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `--verbose` phase lines of the specloom CLI ("  emit openapi     32.7 ms"), as { phase: ms }. */
export function parsePhases(stderr) {
  const phases = {};
  for (const line of stderr.split("\n")) {
    const m = /^ {2}(\S.*?)\s+(\d+(?:\.\d+)?) ms$/.exec(line);
    if (m && m[1] !== "total") phases[m[1]] = Number(m[2]);
  }
  return phases;
}
