/** er.svg through mermaid-cli and the system Chromium; skipped, visibly, when there is none. */
import { DEFAULT_CONFIG } from "@specloom/core";
import { buildTableModel, emitErDiagram } from "@specloom/model";
import * as os from "node:os";
import * as path from "node:path";
import { chromiumCandidates, findChromium, mermaidEmitter, renderSvg } from "../src";
import { blogIR, compileSpec, REPO_ROOT } from "@specloom/test-support";

const chromium = findChromium();
const saved = process.env.PUPPETEER_EXECUTABLE_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
  else process.env.PUPPETEER_EXECUTABLE_PATH = saved;
});

test("renders er.svg of the seed example with every entity", async () => {
  // CI installs Chromium (.ci/run): there a missing browser is a failure, not a skip.
  if (!chromium && process.env.CI) throw new Error("no Chromium found: apt-get install -y chromium, or set PUPPETEER_EXECUTABLE_PATH");
  if (!chromium) {
    console.log("SKIPPED svg render: no Chromium found (apt-get install -y chromium, or set PUPPETEER_EXECUTABLE_PATH)");
    return;
  }
  const seed = compileSpec("spec-src", REPO_ROOT);
  if (!seed.ir) throw new Error(`spec-src did not compile (${seed.problem})`);
  const ir = seed.ir;
  const result = await mermaidEmitter.emit({ ir, config: { ...DEFAULT_CONFIG, svg: true }, language: "en" });
  expect(result.diagnostics).toEqual([]);
  const svg = result.files.find((f) => f.path === "er.svg")?.content ?? "";
  expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  for (const t of buildTableModel(ir, DEFAULT_CONFIG.sql).tables) expect(svg).toContain(t.name);
});

test("without Chromium: the chromium-missing warning, no svg, and the other files still come", async () => {
  delete process.env.PUPPETEER_EXECUTABLE_PATH;
  const result = await renderSvg(emitErDiagram(blogIR(), DEFAULT_CONFIG), { chromiumCandidates: [] });
  expect(result.svg).toBeUndefined();
  expect(result.diagnostic).toMatchObject({ id: "chromium-missing", code: "SL5002", severity: "warning" });
});

test("without mermaid-cli (an optional peer): the svg-renderer-missing warning saying what to install", async () => {
  const result = await renderSvg(emitErDiagram(blogIR(), DEFAULT_CONFIG), { mermaidCliFrom: [os.tmpdir()] });
  expect(result.svg).toBeUndefined();
  expect(result.diagnostic).toMatchObject({ id: "svg-renderer-missing", code: "SL5030", severity: "warning" });
  expect(result.diagnostic?.message).toContain("npm i -D @mermaid-js/mermaid-cli");
});

test("Chromium is looked for where Linux, macOS and Windows install it", () => {
  expect(chromiumCandidates("linux", {})).toContain("/usr/bin/chromium");
  expect(chromiumCandidates("darwin", { HOME: "/Users/ada" })).toEqual(
    expect.arrayContaining([
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium",
    ]),
  );
  const windows = chromiumCandidates("win32", { PROGRAMFILES: "C:\\Program Files", LOCALAPPDATA: "C:\\Users\\ada\\AppData\\Local" });
  expect(windows).toContain(path.win32.join("C:\\Program Files", "Google\\Chrome\\Application\\chrome.exe"));
  expect(windows).toContain(path.win32.join("C:\\Users\\ada\\AppData\\Local", "Chromium\\Application\\chrome.exe"));
  expect(windows).toContain(path.win32.join("C:\\Program Files", "Microsoft\\Edge\\Application\\msedge.exe"));
});

test("PUPPETEER_EXECUTABLE_PATH wins when it points at a program", () => {
  process.env.PUPPETEER_EXECUTABLE_PATH = process.execPath;
  expect(findChromium([])).toBe(process.execPath);
  process.env.PUPPETEER_EXECUTABLE_PATH = "/nonexistent/chrome";
  expect(findChromium([])).toBeUndefined();
});
