/** The schemas of one endpoint (bodies, responses, headers, parameters, callbacks) and of one webhook, reusable by node. */
import {
  isSuccessStatus,
  pascalCase,
  statusNamePart,
  type EndpointNode,
  type ErrorBodyNode,
  type FieldNode,
  type ResponseStatus,
  type TypeNode,
  type WebhookNode,
} from "@specloom/core";
import { effectiveResponses, errorContextKey, type ErrorContext } from "../responses";
import { endpointRoute } from "../route";
import { ref, type JsonSchema } from "./json-schema";
import { ENVELOPE_PREFIX, hasEnvelope, paginationEnvelope, paginationParameters, type ParameterSchema } from "./pagination";
import {
  fieldParameter,
  headerAndCookieParameters,
  outgoingSchemas,
  responseContentSchemas,
  responseHeaderSchemas,
  type OutgoingSchemas,
} from "./requests";
import { contextFor, SchemaUnits, type SchemaServices } from "./schema-units";
import { typeSchema, type TypeContext } from "./type-schema";

export interface EndpointSchemas {
  readonly body?: JsonSchema;
  /** By status: responses with a typed body. */
  readonly responses: Readonly<Record<string, JsonSchema>>;
  /** By status, then header name: responses declaring headers (absent when none does). */
  readonly responseHeaders?: Readonly<Record<string, Readonly<Record<string, JsonSchema>>>>;
  /** By status, then media type: the bodies of `content` (absent when no response has one). */
  readonly responseContent?: Readonly<Record<string, Readonly<Record<string, JsonSchema>>>>;
  readonly parameters: readonly ParameterSchema[];
  readonly callbacks?: Readonly<Record<string, OutgoingSchemas>>;
}

function endpointParameters(endpoint: EndpointNode, ctx: TypeContext): ParameterSchema[] {
  const hint = pascalCase(endpoint.name);
  const param = (f: FieldNode, where: "path" | "query"): ParameterSchema => fieldParameter(f, where, ctx, hint);
  const out = endpoint.params.map((f) => param(f, "path"));
  // A `:param` the IR does not type still has to be declared (OpenAPI requires it).
  for (const name of endpointRoute(endpoint).params) {
    if (!out.some((p) => p.name === name)) out.push({ name, in: "path", required: true, schema: { type: "string" } });
  }
  out.push(...endpoint.query.map((f) => param(f, "query")));
  if (endpoint.pagination) {
    for (const p of paginationParameters(endpoint.pagination)) if (!out.some((o) => o.name === p.name && o.in === "query")) out.push(p);
  }
  out.push(...headerAndCookieParameters(endpoint, ctx, hint));
  return out;
}

function itemName(s: SchemaServices, items: TypeNode, endpoint: EndpointNode): string {
  if (items.kind !== "ref") return `${pascalCase(endpoint.name)}Item`;
  // A model's list is named after its API name (`Entity<{ schemaName }>`), like its component.
  return items.refKind === "model" ? (s.lookup.models.get(items.name)?.schemaName ?? items.name) : items.name;
}

function responseSchema(s: SchemaServices, endpoint: EndpointNode, type: TypeNode, status: ResponseStatus): JsonSchema {
  const ctx = contextFor(s, "response");
  const hint = `${pascalCase(endpoint.name)}Response`;
  const p = endpoint.pagination;
  // A paginated list declared as a bare array gets the standard envelope.
  if (p && hasEnvelope(p) && isSuccessStatus(status) && type.kind === "array") {
    const items = typeSchema(type.items, ctx, hint + "Item");
    const name = `${ENVELOPE_PREFIX[p.style]}${itemName(s, type.items, endpoint)}`;
    return ref(s.hoist(name, paginationEnvelope(p, items)));
  }
  return typeSchema(type, ctx, hint);
}

function deriveEndpointSchemas(s: SchemaServices, endpoint: EndpointNode, errors: ErrorContext): EndpointSchemas {
  const body = endpoint.body;
  const patched = body?.kind === "ref" && body.refKind === "model" && endpoint.method === "PATCH" ? s.lookup.models.get(body.name) : undefined;
  const bodySchema = patched
    ? ref(s.patchVariant(patched))
    : body
      ? typeSchema(body, contextFor(s, "request"), `${pascalCase(endpoint.name)}Body`)
      : undefined;
  const responses: Record<string, JsonSchema> = {};
  const headers: Record<string, Record<string, JsonSchema>> = {};
  const content: Record<string, Record<string, JsonSchema>> = {};
  for (const r of effectiveResponses(endpoint, errors)) {
    if (r.type && r.status !== 204) responses[String(r.status)] = responseSchema(s, endpoint, r.type, r.status);
    if (r.content?.length)
      content[String(r.status)] = responseContentSchemas(r, contextFor(s, "response"), `${pascalCase(endpoint.name)}Response${statusNamePart(r.status)}`);
    if (r.headers?.length)
      headers[String(r.status)] = responseHeaderSchemas(r, contextFor(s, "response"), `${pascalCase(endpoint.name)}Response${statusNamePart(r.status)}`);
  }
  const parameters = endpointParameters(endpoint, contextFor(s, "request"));
  const hint = pascalCase(endpoint.name);
  const callbacks = endpoint.callbacks?.length
    ? Object.fromEntries(endpoint.callbacks.map((c) => [c.name, outgoingSchemas(c, contextFor(s, "response"), contextFor(s, "request"), hint)]))
    : undefined;
  return {
    ...(bodySchema ? { body: bodySchema } : {}),
    responses,
    ...(Object.keys(headers).length > 0 ? { responseHeaders: headers } : {}),
    ...(Object.keys(content).length > 0 ? { responseContent: content } : {}),
    parameters,
    ...(callbacks ? { callbacks } : {}),
  };
}

// The error context is new with every IR: its group error body and key decide whether the cached schemas still hold.
const endpointUnits = new SchemaUnits<EndpointNode, EndpointSchemas, ErrorContext>(deriveEndpointSchemas);

export function endpointSchemas(s: SchemaServices, endpoint: EndpointNode, errors: ErrorContext): EndpointSchemas {
  const inputs: readonly [ErrorBodyNode | undefined, string] = [errors.api?.errorBody, errorContextKey(errors)];
  return endpointUnits.get(s, endpoint, inputs, errors);
}

const webhookUnits = new SchemaUnits<WebhookNode, OutgoingSchemas>((s, w) => outgoingSchemas(w, contextFor(s, "response"), contextFor(s, "request"), ""));

export function webhookSchemas(s: SchemaServices, webhook: WebhookNode): OutgoingSchemas {
  return webhookUnits.get(s, webhook, [], undefined);
}
