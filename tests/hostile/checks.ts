/**
 * What a successful build of a hostile spec must satisfy, one check per
 * artifact. Cheap checks run per case; PostgreSQL, tsc and Mermaid are
 * batched over many cases by the caller (one process each).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import * as jsYaml from "js-yaml";
import { parse as parseYaml } from "yaml";
import { isDeepStrictEqual } from "node:util";
import type { Db } from "../../packages/emitter-sql/test/pglite";

/** openapi.yaml read by a YAML 1.1 reader, a 1.2 reader and js-yaml is openapi.json, exactly. */
export function checkYaml(yamlText: string, jsonText: string): string[] {
  const json = JSON.parse(jsonText) as unknown;
  const problems: string[] = [];
  const readers: [string, () => unknown][] = [
    ["yaml 1.2", () => parseYaml(yamlText, { version: "1.2", maxAliasCount: -1 })],
    ["yaml 1.1", () => parseYaml(yamlText, { version: "1.1", maxAliasCount: -1 })],
    ["js-yaml", () => jsYaml.load(yamlText)],
  ];
  for (const [name, read] of readers) {
    try {
      if (!isDeepStrictEqual(JSON.parse(JSON.stringify(read())), json)) problems.push(`openapi.yaml read by ${name} differs from openapi.json`);
    } catch (e) {
      problems.push(`openapi.yaml does not parse with ${name}: ${(e as Error).message}`);
    }
  }
  return problems;
}

/** marked 18 ships ESM as `main`; its UMD build loads in jest's CommonJS VM. */
function renderMarkdown(markdown: string): string {
  const dir = path.dirname(require.resolve("marked/package.json"));
  const { marked } = require(path.join(dir, "lib/marked.umd.js")) as { marked: { parse(src: string, options: { async: false }): string } };
  return marked.parse(markdown, { async: false });
}

const UNSAFE_URL = /(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i;

/** backend-spec.md rendered by a real Markdown renderer has no script URL and no raw script tag. */
export function checkMarkdown(markdown: string): string[] {
  const html = renderMarkdown(markdown);
  const problems: string[] = [];
  const link = UNSAFE_URL.exec(html);
  if (link) problems.push(`backend-spec.md renders a script URL: ${html.slice(Math.max(0, link.index - 60), link.index + 80)}`);
  if (/<script/i.test(html)) problems.push("backend-spec.md renders a <script> tag");
  return problems;
}

/** Every `description` of openapi.json (CommonMark for documentation UIs) renders without a script URL. */
export function checkOpenApiDescriptions(jsonText: string): string[] {
  const problems: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "description" && typeof value === "string") {
          const html = renderMarkdown(value);
          if (UNSAFE_URL.test(html)) problems.push(`openapi.json description renders a script URL: ${JSON.stringify(value.slice(0, 100))}`);
        } else if (key !== "example" && key !== "examples" && key !== "default" && key !== "enum") visit(value);
      }
    }
  };
  visit(JSON.parse(jsonText));
  return problems;
}

/** Reads a value the way dotenv does: bare, or double-quoted with \n, \r, \\, \", \$ escapes. */
function envValueOf(raw: string): string | undefined {
  if (!raw.startsWith('"')) return /^[^\s"'`#\\$]*$/.test(raw) ? raw : undefined;
  if (!/^"(?:[^"\\]|\\.)*"$/s.test(raw)) return undefined;
  return raw.slice(1, -1).replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c === "r" ? "\r" : c));
}

/** `.env.example` declares exactly the expected variables, one line each, and each example reads back as written. */
export function checkEnvFile(text: string, expected: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const declared = new Map<string, string | undefined>();
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line === "" || line.startsWith("#")) continue;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(line);
    if (!m) {
      problems.push(`.env.example has a line that is neither a comment nor NAME=value: ${JSON.stringify(line.slice(0, 80))}`);
      continue;
    }
    declared.set(m[1]!, envValueOf(m[2]!));
  }
  const names = [...declared.keys()].sort();
  const wanted = [...expected.keys()].sort();
  if (!isDeepStrictEqual(names, wanted)) problems.push(`.env.example declares ${JSON.stringify(names)}, expected ${JSON.stringify(wanted)}`);
  for (const [name, value] of expected) {
    if (declared.has(name) && declared.get(name) !== value.replace(/\0/g, "")) {
      problems.push(`.env.example value of ${name} reads back as ${JSON.stringify(declared.get(name))}, expected ${JSON.stringify(value)}`);
    }
  }
  return problems;
}

/** Only the artifact names specloom writes: a hostile name never becomes a file name. */
export function checkFileNames(names: readonly string[]): string[] {
  return names.filter((n) => !/^\.?[A-Za-z0-9][A-Za-z0-9._-]*$/.test(n)).map((n) => `unexpected output file name ${JSON.stringify(n)}`);
}

export interface DeclaredObjects {
  readonly tables: readonly string[];
  readonly enums: readonly string[];
  readonly functions: readonly string[];
}

/**
 * schema.sql applied in one transaction in a fresh schema; the catalog then
 * holds exactly the declared tables, enum types and functions, and nothing
 * appeared in `public`.
 */
export async function checkSql(db: Db, schema: string, sql: string, declared: DeclaredObjects): Promise<string[]> {
  const publicBefore = await db.query<{ n: string }>(
    "SELECT relname AS n FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = 'public' ORDER BY 1",
  );
  await db.exec(`CREATE SCHEMA "${schema}"; SET search_path TO "${schema}", public;`);
  try {
    await db.exec(`BEGIN;\n${sql}\nCOMMIT;`);
  } catch (e) {
    await db.exec("ROLLBACK;").catch(() => undefined);
    return [`schema.sql fails in PostgreSQL: ${(e as Error).message}`];
  }
  const names = async (query: string) => (await db.query<{ n: string }>(query, [schema])).rows.map((r) => r.n).sort();
  const problems: string[] = [];
  const compare = (what: string, actual: string[], wanted: readonly string[]) => {
    if (!isDeepStrictEqual(actual, [...wanted].sort()))
      problems.push(`catalog ${what} ${JSON.stringify(actual)}, declared ${JSON.stringify([...wanted].sort())}`);
  };
  compare(
    "tables",
    await names(
      "SELECT c.relname AS n FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = $1 AND c.relkind IN ('r', 'v', 'm', 'p', 'f')",
    ),
    declared.tables,
  );
  compare(
    "types",
    await names(
      "SELECT t.typname AS n FROM pg_type t JOIN pg_namespace ns ON ns.oid = t.typnamespace WHERE ns.nspname = $1 AND t.typtype IN ('e', 'd', 'c') AND t.typrelid = 0",
    ),
    declared.enums,
  );
  compare(
    "functions",
    await names("SELECT p.proname AS n FROM pg_proc p JOIN pg_namespace ns ON ns.oid = p.pronamespace WHERE ns.nspname = $1"),
    declared.functions,
  );
  const publicAfter = await db.query<{ n: string }>(
    "SELECT relname AS n FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = 'public' ORDER BY 1",
  );
  if (!isDeepStrictEqual(publicAfter.rows, publicBefore.rows)) problems.push("schema.sql created objects in the public schema");
  return problems;
}

/** Loads generated validators as a module; returns whether the global canary got set. */
export function importSetsCanary(source: string): boolean {
  const g = globalThis as { __specloomCanary?: unknown };
  delete g.__specloomCanary;
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const module = { exports: {} };
  new Function("require", "module", "exports", js)(require, module, module.exports);
  const set = g.__specloomCanary !== undefined;
  delete g.__specloomCanary;
  return set;
}

/** tsc --strict over many validators files at once; returns errors by file. */
export function tscStrictByFile(dir: string, files: readonly string[]): Map<string, string[]> {
  const tsc = path.join(path.resolve(__dirname, "../.."), "node_modules/typescript/bin/tsc");
  const { execFileSync } = require("node:child_process") as typeof import("node:child_process");
  let output = "";
  try {
    execFileSync(
      process.execPath,
      [tsc, "--strict", "--noEmit", "--skipLibCheck", "--target", "es2022", "--module", "commonjs", "--pretty", "false", ...files],
      { cwd: dir, encoding: "utf8", stdio: "pipe", maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    output = `${err.stdout ?? ""}${err.stderr ?? ""}` || String(e);
  }
  const byFile = new Map<string, string[]>();
  for (const line of output.split("\n").filter(Boolean)) {
    const file = files.find((f) => line.startsWith(f)) ?? "(unattributed)";
    byFile.set(file, [...(byFile.get(file) ?? []), line]);
  }
  if (fs.existsSync(dir) && output && byFile.size === 0) byFile.set("(unattributed)", [output]);
  return byFile;
}
