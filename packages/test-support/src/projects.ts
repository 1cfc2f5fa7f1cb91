/**
 * The real projects (the repo's spec-src and examples/*) compiled by the front end, for end-to-end tests.
 * A full jest run compiles each once (jest.global-setup.ts calls `fillCompiledCache`) and every test file
 * reads that compilation (the JSON specloom.ir.json is made of); otherwise each file compiles what it reads.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { hasErrors, loadConfig, type Diagnostic, type SpecIR, type SpecloomConfig } from "@specloom/core";
import { compileProject } from "@specloom/frontend";

export const REPO_ROOT = path.resolve(__dirname, "../../..");
const NODE_MODULES = path.join(REPO_ROOT, "node_modules");

export interface CompiledSpec {
  readonly name: string;
  readonly dir: string;
  readonly ir?: SpecIR;
  readonly config: SpecloomConfig;
  /** Why there is no IR, when there is none. */
  readonly problem?: string;
}

/** Every example project (a folder with specloom.config.json), sorted. */
export function exampleDirs(): string[] {
  const base = path.join(REPO_ROOT, "examples");
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base)
    .sort()
    .map((d) => path.join(base, d))
    .filter((d) => fs.existsSync(path.join(d, "specloom.config.json")));
}

/** spec-src (the repo root's project), then every example. */
export function specDirs(): { name: string; dir: string }[] {
  return [{ name: "spec-src", dir: REPO_ROOT }, ...exampleDirs().map((dir) => ({ name: `examples/${path.basename(dir)}`, dir }))];
}

/** What compiling one project produced, as stored in the run's cache. */
interface Compilation {
  readonly config: SpecloomConfig;
  readonly diagnostics: readonly Diagnostic[];
  readonly ir?: SpecIR;
  /** The message of an exception the front end threw. */
  readonly exception?: string;
}

function compileNow(dir: string): Compilation {
  const { config, diagnostics } = loadConfig(dir);
  if (hasErrors(diagnostics)) return { config, diagnostics };
  try {
    const out = compileProject({ projectDir: dir, config });
    return { config, diagnostics: [...diagnostics, ...out.diagnostics], ...(out.ir ? { ir: out.ir } : {}) };
  } catch (e) {
    return { config, diagnostics, exception: (e as Error).message };
  }
}

const COMPILED_DIR_ENV = "SPECLOOM_TEST_COMPILED_DIR";
const cacheFile = (cacheDir: string, dir: string) =>
  path.join(cacheDir, `${path.relative(REPO_ROOT, path.resolve(dir)).replace(/[^\w-]+/g, "_") || "spec-src"}.json`);

/** jest's global setup: compiles every real project into `cacheDir` and points the test workers at it. */
export function fillCompiledCache(cacheDir: string): void {
  for (const { dir } of specDirs()) fs.writeFileSync(cacheFile(cacheDir, dir), JSON.stringify(compileNow(dir)));
  process.env[COMPILED_DIR_ENV] = cacheDir;
}

function compilation(dir: string): Compilation {
  const cacheDir = process.env[COMPILED_DIR_ENV];
  const file = cacheDir ? cacheFile(cacheDir, dir) : undefined;
  return file && fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Compilation) : compileNow(dir);
}

const compiled = new Map<string, CompiledSpec>();

/** Compiles a project once per run (see above) and reads it once per test file (the IR is immutable, so sharing it is safe). */
export function compileSpec(name: string, dir: string): CompiledSpec {
  const hit = compiled.get(dir);
  if (hit) return { ...hit, name };
  const { config, diagnostics, ir, exception } = compilation(dir);
  const errors = diagnostics.filter((d) => d.severity === "error");
  let result: CompiledSpec;
  if (exception !== undefined) result = { name, dir, config, problem: exception };
  else if (!ir || errors.length > 0)
    result = { name, dir, config, problem: errors.map((d) => `${d.code} ${d.loc?.file ?? ""}:${d.loc?.line ?? ""} ${d.message}`).join("; ") || "no IR" };
  else result = { name, dir, config, ir };
  compiled.set(dir, result);
  return result;
}

/** Like `compileSpec`, but a project that does not compile fails the test. */
export function compileOrFail(dir: string): { ir: SpecIR; config: SpecloomConfig } {
  const spec = compileSpec(path.basename(dir), dir);
  if (!spec.ir) throw new Error(`no IR for ${dir}: ${spec.problem}`);
  return { ir: spec.ir, config: spec.config };
}

/** A temp dir whose `node_modules` is the repo's, so generated code resolves its imports. */
export function tempProject(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `specloom-${prefix}-`));
  fs.symlinkSync(NODE_MODULES, path.join(dir, "node_modules"), "dir");
  return dir;
}

/** `tsc --strict --noEmit` on files; the compiler's output, empty when they type-check. */
export function tscStrict(dir: string, files: readonly string[]): string {
  const tsc = path.join(NODE_MODULES, "typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "--strict", "--noEmit", "--skipLibCheck", "--target", "es2022", "--module", "commonjs", ...files], {
      cwd: dir,
      encoding: "utf8",
      stdio: "pipe",
    });
    return "";
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ""}${err.stderr ?? ""}` || String(e);
  }
}
