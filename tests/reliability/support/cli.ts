/** Spawning the built CLI, bounded concurrency, and the "no crash" checks every reliability test shares. */
import { fork, spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const REPO = path.resolve(__dirname, "..", "..", "..");
export const BIN = path.join(REPO, "packages", "cli", "dist", "bin.js");

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly timedOut: boolean;
}

/** Runs `node bin.js ...args` in `cwd`; never rejects. */
export function runCli(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<CliRun> {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      // A TTY-less, colour-less, debug-less environment: what CI sees.
      env: { ...process.env, SPECLOOM_DEBUG: "", NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs ?? 90_000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - start, timedOut });
    });
  });
}

/**
 * The built CLI's main() in one long-lived process (support/cli-server.cjs), for suites that run it many
 * times on inputs and judge only its exit code and output. A death or hang of the process is that run's
 * crash (exit code null, or timedOut); the next run starts a fresh process.
 */
export class CliServer {
  private child: ChildProcess | undefined;
  private serverStderr = "";

  run(args: readonly string[], options: { cwd: string; timeoutMs?: number }): Promise<CliRun> {
    const child = (this.child ??= this.start());
    this.serverStderr = "";
    const start = Date.now();
    return new Promise((resolve) => {
      const finish = (run: Omit<CliRun, "ms">) => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve({ ...run, ms: Date.now() - start });
      };
      const onMessage = (m: { code: number; stdout: string; stderr: string }) => finish({ ...m, signal: null, timedOut: false });
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        this.child = undefined;
        const stderr = `the CLI process exited during the run (code ${code}, signal ${signal})\n${this.serverStderr}`;
        finish({ code: null, signal, stdout: "", stderr, timedOut: false });
      };
      const timer = setTimeout(() => {
        this.child = undefined;
        child.off("exit", onExit);
        child.kill("SIGKILL");
        finish({ code: null, signal: "SIGKILL", stdout: "", stderr: this.serverStderr, timedOut: true });
      }, options.timeoutMs ?? 90_000);
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.send({ args, cwd: options.cwd });
    });
  }

  close(): void {
    this.child?.kill();
    this.child = undefined;
  }

  private start(): ChildProcess {
    const child = fork(path.join(__dirname, "cli-server.cjs"), [], {
      env: { ...process.env, SPECLOOM_DEBUG: "", NO_COLOR: "1" },
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (this.serverStderr += d));
    return child;
  }
}

/** Maps `items` through `fn` with at most `limit` running at once, keeping order. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Concurrency for spawned CLI runs: they are CPU-bound, so about one per core. */
export const CONCURRENCY = Math.max(2, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));

/** A V8 stack frame (`    at fn (/path/file.js:12:3)`) anywhere in the text. */
const STACK_FRAME = /^\s*at\s+(?:async\s+)?(?:[^\s()]+\s+)?\(?(?:node:|file:|\/|[A-Za-z]:\\)[^)\n]*:\d+:\d+\)?\s*$/m;

export function hasStackTrace(text: string): boolean {
  return STACK_FRAME.test(text);
}

/** What a crash looks like from the outside, or undefined for a well-behaved run. */
export function crashReason(run: CliRun): string | undefined {
  if (run.timedOut) return `timed out after ${run.ms} ms`;
  if (run.signal) return `killed by ${run.signal}`;
  if (run.code !== 0 && run.code !== 1 && run.code !== 2) return `exit code ${run.code}`;
  const both = `${run.stdout}\n${run.stderr}`;
  if (hasStackTrace(both)) return "printed a stack trace";
  if (/Internal compiler error|SL9001/.test(both)) return "reported an internal compiler error (SL9001)";
  return undefined;
}

export interface JsonDiagnostic {
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly code: string;
  readonly severity: string;
  readonly message: string;
}

/** `--format json` prints exactly one line: `{"diagnostics": [...]}`. */
export function parseJsonReport(stdout: string): JsonDiagnostic[] {
  const lines = stdout.split("\n").filter((l) => l.trim() !== "");
  if (lines.length !== 1) throw new Error(`expected one JSON line on stdout, got ${lines.length}:\n${stdout.slice(0, 2000)}`);
  const parsed = JSON.parse(lines[0]!) as { diagnostics?: JsonDiagnostic[] };
  if (!Array.isArray(parsed.diagnostics)) throw new Error(`no diagnostics array in ${lines[0]!.slice(0, 500)}`);
  return parsed.diagnostics;
}

/** Every file and directory under `dir` with its bytes: compare two snapshots to prove nothing was touched. */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const childAbs = path.join(abs, entry.name);
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        out.set(childRel, `<symlink to ${fs.readlinkSync(childAbs)}>`); // never followed: its target is not in the tree
      } else if (entry.isDirectory()) {
        out.set(`${childRel}/`, "<dir>");
        walk(childAbs, childRel);
      } else {
        out.set(childRel, fs.readFileSync(childAbs).toString("base64"));
      }
    }
  };
  walk(dir, "");
  return out;
}

/** Names of what differs between two snapshots (added, removed or changed). */
export function treeDiff(before: Map<string, string>, after: Map<string, string>): string[] {
  const diff: string[] = [];
  for (const [k, v] of before)
    if (!after.has(k)) diff.push(`removed ${k}`);
    else if (after.get(k) !== v) diff.push(`changed ${k}`);
  for (const k of after.keys()) if (!before.has(k)) diff.push(`added ${k}`);
  return diff;
}

/** Every artifact a build can write, so sentinels stand where real outputs would be overwritten. */
export const ARTIFACT_FILES = [
  "backend-spec.md",
  ".env.example",
  "openapi.json",
  "openapi.yaml",
  "schema.sql",
  "er.mmd",
  "er.svg",
  "validators.ts",
  "specloom.ir.json",
];

/** Seeds `outDir` with "previous build" files; returns false when it cannot exist (a file is in the way). */
export function seedSentinels(outDir: string, label = "previous build"): boolean {
  try {
    fs.mkdirSync(path.join(outDir, "notes"), { recursive: true });
  } catch {
    return false;
  }
  for (const name of ARTIFACT_FILES) {
    const file = path.join(outDir, name);
    // A case may put something else where an output goes (a directory): that is what it tests.
    if (!fs.existsSync(file) || fs.lstatSync(file).isFile()) fs.writeFileSync(file, `${label}: ${name}\n`);
  }
  fs.writeFileSync(path.join(outDir, "notes", "hand-written.md"), "# Not generated\n");
  return true;
}

export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `specloom-${prefix}-`));
}

/** Fails loudly when the CLI has not been built (jest's global setup builds it; a bare node runner would not). */
export function assertCliBuilt(): void {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: run 'npm run build' before these tests`);
}
