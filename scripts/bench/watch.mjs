/**
 * Incremental benchmark: `specloom build --watch`, then edit one entity file
 * (the `name` field's MaxLength) and time until every artifact shows the edit.
 *
 * The end of a rebuild is the watch process's "Found N errors" line: the CLI
 * writes all files before printing it. Each candidate line is confirmed by
 * reading the artifacts, so a cycle triggered by anything else cannot count.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { editTarget } from "./generate.mjs";
import { parsePhases } from "./measure.mjs";

const FOUND = /Found (\d+) errors?\b/;
const PREREQUISITES = new Set(["architecture.md", "tech-stack.md"]);
const STARTUP_TIMEOUT_MS = 15 * 60_000;
const EDIT_TIMEOUT_MS = 5 * 60_000;
/** Quiet time between edits, so one edit's trailing fs events cannot reach the next. */
const SETTLE_MS = 150;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const hasNumber = (text, n) => new RegExp(`(?<![0-9])${n}(?![0-9])`).test(text);

export async function measureIncremental({ cli, dir, entities, edits, timeoutMs = EDIT_TIMEOUT_MS }) {
  const outDir = path.join(dir, "docs", "technical");
  const target = editTarget(dir, entities);
  const child = spawn(process.execPath, [cli, "build", ".", "--watch", "--verbose"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  const found = []; // { at, errors }
  let waiter;
  let stdoutTail = "";
  let stdout = "";
  let stderr = "";
  let exited = false;
  child.stdout.setEncoding("utf8").on("data", (chunk) => {
    const at = performance.now();
    stdout += chunk;
    const lines = (stdoutTail + chunk).split("\n");
    stdoutTail = lines.pop();
    for (const line of lines) {
      const m = FOUND.exec(line);
      if (m) found.push({ at, errors: Number(m[1]), line });
    }
    waiter?.();
  });
  child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
  child.on("exit", () => {
    exited = true;
    waiter?.();
  });

  /** Resolves with the next "Found" line after index `from`, or throws on timeout/exit. */
  const nextFound = async (from, timeoutMs) => {
    const deadline = performance.now() + timeoutMs;
    while (found.length <= from) {
      if (exited) throw new Error(`watch process exited early:\n${stderr.slice(-2000)}`);
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`no "Found N errors" line within ${timeoutMs} ms`);
      await new Promise((resolve) => {
        const t = setTimeout(resolve, left);
        waiter = () => {
          clearTimeout(t);
          resolve();
        };
      });
      waiter = undefined;
    }
    return found[from];
  };

  try {
    const first = await nextFound(0, Math.max(STARTUP_TIMEOUT_MS, timeoutMs));
    if (first.errors > 0) throw new Error(`initial watch build failed: ${first.line}\n${stdout.slice(-3000)}`);
    // The artifacts that carry the edited number: all of them must show each edit.
    const artifacts = fs
      .readdirSync(outDir)
      .filter((f) => !PREREQUISITES.has(f) && hasNumber(fs.readFileSync(path.join(outDir, f), "utf8"), target.maxLength))
      .sort();
    if (artifacts.length === 0) throw new Error(`no artifact in ${outDir} contains MaxLength ${target.maxLength}`);

    let current = target.maxLength;
    let seen = found.length;
    const times = [];
    for (let k = 0; k < edits; k++) {
      await sleep(SETTLE_MS);
      seen = found.length;
      const next = 70_000 + k;
      const source = fs.readFileSync(target.file, "utf8");
      const edited = source.replace(`MaxLength<${current}>`, `MaxLength<${next}>`);
      if (edited === source) throw new Error(`MaxLength<${current}> not found in ${target.file}`);
      const start = performance.now();
      fs.writeFileSync(target.file, edited);
      for (;;) {
        const event = await nextFound(seen++, timeoutMs);
        if (event.errors > 0) throw new Error(`rebuild after edit ${k} failed: ${event.line}\n${stdout.slice(-3000)}`);
        const done = artifacts.every((f) => hasNumber(fs.readFileSync(path.join(outDir, f), "utf8"), next));
        if (done) {
          times.push(event.at - start);
          process.stderr.write(`[bench] edit ${k + 1}/${edits}: ${(event.at - start).toFixed(0)} ms\n`);
          break;
        }
      }
      current = next;
    }
    const cycles = stderr
      .split(/^ {2}total\s.*$/m)
      .slice(1, -1)
      .map(parsePhases);
    return { times, artifacts, file: path.relative(dir, target.file), cycles };
  } finally {
    if (!exited) {
      child.kill("SIGTERM");
      await new Promise((r) => (exited ? r() : child.on("exit", r)));
    }
  }
}
