/** `interface XApi extends Api<{…}>` with `Endpoint<{…}>` properties → ApiNode. */
import ts from "typescript";
import type { ApiNode, AuthConfig, AuthNode, EndpointNode, FieldNode, RateLimitNode, SourceLocation } from "@specloom/core";
import { pascalCase } from "@specloom/core";
import { splitPathSuffix } from "@specloom/model";
import type { FrontendContext } from "./context";
import { readDocs } from "./docs";
import { declOf } from "./locate";
import { isAuthoringFile } from "./authoring-package";
import { convertProperties } from "./fields";
import { pathProblem } from "./paths";
import { isHttpMethod, reportMethod } from "./methods";
import { checkOptionKeys } from "./option-keys";
import { nonNullableTypeOf, asRecord, asString, literalText, markerOptions, type LiteralValue } from "./type-values";
import { readErrorBody, readResponses } from "./responses";
import { elementNode, optionNode, readExternalDocs, readExtensions, readSecurity, readServers, readTags } from "./api-options";
import { checkEndpointSecurity, checkRequirements } from "./security-checks";
import { optionReader, readRequestParts } from "./request-options";
import { checkOutgoingSecurity, readCallbacks } from "./webhooks";
import { readPagination } from "./pagination";

const WINDOW_SECONDS: Record<string, number> = { s: 1, sec: 1, min: 60, hour: 3600, day: 86400 };

function parseRateLimit(raw: string): RateLimitNode | undefined {
  const m = /^(\d+)\/(s|sec|min|hour|day) per (ip|user)$/.exec(raw.trim());
  if (!m) return undefined;
  return { kind: "rateLimit", limit: Number(m[1]), windowSeconds: WINDOW_SECONDS[m[2]!]!, per: m[3] as "ip" | "user", raw };
}

/**
 * `prefix` + `path`; `path: "/"` is the prefix itself, and any other path keeps its trailing `/` (OpenAPI tells `/a/` from
 * `/a`). A `?query`/`#fragment` suffix follows the joined path: `"/#X-Amz-Target=Op"` is the prefix itself with it.
 */
function joinPath(prefix: string, fullPath: string): string {
  const [path, suffix] = splitPathSuffix(fullPath);
  return joinPlainPath(prefix, path) + suffix;
}

function joinPlainPath(prefix: string, path: string): string {
  const joined = `${prefix.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
  const trimmed = joined.length > 1 ? joined.replace(/\/+$/, "") : joined;
  return path.length > 1 && path.endsWith("/") && trimmed !== "/" ? `${trimmed}/` : trimmed;
}

export function convertApi(decl: ts.InterfaceDeclaration, ctx: FrontendContext, authConfig: AuthConfig | undefined): ApiNode {
  const { checker } = ctx;
  const { symbol: sym, type, options: opts, marker } = markerOptions(decl, checker, "specloom.api");
  checkOptionKeys(marker, ctx, decl.name);
  const name = decl.name.text;
  const prefix = asString(opts.prefix) ?? "";
  const prefixProblem = pathProblem(prefix, false);
  if (prefixProblem) ctx.report("invalid-path", { path: prefix, detail: prefixProblem }, decl.name);
  const optionsType = marker && nonNullableTypeOf(marker, checker);
  const securityNode = optionNode(optionsType, "security", checker, decl.name);
  const security = readSecurity(opts.security, ctx, securityNode);
  if (security) checkRequirements(security, authConfig, ctx, (i) => elementNode(securityNode, i));
  const endpoints: EndpointNode[] = [];
  for (const prop of checker.getPropertiesOfType(type)) {
    if (prop.getName().startsWith("specloom.")) continue;
    const ep = convertEndpoint(prop, name, prefix, ctx, decl);
    if (!ep) continue;
    endpoints.push(ep);
    for (const c of ep.callbacks ?? []) checkOutgoingSecurity(c, authConfig, ctx);
    const rule = ep.auth.kind === "public" ? (ep.auth.optional ? "optional" : "public") : "authenticated";
    const own = { name: ep.name, auth: rule, ...(ep.security ? { own: ep.security } : {}), ...(security ? { group: security } : {}) } as const;
    checkEndpointSecurity(
      { ...own, node: declOf(prop) ?? decl, securityNode: endpointOptionNode(prop, "security", ctx) ?? declOf(prop) ?? decl },
      authConfig,
      ctx,
    );
  }
  const errorBodyProp = marker && checker.getPropertyOfType(nonNullableTypeOf(marker, checker), "errorBody");
  const errorBody = errorBodyProp ? readErrorBody(nonNullableTypeOf(errorBodyProp, checker), name, ctx, declOf(errorBodyProp) ?? decl.name) : {};
  const externalDocs = readExternalDocs(opts.externalDocs, ctx, optionNode(optionsType, "externalDocs", checker, decl.name));
  return {
    kind: "api",
    name,
    prefix,
    tag: asString(opts.tag) ?? name,
    ...errorBody,
    ...(security ? { security } : {}),
    ...(externalDocs ? { externalDocs } : {}),
    ...(typeof opts.automaticResponses === "boolean" ? { automaticResponses: opts.automaticResponses } : {}),
    endpoints,
    docs: readDocs(sym, checker).docs,
    loc: ctx.loc(decl.name),
  };
}

/** The declaration of option `key` in an endpoint's `Endpoint<{…}>`. */
function endpointOptionNode(prop: ts.Symbol, key: string, ctx: FrontendContext): ts.Node | undefined {
  const marker = ctx.checker.getPropertyOfType(ctx.checker.getTypeOfSymbol(prop), "specloom.endpoint");
  const optsType = marker && nonNullableTypeOf(marker, ctx.checker);
  return optsType && ctx.checker.getPropertyOfType(optsType, key)?.declarations?.[0];
}

function convertEndpoint(prop: ts.Symbol, api: string, prefix: string, ctx: FrontendContext, apiDecl: ts.Node): EndpointNode | undefined {
  const { checker } = ctx;
  const node = declOf(prop) ?? apiDecl;
  const propType = checker.getTypeOfSymbol(prop);
  const marker = checker.getPropertyOfType(propType, "specloom.endpoint");
  if (!marker) {
    ctx.report("invalid-option", { what: "endpoint", detail: `'${prop.getName()}' must be an Endpoint<{ … }>` }, node);
    return undefined;
  }
  checkOptionKeys(marker, ctx, node);
  const optsType = nonNullableTypeOf(marker, checker);
  const reader = optionReader(optsType, checker, node);
  const opt = reader.type;
  const name = prop.getName();
  const value = reader.value;
  const method = asString(value("method"));
  const path = asString(value("path"));
  if (method !== undefined && !isHttpMethod(method)) {
    reportMethod(ctx, "Endpoint", name, method, optionNode(optsType, "method", checker, node));
    return undefined;
  }
  if (!method || path === undefined) {
    ctx.report("invalid-option", { what: "endpoint", detail: `'${name}' needs a literal method and path` }, node);
    return undefined;
  }
  const problem = pathProblem(path);
  if (problem) ctx.report("invalid-path", { path, detail: problem }, checker.getPropertyOfType(optsType, "path")?.declarations?.[0] ?? node);
  const fieldsOf = (key: string): FieldNode[] => {
    const t = opt(key);
    return t ? convertProperties(t, checker.getPropertiesOfType(t), ctx, pascalCase(name) + pascalCase(key), 1, node) : [];
  };
  const rawRate = asString(value("rateLimit"));
  const rateLimit = rawRate === undefined ? undefined : parseRateLimit(rawRate);
  if (rawRate !== undefined && !rateLimit) ctx.report("invalid-rate-limit", { value: rawRate }, node);
  const handler = asString(value("handler"));
  const [hService, hMethod] = handler?.split(".") ?? [];
  const { docs } = readDocs(prop, checker);
  const at = (key: string) => optionNode(optsType, key, checker, node);
  const security = readSecurity(value("security"), ctx, at("security"));
  const tags = readTags(value("tags"), ctx, at("tags"));
  const externalDocs = readExternalDocs(value("externalDocs"), ctx, at("externalDocs"));
  const servers = readServers(value("servers"), ctx, at("servers"));
  const extensions = readExtensions(value("extensions"), ctx, at("extensions"));
  const automaticResponses = value("automaticResponses");
  return {
    kind: "endpoint",
    name,
    api,
    method,
    path: joinPath(prefix, path),
    params: fieldsOf("params"),
    query: fieldsOf("query"),
    ...readRequestParts(reader, name, ctx, { cookies: true }),
    responses: readResponses(opt("responses"), name, ctx, node),
    ...readErrorBody(opt("errorBody"), `${name}Error`, ctx, checker.getPropertyOfType(optsType, "errorBody")?.declarations?.[0] ?? node),
    ...(typeof automaticResponses === "boolean" ? { automaticResponses } : {}),
    auth: readAuth(value("auth")),
    ...(security ? { security } : {}),
    ...(tags?.length ? { tags } : {}),
    ...readOperationId(value("operationId"), ctx, at("operationId")),
    ...(externalDocs ? { externalDocs } : {}),
    ...(servers ? { servers } : {}),
    ...(extensions && Object.keys(extensions).length > 0 ? { extensions } : {}),
    ...readCallbacks(opt("callbacks"), name, ctx, node),
    ...(rateLimit ? { rateLimit } : {}),
    ...readPagination(value("pagination"), ctx, checker.getPropertyOfType(optsType, "pagination")?.declarations?.[0] ?? node),
    ...(hService && hMethod ? { handler: { kind: "handler", service: hService, method: hMethod } } : {}),
    docs,
    loc: ctx.loc(node),
    locs: optionLocs(optsType, ctx),
  };
}

/** Each option's location, when the spec wrote it (not one a generic default supplied). */
function optionLocs(optsType: ts.Type, ctx: FrontendContext): Record<string, SourceLocation> {
  const locs: Record<string, SourceLocation> = {};
  for (const p of ctx.checker.getPropertiesOfType(optsType)) {
    const decl = declOf(p);
    if (decl && !isAuthoringFile(decl.getSourceFile().fileName)) locs[p.getName()] = ctx.loc(decl);
  }
  return locs;
}

/** `operationId: "chat.spaces.list"`: a non-empty literal without control characters or surrounding spaces. */
function readOperationId(v: LiteralValue | undefined, ctx: FrontendContext, node: ts.Node): { operationId?: string } {
  if (v === undefined) return {};
  if (typeof v === "string" && v.length > 0 && v.trim() === v && !/[\u0000-\u001f\u007f]/.test(v)) return { operationId: v };
  ctx.report(
    "invalid-option",
    {
      what: "operationId",
      detail: `expected a non-empty string literal without control characters or surrounding spaces, got ${typeof v === "string" ? JSON.stringify(v) : literalText(v)}`,
    },
    node,
  );
  return {};
}

function readAuth(v: LiteralValue | undefined): AuthNode {
  if (v === "public") return { kind: "public" };
  if (v === "optional") return { kind: "public", optional: true };
  const r = asRecord(v);
  const roles = Array.isArray(r?.roles) ? r.roles.filter((x): x is string => typeof x === "string") : [];
  const own = asRecord(r?.ownership);
  return {
    kind: "authenticated",
    roles,
    ...(own && typeof own.param === "string"
      ? {
          ownership: {
            param: own.param,
            field: asString(own.field) ?? "id",
            bypass: Array.isArray(own.bypass) ? own.bypass.filter((x): x is string => typeof x === "string") : [],
          },
        }
      : {}),
  };
}
