/**
 * The benchmark is a tool people run rarely, so it rots silently: this runs it
 * on a tiny spec (no warm-up run: only the shape matters) and checks the JSON report's shape. No timing assertions —
 * the machine running tests is shared and its timings mean nothing.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const KEYS = ["entities", "operations", "specloomMs", "tscMs", "ratio", "specloomRssMiB", "tscRssMiB", "incrementalMs"] as const;

let benchDir: string;
beforeAll(() => {
  benchDir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-bench-test-"));
});
afterAll(() => fs.rmSync(benchDir, { recursive: true, force: true }));

test("npm run bench at N = 20 produces a well-formed JSON report", () => {
  const res = spawnSync(
    process.execPath,
    ["scripts/bench.mjs", "--entities", "20", "--runs", "1", "--edits", "2", "--no-warmup", "--no-typespec", "--json"],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, SPECLOOM_BENCH_DIR: benchDir },
      timeout: 580_000,
    },
  );
  if (res.status !== 0) throw new Error(`bench exited with ${res.status}:\n${res.stderr}`);
  const report = JSON.parse(res.stdout) as Record<string, unknown>;
  for (const key of KEYS) {
    expect(typeof report[key]).toBe("number");
    expect(report[key] as number).toBeGreaterThan(0);
    expect(Number.isFinite(report[key] as number)).toBe(true);
  }
  expect(report.entities).toBe(20);
  expect(report.operations).toBe(100); // 5 CRUD endpoints per entity
  expect(report.ratio as number).toBeCloseTo((report.specloomMs as number) / (report.tscMs as number), 1);
  expect(report.incrementalEdits).toBe(2);
  // The watch benchmark only counts an edit once the artifacts show it; at least the IR always does.
  expect(report.editedArtifacts).toEqual(expect.arrayContaining(["specloom.ir.json"]));
  expect(report).not.toHaveProperty("scaling");
  expect(report.typespecSkipped).toBe("--no-typespec");
}, 600_000);
