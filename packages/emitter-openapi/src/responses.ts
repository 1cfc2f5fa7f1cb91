/**
 * Responses per status code, from the model's effective responses: bodies in their media types, declared and
 * rate-limit headers, named examples. Error responses that only say a status and a body are shared
 * `components/responses` (the automatic 401/403/429 included), referenced from every operation.
 */
import { isSuccessStatus, type EndpointNode, type ResponseNode, type ResponseStatus, type SpecIR } from "@specloom/core";
import type { ExampleObject, HeaderObject, MediaTypeObject, ReferenceObject, ResponseObject, ResponsesObject } from "openapi3-ts/oas31";
import {
  cloneJson,
  getModel,
  hasEnvelope,
  isErrorStatus,
  LINK_HEADER,
  reasonPhrase,
  responseMediaTypes,
  type EffectiveResponse,
  type JsonSchema,
  type JsonSchemaSet,
} from "@specloom/model";
import type { SharedErrorResponses } from "./shared-responses";

export const RATE_LIMIT_HEADERS = ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"] as const;
export const RETRY_AFTER = "Retry-After";

/** components.headers: declared once, referenced by every rate-limited response. */
export function rateLimitHeaderComponents(): Record<string, HeaderObject> {
  const int = { type: "integer", format: "int32", minimum: 0 } as const;
  return {
    "X-RateLimit-Limit": { description: "Requests allowed in the current window.", schema: { ...int } },
    "X-RateLimit-Remaining": { description: "Requests left in the current window.", schema: { ...int } },
    "X-RateLimit-Reset": { description: "Seconds until the current window resets.", schema: { ...int } },
    [RETRY_AFTER]: { description: "Seconds to wait before retrying.", schema: { ...int } },
  };
}

export interface ResponseInputs {
  readonly ir: SpecIR;
  readonly endpoint: EndpointNode;
  readonly set: JsonSchemaSet;
  /** The document's shared error responses, filled as operations are built. */
  readonly shared: SharedErrorResponses;
  /** Operation @example values for the success body (when there is no request body). */
  readonly successExamples?: Record<string, ExampleObject>;
}

function rateLimitHeaders(endpoint: EndpointNode, status: ResponseStatus): Record<string, ReferenceObject> {
  if (!endpoint.rateLimit) return {};
  const names: string[] = [...RATE_LIMIT_HEADERS, ...(status === 429 ? [RETRY_AFTER] : [])];
  return Object.fromEntries(names.map((n) => [n, { $ref: `#/components/headers/${n}` }]));
}

/** A response's declared headers with their schemas (endpoints, webhooks and callbacks alike). */
export function declaredHeaders(r: ResponseNode, schemas: Readonly<Record<string, JsonSchema>> = {}): Record<string, HeaderObject> {
  const out: Record<string, HeaderObject> = {};
  for (const h of r.headers ?? []) {
    const header: HeaderObject = {};
    if (h.description) header.description = h.description;
    if (h.required) header.required = true;
    header.schema = schemas[h.name] ?? { type: "string" };
    out[h.name] = header;
  }
  return out;
}

/** Cursor pagination with `next: "link"`: the next page's URL is in the success response's `Link` header. */
function linkHeader(endpoint: EndpointNode, status: ResponseStatus, taken: ReadonlySet<string>): Record<string, HeaderObject> {
  const p = endpoint.pagination;
  if (!p || hasEnvelope(p) || !isSuccessStatus(status) || taken.has("link")) return {};
  return { [LINK_HEADER.name]: { description: LINK_HEADER.description, schema: LINK_HEADER.schema } };
}

/** Rate-limit headers, then declared ones; a declared header replaces a rate-limit header of the same name. */
function headersFor(inputs: ResponseInputs, r: EffectiveResponse): ResponseObject["headers"] {
  const declared = declaredHeaders(r, inputs.set.responseHeaders[inputs.endpoint.name]?.[String(r.status)]);
  const taken = new Set(Object.keys(declared).map((n) => n.toLowerCase()));
  const automatic = Object.entries(rateLimitHeaders(inputs.endpoint, r.status)).filter(([n]) => !taken.has(n.toLowerCase()));
  const all = { ...Object.fromEntries(automatic), ...linkHeader(inputs.endpoint, r.status, taken), ...declared };
  return Object.keys(all).length > 0 ? all : undefined;
}

export function declaredExamples(r: ResponseNode): Record<string, ExampleObject> | undefined {
  if (!r.examples?.length) return undefined;
  return Object.fromEntries(r.examples.map((e) => [e.name, { ...(e.summary !== undefined ? { summary: e.summary } : {}), value: cloneJson(e.value) }]));
}

/** The body in each of the response's media types, each with the examples. */
export function mediaContent(
  r: EffectiveResponse | ResponseNode,
  schema: JsonSchema,
  examples: Record<string, ExampleObject> | undefined,
): Record<string, MediaTypeObject> {
  return Object.fromEntries(
    responseMediaTypes(r).map((media) => {
      const content: MediaTypeObject = { schema };
      if (examples) content.examples = cloneJson(examples);
      return [media, content];
    }),
  );
}

/** A response's `content` bodies after its main body's media types: each media type with its own schema. */
export function withOtherContent(
  main: Record<string, MediaTypeObject> | undefined,
  schemas: Readonly<Record<string, JsonSchema>> | undefined,
): Record<string, MediaTypeObject> | undefined {
  if (!schemas || Object.keys(schemas).length === 0) return main;
  return { ...main, ...Object.fromEntries(Object.entries(schemas).map(([media, schema]) => [media, { schema }])) };
}

/** Whether an error response is only a status and a body, which every operation can share. */
function isShareable(r: EffectiveResponse): boolean {
  return isErrorStatus(r.status) && !r.headers?.length && !r.examples?.length && !r.contentTypes?.length && !r.content?.length;
}

export function operationResponses(inputs: ResponseInputs): ResponsesObject {
  const out: ResponsesObject = {};
  const bodies = inputs.set.responses[inputs.endpoint.name] ?? {};
  let exampled = false;
  for (const r of getModel(inputs.ir).responses(inputs.endpoint)) {
    const key = String(r.status);
    const description = r.description ?? reasonPhrase(r.status);
    if (isShareable(r)) {
      out[key] = inputs.shared.reference(r, bodies[key], description, inputs.endpoint.rateLimit !== undefined);
      continue;
    }
    const response: ResponseObject = { description };
    const headers = headersFor(inputs, r);
    if (headers) response.headers = headers;
    const schema = isErrorStatus(r.status) && !r.type ? inputs.shared.formatSchema(r) : bodies[key];
    if (schema && !r.noBody) {
      let examples = declaredExamples(r);
      // @example values describe the first success body, unless it names its own examples.
      if (!examples && !exampled && !isErrorStatus(r.status) && inputs.successExamples) {
        examples = inputs.successExamples;
        exampled = true;
      }
      response.content = mediaContent(r, schema, examples);
    }
    const content = withOtherContent(response.content, inputs.set.responseContent[inputs.endpoint.name]?.[key]);
    if (content) response.content = content;
    out[key] = response;
  }
  return out;
}
