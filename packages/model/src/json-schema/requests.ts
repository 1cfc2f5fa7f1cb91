/**
 * Parameters (path, query, header, cookie) and the schemas of requests the API sends
 * (webhooks and callbacks): shared by the OpenAPI document and the TypeBox validators.
 */
import { compareStatuses, pascalCase, statusNamePart, type FieldNode, type OutgoingRequest, type ResponseNode } from "@specloom/core";
import type { JsonSchema } from "./json-schema";
import type { ParameterSchema } from "./pagination";
import { fieldSchema, typeSchema, type TypeContext } from "./type-schema";

/** One declared parameter; it carries its docs itself, the schema only the type and constraints. */
export function fieldParameter(f: FieldNode, where: ParameterSchema["in"], ctx: TypeContext, hint: string): ParameterSchema {
  const schema = fieldSchema({ ...f, docs: {}, visibility: "normal" }, ctx, hint);
  return {
    name: f.name,
    in: where,
    required: where === "path" || !f.optional,
    schema,
    ...(f.docs.description ? { description: f.docs.description } : {}),
    ...(f.docs.deprecated ? { deprecated: true } : {}),
    ...(f.docs.examples?.length ? { examples: f.docs.examples } : {}),
    ...(f.docs.namedExamples?.length ? { namedExamples: f.docs.namedExamples } : {}),
  };
}

/** Header then cookie parameters, in declaration order (after path and query, as OpenAPI lists them). */
export function headerAndCookieParameters(
  source: { readonly headers?: readonly FieldNode[]; readonly cookies?: readonly FieldNode[] },
  ctx: TypeContext,
  hint: string,
): ParameterSchema[] {
  return [
    ...(source.headers ?? []).map((f) => fieldParameter(f, "header", ctx, hint)),
    ...(source.cookies ?? []).map((f) => fieldParameter(f, "cookie", ctx, hint)),
  ];
}

/** The schemas of a response's declared headers, by name (endpoints and webhooks alike). */
export function responseHeaderSchemas(r: ResponseNode, ctx: TypeContext, hint: string): Record<string, JsonSchema> {
  return Object.fromEntries((r.headers ?? []).map((h) => [h.name, typeSchema(h.type, ctx, hint + pascalCase(h.name))]));
}

/** The schemas of one webhook or callback. */
export interface OutgoingSchemas {
  /** Header parameters of the request. */
  readonly parameters: readonly ParameterSchema[];
  readonly body?: JsonSchema;
  /** Typed bodies of the receiver's responses, by status. */
  readonly responses: Readonly<Record<string, JsonSchema>>;
  /** Declared response header schemas, by status, then header name (only responses declaring headers). */
  readonly responseHeaders: Readonly<Record<string, Readonly<Record<string, JsonSchema>>>>;
  /** The bodies of a response's `content`, by status, then media type (absent when no response has one). */
  readonly responseContent?: Readonly<Record<string, Readonly<Record<string, JsonSchema>>>>;
}

/** A response's `content` bodies by media type. */
export function responseContentSchemas(r: ResponseNode, ctx: TypeContext, hint: string): Record<string, JsonSchema> {
  return Object.fromEntries((r.content ?? []).map((c) => [c.mediaType, typeSchema(c.type, ctx, hint + pascalCase(c.mediaType))]));
}

/**
 * The API writes the request (response-shaped: server fields included, write-only ones not)
 * and reads the receiver's answer (request-shaped).
 */
export function outgoingSchemas(r: OutgoingRequest, sent: TypeContext, received: TypeContext, hint: string): OutgoingSchemas {
  const base = hint + pascalCase(r.name);
  const responses: Record<string, JsonSchema> = {};
  const responseHeaders: Record<string, Record<string, JsonSchema>> = {};
  const responseContent: Record<string, Record<string, JsonSchema>> = {};
  for (const res of [...r.responses].sort((x, y) => compareStatuses(x.status, y.status))) {
    if (res.type && res.status !== 204) responses[String(res.status)] = typeSchema(res.type, received, `${base}Reply`);
    if (res.content?.length) responseContent[String(res.status)] = responseContentSchemas(res, received, `${base}Reply${statusNamePart(res.status)}`);
    if (res.headers?.length) responseHeaders[String(res.status)] = responseHeaderSchemas(res, received, `${base}Reply${statusNamePart(res.status)}`);
  }
  return {
    parameters: headerAndCookieParameters(r, sent, base),
    ...(r.body ? { body: typeSchema(r.body, sent, `${base}Payload`) } : {}),
    responses,
    responseHeaders,
    ...(Object.keys(responseContent).length > 0 ? { responseContent } : {}),
  };
}
