/**
 * er.svg through mermaid-cli and a system Chromium or Chrome. mermaid-cli (with
 * puppeteer) is an optional peer, looked for only when --svg asks for it, so a
 * default install stays small. Without either the build goes on with a warning.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createDiagnostic, type Diagnostic } from "@specloom/core";

/** Where Chromium, Chrome or Edge usually live on each platform, in order of preference. */
export function chromiumCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === "darwin") {
    const apps = [
      "Chromium.app/Contents/MacOS/Chromium",
      "Google Chrome.app/Contents/MacOS/Google Chrome",
      "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];
    return [...apps.map((a) => `/Applications/${a}`), ...(env.HOME ? apps.map((a) => path.join(env.HOME ?? "", "Applications", a)) : [])];
  }
  if (platform === "win32") {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env["PROGRAMFILES(X86)"]].filter((r): r is string => !!r);
    const exes = ["Chromium\\Application\\chrome.exe", "Google\\Chrome\\Application\\chrome.exe", "Microsoft\\Edge\\Application\\msedge.exe"];
    return exes.flatMap((exe) => roots.map((root) => path.win32.join(root, exe)));
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/google-chrome",
    "/opt/google/chrome/chrome",
    "/usr/bin/microsoft-edge",
  ];
}

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
    // Windows has no execute bit: existing is enough there.
    fs.accessSync(file, process.platform === "win32" ? fs.constants.F_OK : fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** PUPPETEER_EXECUTABLE_PATH when it points at a program, else the platform's usual Chromium, Chrome or Edge. */
export function findChromium(candidates: readonly string[] = chromiumCandidates()): string | undefined {
  const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv && executable(fromEnv)) return fromEnv;
  return candidates.find(executable);
}

export interface RenderSvgOptions {
  /** Where to look for Chromium besides PUPPETEER_EXECUTABLE_PATH (tests pass none). */
  readonly chromiumCandidates?: readonly string[];
  /** Folders to look for mermaid-cli from (tests pass one without it). */
  readonly mermaidCliFrom?: readonly string[];
}

/**
 * mermaid-cli's entry script (ESM-only, so it runs as its own process), found the
 * way Node would from the project (the current directory) or from specloom itself.
 */
export function findMermaidCli(from: readonly string[] = [process.cwd(), __dirname]): string | undefined {
  for (const start of from) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      const cli = path.join(dir, "node_modules", "@mermaid-js", "mermaid-cli", "src", "cli.js");
      if (fs.existsSync(cli)) return cli;
      if (path.dirname(dir) === dir) break;
    }
  }
  return undefined;
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
  const cli = findMermaidCli(options.mermaidCliFrom);
  if (!cli) return { diagnostic: createDiagnostic("svg-renderer-missing") };
  const chromium = findChromium(options.chromiumCandidates);
  if (!chromium) return { diagnostic: createDiagnostic("chromium-missing") };
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
