/**
 * Parses spec-src's backend-spec.md with marked and checks it against the other
 * artifacts: the seed's heading order, one endpoint heading per OpenAPI
 * operation, one table section per CREATE TABLE with its columns, and an
 * authorization-matrix row per endpoint.
 */
import { catalogFor } from "@specloom/emitter-markdown";
import { buildOpenApi } from "@specloom/emitter-openapi";
import { parseRoute } from "@specloom/model";
import { emitSql } from "@specloom/emitter-sql";
import { compile, markedLexer, render, REPO_ROOT, type MarkedToken } from "./spec-src";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Tokens between the `## title` heading and the next `##`. */
function section(tokens: MarkedToken[], title: string): MarkedToken[] {
  const start = tokens.findIndex((t) => t.type === "heading" && t.depth === 2 && t.text === title);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = tokens.findIndex((t, i) => i > start && t.type === "heading" && t.depth === 2);
  return tokens.slice(start + 1, end < 0 ? undefined : end);
}

const headings = (tokens: MarkedToken[], depth: number) => tokens.filter((t) => t.type === "heading" && t.depth === depth).map((t) => t.text!);

/** Table name -> column names, from schema.sql's CREATE TABLE statements. */
function sqlTables(sql: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of sql.matchAll(/^CREATE TABLE (?:IF NOT EXISTS )?"?([\w]+)"? \(\n([\s\S]*?)\n\);/gm)) {
    const columns = m[2]!
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => !/^(CONSTRAINT|PRIMARY KEY|UNIQUE|CHECK|FOREIGN KEY)\b/.test(l))
      .map((l) => /^"?([\w]+)"?/.exec(l)![1]!);
    out.set(m[1]!, columns);
  }
  return out;
}

describe.each(["en", "de"])("backend-spec.md structure for spec-src (%s)", (language) => {
  const t = catalogFor(language)!;
  let tokens: MarkedToken[];

  beforeAll(async () => {
    tokens = markedLexer()(await render(REPO_ROOT, language));
  });

  test("one title, the fifteen sections in the seed's order, then the checklist and next steps", () => {
    expect(headings(tokens, 1)).toEqual([t.title(compile(REPO_ROOT).ir.project.name)]);
    const s = t.sections;
    const expected = [
      s.dataModels,
      s.databaseSchema,
      s.apiEndpoints,
      s.services,
      s.auth,
      s.validation,
      s.errors,
      s.integrations,
      s.jobs,
      s.caching,
      s.logging,
      s.performance,
      s.security,
      s.testing,
      s.deployment,
      s.checklist,
      s.nextSteps,
    ];
    expect(headings(tokens, 2).slice(0, expected.length)).toEqual(expected);
  });

  test("one #### METHOD /path per OpenAPI operation", () => {
    const { ir, config } = compile(REPO_ROOT);
    const doc = buildOpenApi(ir, config);
    const operations = Object.entries(doc.paths ?? {}).flatMap(([p, item]) => METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${p}`));
    const documented = headings(section(tokens, t.sections.apiEndpoints), 4).map((h) => {
      const [method, path] = h.split(" ");
      return `${method} ${parseRoute(path!).openApiPath}`;
    });
    expect(documented.length).toBe(operations.length);
    expect([...documented].sort()).toEqual([...operations].sort());
  });

  test("one table section per SQL table, with the columns of schema.sql", () => {
    const { ir, config } = compile(REPO_ROOT);
    const expected = sqlTables(emitSql(ir, config));
    expect(expected.size).toBeGreaterThan(0);
    const body = section(tokens, t.sections.databaseSchema);
    const documented = new Map<string, string[]>();
    body.forEach((tok, i) => {
      if (tok.type !== "heading" || tok.depth !== 4) return;
      const table = body.slice(i + 1).find((x) => x.type === "table")!;
      documented.set(
        tok.text!,
        table.rows!.map((r) => r[0]!.text),
      );
    });
    expect(documented).toEqual(expected);
  });

  test("the authorization matrix has one row per endpoint, anonymous plus every role as columns", () => {
    const auth = section(tokens, t.sections.auth);
    const matrix = auth.find((x) => x.type === "table")!;
    const endpoints = headings(section(tokens, t.sections.apiEndpoints), 4);
    expect(matrix.rows!.map((r) => r[0]!.text)).toEqual(endpoints);
    const roles = compile(REPO_ROOT).ir.config.auth!.value.roles;
    expect(matrix.header!.length).toBe(2 + roles.length);
    expect(matrix.header![1]!.text).toBe(t.auth.anonymous);
    for (const row of matrix.rows!) for (const cell of row.slice(1)) expect(["✓", "✗", "✓ (own)"]).toContain(cell.text);
  });

  test("the checklist lists the seed's ten items, unticked without a checker run", () => {
    const list = section(tokens, t.sections.checklist).find((x) => x.type === "list")!;
    expect(list.items!.map((i) => i.text)).toEqual(Object.values(t.checklist.items));
    expect(list.items!.every((i) => i.checked === false)).toBe(true);
  });
});
