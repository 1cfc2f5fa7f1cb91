/**
 * TypeSpec side of the benchmark: the synthetic spec of generate.mjs written as TypeSpec (same entities, fields,
 * constraints, DTOs and CRUD operations with the same statuses and auth), and a TypeSpec 1.x installation in a
 * cache folder. TypeSpec needs Node ≥ 22: on an older Node, a Node 22 binary comes from the npm registry
 * (`node-<platform>-<arch>@22`) into the same cache. Nothing is installed into the repository.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ENTITIES_PER_FILE, entityName, nameMaxLength, parentOf } from "./generate.mjs";

/** Pinned together: openapi3's peers must match the compiler's minor. */
export const TYPESPEC_VERSION = "~1.16.0";
const PACKAGES = ["compiler", "http", "openapi", "openapi3"].map((p) => `@typespec/${p}@${TYPESPEC_VERSION}`);

const pad = (n, width) => String(n).padStart(width, "0");
const fileName = (chunk) => `part-${pad(chunk, 3)}.tsp`;

function errorResponses(statuses) {
  return statuses.map((s) => `{ @statusCode _: ${s}; @body body: ErrorBody }`).join(" | ");
}

function modelSource(i) {
  const name = entityName(i);
  const parent = parentOf(i);
  const fk =
    parent === undefined
      ? ""
      : `\n  /** The ${entityName(parent)} this row belongs to; deleted with it. */\n  @format("uuid") ${entityName(parent).toLowerCase()}_id: string;`;
  const fkInput = parent === undefined ? "" : `\n  @format("uuid") ${entityName(parent).toLowerCase()}_id: string;`;
  return `/** ${name}: synthetic entity ${i}. */
model ${name} {
  /** Identifier. */
  @visibility(Lifecycle.Read) @format("uuid") id: string;
  /** Display name. */
  @example("Example ${i}") @minLength(1) @maxLength(${nameMaxLength(i)}) name: string;
  /** Contact address; unique per row. */
  @format("email") @maxLength(255) email: string;
  /** How many are in stock. */
  @minValue(0) @maxValue(1000000) quantity: int32 = 0;
  /** Unit price. */
  @pattern("^-?\\\\d{1,8}(\\\\.\\\\d{1,2})?$") price: string;
  /** Lifecycle state. */
  status: RecordStatus = RecordStatus.draft;
  /** Shown to readers or not. */
  active: boolean = true;
  /** Free-form notes. */
  @maxLength(2000) notes?: string | null;${fk}
  @visibility(Lifecycle.Read) created_at: utcDateTime;
  @visibility(Lifecycle.Read) updated_at: utcDateTime;
}

/** Body of \`POST /api/${name.toLowerCase()}s\`. */
model Create${name}Request {
  @minLength(1) @maxLength(200) name: string;
  @format("email") @maxLength(255) email: string;
  @minValue(0) @maxValue(1000000) quantity?: int32;
  @pattern("^-?\\\\d{1,8}(\\\\.\\\\d{1,2})?$") price: string;
  @maxLength(2000) notes?: string | null;${fkInput}
}

/** Body of \`PATCH /api/${name.toLowerCase()}s/{id}\`: any subset of the editable fields. */
model Update${name}Request is OptionalProperties<Create${name}Request>;
`;
}

function apiSource(i) {
  const name = entityName(i);
  const plural = `${name}s`;
  return `/** ${name} records. */
@tag("${name}")
@route("/api/${plural.toLowerCase()}")
namespace ${plural}Api {
  /** List ${name} records, newest first. */
  @get op list${plural}(@query status?: RecordStatus, @query @maxLength(100) search?: string, ...PageQuery): Page<${name}> | ${errorResponses([400, 401])};
  /** Get one ${name}. */
  @get @route("/{id}") op get${name}(@path @format("uuid") id: string): ${name} | ${errorResponses([401, 404])};
  /** Create a ${name}. */
  @post op create${name}(@body body: Create${name}Request): { @statusCode _: 201; @body body: ${name} } | ${errorResponses([400, 401, 403, 429])};
  /** Change some fields of a ${name}. */
  @patch(#{ implicitOptionality: false }) @route("/{id}") op update${name}(@path @format("uuid") id: string, @body body: Update${name}Request): ${name} | ${errorResponses([400, 401, 403, 404])};
  /** Delete a ${name} and, by cascade, its dependants. */
  @delete @route("/{id}") op delete${name}(@path @format("uuid") id: string): { @statusCode _: 204 } | ${errorResponses([401, 403, 404])};
}
`;
}

const MAIN = (parts) => `import "@typespec/http";
import "@typespec/openapi3";
${parts.map((p) => `import "./${p}";`).join("\n")}
using Http;

/** Synthetic benchmark spec, the TypeSpec twin of the specloom one. */
@service(#{ title: "Synthetic Inventory" })
@useAuth(BearerAuth)
namespace Synthetic;

/** Lifecycle shared by every synthetic entity. */
enum RecordStatus { draft, active, archived }

/** The shared error body. */
@error
model ErrorBody {
  code: string;
  message: string;
  field_errors?: Record<string[]>;
}

model PageQuery {
  @query @minValue(1) page?: int32 = 1;
  @query @minValue(1) @maxValue(100) limit?: int32 = 20;
}

/** The paginated envelope. */
model Page<T> {
  data: T[];
  pagination: { page: int32; limit: int32; total: int32; total_pages: int32 };
}
`;

/**
 * Writes main.tsp and one part file per ENTITIES_PER_FILE entities into `dir` (emptied first), with a
 * node_modules link to the cache, since TypeSpec resolves its libraries from the project's folder.
 */
export function generateTypeSpecProject(dir, n, typespec) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(typespec.modules, path.join(dir, "node_modules"), "junction");
  const parts = [];
  for (let chunk = 0; chunk * ENTITIES_PER_FILE < n; chunk++) {
    const first = chunk * ENTITIES_PER_FILE;
    const last = Math.min(n, first + ENTITIES_PER_FILE);
    const body = [];
    for (let i = first; i < last; i++) body.push(modelSource(i), apiSource(i));
    fs.writeFileSync(path.join(dir, fileName(chunk)), `using Http;\n\nnamespace Synthetic;\n\n${body.join("\n")}`);
    parts.push(fileName(chunk));
  }
  fs.writeFileSync(path.join(dir, "main.tsp"), MAIN(parts));
  return { dir, entry: path.join(dir, "main.tsp") };
}

/** The Node binary TypeSpec runs on: this one when it is ≥ 22, else the npm package's. */
function nodePackage() {
  if (Number(process.versions.node.split(".")[0]) >= 22) return undefined;
  const platform = { linux: "linux", darwin: "darwin" }[process.platform];
  const arch = { x64: "x64", arm64: "arm64" }[process.arch];
  if (!platform || !arch) return { unsupported: `no npm Node 22 package for ${process.platform}-${process.arch}` };
  return { name: `node-${platform}-${arch}` };
}

/**
 * Installs TypeSpec (and, on Node < 22, a Node 22 binary) into `cacheDir` unless already there.
 * Returns { node, tsp, version } or { skipped: reason }.
 */
export function ensureTypeSpec(cacheDir, log) {
  const nodePkg = nodePackage();
  if (nodePkg?.unsupported) return { skipped: nodePkg.unsupported };
  const tsp = path.join(cacheDir, "node_modules", "@typespec", "compiler", "cmd", "tsp.js");
  const node = nodePkg ? path.join(cacheDir, "node_modules", nodePkg.name, "bin", "node") : process.execPath;
  if (!fs.existsSync(tsp) || !fs.existsSync(node)) {
    log(`installing TypeSpec ${TYPESPEC_VERSION}${nodePkg ? ` and ${nodePkg.name}@22` : ""} into ${cacheDir}…`);
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.writeFileSync(path.join(cacheDir, "package.json"), '{ "private": true, "description": "specloom benchmark cache" }\n');
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const args = ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-save", ...PACKAGES, ...(nodePkg ? [`${nodePkg.name}@22`] : [])];
    const r = spawnSync(npm, args, { cwd: cacheDir, encoding: "utf8", timeout: 300_000 });
    if (r.status !== 0 || !fs.existsSync(tsp) || !fs.existsSync(node)) {
      return {
        skipped: `could not install TypeSpec (npm exited with ${r.status ?? r.error?.message}): ${(r.stderr ?? "").trim().split("\n").slice(-3).join(" / ")}`,
      };
    }
  }
  const version = JSON.parse(fs.readFileSync(path.join(cacheDir, "node_modules", "@typespec", "compiler", "package.json"), "utf8")).version;
  const check = spawnSync(node, ["--version"], { encoding: "utf8" });
  if (check.status !== 0) return { skipped: `the Node 22 binary at ${node} does not run: ${check.stderr || check.error?.message}` };
  return { node, tsp, version, nodeVersion: check.stdout.trim(), modules: path.join(cacheDir, "node_modules") };
}

/** Arguments of one OpenAPI-only TypeSpec compile into `outDir`. */
export function typeSpecArgs(entry, outDir) {
  return ["compile", entry, "--emit", "@typespec/openapi3", "--output-dir", outDir, "--warn-as-error"];
}
