/**
 * The older spec `specloom diff` compares with: an OpenAPI document (JSON or
 * YAML, compared at the OpenAPI level), a specloom.ir.json file, or
 * a git ref whose project files are copied (`git show <ref>:<path>`) into a
 * temporary directory and compiled there. The compiler never executes spec code.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { validateConfigText, type Diagnostic, type SpecIR, type SpecloomConfig } from "@specloom/core";
import { loadOpenApi } from "@specloom/importer";
import { migrateDiagnostics } from "@specloom/migrate";
import { runPipeline } from "../pipeline";

export interface DiffBase {
  /** The base is an older OpenAPI document (JSON or YAML): compared at the OpenAPI level. */
  readonly openapi?: unknown;
  readonly ir?: SpecIR;
  readonly config?: SpecloomConfig;
  readonly label: string;
  readonly diagnostics: readonly Diagnostic[];
}

const invalid = (base: string, detail: string): DiffBase => ({
  label: base,
  diagnostics: [migrateDiagnostics.create("diff-base-invalid", { base, detail })],
});

function readIrFile(file: string, base: string, config: SpecloomConfig): DiffBase {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    return invalid(base, (e as Error).message);
  }
  const ir = data as Partial<SpecIR>;
  const lists = ["models", "enums", "schemas", "apis"] as const;
  if (ir?.kind !== "spec" || !lists.every((k) => Array.isArray(ir[k])))
    return invalid(base, 'not a specloom.ir.json (expected "kind": "spec" with models, enums, schemas and apis)');
  return { ir: { services: [], config: {}, ...ir } as SpecIR, config, label: base, diagnostics: [] };
}

const git = (cwd: string, args: readonly string[]): Buffer =>
  execFileSync("git", [...args], { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });

/** Config, the entry's directory and the documentation folder's markdown: what a compile reads. */
function wanted(file: string, entryDir: string, docsDir: string): boolean {
  if (file === "specloom.config.json") return true;
  const under = (dir: string) => dir === "." || dir === "" || file.startsWith(`${dir}/`);
  if (/(^|\/)node_modules\//.test(file)) return false;
  return (under(entryDir) && /\.(ts|tsx|mts|cts|json)$/.test(file)) || (under(docsDir) && file.endsWith(".md"));
}

async function compileFromGit(projectDir: string, ref: string): Promise<DiffBase> {
  if (ref.startsWith("-")) return invalid(ref, "a git ref cannot start with '-'");
  let root: string;
  try {
    root = git(projectDir, ["rev-parse", "--show-toplevel"]).toString().trim();
    git(projectDir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    return invalid(ref, "neither a file nor a commit of the git repository here");
  }
  const rel = path.relative(fs.realpathSync(root), fs.realpathSync(projectDir)).split(path.sep).join("/");
  const prefix = rel ? `${rel}/` : "";
  const show = (file: string) => git(root, ["show", `${ref}:${prefix}${file}`]);
  let text: string;
  try {
    text = show("specloom.config.json").toString("utf8");
  } catch {
    return invalid(ref, `${prefix}specloom.config.json is missing or unreadable at ${ref}`);
  }
  // The base's config is read like any config: validated, with the same defaults.
  const { config, diagnostics } = validateConfigText(text);
  if (diagnostics.some((d) => d.severity === "error"))
    return invalid(ref, `${prefix}specloom.config.json at ${ref} is not valid: ${diagnostics[0]!.message}`);
  const entryDir = path.posix.dirname(path.posix.normalize(config.entry));
  const docsDir = path.posix.normalize(config.documentationDir);
  const listed = git(root, ["ls-tree", "-r", "-z", "--name-only", ref, "--", rel || "."])
    .toString("utf8")
    .split("\0")
    .filter(Boolean);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-diff-"));
  try {
    for (const full of listed) {
      const file = full.slice(prefix.length);
      if (!wanted(file, entryDir, docsDir)) continue;
      const target = path.join(tmp, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, show(file));
    }
    // The base's plugins never run: they add artifacts and rules, not IR, and an old ref's code must not execute.
    const raw = JSON.parse(text.replace(/^\uFEFF/, "")) as Record<string, unknown>;
    const rules = Object.entries((raw.rules ?? {}) as Record<string, unknown>).filter(([id]) => !id.includes("/"));
    const { emit: _emit, ...rest } = raw;
    const withoutPlugins = { ...rest, plugins: [], pluginOptions: {}, rules: Object.fromEntries(rules) };
    fs.writeFileSync(path.join(tmp, "specloom.config.json"), JSON.stringify(withoutPlugins));
    const result = await runPipeline({ projectDir: tmp, mode: "check" });
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    if (!result.ir || !result.config || errors.length > 0) return invalid(ref, `the spec at ${ref} does not compile: ${errors[0]?.message ?? "no IR"}`);
    return { ir: result.ir, config: result.config, label: ref, diagnostics: [] };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** An OpenAPI document rather than a specloom.ir.json: YAML, or JSON with an `openapi` (or `swagger`) member. */
function looksLikeOpenApi(file: string): boolean {
  if (/\.ya?ml$/i.test(file)) return true;
  try {
    const data = JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "")) as Record<string, unknown>;
    return data !== null && typeof data === "object" && ("openapi" in data || "swagger" in data);
  } catch {
    return false;
  }
}

async function readOpenApiFile(file: string, base: string): Promise<DiffBase> {
  const loaded = await loadOpenApi(file, base);
  if (!loaded.ok) return invalid(base, `not a usable OpenAPI document: ${loaded.diagnostics[0]?.message ?? "unreadable"}`);
  return { openapi: loaded.loaded.doc, label: base, diagnostics: [] };
}

export async function loadDiffBase(projectDir: string, base: string, headConfig: SpecloomConfig): Promise<DiffBase> {
  const file = path.resolve(base);
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return looksLikeOpenApi(file) ? readOpenApiFile(file, base) : readIrFile(file, base, headConfig);
  return compileFromGit(projectDir, base);
}
