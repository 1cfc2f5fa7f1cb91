/**
 * er.svg through mermaid-cli and a system Chromium (Puppeteer cannot download
 * its own browser here). Without Chromium the build goes on with a warning.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createDiagnostic, type Diagnostic } from "@specloom/core";

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome"];

/** Chromium flags needed as root in containers, and to keep it off the network. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Mermaid draws edges with a random seed and random ids; fixed ones make er.svg reproducible. */
const MERMAID_CONFIG = { handDrawnSeed: 1, deterministicIds: true };

function executable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** PUPPETEER_EXECUTABLE_PATH when it points at a program, else a Debian/Ubuntu Chromium or Chrome. */
export function findChromium(candidates: readonly string[] = CHROMIUM_CANDIDATES): string | undefined {
  const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv && executable(fromEnv)) return fromEnv;
  return candidates.find(executable);
}

export interface RenderSvgOptions {
  /** Where to look for Chromium besides PUPPETEER_EXECUTABLE_PATH (tests pass none). */
  readonly chromiumCandidates?: readonly string[];
}

/** mermaid-cli's entry script (ESM-only, so it runs as its own process). */
export function findMermaidCli(): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const cli = path.join(dir, "node_modules", "@mermaid-js", "mermaid-cli", "src", "cli.js");
    if (fs.existsSync(cli)) return cli;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ok: boolean; detail: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      const detail =
        (stderr || error?.message || "")
          .trim()
          .split("\n")
          .find((l) => l.trim()) ?? "unknown error";
      resolve({ ok: !error, detail });
    });
  });
}

export async function renderSvg(mmdText: string, options: RenderSvgOptions = {}): Promise<{ svg?: string; diagnostic?: Diagnostic }> {
  const chromium = findChromium(options.chromiumCandidates);
  if (!chromium) return { diagnostic: createDiagnostic("chromium-missing") };
  const cli = findMermaidCli();
  if (!cli) return { diagnostic: createDiagnostic("svg-render-failed", { detail: "@mermaid-js/mermaid-cli is not installed" }) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-mmdc-"));
  try {
    const input = path.join(dir, "er.mmd");
    const output = path.join(dir, "er.svg");
    const puppeteerConfig = path.join(dir, "puppeteer.json");
    const mermaidConfig = path.join(dir, "mermaid.json");
    fs.writeFileSync(input, mmdText);
    fs.writeFileSync(puppeteerConfig, JSON.stringify({ executablePath: chromium, args: CHROMIUM_ARGS }));
    fs.writeFileSync(mermaidConfig, JSON.stringify(MERMAID_CONFIG));
    const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromium, PUPPETEER_SKIP_DOWNLOAD: "true" };
    const result = await run(process.execPath, [cli, "-i", input, "-o", output, "-p", puppeteerConfig, "-c", mermaidConfig, "-q"], env);
    if (!result.ok || !fs.existsSync(output)) return { diagnostic: createDiagnostic("svg-render-failed", { detail: result.detail }) };
    return { svg: fs.readFileSync(output, "utf8") };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
