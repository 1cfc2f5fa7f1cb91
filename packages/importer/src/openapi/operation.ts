/**
 * One OpenAPI operation → one `Endpoint<{…}>` property: method, path, path and
 * query parameters, the JSON body, responses by status, and auth. What the
 * DSL cannot express (header/cookie parameters, other media types, response
 * headers, error bodies, security schemes) is reported at its pointer.
 */
import { tsPropertyKey, tsStringLiteral } from "@specloom/core";
import { isObject, pointerJoin, type Json, type JsonObject, type OpenApiImport } from "./context";
import { docParts, jsDoc } from "./docs";
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
  readonly pathItemPointer: string;
  readonly name: string;
  /** The endpoint's path relative to its group's prefix, in the DSL's grammar (`/:id`). */
  readonly path: string;
}

const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json(?:\s*;.*)?$/i;

/** The JSON media type of a `content` map, reporting the others. */
function jsonMedia(ctx: OpenApiImport, content: Json | undefined, pointer: string, what: string): { key: string; schema: Json | undefined } | undefined {
  if (!isObject(content)) return undefined;
  const keys = Object.keys(content);
  const json = keys.find((k) => k.toLowerCase() === "application/json") ?? keys.find((k) => JSON_MEDIA.test(k));
  for (const k of keys) {
    if (k === json && k.toLowerCase() === "application/json") continue;
    const verdict = k === json ? "approximate" : "dropped";
    ctx.report(
      "import-oa-media-type",
      pointerJoin(pointer, k),
      `${what} media type '${k}'`,
      verdict,
      k === json ? "it is written as application/json" : "only application/json bodies have a form yet",
    );
  }
  if (json === undefined) return undefined;
  const media = content[json];
  return { key: json, schema: isObject(media) ? media.schema : undefined };
}

function parameterLines(input: OperationInput): { params: string[]; query: string[] } {
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
  const params: string[] = [];
  const query: string[] = [];
  for (const { p, pointer } of byKey.values()) {
    const name = p.name as string;
    if (p.in !== "path" && p.in !== "query") {
      ctx.report("import-oa-parameter", pointer, `${p.in as string} parameter '${name}'`, "dropped", "only path and query parameters have a form yet");
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
    const defaultStyle = p.in === "query" ? "form" : "simple";
    if (
      (p.style !== undefined && p.style !== defaultStyle) ||
      (p.explode !== undefined && p.explode !== (defaultStyle === "form")) ||
      p.allowReserved === true
    )
      ctx.report("import-oa-parameter", pointer, `the serialization of parameter '${name}'`, "dropped", "parameters use the default style");
    const type = writer.type(schema, pointerJoin(pointer, "schema"), `${input.name}${name}`);
    const doc = jsDoc(docParts(p));
    const line = `${doc}${tsPropertyKey(name)}${p.in === "path" || p.required === true ? "" : "?"}: ${type};\n`;
    (p.in === "path" ? params : query).push(line);
  }
  return { params, query };
}

/** Whether the DSL marks a body required: a body whose fields are all optional may be omitted. */
function derivedRequired(ctx: OpenApiImport, schema: Json | undefined, pointer: string): boolean {
  const { value } = ctx.deref(schema ?? {}, pointer);
  if (!isObject(value)) return true;
  const objectLike = value.type === "object" || (value.type === undefined && isObject(value.properties));
  return !(objectLike && !(Array.isArray(value.required) && value.required.length > 0) && !value.allOf);
}

function bodyLine(input: OperationInput): string | undefined {
  const { ctx, writer, op } = input;
  if (op.requestBody === undefined) return undefined;
  const { value: body, pointer } = ctx.deref(op.requestBody, pointerJoin(input.pointer, "requestBody"));
  if (!isObject(body)) return undefined;
  const media = jsonMedia(ctx, body.content, pointerJoin(pointer, "content"), "request body");
  if (!media) return undefined;
  const schemaPointer = pointerJoin(pointer, "content", media.key, "schema");
  const declared = body.required === true;
  if (declared !== derivedRequired(ctx, media.schema, schemaPointer))
    ctx.report(
      "import-oa-request-body",
      pointerJoin(pointer, "required"),
      `'required: ${declared}'`,
      "approximate",
      "the DSL derives it from the body's required fields",
    );
  return `body: ${writer.type(media.schema, schemaPointer, `${input.name}Body`)};\n`;
}

export function endpointSource(input: OperationInput): string {
  const { op, writer, ctx } = input;
  const summary = typeof op.summary === "string" ? op.summary.trim() : "";
  const description = typeof op.description === "string" ? op.description.trim() : "";
  const doc = jsDoc({ text: [summary, description].filter(Boolean).join("\n\n"), tags: op.deprecated === true ? [{ name: "deprecated", text: "" }] : [] });
  if (isObject(op.callbacks))
    ctx.report("import-oa-webhook", pointerJoin(input.pointer, "callbacks"), "callbacks", "dropped", "callbacks have no form yet");
  if (Array.isArray(op.servers))
    ctx.report("import-oa-path", pointerJoin(input.pointer, "servers"), "operation servers", "dropped", "servers are set for the whole document");
  const { params, query } = parameterLines(input);
  const body = bodyLine(input);
  const { auth, security } = input.security.endpoint(op, input.pointer);
  const responses = responseLines(input, auth === "authenticated");
  writer.uses.add("Endpoint");
  const options = [
    `method: ${tsStringLiteral(input.method.toUpperCase())};\n`,
    `path: ${tsStringLiteral(input.path)};\n`,
    params.length > 0 ? `params: {\n${params.join("")}};\n` : "",
    query.length > 0 ? `query: {\n${query.join("")}};\n` : "",
    body ?? "",
    `responses: {\n${responses.join("")}};\n`,
    `auth: ${tsStringLiteral(auth)};\n`,
    security ? `security: ${security};\n` : "",
  ];
  return `${doc}${tsPropertyKey(input.name)}: Endpoint<{\n${options.join("")}}>;\n`;
}
