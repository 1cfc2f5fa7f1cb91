/**
 * The mutation fuzzer's driver, shared by `npm run fuzz` (scripts/fuzz.mjs)
 * and the jest test (tests/reliability/fuzz.test.ts). Mutants run in process,
 * in a worker thread over the built packages; the driver times each one and
 * replaces the worker when a mutant hangs or kills it. Crashes are minimized
 * to the fewest operations that still crash.
 */
"use strict";
const { Worker } = require("node:worker_threads");
const path = require("node:path");

const DEFAULT_PROJECTS = [".", "examples/minimal", "examples/ecommerce"];

class FuzzWorker {
  constructor(projects, inject) {
    this.worker = new Worker(path.join(__dirname, "fuzz-worker.cjs"), { workerData: { projects, inject }, stdout: true, stderr: true });
    this.worker.stdout.resume();
    this.worker.stderr.resume();
    this.waiting = undefined;
    this.dead = undefined;
    this.worker.on("message", (msg) => {
      if (this.waiting && this.waiting.accept(msg)) {
        const w = this.waiting;
        this.waiting = undefined;
        w.resolve(msg);
      }
    });
    const die = (why) => {
      this.dead = why;
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = undefined;
        w.resolve({ type: "died", why });
      }
    };
    this.worker.on("error", (e) => die(`worker error: ${e && e.stack ? e.stack.split("\n")[0] : e}`));
    this.worker.on("exit", (code) => die(`worker exited with code ${code}`));
  }

  /** Sends `msg` and waits for the reply `accept` recognises, the worker's death, or the timeout. */
  request(msg, accept, timeoutMs, onMessage) {
    return new Promise((resolve) => {
      if (this.dead) return resolve({ type: "died", why: this.dead });
      const timer = setTimeout(() => {
        if (!this.waiting) return;
        this.waiting = undefined;
        resolve({ type: "timeout" });
      }, timeoutMs);
      this.waiting = {
        accept: (m) => {
          if (onMessage) onMessage(m);
          return accept(m);
        },
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      };
      this.worker.postMessage(msg);
    });
  }

  async terminate() {
    this.waiting = undefined;
    await this.worker.terminate();
  }
}

async function startWorker(projects, warmupMs, inject) {
  const w = new FuzzWorker(projects, inject);
  const ready = await w.request({ type: "warmup" }, (m) => m.type === "ready", warmupMs);
  if (ready.type !== "ready") {
    await w.terminate();
    throw new Error(`fuzz worker did not start: ${ready.type === "died" ? ready.why : "warm-up timed out"}`);
  }
  return { worker: w, targets: ready.targets };
}

/**
 * Runs `count` mutants starting at `start` (`seed` makes them reproducible).
 * Returns counts and every crash or hang with its minimal mutant.
 */
async function runFuzz(options = {}) {
  // Mutants are independent, so contiguous ranges run in parallel worker threads and the results merge by index.
  const count = options.count ?? 200;
  const start = options.start ?? 0;
  const workers = Math.max(1, Math.min(options.workers ?? 1, count));
  if (workers === 1) return runRange(options);
  const size = Math.ceil(count / workers);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) => ({ ...options, start: start + w * size, count: Math.max(0, Math.min(size, count - w * size)) }))
      .filter((o) => o.count > 0)
      .map((o) => runRange(o)),
  );
  const byIndex = (a, b) => a.index - b.index;
  return {
    ran: parts.reduce((n, p) => n + p.ran, 0),
    clean: parts.reduce((n, p) => n + p.clean, 0),
    diagnostics: parts.reduce((n, p) => n + p.diagnostics, 0),
    crashes: parts.flatMap((p) => p.crashes).sort(byIndex),
    hangs: parts.flatMap((p) => p.hangs).sort(byIndex),
    targets: parts[0].targets,
    stoppedEarly: parts.some((p) => p.stoppedEarly),
    ms: Math.max(...parts.map((p) => p.ms)),
  };
}

async function runRange(options) {
  // options.inject ({ crashAt, hangAt }: mutant indices) is for the fuzzer's own self-test only.
  const seed = options.seed ?? 1;
  const count = options.count ?? 200;
  const start = options.start ?? 0;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const projects = options.projects ?? DEFAULT_PROJECTS;
  const log = options.log ?? (() => {});
  const deadline = options.maxMs ? Date.now() + options.maxMs : Infinity;
  const warmupMs = options.warmupMs ?? 180_000;

  let { worker, targets } = await startWorker(projects, warmupMs, options.inject);
  const stats = { ran: 0, clean: 0, diagnostics: 0, crashes: [], hangs: [], targets, stoppedEarly: false, ms: 0 };
  const began = Date.now();

  /** One mutant (or a subset of its operations); restarts the worker after a hang or death. */
  const runOne = async (index, ops) => {
    let described;
    const reply = await worker.request(
      { type: "run", seed, index, ops },
      (m) => m.type === "done" && m.index === index,
      timeoutMs,
      (m) => {
        if (m.type === "start" && m.index === index) described = m.mutant;
      },
    );
    if (reply.type === "done") return { mutant: described, result: reply.result };
    await worker.terminate();
    ({ worker } = await startWorker(projects, warmupMs, options.inject));
    return { mutant: described, result: reply.type === "timeout" ? { hang: `no result within ${timeoutMs} ms` } : { crash: reply.why } };
  };
  const bad = (r) => r.crash !== undefined || r.hang !== undefined;

  /** Fewest operations that still misbehave: each single one, then each pair. */
  const minimize = async (index, first) => {
    const n = first.mutant ? first.mutant.ops.length : 0;
    const subsets = [];
    for (let i = 0; i < n; i++) subsets.push([i]);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (n > 2) subsets.push([i, j]);
    for (const subset of subsets) {
      const again = await runOne(index, subset);
      if (bad(again.result)) return again;
    }
    return first;
  };

  try {
    for (let index = start; index < start + count; index++) {
      if (Date.now() > deadline) {
        stats.stoppedEarly = true;
        break;
      }
      const outcome = await runOne(index, undefined);
      stats.ran++;
      if (bad(outcome.result)) {
        const minimal = await minimize(index, outcome);
        const report = {
          index,
          seed,
          reason: minimal.result.crash ?? minimal.result.hang,
          stack: minimal.result.stack,
          mutant: minimal.mutant,
          replay: `npm run fuzz -- --seed ${seed} --start ${index} --count 1`,
        };
        (outcome.result.hang ? stats.hangs : stats.crashes).push(report);
        log(`mutant ${index}: ${outcome.result.hang ? "HANG" : "CRASH"} ${report.reason}\n${formatMutant(report.mutant)}`);
      } else if (outcome.result.exitCode === 0) stats.clean++;
      else stats.diagnostics++;
      if (options.progressEvery && stats.ran % options.progressEvery === 0) {
        log(
          `${stats.ran} mutants: ${stats.clean} clean, ${stats.diagnostics} with diagnostics, ${stats.crashes.length} crashes, ${stats.hangs.length} hangs`,
        );
      }
    }
  } finally {
    await worker.terminate();
  }
  stats.ms = Date.now() - began;
  return stats;
}

function formatMutant(m) {
  if (!m) return "  (the worker died before describing the mutant)";
  return [`  ${m.file} (project ${m.project}): ${m.labels.join("; ")}`, ...m.diff.split("\n").map((l) => `    ${l}`)].join("\n");
}

function formatReport(r) {
  return `mutant ${r.index} (seed ${r.seed}): ${r.reason}\n${formatMutant(r.mutant)}\n  replay: ${r.replay}${r.stack ? `\n  ${r.stack.split("\n").slice(0, 6).join("\n  ")}` : ""}`;
}

module.exports = { runFuzz, formatReport, formatMutant, DEFAULT_PROJECTS };
