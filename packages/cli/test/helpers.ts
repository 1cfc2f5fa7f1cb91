/** Shared by the CLI tests: they run the real built binary, like a user would. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
export const BIN = path.join(ROOT, "packages/cli/dist/bin.js");
/** A stack frame line, which users must never see. */
export const STACK_FRAME = /\n\s+at .+:\d+:\d+/;

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, SPECLOOM_DEBUG: "", ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = "specloom-cli-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

let starter: string | undefined;

/** A fresh starter project: `specloom init` runs once per test file (init.test.ts tests it), then is copied. */
export function initProject(): string {
  if (!starter) {
    starter = path.join(tempDir(), "proj");
    const r = runCli(["init", starter]);
    if (r.code !== 0) throw new Error(`init failed: ${r.stdout}${r.stderr}`);
  }
  const dir = path.join(tempDir(), "proj");
  fs.cpSync(starter, dir, { recursive: true });
  return dir;
}

export const technicalDir = (project: string) => path.join(project, "docs", "technical");

/** Every file under `dir` (relative path → content), skipping nothing: staging leftovers must show up too. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = fs.readFileSync(full, "utf8");
    }
  };
  walk(dir);
  return out;
}

export function writeFile(project: string, file: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  fs.writeFileSync(path.join(project, file), content);
}

/** Spawns a long-running CLI (watch mode) and collects its output. */
export function startCli(
  args: readonly string[],
  cwd = ROOT,
): { child: ChildProcess; output: () => string; waitFor: (re: RegExp, from?: number, ms?: number) => Promise<string> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, SPECLOOM_DEBUG: "" } });
  let text = "";
  child.stdout.on("data", (b: Buffer) => (text += b.toString()));
  child.stderr.on("data", (b: Buffer) => (text += b.toString()));
  const waitFor = (re: RegExp, from = 0, ms = 120_000) =>
    new Promise<string>((resolve, reject) => {
      const started = Date.now();
      const poll = () => {
        const tail = text.slice(from);
        if (re.test(tail)) return resolve(tail);
        if (Date.now() - started > ms) return reject(new Error(`timed out waiting for ${re}; output:\n${text}`));
        setTimeout(poll, 25);
      };
      poll();
    });
  return { child, output: () => text, waitFor };
}

/** A real plugin whose emitter and rule always throw (tests/fixtures/plugins). */
export const FAILING_PLUGIN = path.join(ROOT, "tests/fixtures/plugins/failing.mjs");
