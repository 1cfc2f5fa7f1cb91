/**
 * The TypeSpec side of `npm run bench`: TypeSpec 1.x (with a Node 22 from the npm registry when this Node is
 * older) is installed into the bench cache, compiles the generated TypeSpec twin with no diagnostic
 * (`--warn-as-error`), and the twin describes the same API as the specloom spec: the same operations, status
 * codes and parameters in both OpenAPI documents. Otherwise the speed ratio would compare different work.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";

const ROOT = path.resolve(__dirname, "..");

interface OpenApiLike {
  paths: Record<string, Record<string, { parameters?: ({ $ref: string } | { in: string; name: string })[]; responses: Record<string, unknown> }>>;
  components?: { parameters?: Record<string, { in: string; name: string }> };
}

/** `METHOD path statuses params` per operation, parameters resolved through components. */
function operations(doc: OpenApiLike): string[] {
  const out: string[] = [];
  for (const [p, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters ?? []).map((x) => {
        const param = "$ref" in x ? doc.components?.parameters?.[x.$ref.split("/").pop()!] : x;
        if (!param) throw new Error(`unresolved parameter ${JSON.stringify(x)}`);
        return `${param.in}:${param.name}`;
      });
      out.push(`${method.toUpperCase()} ${p} ${Object.keys(op.responses).sort().join(",")} ${params.sort().join(",")}`);
    }
  }
  return out.sort();
}

let benchDir: string;
beforeAll(() => {
  benchDir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-bench-tsp-"));
});
afterAll(() => fs.rmSync(benchDir, { recursive: true, force: true }));

test("the TypeSpec twin compiles cleanly and describes the same operations as the specloom spec", () => {
  const res = spawnSync(process.execPath, ["scripts/bench.mjs", "--entities", "20", "--runs", "1", "--edits", "1", "--no-warmup", "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, SPECLOOM_BENCH_DIR: benchDir },
    timeout: 580_000,
  });
  if (res.status !== 0) throw new Error(`bench exited with ${res.status}:\n${res.stderr}`);
  const report = JSON.parse(res.stdout) as Record<string, unknown>;
  expect(report.typespecSkipped).toBeUndefined();
  expect(report.typespecVersion).toMatch(/^1\.\d+\.\d+$/);
  for (const key of ["typespecMs", "typespecCpuMs", "typespecRssMiB", "typespecSpeedup"]) expect(report[key]).toBeGreaterThan(0);
  expect((report.targets as Record<string, unknown>).typespecSpeedup).toMatchObject({ target: 3 });

  const specloom = JSON.parse(fs.readFileSync(path.join(benchDir, "n20", "docs", "technical", "openapi.json"), "utf8")) as OpenApiLike;
  const typespec = parseYaml(fs.readFileSync(path.join(benchDir, "n20-typespec", "out", "@typespec", "openapi3", "openapi.yaml"), "utf8")) as OpenApiLike;
  expect(operations(specloom)).toHaveLength(100);
  expect(operations(typespec)).toEqual(operations(specloom));
}, 600_000);
