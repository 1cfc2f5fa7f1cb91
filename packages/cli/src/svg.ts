/** er.svg through mermaid-cli and a local Chromium; every failure is a warning, never a crash. */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createDiagnostic, type Diagnostic } from "@specloom/core";

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

function findChromium(): string | undefined {
  const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : undefined;
  return CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p));
}

/** mermaid-cli is ESM-only without a package.json export, so find its bin script on the module paths. */
function findMmdc(): string | undefined {
  const dirs = require.resolve.paths("@mermaid-js/mermaid-cli") ?? [];
  return dirs.map((d) => path.join(d, "@mermaid-js", "mermaid-cli", "src", "cli.js")).find((p) => fs.existsSync(p));
}

export async function renderSvg(mermaid: string): Promise<{ content: string } | { diagnostic: Diagnostic }> {
  const chromium = findChromium();
  if (!chromium) return { diagnostic: createDiagnostic("chromium-missing") };
  const mmdc = findMmdc();
  if (!mmdc) return { diagnostic: createDiagnostic("svg-render-failed", { detail: "@mermaid-js/mermaid-cli is not installed" }) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-svg-"));
  try {
    const input = path.join(dir, "er.mmd");
    const output = path.join(dir, "er.svg");
    const puppeteer = path.join(dir, "puppeteer.json");
    fs.writeFileSync(input, mermaid);
    // --no-sandbox: Chromium refuses to start as root (containers, CI) otherwise.
    fs.writeFileSync(puppeteer, JSON.stringify({ executablePath: chromium, args: ["--no-sandbox", "--disable-gpu"] }));
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, [mmdc, "-i", input, "-o", output, "-p", puppeteer, "-q"], { timeout: 120_000 }, (error, _stdout, stderr) =>
        error ? reject(new Error(firstLine(stderr) || error.message)) : resolve(),
      ),
    );
    return { content: fs.readFileSync(output, "utf8") };
  } catch (e) {
    return { diagnostic: createDiagnostic("svg-render-failed", { detail: (e as Error).message }) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const firstLine = (text: string) => text.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
