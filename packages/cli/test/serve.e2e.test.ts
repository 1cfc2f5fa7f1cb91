/**
 * `specloom build --watch --serve --port 0` with the html artifact, in headless Chromium: the reference page
 * is served on the loopback, and editing the spec reloads it with the new text.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import puppeteer, { type Browser } from "puppeteer-core";
import { findChromium } from "@specloom/emitter-mermaid";
import { BIN, runCli, tempDir } from "./helpers";

let watcher: ChildProcess | undefined;
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  watcher?.kill("SIGINT");
});

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 120_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${String(pattern)}; output so far:\n${text}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const m = pattern.exec(text);
      if (m) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        resolve(m);
      }
    };
    child.stdout?.on("data", onData);
  });
}

test("the served reference page reloads itself when the spec changes", async () => {
  const chromium = findChromium();
  if (!chromium) throw new Error("no Chromium found: apt-get install -y chromium (or set PUPPETEER_EXECUTABLE_PATH)");
  const dir = path.join(tempDir(), "live");
  expect(runCli(["init", dir]).code).toBe(0);
  const configFile = path.join(dir, "specloom.config.json");
  const config = JSON.parse(fs.readFileSync(configFile, "utf8")) as Record<string, unknown>;
  fs.writeFileSync(configFile, JSON.stringify({ ...config, emit: ["openapi", "html"] }));

  watcher = spawn(process.execPath, [BIN, "build", dir, "--watch", "--serve", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  const [, url] = await waitForOutput(watcher, /Serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
  browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on("pageerror", (e) => errors.push(String(e)));
  await tab.goto(url ?? "", { waitUntil: "load" });
  await tab.waitForSelector("html[data-redoc-ready='true']", { timeout: 60_000 });
  expect(String(await tab.evaluate("document.body.innerText"))).toContain("Fetch one user by id.");

  const spec = path.join(dir, "spec-src/index.ts");
  const reloaded = tab.waitForNavigation({ waitUntil: "load", timeout: 120_000 });
  fs.writeFileSync(spec, fs.readFileSync(spec, "utf8").replace("Fetch one user by id.", "Look up one user by id."));
  await reloaded;
  await tab.waitForSelector("html[data-redoc-ready='true']", { timeout: 60_000 });
  const text = String(await tab.evaluate("document.body.innerText"));
  expect(text).toContain("Look up one user by id.");
  expect(text).not.toContain("Fetch one user by id.");
  expect(errors).toEqual([]);
});
