/**
 * One OpenAPI operation → one `Endpoint<{…}>` property: method, path, path and
 * query parameters, the JSON body, responses by status, and auth. What the
 * DSL cannot express (header/cookie parameters, other media types, response
 * headers, error bodies, security schemes) is reported at its pointer.
 */
import { tsPropertyKey, tsStringLiteral } from "@specloom/core";
import { isObject, mediaTypeKeys, pointerJoin, type Json, type JsonObject, type OpenApiImport } from "./context";
import { docParts, jsDoc } from "./docs";
import { canonical } from "./canonical";
import { responseLines } from "./responses";
import type { SchemaWriter } from "./schema-type";
import type { SecurityImport } from "./security";

export interface OperationInput {
  readonly ctx: OpenApiImport;
  readonly writer: SchemaWriter;
  readonly security: SecurityImport;
  readonly pointer: string;
  readonly method: string;
  readonly op: JsonObject;
  /** Path-level parameters (before the operation's own) and where they are. */
  readonly pathParameters: Json | undefined;
  /** Path-level servers: every operation of the path item has them, unless it lists its own. */
  readonly pathServers?: Json | undefined;
  readonly pathItemPointer: string;
  readonly name: string;
  /** The endpoint's path relative to its group's prefix, in the DSL's grammar (`/:id`). */
  readonly path: string;
  /** Operation tags after the group's. */
  readonly extraTags: readonly string[];
  /** The source's operationId, when the endpoint's name is not it. */
  readonly operationId?: string;
}

export function parameterLines(input: OperationInput): Record<"path" | "query" | "header" | "cookie", string[]> {
  const { ctx, writer } = input;
  const byKey = new Map<string, { p: JsonObject; pointer: string }>();
  const collect = (list: Json | undefined, pointer: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const { value, pointer: at } = ctx.deref(raw, pointerJoin(pointer, i));
      if (isObject(value) && typeof value.name === "string" && typeof value.in === "string")
        byKey.set(`${value.in}:${value.name}`, { p: value, pointer: at });
    });
  };
  collect(input.pathParameters, pointerJoin(input.pathItemPointer, "parameters"));
  collect(input.op.parameters, pointerJoin(input.pointer, "parameters"));
  pathVariablesOnlyInPath(input, byKey);
  const lines: Record<"path" | "query" | "header" | "cookie", string[]> = { path: [], query: [], header: [], cookie: [] };
  for (const { p, pointer } of byKey.values()) {
    const name = p.name as string;
    if (p.in !== "path" && p.in !== "query" && p.in !== "header" && p.in !== "cookie") {
      ctx.report(
        "import-oa-parameter",
        pointer,
        `${p.in as string} parameter '${name}'`,
        "dropped",
        "parameters are in the path, query, headers or cookies",
      );
      continue;
    }
    let schema = p.schema;
    if (schema === undefined && isObject(p.content)) {
      ctx.report(
        "import-oa-parameter",
        pointerJoin(pointer, "content"),
        `parameter '${name}' described by 'content'`,
        "approximate",
        "its schema is used as a plain parameter",
      );
      const first = Object.values(p.content)[0];
      schema = isObject(first) ? first.schema : undefined;
    }
    if (p.in === "header" && ["accept", "content-type", "authorization"].includes(name.toLowerCase())) {
      ctx.report("import-oa-parameter", pointer, `header parameter '${name}'`, "dropped", "OpenAPI ignores it: media types and security say it");
      continue;
    }
    const defaultStyle = p.in === "query" || p.in === "cookie" ? "form" : "simple";
    if (
      (p.style !== undefined && p.style !== defaultStyle) ||
      (p.explode !== undefined && p.explode !== (defaultStyle === "form")) ||
      p.allowReserved === true
    )
      ctx.report("import-oa-parameter", pointer, `the serialization of parameter '${name}'`, "dropped", "parameters use the default style");
    const type = writer.type(schema, pointerJoin(pointer, "schema"), `${input.name}${name}`);
    const doc = jsDoc(docParts(p));
    const line = `${doc}${tsPropertyKey(name)}${p.in === "path" || p.required === true ? "" : "?"}: ${type};\n`;
    lines[p.in].push(line);
  }
  return lines;
}

/**
 * A `{name}` of the path is a path parameter, never also a query, header or cookie one (SL4140): a document that
 * declares it only elsewhere (an invalid document) gets it as its path parameter, any other namesake is dropped,
 * and one that does not declare it at all gets a string.
 */
function pathVariablesOnlyInPath(input: OperationInput, byKey: Map<string, { p: JsonObject; pointer: string }>): void {
  for (const [, variable = ""] of input.path.matchAll(/(?:^|\/):([A-Za-z_][A-Za-z0-9_]*)/g)) {
    for (const [key, { p, pointer }] of [...byKey]) {
      if (p.name !== variable || p.in === "path") continue;
      byKey.delete(key);
      const what = `${p.in as string} parameter '${variable}'`;
      if (byKey.has(`path:${variable}`)) {
        input.ctx.report("import-oa-parameter", pointer, what, "dropped", `the path parameter '{${variable}}' has its name`);
      } else {
        input.ctx.report("import-oa-parameter", pointer, what, "approximate", `the path has '{${variable}}', so it is that path parameter`);
        byKey.set(`path:${variable}`, { p: { ...p, in: "path" }, pointer });
      }
    }
    if (!byKey.has(`path:${variable}`)) {
      // An invalid document: the path names a parameter nobody declares (SL4011 would fail the build).
      input.ctx.report("import-oa-parameter", input.pointer, `path parameter '${variable}'`, "approximate", "it is not declared, so it is a string");
      byKey.set(`path:${variable}`, { p: { name: variable, in: "path", required: true, schema: { type: "string" } }, pointer: input.pointer });
    }
  }
}

/**
 * Whether the DSL marks a body required without `bodyRequired` (required unless every field is optional), or
 * undefined when that depends on how a composition is written (allOf, oneOf, anyOf, nullable): then it is declared.
 */
function derivedRequired(ctx: OpenApiImport, schema: Json | undefined, pointer: string): boolean | undefined {
  const { value } = ctx.deref(schema ?? {}, pointer);
  if (!isObject(value)) return true;
  if (value.allOf !== undefined || value.oneOf !== undefined || value.anyOf !== undefined || value.nullable === true || Array.isArray(value.type))
    return undefined;
  const objectLike = value.type === "object" || (value.type === undefined && (isObject(value.properties) || isObject(value.additionalProperties)));
  if (!objectLike) return value.type === undefined ? undefined : true;
  // A required name that is no property (a source typo) does not reach the DSL.
  const properties = isObject(value.properties) ? value.properties : {};
  return Array.isArray(value.required) && value.required.some((n) => typeof n === "string" && Object.prototype.hasOwnProperty.call(properties, n));
}

export function bodyLine(input: OperationInput): string | undefined {
  const { ctx, writer, op } = input;
  if (op.requestBody === undefined) return undefined;
  const { value: body, pointer } = ctx.deref(op.requestBody, pointerJoin(input.pointer, "requestBody"));
  if (!isObject(body)) return undefined;
  const content = isObject(body.content) ? body.content : {};
  const keys = mediaTypeKeys(ctx, content, pointerJoin(pointer, "content"));
  if (keys.length === 0) return undefined;
  const main = keys.find((k) => k.toLowerCase() === "application/json") ?? keys[0]!;
  const schemaOf = (k: string) => (isObject(content[k]) ? content[k].schema : undefined);
  const mediaTypes = [main];
  for (const k of keys) {
    if (k === main) continue;
    if (canonical(schemaOf(k)) === canonical(schemaOf(main))) mediaTypes.push(k);
    else
      ctx.report(
        "import-oa-media-type",
        pointerJoin(pointer, "content", k),
        `request body media type '${k}'`,
        "dropped",
        `its schema differs from ${main}'s, and a request has one body type`,
      );
  }
  const schemaPointer = pointerJoin(pointer, "content", main, "schema");
  const declared = body.required === true;
  const lines = [`body: ${writer.type(schemaOf(main), schemaPointer, `${input.name}Body`)};\n`];
  if (!(mediaTypes.length === 1 && main.toLowerCase() === "application/json"))
    lines.push(`bodyContentType: ${mediaTypes.length === 1 ? tsStringLiteral(main) : `[${mediaTypes.map((m) => tsStringLiteral(m)).join(", ")}]`};\n`);
  if (declared !== derivedRequired(ctx, schemaOf(main), schemaPointer)) lines.push(`bodyRequired: ${declared};\n`);
  return lines.join("");
}

/** Path-level server lists and variables, reported once although every operation of the path item has them. */
const reportedVariables = new WeakSet<object>();

/** The operation's servers, else its path item's, as `servers: [{ url; description }]`; variables take their defaults. */
function serversLine(input: OperationInput): string {
  const own = Array.isArray(input.op.servers);
  const list = own ? input.op.servers : input.pathServers;
  if (!Array.isArray(list)) return "";
  const at = own ? pointerJoin(input.pointer, "servers") : pointerJoin(input.pathItemPointer, "servers");
  const firstTime = !reportedVariables.has(list);
  reportedVariables.add(list);
  const urls = new Set<string>();
  const entries = list.flatMap((s, i) => {
    if (!isObject(s) || typeof s.url !== "string" || !s.url.trim()) {
      if (firstTime) input.ctx.report("import-oa-path", pointerJoin(at, i), "a server without a url", "dropped", "a server is its URL");
      return [];
    }
    const vars = isObject(s.variables) ? s.variables : undefined;
    if (vars && !reportedVariables.has(vars)) {
      reportedVariables.add(vars);
      input.ctx.report("import-oa-path", pointerJoin(at, i, "variables"), "server variables", "approximate", "the URL is written with their defaults");
    }
    const url = s.url.trim().replace(/\{([^}]+)\}/g, (whole, n: string) => {
      const v = vars?.[n];
      if (isObject(v) && typeof v.default === "string") return v.default;
      if (firstTime)
        input.ctx.report(
          "import-oa-path",
          pointerJoin(at, i, "url"),
          `server variable '${n}'`,
          "approximate",
          "it has no default, so the URL keeps it as written",
        );
      return whole;
    });
    if (urls.has(url)) {
      if (firstTime) input.ctx.report("import-oa-path", pointerJoin(at, i), `server '${url}'`, "dropped", "it repeats an earlier server of the list");
      return [];
    }
    urls.add(url);
    const description = typeof s.description === "string" && s.description.trim() ? `; description: ${tsStringLiteral(s.description)}` : "";
    return [`{ url: ${tsStringLiteral(url)}${description} }`];
  });
  return entries.length > 0 ? `servers: [${entries.join(", ")}];\n` : "";
}

export function endpointSource(input: OperationInput): string {
  const { op, writer, ctx } = input;
  const summary = typeof op.summary === "string" ? op.summary.trim() : "";
  const description = typeof op.description === "string" ? op.description.trim() : "";
  const doc = jsDoc({ text: [summary, description].filter(Boolean).join("\n\n"), tags: op.deprecated === true ? [{ name: "deprecated", text: "" }] : [] });
  if (isObject(op.callbacks))
    ctx.report("import-oa-webhook", pointerJoin(input.pointer, "callbacks"), "callbacks", "dropped", "callbacks have no form yet");
  const { path: params, query, header: headers, cookie: cookies } = parameterLines(input);
  const body = bodyLine(input);
  const { auth, security } = input.security.endpoint(op, input.pointer);
  const responses = responseLines(input, auth === "authenticated");
  writer.uses.add("Endpoint");
  const options = [
    `method: ${tsStringLiteral(input.method.toUpperCase())};\n`,
    `path: ${tsStringLiteral(input.path)};\n`,
    input.operationId ? `operationId: ${tsStringLiteral(input.operationId)};\n` : "",
    params.length > 0 ? `params: {\n${params.join("")}};\n` : "",
    query.length > 0 ? `query: {\n${query.join("")}};\n` : "",
    headers.length > 0 ? `headers: {\n${headers.join("")}};\n` : "",
    cookies.length > 0 ? `cookies: {\n${cookies.join("")}};\n` : "",
    body ?? "",
    `responses: {\n${responses.join("")}};\n`,
    `auth: ${tsStringLiteral(auth)};\n`,
    security ? `security: ${security};\n` : "",
    serversLine(input),
    input.extraTags.length > 0 ? `tags: [${input.extraTags.map((t) => tsStringLiteral(t)).join(", ")}];\n` : "",
  ];
  return `${doc}${tsPropertyKey(input.name)}: Endpoint<{\n${options.join("")}}>;\n`;
}
