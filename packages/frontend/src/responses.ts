/**
 * The `responses` option of an endpoint and the `errorBody` option of an endpoint or group → ResponseNode /
 * ErrorBodyNode. A status maps to a body type, a reason string, `NoContent`, or `Response<Body, options>`.
 */
import ts from "typescript";
import {
  BODILESS_STATUSES,
  compareStatuses,
  isMediaType,
  parseResponseStatus,
  pascalCase,
  responseStatusHint,
  responseStatusSuggestion,
  statusClass,
  statusNamePart,
  type ErrorBodyNode,
  type ResponseContentNode,
  type ResponseStatus,
  type ResponseExampleNode,
  type ResponseHeaderNode,
  type ResponseNode,
  type TypeNode,
} from "@specloom/core";
import type { FrontendContext } from "./context";
import { declOf } from "./locate";
import { readDocs } from "./docs";
import { convertValueType } from "./types";
import { checkOptionKeys } from "./option-keys";
import { nonNullableTypeOf, asRecord, asString, isTypeHandle, literalText, typeToValue, type LiteralValue } from "./type-values";

/** RFC 9110 `token`: the characters a header name may have. */
export const HEADER_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function isVoid(t: ts.Type): boolean {
  return (t.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Never)) !== 0;
}

export function readResponses(t: ts.Type | undefined, endpoint: string, ctx: FrontendContext, node: ts.Node): ResponseNode[] {
  if (!t) return [];
  const out: ResponseNode[] = [];
  for (const p of ctx.checker.getPropertiesOfType(t)) {
    const status = parseResponseStatus(p.getName());
    const decl = declOf(p);
    const at = decl ?? node;
    if (status === undefined) {
      // Point at the key itself: it is the mistake, and the editor's quick fix replaces exactly it.
      const key = decl && ts.isPropertySignature(decl) ? decl.name : at;
      const suggestion = responseStatusSuggestion(p.getName());
      ctx.report(
        "invalid-response-status",
        { key: p.getName(), hint: responseStatusHint(p.getName()) },
        key,
        suggestion !== undefined ? { suggestion } : undefined,
      );
      continue;
    }
    const response = readResponse(ctx.checker.getTypeOfSymbol(p), status, endpoint, ctx, at);
    out.push(response);
    checkResponse(response, endpoint, ctx, at);
  }
  return out.sort((a, b) => compareStatuses(a.status, b.status));
}

function readResponse(rt: ts.Type, status: ResponseStatus, endpoint: string, ctx: FrontendContext, at: ts.Node): ResponseNode {
  const { checker } = ctx;
  if (rt.isStringLiteral()) return { kind: "response", status, description: rt.value };
  if (checker.getPropertyOfType(rt, "specloom.noContent")) return { kind: "response", status, noBody: true };
  const marker = checker.getPropertyOfType(rt, "specloom.response");
  const site = { owner: pascalCase(endpoint), field: `response${statusNamePart(status)}`, node: at };
  if (!marker) return { kind: "response", status, type: convertValueType(rt, ctx, site).type };

  checkOptionKeys(marker, ctx, at);
  const optionsType = nonNullableTypeOf(marker, checker);
  const option = (key: string) => {
    const p = checker.getPropertyOfType(optionsType, key);
    return p ? { type: nonNullableTypeOf(p, checker), at: declOf(p) ?? at } : undefined;
  };
  const bodyHolder = checker.getPropertyOfType(rt, "specloom.responseBody");
  const holderType = bodyHolder && nonNullableTypeOf(bodyHolder, checker);
  const bodyProp = holderType && checker.getPropertyOfType(holderType, "body");
  const bodyType = bodyProp ? checker.getTypeOfSymbol(bodyProp) : undefined;
  const noBody = !bodyType || isVoid(bodyType);

  const description = option("description");
  const descriptionText = description && asString(typeToValue(description.type, checker));
  if (description && descriptionText === undefined)
    ctx.report("invalid-option", { what: "response", detail: "description must be a string literal" }, description.at);
  const contentTypes = readContentTypes(option("contentType"), ctx);
  const content = readContent(option("content"), contentTypes ?? ["application/json"], noBody, endpoint, status, ctx);
  const headers = readHeaders(option("headers"), endpoint, status, ctx);
  const examples = readExamples(option("examples"), ctx);
  return {
    kind: "response",
    status,
    ...(noBody ? { noBody: true as const } : { type: convertValueType(bodyType, ctx, site).type }),
    ...(descriptionText !== undefined ? { description: descriptionText } : {}),
    ...(contentTypes ? { contentTypes } : {}),
    ...(content.length > 0 ? { content } : {}),
    ...(headers.length > 0 ? { headers } : {}),
    ...(examples.length > 0 ? { examples } : {}),
  };
}

export function readContentTypes(option: { type: ts.Type; at: ts.Node } | undefined, ctx: FrontendContext): string[] | undefined {
  if (!option) return undefined;
  const value = typeToValue(option.type, ctx.checker);
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const v of list) {
    if (typeof v !== "string" || !isMediaType(v)) {
      ctx.report("invalid-media-type", { value: literalText(v) }, option.at);
      continue;
    }
    if (!out.includes(v)) out.push(v);
  }
  return out.length > 0 ? out : undefined;
}

/** `content: { "application/xml": OrderXml }`: bodies in further media types, each of its own type. */
function readContent(
  option: { type: ts.Type; at: ts.Node } | undefined,
  main: readonly string[],
  noBody: boolean,
  endpoint: string,
  status: ResponseStatus,
  ctx: FrontendContext,
): ResponseContentNode[] {
  if (!option) return [];
  // Media types are the keys: a record or a list has none to read, and would say nothing.
  if (ctx.checker.getIndexInfosOfType(option.type).length > 0 || ctx.checker.isArrayLikeType(option.type)) {
    ctx.report(
      "invalid-option",
      { what: "response content", detail: `expected { "media/type": Type; … } with literal keys, got ${ctx.typeText(option.type)}` },
      option.at,
    );
    return [];
  }
  const out: ResponseContentNode[] = [];
  for (const p of ctx.checker.getPropertiesOfType(option.type)) {
    const mediaType = p.getName();
    const at = declOf(p) ?? option.at;
    const lower = mediaType.toLowerCase();
    if (!isMediaType(mediaType)) {
      ctx.report("invalid-media-type", { value: mediaType }, at);
      continue;
    }
    const taken = main.some((m) => m.toLowerCase() === lower) && !noBody;
    if (taken || out.some((c) => c.mediaType.toLowerCase() === lower)) {
      const detail = taken ? "is the main body's (contentType)" : "is named twice (media types ignore case)";
      const hint = taken ? " Name it in content or in contentType, not both." : "";
      ctx.report("response-content-repeated", { status, mediaType, detail, hint }, at);
      continue;
    }
    const site = { owner: `${pascalCase(endpoint)}Response${statusNamePart(status)}`, field: pascalCase(mediaType), node: at };
    out.push({ kind: "responseContent", mediaType, type: convertValueType(ctx.checker.getTypeOfSymbol(p), ctx, site).type });
  }
  return out;
}

function readHeaders(
  option: { type: ts.Type; at: ts.Node } | undefined,
  endpoint: string,
  status: ResponseStatus,
  ctx: FrontendContext,
): ResponseHeaderNode[] {
  if (!option) return [];
  const out: ResponseHeaderNode[] = [];
  for (const p of ctx.checker.getPropertiesOfType(option.type)) {
    const name = p.getName();
    const at = declOf(p) ?? option.at;
    if (!HEADER_TOKEN.test(name)) {
      ctx.report("invalid-header-name", { name }, at);
      continue;
    }
    if (out.some((h) => h.name.toLowerCase() === name.toLowerCase())) {
      ctx.report("invalid-option", { what: "response headers", detail: `'${name}' is declared twice (header names ignore case)` }, at);
      continue;
    }
    const site = { owner: `${pascalCase(endpoint)}Response${statusNamePart(status)}`, field: pascalCase(name), node: at };
    const headerType = ctx.checker.getTypeOfSymbol(p);
    const { type } = convertValueType(headerType, ctx, site);
    if (!isHeaderValue(type, ctx)) ctx.report("response-header-type", { name, type: ctx.typeText(ctx.checker.getNonNullableType(headerType)) }, at);
    const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
    const description = readDocs(p, ctx.checker).docs.summary;
    out.push({ kind: "responseHeader", name, type, required: !optional, ...(description ? { description } : {}) });
  }
  return out;
}

/** Scalars, enums and literals, or a list of them (a comma-separated header): what a header value can be. */
function isHeaderValue(type: TypeNode, ctx: FrontendContext, list = false): boolean {
  switch (type.kind) {
    case "primitive":
      return type.name !== "unknown" && type.name !== "null";
    case "literal":
      return true;
    case "ref": {
      if (type.refKind === "enum") return true;
      const named = type.refKind === "schema" ? ctx.schemas.get(type.name) : undefined;
      return named ? named.type.kind !== "ref" && isHeaderValue(named.type, ctx, list) : false;
    }
    case "union":
      return type.variants.every((v) => isHeaderValue(v, ctx, list));
    case "array":
      return !list && isHeaderValue(type.items, ctx, true);
    default:
      return false;
  }
}

const EXAMPLE_KEYS = ["summary", "value"];

function readExamples(option: { type: ts.Type; at: ts.Node } | undefined, ctx: FrontendContext): ResponseExampleNode[] {
  if (!option) return [];
  const out: ResponseExampleNode[] = [];
  for (const p of ctx.checker.getPropertiesOfType(option.type)) {
    const at = declOf(p) ?? option.at;
    const entry = asRecord(typeToValue(ctx.checker.getTypeOfSymbol(p), ctx.checker));
    if (!entry || !("value" in entry)) {
      ctx.report("invalid-option", { what: "response example", detail: `'${p.getName()}' must be { summary?: string; value: … }` }, at);
      continue;
    }
    for (const key of Object.keys(entry)) {
      if (!EXAMPLE_KEYS.includes(key))
        ctx.report("unknown-option-key", { key, what: "ResponseExample", hint: ` Known keys: ${EXAMPLE_KEYS.join(", ")}.` }, at);
    }
    const value = jsonValue(entry.value);
    if (value === undefined) {
      ctx.report(
        "invalid-option",
        { what: "response example", detail: `the value of '${p.getName()}' must be a literal (strings, numbers, objects, tuples)` },
        at,
      );
      continue;
    }
    const summary = asString(entry.summary);
    out.push({ kind: "responseExample", name: p.getName(), ...(summary !== undefined ? { summary } : {}), value });
  }
  return out;
}

/** A literal value as JSON; undefined when part of it is a non-literal type. */
export function jsonValue(v: LiteralValue | undefined): unknown {
  if (v === undefined || isTypeHandle(v)) return undefined;
  if (Array.isArray(v)) {
    const items = v.map(jsonValue);
    return items.includes(undefined) ? undefined : items;
  }
  if (v !== null && typeof v === "object") {
    const entries = Object.entries(v).map(([k, x]) => [k, jsonValue(x)] as const);
    return entries.some(([, x]) => x === undefined) ? undefined : Object.fromEntries(entries);
  }
  return v;
}

function checkResponse(r: ResponseNode, endpoint: string, ctx: FrontendContext, at: ts.Node): void {
  if (typeof r.status === "number" && BODILESS_STATUSES.has(r.status) && (r.type || (r.content?.length ?? 0) > 0))
    ctx.report("response-body-not-allowed", { status: r.status, endpoint }, at);
  // A `3XX` range stands for redirects and 304 alike: only a redirect code must say where to.
  const redirect = typeof r.status === "number" && statusClass(r.status) === 3 && r.status !== 304;
  if (redirect && !r.headers?.some((h) => h.name.toLowerCase() === "location"))
    ctx.report("redirect-without-location", { status: r.status, endpoint }, at);
}

/** `errorBody?: Type` on an endpoint or group: a type, or `void` for bodiless error responses. */
export function readErrorBody(t: ts.Type | undefined, owner: string, ctx: FrontendContext, node: ts.Node): { errorBody?: ErrorBodyNode } {
  if (!t) return {};
  if (isVoid(t)) return { errorBody: { kind: "errorBody" } };
  const { type } = convertValueType(t, ctx, { owner: pascalCase(owner), field: "errorBody", node });
  return { errorBody: { kind: "errorBody", type } };
}
