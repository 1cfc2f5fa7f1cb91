/**
 * Operations → `Api` groups: one group per tag (the operation's first tag, in
 * the order the document first uses them), the group's common static path
 * prefix as its `prefix`, one spec file per group.
 */
import { tsDocComment, tsStringLiteral } from "@specloom/core";
import { isObject, pointerJoin, type JsonObject, type OpenApiImport } from "./context";
import { endpointSource } from "./operation";
import type { SchemaWriter } from "./schema-type";
import type { SecurityImport } from "./security";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const PARAM_SEGMENT = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
/** Literal text of the DSL's path grammar (RFC 3986 unreserved, `:,$@=()'!+`), with `{name}` parameters embedded. */
const TEXT_SEGMENT = /^(?:[A-Za-z0-9._~:,$@=()'!+-]|\{[A-Za-z_][A-Za-z0-9_.-]*\})+$/;
/** A `?query`/`#fragment` after the path, as AWS writes them (`#X-Amz-Target=Service.Op`): the DSL keeps it verbatim. */
const SUFFIX = /^[?#][A-Za-z0-9._~=&-]+$/;

export interface ApiGroup {
  readonly tag: string;
  readonly name: string;
  readonly prefix: string;
  readonly doc: string;
  readonly endpoints: string[];
}

interface PendingOperation {
  readonly tag: string;
  readonly method: string;
  readonly segments: string[];
  /** `/apps/`: OpenAPI tells it from `/apps`, and the DSL keeps it. */
  readonly trailingSlash: boolean;
  /** `#tagKeys`, `?uploads`, or `""`. */
  readonly suffix: string;
  readonly build: (path: string) => string;
}

/** `/pets/{petId}/{id}.json` → `["pets", ":petId", "{id}.json"]`, or why the DSL's path grammar cannot hold it. */
function dslSegments(path: string): string[] | string {
  const at = path.search(/[?#]/);
  if (at >= 0 && !SUFFIX.test(path.slice(at)))
    return `'${path.slice(at)}' after the path may only contain letters, digits and '-._~=&' (no parameters, no second '?' or '#')`;
  const inner = (at >= 0 ? path.slice(0, at) : path).replace(/^\/+/, "").replace(/\/$/, "");
  if (inner === "") return [];
  const out: string[] = [];
  for (const seg of inner.split("/")) {
    const param = PARAM_SEGMENT.exec(seg);
    if (param) out.push(`:${param[1]}`);
    else if (TEXT_SEGMENT.test(seg) && !seg.startsWith(":")) out.push(seg);
    else
      return seg === ""
        ? "it has an empty segment ('//')"
        : `segment '${seg}' is neither URL text (letters, digits, '-._~:,$@=()'!+') with '{parameter}'s nor one whole '{parameter}'`;
  }
  return out;
}

const camel = (s: string): string => {
  const words = s.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join("");
};

/**
 * The endpoint's property name (a camelCase identifier) and, when the source's operationId is another string,
 * that operationId as written, unless another operation already goes by it (then SL7024).
 */
function operationName(
  ctx: OpenApiImport,
  op: JsonObject,
  method: string,
  path: string,
  pointer: string,
  taken: Set<string>,
): { name: string; operationId?: string } {
  const id = typeof op.operationId === "string" ? op.operationId : "";
  let base = camel(id);
  if (!base || /^\d/.test(base)) base = camel(`${method} ${path.replace(/\{([^}]*)\}/g, "by $1")}`) || method;
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
  taken.add(name);
  if (!id || id === name) return { name };
  if (!taken.has(id) && id.trim() === id && !/[\u0000-\u001f\u007f]/.test(id)) {
    taken.add(id);
    return { name, operationId: id };
  }
  ctx.report("import-oa-name", pointerJoin(pointer, "operationId"), `operationId '${id}'`, "approximate", `the endpoint is named '${name}'`);
  return { name };
}

const isStatic = (segment: string) => !segment.startsWith(":") && !segment.includes("{");

/** Longest common run of leading static segments. */
function commonPrefix(paths: readonly string[][]): string[] {
  const first = paths[0] ?? [];
  let n = 0;
  while (n < first.length && isStatic(first[n]!) && paths.every((p) => p.length > n && p[n] === first[n])) n++;
  return first.slice(0, n);
}

export function buildApiGroups(ctx: OpenApiImport, writer: SchemaWriter, security: SecurityImport): ApiGroup[] {
  const pending: PendingOperation[] = [];
  const taken = new Set<string>();
  const templates = new Map<string, string>();
  const paths = isObject(ctx.root.paths) ? ctx.root.paths : {};
  for (const path of Object.keys(paths)) {
    const itemPointer = pointerJoin("/paths", path);
    const { value: item, pointer: itemAt } = ctx.deref(paths[path]!, itemPointer);
    if (!isObject(item)) continue;
    const segments = dslSegments(path);
    const suffixAt = path.search(/[?#]/);
    const suffix = suffixAt < 0 ? "" : path.slice(suffixAt);
    const plainPath = suffixAt < 0 ? path : path.slice(0, suffixAt);
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const pointer = pointerJoin(itemAt, method);
      if (typeof segments === "string") {
        ctx.report("import-oa-path", pointer, `${method.toUpperCase()} ${path}`, "dropped", segments);
        continue;
      }
      const names = segments.flatMap((seg) => (seg.startsWith(":") ? [seg.slice(1)] : [...seg.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!)));
      const repeated = names.find((n, i) => names.indexOf(n) !== i);
      if (repeated) {
        ctx.report("import-oa-path", pointer, `${method.toUpperCase()} ${path}`, "dropped", `parameter '${repeated}' appears twice in the path`);
        continue;
      }
      // The route as the checker keys it (parameters erased, literals case-folded): two that collide cannot both be endpoints.
      const trailingSlash = plainPath.length > 1 && plainPath.endsWith("/") && segments.length > 0;
      const shape = segments.map((seg) => (seg.startsWith(":") ? ":" : seg.replace(/\{[^}]*\}/g, "{}").toLowerCase())).join("/");
      const template = `${method} /${shape}${trailingSlash ? "/" : ""}${suffix}`;
      const same = templates.get(template);
      if (same !== undefined) {
        const detail = `OpenAPI holds it identical to ${same}: templated paths that differ only in parameter names are the same path`;
        ctx.report("import-oa-path", pointer, `${method.toUpperCase()} ${path}`, "dropped", detail);
        continue;
      }
      templates.set(template, path);
      if (carriesForbiddenBody(ctx, method, op)) ctx.relaxedRules.add("method-body");
      const tags = Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === "string") : [];
      const { name, operationId } = operationName(ctx, op, method, path, pointer, taken);
      pending.push({
        method,
        tag: tags[0] ?? segments.find((s) => !s.startsWith(":")) ?? "default",
        segments,
        trailingSlash,
        suffix,
        build: (relative) =>
          endpointSource({
            ctx,
            writer,
            security,
            pointer,
            method,
            op,
            pathParameters: item.parameters,
            pathServers: item.servers,
            pathItemPointer: itemAt,
            name,
            ...(operationId ? { operationId } : {}),
            path: relative,
            // The first tag is the group's; the others stay on the operation.
            extraTags: [...new Set(tags.slice(1))].filter((t) => t !== tags[0]),
          }),
      });
    }
  }
  if (hasAmbiguousRoutes(pending)) ctx.relaxedRules.add("route-ambiguous");
  const tagDocs = new Map<string, string>();
  if (Array.isArray(ctx.root.tags))
    for (const t of ctx.root.tags) if (isObject(t) && typeof t.name === "string" && typeof t.description === "string") tagDocs.set(t.name, t.description);
  const groups: ApiGroup[] = [];
  for (const tag of [...new Set(pending.map((p) => p.tag))]) {
    const members = pending.filter((p) => p.tag === tag);
    let prefix = commonPrefix(members.map((m) => m.segments));
    // `path: "/"` is the prefix itself: a member at the prefix with a trailing '/' needs its last segment in its own path.
    while (prefix.length > 0 && members.some((m) => m.trailingSlash && m.segments.length === prefix.length)) prefix = prefix.slice(0, -1);
    const doc = tagDocs.get(tag);
    groups.push({
      tag,
      name: ctx.uniqueName(`${tag.charAt(0).toUpperCase()}${tag.slice(1)} Api`),
      prefix: `/${prefix.join("/")}`,
      doc: doc ? tsDocComment(doc) : "",
      endpoints: members.map((m) => m.build(`/${m.segments.slice(prefix.length).join("/")}${m.trailingSlash ? "/" : ""}${m.suffix}`)),
    });
  }
  return groups;
}

/** A HEAD or TRACE request body, or a HEAD response with content: legal in OpenAPI, checker error SL4220 in specloom. */
function carriesForbiddenBody(ctx: OpenApiImport, method: string, op: JsonObject): boolean {
  if (method !== "head" && method !== "trace") return false;
  if (op.requestBody !== undefined) return true;
  if (method !== "head" || !isObject(op.responses)) return false;
  return Object.values(op.responses).some((r) => {
    const { value } = ctx.deref(r, "");
    return isObject(value) && isObject(value.content) && Object.keys(value.content).length > 0;
  });
}

/** Two routes of one method that can match the same URL (`/a/:id` and `/a/b`): legal in OpenAPI, a checker error in specloom. */
function hasAmbiguousRoutes(ops: readonly PendingOperation[]): boolean {
  const match = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, k) => s === b[k] || !isStatic(s) || !isStatic(b[k]!));
  return ops.some((a, i) => ops.some((b, j) => j > i && a.method === b.method && a.suffix === b.suffix && match(a.segments, b.segments)));
}

export function apiSource(group: ApiGroup): string {
  const options = `{ prefix: ${tsStringLiteral(group.prefix)}; tag: ${tsStringLiteral(group.tag)} }`;
  return `${group.doc}export interface ${group.name} extends Api<${options}> {\n${group.endpoints.join("\n")}}\n`;
}
