/** Small parsers that read each artifact back into comparable facts (tables, columns, FKs, operations, schemas). */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";

export type Columns = Map<string, string[]>;

const unquote = (s: string) => s.replace(/^"(.*)"$/, "$1");

/** schema.sql: CREATE TABLE blocks and their column names. */
export function sqlTables(sql: string): Columns {
  const tables: Columns = new Map();
  for (const m of sql.matchAll(/^CREATE TABLE(?: IF NOT EXISTS)?\s+("?[\w.]+"?)\s*\(\n([\s\S]*?)\n\);/gm)) {
    const columns = m[2]!
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !/^(CONSTRAINT|PRIMARY KEY|UNIQUE|CHECK|FOREIGN KEY|EXCLUDE|--)/i.test(l))
      .map((l) => unquote(l.split(/\s+/)[0]!));
    tables.set(unquote(m[1]!), columns);
  }
  return tables;
}

/** schema.sql: every FOREIGN KEY as `child(cols) -> parent`. */
export function sqlForeignKeys(sql: string): string[] {
  const fks: string[] = [];
  for (const m of sql.matchAll(/ALTER TABLE\s+(?:ONLY\s+)?("?\w+"?)\s+ADD CONSTRAINT\s+"?\w+"?\s+FOREIGN KEY\s*\(([^)]*)\)\s*REFERENCES\s+("?\w+"?)/g)) {
    fks.push(`${unquote(m[1]!)} -> ${unquote(m[3]!)}`);
  }
  // Inline `REFERENCES` inside CREATE TABLE would be missed above; count them so the test notices.
  for (const m of sql.matchAll(/^CREATE TABLE(?: IF NOT EXISTS)?\s+("?\w+"?)\s*\(\n([\s\S]*?)\n\);/gm)) {
    for (const r of m[2]!.matchAll(/REFERENCES\s+("?\w+"?)/g)) fks.push(`${unquote(m[1]!)} -> ${unquote(r[1]!)}`);
  }
  return fks.sort();
}

/** er.mmd: entity blocks and their attribute names. */
export function erEntities(mmd: string): Columns {
  const entities: Columns = new Map();
  for (const m of mmd.matchAll(/^\s*("?[\w-]+"?)(?:\["[^"]*"\])?\s*\{\n([\s\S]*?)\n\s*\}/gm)) {
    const attrs = m[2]!
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => l.split(/\s+/)[1]!);
    entities.set(unquote(m[1]!), attrs);
  }
  return entities;
}

/** er.mmd: relationship lines as `child -> parent` (the many/optional side references the one side). */
export function erRelations(mmd: string): string[] {
  const rels: string[] = [];
  for (const m of mmd.matchAll(/^\s*("?[\w-]+"?)\s+([|}o][|o]--[|o][|{o])\s+("?[\w-]+"?)\s*:/gm)) {
    rels.push(`${unquote(m[3]!)} -> ${unquote(m[1]!)}`);
  }
  return rels.sort();
}

/** The lines of a markdown section `## N.` up to the next `## `. */
export function mdSection(md: string, number: number): string[] {
  const lines = md.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`## ${number}.`));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** backend-spec.md section 2: `#### <table>` headings and the first column of their `| Column |` table. */
export function mdTables(md: string): Columns {
  const tables: Columns = new Map();
  let current: string | undefined;
  let inTable = false;
  for (const line of mdSection(md, 2)) {
    const h = /^#### (\S+)/.exec(line);
    if (h) {
      current = h[1]!.replace(/`/g, "");
      inTable = false;
      continue;
    }
    if (/^#{1,3} /.test(line)) {
      current = undefined;
      continue;
    }
    if (!current) continue;
    if (/^\|\s*Column\s*\|/.test(line)) {
      tables.set(current, []);
      inTable = true;
      continue;
    }
    if (inTable && /^\|\s*-/.test(line)) continue;
    if (inTable && line.startsWith("|")) tables.get(current)!.push(line.split("|")[1]!.trim().replace(/`/g, ""));
    else inTable = false;
  }
  return tables;
}

/** backend-spec.md section 3: `#### METHOD /path` headings. */
export function mdEndpoints(md: string): string[] {
  return mdSection(md, 3)
    .map((l) => /^#### (GET|POST|PUT|PATCH|DELETE) (\S+)/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]} ${m[2]}`)
    .sort();
}

const METHODS = ["get", "post", "put", "patch", "delete", "head", "options", "trace"];

/** openapi.json: `METHOD /path` with `{p}` written as `:p`, like the markdown. */
export function openapiOperations(doc: { paths?: Record<string, Record<string, unknown>> }): string[] {
  return Object.entries(doc.paths ?? {})
    .flatMap(([p, item]) =>
      Object.keys(item)
        .filter((k) => METHODS.includes(k))
        .map((k) => `${k.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ":$1")}`),
    )
    .sort();
}

/** validators.ts, transpiled and run: every exported TypeBox schema by name. */
export function loadValidators(file: string): Record<string, { properties?: Record<string, unknown>; required?: string[] }> {
  const source = fs.readFileSync(file, "utf8");
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const mod = { exports: {} as Record<string, unknown> };
  const req = (id: string): unknown => require(require.resolve(id, { paths: [path.resolve(__dirname, "..", "..", "..")] }));
  new Function("require", "module", "exports", js)(req, mod, mod.exports);
  return mod.exports as Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
}
