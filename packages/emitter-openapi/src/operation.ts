/** One OpenAPI operation from one IR endpoint. */
import type { ApiNode, EndpointNode, SpecIR } from "@specloom/core";
import type { ExampleObject, OperationObject } from "openapi3-ts/oas31";
import { cloneJson, type JsonSchemaSet } from "@specloom/model";
import { buildOutgoingOperation } from "./outgoing";
import { examplesMap, parameterObject, requestBodyObject, schemaNamedExamples } from "./request-body";
import { operationResponses } from "./responses";
import type { SharedErrorResponses } from "./shared-responses";
import { authDescription, authExtension, operationSecurity } from "./security";

/** `getUser` -> `Get user`: a summary for endpoints without JSDoc. */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** First sentence of the JSDoc summary: OpenAPI summaries are one line. */
export function firstSentence(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  const m = /^(.+?[.!?])\s+(?=[A-Z`])/.exec(line);
  return m ? m[1]! : line;
}

function rateLimitLine(endpoint: EndpointNode): string | undefined {
  const r = endpoint.rateLimit;
  if (!r) return undefined;
  const unit =
    r.windowSeconds === 1
      ? "second"
      : r.windowSeconds === 60
        ? "minute"
        : r.windowSeconds === 3600
          ? "hour"
          : r.windowSeconds === 86400
            ? "day"
            : `${r.windowSeconds} seconds`;
  return `**Rate limit:** ${r.limit} requests per ${unit} per ${r.per === "ip" ? "IP" : "user"}.`;
}

export interface OperationInputs {
  readonly ir: SpecIR;
  readonly api: ApiNode;
  readonly endpoint: EndpointNode;
  readonly set: JsonSchemaSet;
  readonly shared: SharedErrorResponses;
  /** operationExamples(ir, endpoint) */
  readonly examples: Record<string, ExampleObject> | undefined;
}

/** The endpoint's `@example`s, else the named examples of the schema or model it receives. */
export function operationExamples(ir: SpecIR, endpoint: EndpointNode): Record<string, ExampleObject> | undefined {
  return examplesMap(endpoint.docs.examples, endpoint.docs.namedExamples) ?? schemaNamedExamples(ir, endpoint.body);
}

export function buildOperation({ ir, api, endpoint, set, shared, examples }: OperationInputs): OperationObject {
  const docs = endpoint.docs;
  const summary = docs.summary ? firstSentence(docs.summary) : humanize(endpoint.name);
  const text = (docs.description ?? docs.summary ?? "").trim();
  const description = [
    text && text !== summary ? text : undefined,
    typeof docs.deprecated === "string" ? `**Deprecated:** ${docs.deprecated}` : undefined,
    authDescription(ir, endpoint),
    rateLimitLine(endpoint),
  ].filter((x): x is string => Boolean(x));

  const tags = [api.tag, ...(endpoint.tags ?? []).filter((t) => t !== api.tag)];
  const op: OperationObject = { tags, summary, description: description.join("\n\n"), operationId: endpoint.operationId ?? endpoint.name };
  if (endpoint.externalDocs) op.externalDocs = { ...endpoint.externalDocs };
  if (endpoint.servers) op.servers = endpoint.servers.map((s) => ({ ...s }));
  if (docs.deprecated) op.deprecated = true;
  const params = set.parameters[endpoint.name] ?? [];
  if (params.length > 0) op.parameters = params.map(parameterObject);

  const body = set.bodies[endpoint.name];
  if (body) op.requestBody = requestBodyObject(endpoint, body, set, examples);
  const callbacks = endpoint.callbacks?.length ? set.callbacks[endpoint.name] : undefined;
  if (endpoint.callbacks && callbacks) {
    op.callbacks = Object.fromEntries(
      endpoint.callbacks.map((c) => [c.name, { [c.expression]: { [c.method.toLowerCase()]: buildOutgoingOperation(c, callbacks[c.name]!, set, {}) } }]),
    );
  }
  op.responses = operationResponses({
    ir,
    endpoint,
    set,
    shared,
    successExamples: body ? undefined : examples,
  });
  op.security = operationSecurity(ir, endpoint);
  op["x-specloom-auth"] = authExtension(endpoint);
  if (endpoint.rateLimit) {
    const r = endpoint.rateLimit;
    op["x-specloom-rate-limit"] = { limit: r.limit, window_seconds: r.windowSeconds, per: r.per, raw: r.raw };
  }
  return Object.assign(op, cloneJson(endpoint.extensions ?? {}));
}
