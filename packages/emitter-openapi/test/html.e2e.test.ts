/**
 * reference.html of spec-src in real headless Chromium, with the network cut off: it loads without console
 * errors, shows every operation's summary and draws the ER diagram.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser } from "puppeteer-core";
import { findChromium } from "@specloom/emitter-mermaid";
import { buildTableModel } from "@specloom/model";
import { compileSpec, REPO_ROOT } from "@specloom/test-support";
import { buildOpenApi, HTML_FILE, htmlEmitter } from "../src";

let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
});

test("the reference page of spec-src renders offline in Chromium with every operation and the ER diagram", async () => {
  const chromium = findChromium();
  if (!chromium) throw new Error("no Chromium found: apt-get install -y chromium (or set PUPPETEER_EXECUTABLE_PATH)");
  const spec = compileSpec("spec-src", REPO_ROOT);
  if (!spec.ir) throw new Error(`spec-src did not compile: ${spec.problem}`);
  const result = await htmlEmitter.emit({ ir: spec.ir, config: spec.config, language: "en" });
  expect(result.diagnostics).toEqual([]);
  const page = result.files.find((f) => f.path === HTML_FILE)?.content ?? "";
  expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href=["']?https?:/i);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "specloom-html-")), HTML_FILE);
  fs.writeFileSync(file, page);

  browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  tab.on("pageerror", (e) => errors.push(String(e)));
  // Offline: any request beyond the file itself fails the test.
  const requests: string[] = [];
  await tab.setRequestInterception(true);
  tab.on("request", (r) => {
    if (r.url() === pathToFileURL(file).href || /^(data|blob):/.test(r.url())) void r.continue();
    else {
      requests.push(r.url());
      void r.abort();
    }
  });
  await tab.goto(pathToFileURL(file).href, { waitUntil: "load" });
  await tab.waitForSelector("html[data-redoc-ready='true']", { timeout: 60_000 });
  await tab.waitForSelector("html[data-diagram-ready='true']", { timeout: 60_000 });

  // Strings, not functions: the tests compile without the DOM library.
  const text = String(await tab.evaluate("document.body.innerText"));
  const summaries = Object.values(buildOpenApi(spec.ir, spec.config).paths ?? {}).flatMap((item) =>
    Object.values(item as Record<string, { summary?: string }>).flatMap((op) => (op.summary ? [op.summary] : [])),
  );
  expect(summaries.length).toBeGreaterThan(20);
  const missing = summaries.filter((s) => !text.includes(s));
  expect(missing).toEqual([]);
  const diagram = String(await tab.evaluate(`document.querySelector("#data-model svg")?.textContent ?? ""`));
  const tables = buildTableModel(spec.ir, spec.config.sql).tables.map((t) => t.name);
  expect(tables.filter((t) => !diagram.includes(t))).toEqual([]);
  expect({ errors, requests }).toEqual({ errors: [], requests: [] });
});
