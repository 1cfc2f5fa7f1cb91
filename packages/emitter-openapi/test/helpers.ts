/** Shared test plumbing: temp dirs, the real consumers (child processes), project compilation. */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig, type SpecIR, type SpecloomConfig } from "@specloom/core";
import { compileProject } from "@specloom/frontend";

export const ROOT = path.resolve(__dirname, "../../..");
const NODE_MODULES = path.join(ROOT, "node_modules");

/** A temp dir whose `node_modules` is the repo's, so generated code resolves its imports. */
export function tempProject(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `specloom-${prefix}-`));
  fs.symlinkSync(NODE_MODULES, path.join(dir, "node_modules"), "dir");
  return dir;
}

export interface ConsumerResult {
  readonly file: string;
  readonly swaggerParser: string;
  readonly readme: string;
  readonly redocly: readonly { rule: string; severity: string; message: string; pointer?: string }[];
}

/** swagger-parser, @readme/openapi-parser and Redocly (recommended) on each JSON document. */
export function runConsumers(files: readonly string[]): ConsumerResult[] {
  const out = execFileSync(process.execPath, [path.join(__dirname, "tools/validate.mjs"), ...files], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  return JSON.parse(out) as ConsumerResult[];
}

/** openapi-typescript on documents (one process for all): pairs of [document, output .d.ts]. */
export function generateSdkTypes(pairs: readonly (readonly [string, string])[]): void {
  execFileSync(process.execPath, [path.join(__dirname, "tools/sdk-types.mjs"), ...pairs.flat()], { cwd: ROOT, stdio: "pipe" });
}

export function tscStrict(dir: string, files: readonly string[]): string {
  const tsc = path.join(NODE_MODULES, "typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "--strict", "--noEmit", "--skipLibCheck", "--target", "es2022", "--module", "commonjs", ...files], { cwd: dir, encoding: "utf8", stdio: "pipe" });
    return "";
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ""}${err.stderr ?? ""}` || String(e);
  }
}

export interface CompiledProject {
  readonly ir?: SpecIR;
  readonly config: SpecloomConfig;
  readonly errors: readonly string[];
}

export function compileDir(projectDir: string): CompiledProject {
  const loaded = loadConfig(projectDir);
  const result = compileProject({ projectDir: loaded.projectDir, config: loaded.config });
  const errors = [...loaded.diagnostics, ...result.diagnostics].filter((d) => d.severity === "error").map((d) => `${d.code} ${d.loc?.file ?? ""}:${d.loc?.line ?? ""} ${d.message}`);
  return { ir: result.ir, config: loaded.config, errors };
}

/** Every example project (a folder with specloom.config.json), sorted. */
export function exampleDirs(): string[] {
  const base = path.join(ROOT, "examples");
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base)
    .sort()
    .map((d) => path.join(base, d))
    .filter((d) => fs.existsSync(path.join(d, "specloom.config.json")));
}

export function withVersion(config: SpecloomConfig, version: "3.1.0" | "3.0.3"): SpecloomConfig {
  return { ...config, openapi: { ...config.openapi, version } };
}

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it. */
export function expectGolden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === "1" || !fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
  }
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
}
