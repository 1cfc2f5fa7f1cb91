/**
 * examples/plugin-author: the example plugin builds from specloom.config.json
 * like any third-party plugin, with the real CLI. Its emitter writes routes.md
 * (with the title from pluginOptions), and its rule is silent on the demo spec
 * and fires on a copy that drops an endpoint's summary.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const REPO = path.resolve(__dirname, "..");
const BIN = path.join(REPO, "packages", "cli", "dist", "bin.js");
const EXAMPLE = path.join(REPO, "examples", "plugin-author");

interface JsonDiagnostic {
  file: string | null;
  line: number | null;
  code: string;
  severity: string;
  message: string;
}

function build(projectDir: string, out: string): { code: number | null; diagnostics: JsonDiagnostic[]; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, "build", ".", "--out", out, "--format", "json"], {
    cwd: projectDir,
    encoding: "utf8",
    env: { ...process.env, SPECLOOM_DEBUG: "" },
  });
  return { code: r.status, diagnostics: (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics, stderr: r.stderr };
}

let tmp: string;
beforeAll(() => {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: run 'npm run build' first`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-plugin-example-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("the demo builds: routes.md appears, and the rule is silent", () => {
  const out = path.join(tmp, "out");
  const r = build(path.join(EXAMPLE, "demo"), out);
  expect(r.code).toBe(0);
  expect(r.diagnostics.filter((d) => d.code.startsWith("route-catalog/"))).toEqual([]);
  expect(
    fs
      .readdirSync(out)
      .filter((f) => !f.startsWith("."))
      .sort(),
  ).toEqual(["openapi.json", "openapi.yaml", "routes.md"]);
  const routes = fs.readFileSync(path.join(out, "routes.md"), "utf8");
  expect(routes).toMatch(/^# Demo routes\n/);
  expect(routes).toContain("| GET | `/api/bookmarks/:id` | getBookmark | Get one bookmark. |");
}, 120_000);

test("the rule fires on a spec that violates it, at the endpoint", () => {
  // A copy beside the repo's node_modules, as an installed project would have it.
  const copy = path.join(tmp, "copy");
  fs.cpSync(EXAMPLE, copy, { recursive: true });
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(copy, "node_modules"), "dir");
  const spec = path.join(copy, "demo", "spec", "index.ts");
  const text = fs.readFileSync(spec, "utf8");
  fs.writeFileSync(spec, text.replace("  /** Get one bookmark. */\n", ""));
  const line = text.split("\n").findIndex((l) => l.includes("getBookmark:"));
  const r = build(path.join(copy, "demo"), path.join(tmp, "out-copy"));
  expect(r.code).toBe(0);
  expect(r.diagnostics.filter((d) => d.code.startsWith("route-catalog/"))).toEqual([
    {
      code: "route-catalog/summary-required",
      severity: "warning",
      file: "spec/index.ts",
      line,
      column: 3,
      endLine: null,
      endColumn: null,
      message: "Endpoint 'getBookmark' has no JSDoc summary, so its row in routes.md is blank.",
    },
  ]);
}, 120_000);

test("the plugin's JSDoc types check under tsc --strict --checkJs (a placeholder typo would fail)", () => {
  const tsc = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
  const args = [
    "--ignoreConfig",
    "--noEmit",
    "--allowJs",
    "--checkJs",
    "--strict",
    "--module",
    "node16",
    "--moduleResolution",
    "node16",
    "--target",
    "es2022",
    "--skipLibCheck",
    "--types",
    "node",
  ];
  const r = spawnSync(process.execPath, [tsc, ...args, path.join(EXAMPLE, "route-catalog.mjs")], { cwd: REPO, encoding: "utf8" });
  expect(r.stdout + r.stderr).toBe("");
  expect(r.status).toBe(0);
}, 120_000);
