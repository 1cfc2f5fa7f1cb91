/**
 * An operation's responses → the `responses` of its Endpoint: a plain body type
 * where that says everything, else `Response<Body, { description, headers,
 * contentType }>` (`Response<void, …>` without a body), at any status, error
 * bodies included.
 */
import { BODILESS_STATUSES, parseResponseStatus, statusClass, statusNamePart, tsPropertyKey, tsStringLiteral, type ResponseStatus } from "@specloom/core";
import { isObject, mediaTypeKeys, pointerJoin, type Json, type JsonObject } from "./context";
import { docParts, jsDoc } from "./docs";
import { canonical } from "./canonical";
import type { OperationInput } from "./operation";
import { sharedResponseLine } from "./shared-responses";

/**
 * The body type and media types of a `content` map: the media types whose schema is the main one's (JSON's, else the
 * first's) share its body; each other one is a `content` entry with its own type.
 */
function body(input: OperationInput, content: Json | undefined, pointer: string, hint: string): { type: string; mediaTypes: string[]; others: string[] } {
  const { writer } = input;
  const keys = mediaTypeKeys(input.ctx, content, pointer);
  if (!isObject(content) || keys.length === 0) return { type: "void", mediaTypes: [], others: [] };
  const main = keys.find((k) => k.toLowerCase() === "application/json") ?? keys[0]!;
  const schemaOf = (k: string): Json | undefined => (isObject(content[k]) ? content[k].schema : undefined);
  const mediaTypes = [main];
  const others: string[] = [];
  for (const k of keys) {
    if (k === main) continue;
    if (canonical(schemaOf(k)) === canonical(schemaOf(main))) mediaTypes.push(k);
    else if (keys.some((other) => other !== k && other.toLowerCase() === k.toLowerCase()))
      input.ctx.report("import-oa-media-type", pointerJoin(pointer, k), `media type '${k}'`, "dropped", "another spelling of it has another schema");
    else {
      const type = writer.type(
        schemaOf(k),
        pointerJoin(pointer, k, "schema"),
        `${hint}${k.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, _s, c: string) => c.toUpperCase())}`,
      );
      others.push(`${tsPropertyKey(k)}: ${type};\n`);
    }
  }
  return { type: writer.type(schemaOf(main), pointerJoin(pointer, main, "schema"), hint), mediaTypes, others };
}

/**
 * A header's type when its Header Object has no `schema` (a header carries a scalar; `unknown` would not build):
 * the schema of its `content`, else a string, reported either way.
 */
function headerSchema(input: OperationInput, h: JsonObject, at: string): string | undefined {
  if (h.schema !== undefined) return undefined;
  const first = isObject(h.content) ? Object.values(h.content)[0] : undefined;
  const schema = isObject(first) ? first.schema : undefined;
  const what = isObject(h.content) ? "a header described by 'content'" : "a header without a schema";
  const fallback =
    schema === undefined ? "string" : input.writer.type(schema, pointerJoin(at, "content", Object.keys(h.content as JsonObject)[0]!, "schema"), "Header");
  input.ctx.report(
    "import-oa-response-headers",
    at,
    what,
    "approximate",
    `it is written as ${fallback === "string" ? "a string" : "its content's schema"}`,
  );
  return fallback;
}

function headerLines(input: OperationInput, headers: Json | undefined, pointer: string, hint: string): string[] {
  const { ctx, writer } = input;
  if (!isObject(headers)) return [];
  const lines: string[] = [];
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === "content-type") continue; // described by the media types
    const { value: h, pointer: at } = ctx.deref(headers[name]!, pointerJoin(pointer, name));
    if (!isObject(h)) continue;
    const type = headerSchema(input, h, at) ?? writer.type(h.schema, pointerJoin(at, "schema"), `${hint}${name.replace(/[^A-Za-z0-9]/g, "")}`);
    lines.push(`${jsDoc(docParts(h))}${tsPropertyKey(name)}${h.required === true ? "" : "?"}: ${type};\n`);
  }
  return lines;
}

/**
 * One response as the line of its status, or, with `sharedAs`, as the `Response<…>` type a shared declaration of
 * that name aliases (always the long form: the alias serves any status).
 */
function responseSource(input: OperationInput, parsed: ResponseStatus, r: JsonObject, pointer: string, sharedAs?: string): string {
  const { ctx } = input;
  // A range (`2XX`) or `default` has no code: NaN keeps the code-only checks below false, its class decides the rest.
  const code = typeof parsed === "number" ? parsed : NaN;
  const cls = statusClass(parsed);
  const error = cls === undefined || cls >= 4;
  const status = String(parsed);
  const key = typeof parsed === "number" ? status : tsPropertyKey(status);
  if (isObject(r.links))
    ctx.report("import-oa-response-headers", pointerJoin(pointer, "links"), `links of response ${status}`, "dropped", "links have no form");
  const hint = sharedAs ? `${sharedAs}Body` : `${input.name.charAt(0).toUpperCase()}${input.name.slice(1)}Response${statusNamePart(parsed)}`;
  let content = body(input, r.content, pointerJoin(pointer, "content"), hint);
  if (BODILESS_STATUSES.has(code) && content.type !== "void") {
    const what = `the body of response ${status}`;
    ctx.report("import-oa-media-type", pointerJoin(pointer, "content"), what, "dropped", `a ${status} response never has a body`);
    content = { type: "void", mediaTypes: [], others: [] };
  }
  const headers = headerLines(input, r.headers, pointerJoin(pointer, "headers"), hint);
  const description = typeof r.description === "string" ? r.description.trim() : "";
  const json = content.mediaTypes.length === 1 && content.mediaTypes[0]!.toLowerCase() === "application/json";
  if (content.type === "void" && (cls === 2 || cls === 3) && code !== 204) ctx.relaxedRules.add("response-schema-missing");
  // The short forms a person would write when they say everything (a shared declaration serves any status: never short).
  const simple = headers.length === 0 && content.others.length === 0;
  if (sharedAs === undefined && simple && code === 204) return `${jsDoc({ text: description, tags: [] })}${key}: NoContent;\n`;
  if (sharedAs === undefined && simple && json && !error) return `${jsDoc({ text: description, tags: [] })}${key}: ${content.type};\n`;
  const options = [
    description ? `description: ${tsStringLiteral(description)};\n` : "",
    headers.length > 0 ? `headers: {\n${headers.join("")}};\n` : "",
    content.mediaTypes.length > 0 && !json
      ? `contentType: ${content.mediaTypes.length === 1 ? tsStringLiteral(content.mediaTypes[0]!) : `[${content.mediaTypes.map((m) => tsStringLiteral(m)).join(", ")}]`};\n`
      : "",
    content.others.length > 0 ? `content: {\n${content.others.join("")}};\n` : "",
  ].join("");
  input.writer.uses.add("Response");
  const type = `Response<${content.type}${options ? `, {\n${options}}` : ""}>`;
  return sharedAs ? type : `${key}: ${type};\n`;
}

export function responseLines(input: OperationInput, authenticated: boolean): string[] {
  const { ctx, op } = input;
  const lines: string[] = [];
  const responses = isObject(op.responses) ? op.responses : {};
  const seen = new Set<ResponseStatus>();
  for (const written of Object.keys(responses)) {
    const at = pointerJoin(input.pointer, "responses", written);
    // OpenAPI spells ranges with an uppercase X; tools read `2xx` the same way.
    const status = parseResponseStatus(/^[1-5]xx$/.test(written) ? written.toUpperCase() : written);
    if (status === undefined) {
      ctx.report("import-oa-status", at, `response '${written}'`, "dropped", "a response is keyed by a status code, a range (2XX) or default");
      continue;
    }
    // `2xx` beside `2XX`: one key of the object type, so the second spelling is reported, not written twice.
    if (seen.has(status)) {
      ctx.report("import-oa-status", at, `response '${written}'`, "dropped", `it repeats response '${status}' in another spelling`);
      continue;
    }
    seen.add(status);
    const { value: r, pointer } = ctx.deref(responses[written]!, at);
    if (!isObject(r)) continue;
    const shared = sharedResponseLine(input, status, responses[written]!, (name) => responseSource(input, status, r, pointer, name));
    lines.push(shared ?? responseSource(input, status, r, pointer));
  }
  if (!Object.keys(responses).some((s) => /^2(\d\d|xx)$/i.test(s))) ctx.relaxedRules.add("response-schema-missing");
  if (authenticated && input.security.schemes.size === 0) ctx.relaxedRules.add("auth-config-missing");
  return lines;
}
