/**
 * Effective responses: what an endpoint answers, declared or implied. Auth
 * implies 401 (and 403 with roles or ownership), a rate limit implies 429,
 * unless `automaticResponses: false` (endpoint, group or errors config) says
 * the declared responses are all of them.
 * OpenAPI documents these, and the checker only asks for what neither the
 * author nor this automatic set covers, so the two cannot disagree.
 *
 * Each error response also gets its body resolved here, once: a body the author
 * declared at the status wins, then the endpoint's `errorBody`, the group's, the
 * config's `errors.model`, and last the config's `errors.format` (the seed's
 * shape by default). A declared body is never swapped for a default.
 */
import { compareStatuses, statusClass } from "@specloom/core";
import type { ApiNode, EndpointNode, ErrorBodyNode, ErrorsConfig, ResponseNode, ResponseStatus, SpecIR, TypeNode } from "@specloom/core";
import { irIndex } from "./ir-index";
import { nodeMemo, nodeMemoWith } from "./node-cache";

export type ResponseOrigin = "declared" | "auth" | "rateLimit";

/** A built-in error format: the seed's `{ error: { code, message, … } }` or RFC 7807 problem details. */
export type ErrorFormat = "specloom" | "problem+json";

/** Where an error response's body comes from. */
export type ErrorBodySource = "status" | "endpoint" | "api" | "config";

export interface EffectiveResponse extends ResponseNode {
  readonly origin: ResponseOrigin;
  /** Error responses (4xx/5xx) whose body is a built-in format: which one. */
  readonly errorFormat?: ErrorFormat;
  /** Error responses: where the body (or its absence) was decided. */
  readonly errorBodySource?: ErrorBodySource;
}

const REASONS: Readonly<Record<number, string>> = {
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "No content",
  301: "Moved permanently",
  302: "Found",
  303: "See other",
  304: "Not modified",
  307: "Temporary redirect",
  308: "Permanent redirect",
  400: "Bad request",
  401: "Unauthorized (missing or invalid token)",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  422: "Unprocessable entity",
  429: "Too many requests",
  500: "Internal server error",
  503: "Service unavailable",
};

const CLASS_REASONS = ["", "Informational", "Success", "Redirection", "Client error", "Server error"] as const;

export function reasonPhrase(status: ResponseStatus): string {
  if (status === "default") return "Unexpected error";
  return (typeof status === "number" ? REASONS[status] : undefined) ?? CLASS_REASONS[statusClass(status) ?? 0] ?? "";
}

/**
 * 4xx and 5xx, their ranges, and `default`: what an API answers when nothing else applies is, in practice, its
 * error, so a `default` written as a reason gets the error body like any error status.
 */
export function isErrorStatus(status: ResponseStatus): boolean {
  const c = statusClass(status);
  return c === undefined || c >= 4;
}

/** Media types of a response body: declared ones, else JSON (problem+json for RFC 7807 bodies). */
export function responseMediaTypes(r: ResponseNode & { readonly errorFormat?: ErrorFormat }): readonly string[] {
  if (r.contentTypes && r.contentTypes.length > 0) return r.contentTypes;
  return [r.errorFormat === "problem+json" ? "application/problem+json" : "application/json"];
}

/** What decides the error bodies of one endpoint: its group and the config. */
export interface ErrorContext {
  readonly api?: ApiNode;
  readonly errors?: ErrorsConfig;
  /** The type `errors.model` names, when it names a declared one. */
  readonly model?: TypeNode;
}

export function errorContext(ir: SpecIR, api: ApiNode | undefined): ErrorContext {
  // Asked per API group by the model and the JSON Schemas: once per IR and group.
  let perIr = errorContexts.get(ir);
  if (!perIr) errorContexts.set(ir, (perIr = new Map<ApiNode | undefined, ErrorContext>()));
  let ctx = perIr.get(api);
  if (!ctx) perIr.set(api, (ctx = deriveErrorContext(ir, api)));
  return ctx;
}

const errorContexts = new WeakMap<SpecIR, Map<ApiNode | undefined, ErrorContext>>();

function deriveErrorContext(ir: SpecIR, api: ApiNode | undefined): ErrorContext {
  const errors = ir.config.errors?.value;
  const name = errors?.model;
  const index = irIndex(ir);
  const refKind = !name
    ? undefined
    : index.models.has(name)
      ? ("model" as const)
      : index.schemas.has(name)
        ? ("schema" as const)
        : index.enums.has(name)
          ? ("enum" as const)
          : undefined;
  return { ...(api ? { api } : {}), ...(errors ? { errors } : {}), ...(name && refKind ? { model: { kind: "ref", name, refKind } } : {}) };
}

type ErrorBody = Pick<EffectiveResponse, "type" | "noBody" | "errorFormat" | "errorBodySource">;

function fromNode(node: ErrorBodyNode, source: ErrorBodySource): ErrorBody {
  return node.type ? { type: node.type, errorBodySource: source } : { noBody: true, errorBodySource: source };
}

/** The error body of an endpoint's error responses that declare none themselves. */
export function defaultErrorBody(endpoint: EndpointNode, ctx: ErrorContext): ErrorBody {
  // A response to HEAD never has content (RFC 9110 §9.3.2): its errors are bodiless whatever the project's error body is.
  if (endpoint.method === "HEAD") return { noBody: true, errorBodySource: "endpoint" };
  if (endpoint.errorBody) return fromNode(endpoint.errorBody, "endpoint");
  if (ctx.api?.errorBody) return fromNode(ctx.api.errorBody, "api");
  if (ctx.model) return { type: ctx.model, errorBodySource: "config" };
  return { errorFormat: ctx.errors?.format ?? "specloom", errorBodySource: "config" };
}

function withErrorBody(r: Omit<EffectiveResponse, keyof ErrorBody> & ErrorBody, endpoint: EndpointNode, ctx: ErrorContext): EffectiveResponse {
  if (!isErrorStatus(r.status)) return r;
  if (r.type || r.noBody) return { ...r, errorBodySource: "status" };
  return { ...r, ...defaultErrorBody(endpoint, ctx) };
}

/** Whether the automatic 401/403/429 apply: the endpoint's `automaticResponses`, else its group's, else the errors config's. */
export function automaticResponses(endpoint: EndpointNode, ctx: ErrorContext = {}): boolean {
  return endpoint.automaticResponses ?? ctx.api?.automaticResponses ?? ctx.errors?.automaticResponses ?? true;
}

/**
 * The endpoint's declared responses plus the automatic ones not declared, sorted by status, error bodies resolved.
 * The result is shared (cached by node identity): read it, do not change it.
 */
export function effectiveResponses(endpoint: EndpointNode, ctx?: ErrorContext): EffectiveResponse[] {
  return ctx ? responsesIn(endpoint, [ctx.api?.errorBody, errorContextKey(ctx)], ctx) : responsesAlone(endpoint);
}

const contextKeys = new WeakMap<ErrorContext, string>();

/** What of an error context the responses read, besides the group's error body: equal keys, equal responses. */
export function errorContextKey(ctx: ErrorContext): string {
  let key = contextKeys.get(ctx);
  if (key === undefined)
    contextKeys.set(ctx, (key = JSON.stringify([ctx.errors?.format, ctx.model, ctx.errors?.automaticResponses, ctx.api?.automaticResponses])));
  return key;
}

const responsesAlone = nodeMemo((endpoint: EndpointNode) => deriveResponses(endpoint, {}));
// The context is a new object with every IR: its inputs decide whether the cached responses still hold.
const responsesIn = nodeMemoWith<EndpointNode, readonly [ErrorBodyNode | undefined, string], ErrorContext, EffectiveResponse[]>(deriveResponses);

function deriveResponses(endpoint: EndpointNode, ctx: ErrorContext): EffectiveResponse[] {
  const out: EffectiveResponse[] = endpoint.responses.map((r) => ({ ...r, origin: "declared" }));
  if (!automaticResponses(endpoint, ctx)) return out.map((r) => withErrorBody(r, endpoint, ctx)).sort((a, b) => compareStatuses(a.status, b.status));
  // Exact codes only: a declared `4XX` documents any client error, the automatic 401 says which one and why.
  const has = (s: number) => out.some((r) => r.status === s);
  const auth = endpoint.auth;
  if (auth.kind === "authenticated") {
    if (!has(401)) out.push({ kind: "response", status: 401, description: "Unauthorized (missing or invalid token)", origin: "auth" });
    if (!has(403) && (auth.roles.length > 0 || auth.ownership)) {
      const description = auth.ownership ? "Forbidden (not the owner, and no bypass role)" : "Forbidden (missing role)";
      out.push({ kind: "response", status: 403, description, origin: "auth" });
    }
  }
  if (endpoint.rateLimit && !has(429)) {
    out.push({ kind: "response", status: 429, description: `Too many requests (limit: ${endpoint.rateLimit.raw})`, origin: "rateLimit" });
  }
  return out.map((r) => withErrorBody(r, endpoint, ctx)).sort((a, b) => compareStatuses(a.status, b.status));
}
