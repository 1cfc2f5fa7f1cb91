/**
 * The operations of a document as the comparison sees them: keyed by method and
 * full path (the server's base path applied, parameter names left out), with
 * their effective parameters (path-level merged in) and security.
 */
import { isObject, pointerJoin, type Json, type JsonObject, type Located, type OpenApiDocument } from "./document";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface OperationView {
  /** `GET /v1/pets/{}` (webhooks: `webhook newPet POST`). */
  readonly key: string;
  /** `GET /v1/pets/{petId}`, for messages. */
  readonly label: string;
  readonly operation: Located<JsonObject>;
  /** Effective parameters by `in:name` (header names lower-cased). */
  readonly parameters: ReadonlyMap<string, Located<JsonObject>>;
  /** Effective security requirements (the operation's, else the document's). */
  readonly security: Located;
}

/** Path of a server URL (`https://api.x.com/v1/` → `/v1`), its variables replaced by their defaults. */
export function serverBasePath(servers: Json | undefined): string {
  if (!Array.isArray(servers) || servers.length === 0 || !isObject(servers[0])) return "";
  const server = servers[0];
  let url = typeof server.url === "string" ? server.url : "/";
  const variables = isObject(server.variables) ? server.variables : {};
  url = url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const v = variables[name];
    return isObject(v) && typeof v.default === "string" ? v.default : whole;
  });
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(url);
  const path = absolute ? (absolute[1] ?? "") : url.startsWith("/") ? url : `/${url}`;
  return path.replace(/[?#].*$/, "").replace(/\/+$/, "");
}

/** Header parameters OpenAPI says to ignore: the media type and auth headers have their own fields. */
const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);

function parameterKey(p: JsonObject): string | undefined {
  if (typeof p.in !== "string" || typeof p.name !== "string") return undefined;
  if (p.in === "header" && IGNORED_HEADERS.has(p.name.toLowerCase())) return undefined;
  return `${p.in}:${p.in === "header" ? p.name.toLowerCase() : p.name}`;
}

function collectParameters(doc: OpenApiDocument, list: Located | undefined, into: Map<string, Located<JsonObject>>): void {
  if (!list || !Array.isArray(list.value)) return;
  list.value.forEach((_, i) => {
    const p = doc.deref(doc.child(list, i)!);
    if (!isObject(p.value)) return;
    const key = parameterKey(p.value);
    if (key) into.set(key, p as Located<JsonObject>);
  });
}

function pathItemOperations(doc: OpenApiDocument, item: Located, keyOf: (method: string) => { key: string; label: string }, out: OperationView[]): void {
  const resolved = doc.deref(item);
  if (!isObject(resolved.value)) return;
  for (const method of HTTP_METHODS) {
    const op = doc.child(resolved, method);
    if (!op || !isObject(op.value)) continue;
    const parameters = new Map<string, Located<JsonObject>>();
    collectParameters(doc, doc.child(resolved, "parameters"), parameters);
    collectParameters(doc, doc.child(op, "parameters"), parameters);
    const security = doc.child(op, "security") ??
      doc.child({ value: doc.root, pointer: "" }, "security") ?? { value: [], pointer: pointerJoin(op.pointer, "security") };
    out.push({ ...keyOf(method), operation: op as Located<JsonObject>, parameters, security });
  }
}

export function operationsOf(doc: OpenApiDocument): Map<string, OperationView> {
  const out: OperationView[] = [];
  const root: Located = { value: doc.root, pointer: "" };
  const paths = doc.child(root, "paths");
  if (paths && isObject(paths.value)) {
    for (const path of Object.keys(paths.value)) {
      const item = doc.child(paths, path)!;
      const itemValue = doc.deref(item).value;
      pathItemOperations(
        doc,
        item,
        (m) => {
          const op = (itemValue as JsonObject)[m] as JsonObject;
          const servers = op.servers ?? (itemValue as JsonObject).servers ?? doc.root.servers;
          const full = `${serverBasePath(servers)}${path}` || "/";
          return { key: `${m.toUpperCase()} ${full.replace(/\{[^}]*\}/g, "{}")}`, label: `${m.toUpperCase()} ${full}` };
        },
        out,
      );
    }
  }
  const webhooks = doc.child(root, "webhooks");
  if (webhooks && isObject(webhooks.value)) {
    for (const name of Object.keys(webhooks.value)) {
      pathItemOperations(
        doc,
        doc.child(webhooks, name)!,
        (m) => ({ key: `webhook ${name} ${m.toUpperCase()}`, label: `webhook ${name} ${m.toUpperCase()}` }),
        out,
      );
    }
  }
  return new Map(out.map((o) => [o.key, o]));
}
