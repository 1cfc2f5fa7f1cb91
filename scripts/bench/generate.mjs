/**
 * Synthetic spec for the benchmark: N entities of ~8 tagged fields, each with a
 * BelongsTo to an earlier entity, create/update DTOs and a 5-endpoint CRUD Api,
 * in files of ~50 entities, plus a minimal auth section, prerequisite docs,
 * specloom.config.json and a tsconfig.json with the front end's exact options.
 * Deterministic: the same N always gives byte-identical sources.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const ENTITIES_PER_FILE = 50;
export const ENDPOINTS_PER_ENTITY = 5;

const pad = (n, width) => String(n).padStart(width, "0");
export const entityName = (i) => `Thing${pad(i, 4)}`;
const fileName = (chunk) => `part-${pad(chunk, 3)}`;

/** The `name` field's MaxLength: unique per entity, so the watch benchmark can find its edit in every artifact. */
export const nameMaxLength = (i) => 10_000 + i;

/** A deterministic "random" earlier entity: FKs cross file boundaries like real specs do. */
export function parentOf(i) {
  if (i === 0) return undefined;
  return (Math.imul(i, 2654435761) >>> 0) % i;
}

function modelSource(i) {
  const name = entityName(i);
  const parent = parentOf(i);
  const fk = parent === undefined ? undefined : `${entityName(parent).toLowerCase()}_id`;
  return `/** ${name}: synthetic entity ${i}. */
export interface ${name} extends Entity<{ timestamps: true; indexes: [{ columns: ["status", ["created_at", "desc"]] }] }> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /**
   * Display name.
   * @example "Example ${i}"
   */
  name: string & MinLength<1> & MaxLength<${nameMaxLength(i)}>;
  /** Contact address; unique per row. */
  email: Email & MaxLength<255> & Unique;
  /** How many are in stock. */
  quantity: Int & Minimum<0> & Maximum<1000000> & Default<0>;
  /** Unit price. */
  price: Decimal<10, 2>;
  /** Lifecycle state. */
  status: RecordStatus & Default<"draft">;
  /** Shown to readers or not. */
  active: boolean & Default<true>;
  /** Free-form notes. */
  notes?: (string & MaxLength<2000>) | null;${
    fk
      ? `
  /** The ${entityName(parent)} this row belongs to; deleted with it. */
  ${fk}: BelongsTo<${entityName(parent)}, { onDelete: "cascade" }>;`
      : ""
  }
}

/** Body of \`POST /api/${name.toLowerCase()}s\`. */
export interface Create${name}Request {
  name: string & MinLength<1> & MaxLength<200>;
  email: Email & MaxLength<255>;
  quantity?: Int & Minimum<0> & Maximum<1000000>;
  price: Decimal<10, 2>;
  notes?: (string & MaxLength<2000>) | null;${fk ? `\n  ${fk}: UUID;` : ""}
}

/** Body of \`PATCH /api/${name.toLowerCase()}s/:id\`: any subset of the editable fields. */
export type Update${name}Request = Partial<Create${name}Request>;
`;
}

function apiSource(i) {
  const name = entityName(i);
  const plural = `${name}s`;
  const editors = `{ roles: ["admin", "editor"] }`;
  return `/** ${name} records. */
export interface ${plural}Api extends Api<{ prefix: "/api/${plural.toLowerCase()}"; tag: "${name}" }> {
  /**
   * List ${name} records, newest first.
   * @implements FR-1
   */
  list${plural}: Endpoint<{
    method: "GET";
    path: "/";
    query: { status?: RecordStatus; search?: string & MaxLength<100> };
    auth: "authenticated";
    pagination: { defaultLimit: 20; maxLimit: 100 };
    responses: { 200: Paginated<${name}>; 400: "Invalid query parameters"; 401: "Unauthorized (no token)" };
  }>;

  /** Get one ${name}. */
  get${name}: Endpoint<{
    method: "GET";
    path: "/:id";
    params: { id: UUID };
    auth: "authenticated";
    responses: { 200: ${name}; 401: "Unauthorized (no token)"; 404: "${name} not found" };
  }>;

  /** Create a ${name}. */
  create${name}: Endpoint<{
    method: "POST";
    path: "/";
    body: Create${name}Request;
    auth: ${editors};
    rateLimit: "60/min per user";
    responses: { 201: ${name}; 400: "Validation error"; 401: "Unauthorized (no token)"; 403: "Forbidden" };
  }>;

  /** Change some fields of a ${name}. */
  update${name}: Endpoint<{
    method: "PATCH";
    path: "/:id";
    params: { id: UUID };
    body: Update${name}Request;
    auth: ${editors};
    responses: { 200: ${name}; 400: "Validation error"; 401: "Unauthorized (no token)"; 403: "Forbidden"; 404: "${name} not found" };
  }>;

  /** Delete a ${name} and, by cascade, its dependants. */
  delete${name}: Endpoint<{
    method: "DELETE";
    path: "/:id";
    params: { id: UUID };
    auth: { roles: ["admin"] };
    responses: { 204: NoContent; 401: "Unauthorized (no token)"; 403: "Forbidden"; 404: "${name} not found" };
  }>;
}
`;
}

const SPECLOOM_IMPORTS = [
  "Api",
  "BelongsTo",
  "Decimal",
  "Default",
  "Email",
  "Endpoint",
  "Entity",
  "Int",
  "MaxLength",
  "Maximum",
  "MinLength",
  "Minimum",
  "NoContent",
  "Paginated",
  "PrimaryKey",
  "ReadOnly",
  "Unique",
  "UUID",
];

function partSource(chunk, first, last) {
  const external = new Map();
  for (let i = first; i < last; i++) {
    const parent = parentOf(i);
    if (parent === undefined || parent >= first) continue;
    const file = fileName(Math.floor(parent / ENTITIES_PER_FILE));
    external.set(file, (external.get(file) ?? new Set()).add(entityName(parent)));
  }
  const imports = [
    `import type { ${SPECLOOM_IMPORTS.join(", ")} } from "specloom";`,
    `import type { RecordStatus } from "./common";`,
    ...[...external].sort(([a], [b]) => a.localeCompare(b)).map(([file, names]) => `import type { ${[...names].sort().join(", ")} } from "./${file}";`),
  ];
  const body = [];
  for (let i = first; i < last; i++) body.push(modelSource(i), apiSource(i));
  return `// Synthetic benchmark spec, entities ${first}..${last - 1}. Generated by scripts/bench/generate.mjs.\n${imports.join("\n")}\n\n${body.join("\n")}`;
}

const COMMON = `/** Lifecycle shared by every synthetic entity. */
export type RecordStatus = "draft" | "active" | "archived";
`;

const CONFIG = `import type { AuthConfig } from "specloom";

/** Sign-in with short-lived JWTs. */
export const auth = {
  strategy: "jwt",
  algorithm: "HS256",
  secret: { env: "JWT_SECRET", description: "Signing key, at least 32 random bytes" },
  accessToken: { ttl: "15m" },
  passwordHashing: { algorithm: "bcrypt", rounds: 12 },
  roles: ["user", "editor", "admin"],
} satisfies AuthConfig;
`;

const PRD = (n) => `# Synthetic Inventory (${n} entities)

Generated by the specloom benchmark.

## Functional requirements

- FR-1: Every entity can be listed, read, created, updated and deleted over the API.
`;

/** Where the one-file edit of the watch benchmark happens: the first entity of the middle file. */
export function editTarget(dir, n) {
  const files = Math.ceil(n / ENTITIES_PER_FILE);
  const chunk = Math.floor(files / 2);
  const entity = chunk * ENTITIES_PER_FILE;
  return { file: path.join(dir, "spec", `${fileName(chunk)}.ts`), entity, maxLength: nameMaxLength(entity) };
}

/**
 * Writes the project into `dir` (emptied first) and returns its shape.
 * `authoringTypes`: absolute path of packages/specloom/dist/index.d.ts.
 */
export function generateProject(dir, n, authoringTypes) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "spec"), { recursive: true });
  fs.mkdirSync(path.join(dir, "docs", "product"), { recursive: true });
  fs.mkdirSync(path.join(dir, "docs", "technical"), { recursive: true });
  const write = (rel, text) => fs.writeFileSync(path.join(dir, rel), text);

  const parts = [];
  for (let chunk = 0; chunk * ENTITIES_PER_FILE < n; chunk++) {
    const first = chunk * ENTITIES_PER_FILE;
    const last = Math.min(n, first + ENTITIES_PER_FILE);
    write(`spec/${fileName(chunk)}.ts`, partSource(chunk, first, last));
    parts.push(fileName(chunk));
  }
  write("spec/common.ts", COMMON);
  write("spec/config.ts", CONFIG);
  write(
    "index.ts",
    `// Synthetic benchmark spec: ${n} entities.\nexport * from "./spec/common";\n${parts.map((p) => `export * from "./spec/${p}";`).join("\n")}\nexport * from "./spec/config";\n`,
  );
  write("specloom.config.json", `${JSON.stringify({ entry: "index.ts", documentationDir: "docs", documentationLanguage: "en" }, null, 2)}\n`);
  // The same options as packages/frontend/src/program.ts specCompilerOptions(), so tsc checks exactly what specloom checks.
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: "ES2022",
      module: "ESNext",
      moduleResolution: "Bundler",
      lib: ["es2022"],
      types: [],
      skipLibCheck: true,
      noUnusedLocals: false,
      paths: { specloom: [authoringTypes] },
    },
    files: ["index.ts"],
  };
  write("tsconfig.json", `${JSON.stringify(tsconfig, null, 2)}\n`);
  write("docs/product/PRD.md", PRD(n));
  write("docs/technical/architecture.md", "# Architecture\n\nA single HTTP service in front of PostgreSQL.\n");
  write("docs/technical/tech-stack.md", "# Tech stack\n\nNode.js 20, PostgreSQL 16.\n");
  return { dir, entities: n, operations: n * ENDPOINTS_PER_ENTITY, files: parts.length + 3 };
}
