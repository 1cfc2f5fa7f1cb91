/** Responses per status code (the model's effective responses): success bodies, the shared error format, rate-limit headers. */
import { pascalCase, type EndpointNode, type SpecIR } from "@specloom/core";
import type { ExampleObject, HeaderObject, MediaTypeObject, ReferenceObject, ResponseObject, ResponsesObject } from "openapi3-ts/oas31";
import { cloneJson, effectiveResponses, ERROR_RESPONSE, errorCode, ref, reasonErrorExample, reasonPhrase, type JsonSchema } from "@specloom/model";

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
  /** Success body schemas by status. */
  readonly schemas: Readonly<Record<string, JsonSchema>>;
  /** components.examples names of configured error examples, by status. */
  readonly errorExamples: ReadonlyMap<number, readonly string[]>;
  /** Operation @example values for the success body (when there is no request body). */
  readonly successExamples?: Record<string, ExampleObject>;
}

function headersFor(endpoint: EndpointNode, status: number): Record<string, ReferenceObject> | undefined {
  if (!endpoint.rateLimit) return undefined;
  const names: string[] = [...RATE_LIMIT_HEADERS, ...(status === 429 ? [RETRY_AFTER] : [])];
  return Object.fromEntries(names.map((n) => [n, { $ref: `#/components/headers/${n}` }]));
}

/**
 * The endpoint's own reason first (it is precise), then the config's examples for
 * the status; the reason is left out when a configured example has the same code.
 */
function errorContent(inputs: ResponseInputs, status: number, reason: string): MediaTypeObject {
  const configured = inputs.errorExamples.get(status) ?? [];
  const examples: Record<string, ExampleObject | ReferenceObject> = {};
  const own = pascalCase(errorCode(inputs.ir, status).toLowerCase()) || "Error";
  if (!configured.includes(own)) examples[own] = reasonErrorExample(inputs.ir, status, reason);
  for (const name of configured) examples[name] = { $ref: `#/components/examples/${name}` };
  return { schema: ref(ERROR_RESPONSE), examples };
}

export function operationResponses(inputs: ResponseInputs): ResponsesObject {
  const out: ResponsesObject = {};
  let exampled = false;
  for (const r of effectiveResponses(inputs.endpoint)) {
    const key = String(r.status);
    const description = r.description ?? reasonPhrase(r.status);
    const response: ResponseObject = { description };
    const headers = headersFor(inputs.endpoint, r.status);
    if (headers) response.headers = headers;
    if (r.status >= 400) {
      response.content = { "application/json": errorContent(inputs, r.status, description) };
    } else if (inputs.schemas[key]) {
      const media: MediaTypeObject = { schema: cloneJson(inputs.schemas[key]) };
      // @example values describe the first success body.
      if (!exampled && inputs.successExamples) {
        media.examples = inputs.successExamples;
        exampled = true;
      }
      response.content = { "application/json": media };
    }
    out[key] = response;
  }
  return out;
}
