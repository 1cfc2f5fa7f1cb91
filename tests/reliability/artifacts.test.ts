/**
 * Builds spec-src/ and examples/* with the real CLI and holds the outputs to
 * two promises: determinism (two builds, and a build with the input order
 * shuffled, are byte-identical) and consistency (the artifacts describe the
 * same tables, columns, foreign keys, operations and schemas).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  erEntities,
  erRelations,
  loadValidators,
  mdEndpoints,
  mdTables,
  openapiOperations,
  sqlForeignKeys,
  sqlTables,
  type Columns,
} from "./support/artifacts";
import { CONCURRENCY, REPO, assertCliBuilt, crashReason, makeTempDir, parseJsonReport, pool, runCli } from "./support/cli";

const PROJECTS = [".", "examples/minimal", "examples/ecommerce"];
const EXPECTED_FILES = ["backend-spec.md", "openapi.json", "openapi.yaml", "schema.sql", "er.mmd", "validators.ts", "specloom.ir.json"];

let root: string;

/** Copies what a build reads (config, sources, prerequisite docs), in `order`, so other engineers' edits cannot race the builds. */
function copyProject(rel: string, dest: string, order: "sorted" | "reversed"): void {
  const src = path.resolve(REPO, rel);
  const config = JSON.parse(fs.readFileSync(path.join(src, "specloom.config.json"), "utf8")) as { entry?: string; documentationDir?: string };
  const sourceRoot = (config.entry ?? "spec-src/index.ts").split("/")[0]!;
  const docs = config.documentationDir ?? "docs";
  const files = [
    "specloom.config.json",
    ...listFiles(path.join(src, sourceRoot)).map((f) => path.join(sourceRoot, f)),
    ...[`${docs}/product/PRD.md`, `${docs}/technical/architecture.md`, `${docs}/technical/tech-stack.md`].filter((f) => fs.existsSync(path.join(src, f))),
  ].sort();
  if (order === "reversed") files.reverse();
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dest, f)), { recursive: true });
    fs.copyFileSync(path.join(src, f), path.join(dest, f));
  }
}

function listFiles(dir: string, rel = ""): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const child = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(dir, child) : [child];
  });
}

/** Reverses the order of the `export * from` lines of every barrel file (index.ts), keeping everything else in place. */
function shuffleBarrels(dir: string): number {
  let moved = 0;
  for (const f of listFiles(dir).filter((f) => f.endsWith("index.ts"))) {
    const file = path.join(dir, f);
    const lines = fs.readFileSync(file, "utf8").split("\n");
    const at = lines.map((l, i) => (/^export \* from /.test(l) ? i : -1)).filter((i) => i >= 0);
    const reversed = at.map((i) => lines[i]!).reverse();
    at.forEach((i, k) => (lines[i] = reversed[k]!));
    if (at.length > 1) moved += at.length;
    fs.writeFileSync(file, lines.join("\n"));
  }
  return moved;
}

interface Built {
  readonly outDir: string;
  readonly files: Map<string, string>;
}

async function build(projectCopy: string, outDir: string): Promise<Built> {
  const run = await runCli(["build", ".", "--out", outDir, "--format", "json"], { cwd: projectCopy });
  const crash = crashReason(run);
  if (crash || run.code !== 0) {
    throw new Error(`build of ${projectCopy} ${crash ?? `exited ${run.code}`}:\n${run.stdout.slice(0, 3000)}\n${run.stderr.slice(0, 3000)}`);
  }
  const errors = parseJsonReport(run.stdout).filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`build reported errors: ${JSON.stringify(errors)}`);
  const files = new Map(
    listFiles(outDir)
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(outDir, f), "utf8")]),
  );
  return { outDir, files };
}

const builds = new Map<string, { first: Built; second: Built; shuffled: Built; barrelLines: number }>();

beforeAll(async () => {
  assertCliBuilt();
  root = makeTempDir("artifacts");
  const jobs = PROJECTS.flatMap((rel) => {
    const slug = rel === "." ? "spec-src" : rel.replace(/\W+/g, "-");
    const sorted = path.join(root, slug, "project");
    const reversed = path.join(root, slug, "project-shuffled");
    copyProject(rel, sorted, "sorted");
    copyProject(rel, reversed, "reversed");
    const barrelLines = shuffleBarrels(reversed);
    return [
      { rel, kind: "first", project: sorted, out: path.join(root, slug, "out-1"), barrelLines },
      { rel, kind: "second", project: sorted, out: path.join(root, slug, "out-2"), barrelLines },
      { rel, kind: "shuffled", project: reversed, out: path.join(root, slug, "out-shuffled"), barrelLines },
    ];
  });
  const results = await pool(jobs, CONCURRENCY, (j) => build(j.project, j.out));
  for (const rel of PROJECTS) {
    const of = (kind: string) => results[jobs.findIndex((j) => j.rel === rel && j.kind === kind)]!;
    builds.set(rel, { first: of("first"), second: of("second"), shuffled: of("shuffled"), barrelLines: jobs.find((j) => j.rel === rel)!.barrelLines });
  }
}, 600_000);

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** Names of the files that differ between two builds, with the first differing line of each. */
function differences(a: Built, b: Built): string[] {
  const names = [...new Set([...a.files.keys(), ...b.files.keys()])].sort();
  return names.flatMap((name) => {
    const x = a.files.get(name);
    const y = b.files.get(name);
    if (x === y) return [];
    if (x === undefined || y === undefined) return [`${name}: only in one build`];
    const xl = x.split("\n");
    const yl = y.split("\n");
    const i = xl.findIndex((l, k) => l !== yl[k]);
    return [`${name}:${i + 1}: '${xl[i]?.slice(0, 120)}' vs '${yl[i]?.slice(0, 120)}'`];
  });
}

describe.each(PROJECTS)("determinism: %s", (rel) => {
  test("writes every artifact", () => {
    expect([...builds.get(rel)!.first.files.keys()]).toEqual(expect.arrayContaining(EXPECTED_FILES));
  });
  test("two builds are byte-identical", () => {
    const b = builds.get(rel)!;
    expect(differences(b.first, b.second)).toEqual([]);
  });
  // Found by this test: with the `export *` lines of index.ts reversed, models, API groups and tags used to
  // follow file order, and enum values TypeScript's type-id order. The front end now orders them itself.
  test("a build with reversed barrel exports and reversed file creation order is byte-identical", () => {
    const b = builds.get(rel)!;
    // The shuffle must have moved something (the one-file minimal example has no barrel to reverse).
    if (rel !== "examples/minimal") expect(b.barrelLines).toBeGreaterThan(1);
    expect(differences(b.first, b.shuffled)).toEqual([]);
  });
});

const keysOf = (m: Columns) => [...m.keys()].sort();
/** Column lists compared as sets per table: each artifact may order columns its own way. */
const sortedColumns = (m: Columns) => Object.fromEntries([...m.entries()].map(([t, cols]) => [t, [...cols].sort()]).sort());

describe.each(PROJECTS)("cross-artifact consistency: %s", (rel) => {
  const file = (name: string) => {
    const content = builds.get(rel)!.first.files.get(name);
    if (content === undefined) throw new Error(`${name} was not produced by the build of ${rel}`);
    return content;
  };

  test("SQL tables = ER entities = markdown tables, with the same columns", () => {
    const sql = sqlTables(file("schema.sql"));
    const er = erEntities(file("er.mmd"));
    const md = mdTables(file("backend-spec.md"));
    expect(sql.size).toBeGreaterThan(0);
    expect(keysOf(er)).toEqual(keysOf(sql));
    expect(keysOf(md)).toEqual(keysOf(sql));
    expect(sortedColumns(er)).toEqual(sortedColumns(sql));
    expect(sortedColumns(md)).toEqual(sortedColumns(sql));
  });

  test("SQL foreign keys = ER relationships", () => {
    const fks = sqlForeignKeys(file("schema.sql"));
    expect(erRelations(file("er.mmd"))).toEqual(fks);
  });

  test("OpenAPI operations = markdown endpoints", () => {
    const ops = openapiOperations(JSON.parse(file("openapi.json")));
    expect(ops.length).toBeGreaterThan(0);
    expect(mdEndpoints(file("backend-spec.md"))).toEqual(ops);
  });

  test("OpenAPI component schemas = TypeBox schemas (names, properties, required)", () => {
    const doc = JSON.parse(file("openapi.json")) as { components?: { schemas?: Record<string, { properties?: object; required?: string[] }> } };
    const components = doc.components?.schemas ?? {};
    const outDir = builds.get(rel)!.first.outDir;
    file("validators.ts");
    const validators = loadValidators(path.join(outDir, "validators.ts"));
    const ir = JSON.parse(file("specloom.ir.json")) as { models: { name: string }[]; enums: { name: string }[]; schemas: { name: string }[] };
    const irNames = new Set([...ir.models, ...ir.enums, ...ir.schemas].map((n) => n.name));
    // Every OpenAPI schema has its validator, with the same properties and required list.
    const missing = Object.keys(components).filter((n) => !(n in validators));
    expect(missing).toEqual([]);
    const shape = (s: { properties?: object; required?: string[] } | undefined) => ({
      properties: Object.keys(s?.properties ?? {}).sort(),
      required: [...(s?.required ?? [])].sort(),
    });
    for (const name of Object.keys(components)) expect({ name, ...shape(validators[name]) }).toEqual({ name, ...shape(components[name]) });
    // Extra validators are IR types the API does not reference, or per-operation request parts.
    // (a numeric suffix when the name is taken, e.g. ListUsersQuery2 next to the ListUsersQuery DTO)
    const operationParts = /^[A-Z]\w*(Body|Params|Query)\d*$/;
    const unexplained = Object.keys(validators).filter((n) => !(n in components) && !irNames.has(n) && !operationParts.test(n));
    expect(unexplained).toEqual([]);
  });
});
