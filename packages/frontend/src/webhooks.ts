/**
 * Requests the API sends: `interface OrderEvents extends Webhooks { orderPaid: Webhook<{…}> }`
 * → WebhookNodes, and an endpoint's `callbacks: { onPaid: Callback<"{$request.body#/url}", {…}> }`
 * → CallbackNodes. Both read their request side like an endpoint does.
 */
import ts from "typescript";
import type { ApiNode, AuthConfig, CallbackNode, OutgoingRequest, SourceLocation, WebhookNode } from "@specloom/core";
import type { FrontendContext } from "./context";
import { readDocs } from "./docs";
import { declOf } from "./locate";
import { checkOptionKeys } from "./option-keys";
import { optionReader, readRequestParts } from "./request-options";
import { readResponses } from "./responses";
import { nonNullableTypeOf, asString, markerOptions } from "./type-values";
import { readSecurity } from "./api-options";
import { checkRequirements } from "./security-checks";
import { isHttpMethod, reportMethod } from "./methods";

/** `{$request.body#/url}`, `{$request.header.X-Hook}`, `{$url}` … (OpenAPI runtime expressions). */
const RUNTIME_EXPRESSION =
  /^\$(url|method|statusCode|(request|response)\.(header\.[!#$%&'*+\-.^_`|~0-9A-Za-z]+|body(#(\/[^/{}]*)*)?)|request\.(query|path)\.[^{}\s]+)$/;

/** Why a callback URL cannot be used, or undefined when it is a URL template of runtime expressions. */
export function callbackUrlProblem(url: string): string | undefined {
  if (url.trim() === "" || /\s/.test(url)) return "it is empty or contains whitespace";
  const outside = url.replace(/\{[^{}]*\}/g, "");
  if (/[{}]/.test(outside)) return "its braces do not pair up";
  for (const m of url.matchAll(/\{([^{}]*)\}/g)) {
    if (!RUNTIME_EXPRESSION.test(m[1]!))
      return `'{${m[1]}}' is not a runtime expression ($url, $method, $request.body#/…, $request.header.…, $request.query.…, $request.path.…, $response.…)`;
  }
  if (!url.includes("{$") && !/^https?:\/\//.test(url)) return "it names neither a runtime expression nor an absolute http(s) URL";
  return undefined;
}

/** The request and receiver responses of a `Webhook<O>` or `Callback<U, O>`'s options type. */
function outgoingRequest(optsType: ts.Type, name: string, ctx: FrontendContext, node: ts.Node, docsOf: ts.Symbol): OutgoingRequest | undefined {
  const reader = optionReader(optsType, ctx.checker, node);
  const method = asString(reader.value("method")) ?? "POST";
  if (!isHttpMethod(method)) {
    reportMethod(ctx, "Webhook", name, method, reader.node("method"));
    return undefined;
  }
  const security = readSecurity(reader.value("security"), ctx, reader.node("security"));
  return {
    name,
    method,
    ...readRequestParts(reader, name, ctx, { cookies: false }),
    responses: readResponses(reader.type("responses"), name, ctx, node),
    ...(security ? { security } : {}),
    docs: readDocs(docsOf, ctx.checker).docs,
    loc: ctx.loc(node),
  };
}

/** Scheme names and scopes of a webhook's or callback's `security`, against the auth config. */
export function checkOutgoingSecurity(request: OutgoingRequest, auth: AuthConfig | undefined, ctx: FrontendContext): void {
  if (request.security) checkRequirements(request.security, auth, ctx, () => request.loc);
}

/** The webhooks of one `Webhooks` group, in declaration order. */
function convertWebhooks(decl: ts.InterfaceDeclaration, ctx: FrontendContext): WebhookNode[] {
  const { checker } = ctx;
  const { type, options, marker } = markerOptions(decl, checker, "specloom.webhooks");
  checkOptionKeys(marker, ctx, decl.name);
  const group = decl.name.text;
  const tag = asString(options.tag) ?? group;
  const out: WebhookNode[] = [];
  for (const prop of checker.getPropertiesOfType(type)) {
    if (prop.getName().startsWith("specloom.")) continue;
    const node = declOf(prop) ?? decl;
    const inner = checker.getPropertyOfType(checker.getTypeOfSymbol(prop), "specloom.webhook");
    if (!inner) {
      ctx.report("invalid-option", { what: "webhook", detail: `'${prop.getName()}' must be a Webhook<{ … }>` }, node);
      continue;
    }
    checkOptionKeys(inner, ctx, node);
    const request = outgoingRequest(nonNullableTypeOf(inner, checker), prop.getName(), ctx, node, prop);
    if (request) out.push({ kind: "webhook", ...request, group, tag });
  }
  return out;
}

/** An endpoint's `callbacks`, in declaration order. */
export function readCallbacks(t: ts.Type | undefined, endpoint: string, ctx: FrontendContext, fallback: ts.Node): { callbacks?: CallbackNode[] } {
  if (!t) return {};
  const { checker } = ctx;
  const out: CallbackNode[] = [];
  for (const prop of checker.getPropertiesOfType(t)) {
    const node = declOf(prop) ?? fallback;
    const marker = checker.getPropertyOfType(checker.getTypeOfSymbol(prop), "specloom.callback");
    const markerType = marker && nonNullableTypeOf(marker, checker);
    const urlProp = markerType && checker.getPropertyOfType(markerType, "url");
    const optsProp = markerType && checker.getPropertyOfType(markerType, "options");
    if (!marker || !urlProp || !optsProp) {
      ctx.report(
        "invalid-option",
        { what: "callback", detail: `'${prop.getName()}' of '${endpoint}' must be a Callback<"{$request.body#/…}", { … }>` },
        node,
      );
      continue;
    }
    checkOptionKeys(marker, ctx, node);
    const urlType = checker.getTypeOfSymbol(urlProp);
    const url = urlType.isStringLiteral() ? urlType.value : undefined;
    const problem = url === undefined ? "the URL is not a string literal" : callbackUrlProblem(url);
    if (url === undefined || problem) {
      ctx.report("invalid-callback-url", { name: prop.getName(), detail: problem ?? "", example: '"{$request.body#/callbackUrl}"' }, node);
      continue;
    }
    const request = outgoingRequest(nonNullableTypeOf(optsProp, checker), prop.getName(), ctx, node, prop);
    if (request) out.push({ kind: "callback", ...request, expression: url });
  }
  return out.length > 0 ? { callbacks: out } : {};
}

/**
 * Every group's webhooks, groups by name (declaration order within one). A webhook is
 * keyed by name in OpenAPI and its name is its operationId, so it must be unique among
 * webhooks and endpoints.
 */
export function convertWebhookGroups(
  decls: readonly ts.InterfaceDeclaration[],
  apis: readonly ApiNode[],
  ctx: FrontendContext,
  auth: AuthConfig | undefined,
): WebhookNode[] {
  if (decls.length === 0) return [];
  const sorted = [...decls].sort((a, b) => (a.name.text < b.name.text ? -1 : a.name.text > b.name.text ? 1 : 0));
  const taken = new Map<string, SourceLocation>();
  for (const e of apis.flatMap((a) => a.endpoints)) if (!taken.has(e.name)) taken.set(e.name, e.loc);
  const out: WebhookNode[] = [];
  for (const w of sorted.flatMap((d) => convertWebhooks(d, ctx))) {
    const first = taken.get(w.name);
    if (first) {
      ctx.report("duplicate-declaration", { what: "webhook or operation name", name: w.name, first: `${first.file}:${first.line}` }, w.loc);
      continue;
    }
    taken.set(w.name, w.loc);
    checkOutgoingSecurity(w, auth, ctx);
    out.push(w);
  }
  return out;
}
