/**
 * Api group and endpoint options beyond routing: `security`, extra `tags`,
 * `externalDocs`, `servers` and `x-` extensions, read from their literal types.
 */
import ts from "typescript";
import type { ExternalDocs, OperationServer, SecurityRequirementList } from "@specloom/core";
import type { FrontendContext } from "./context";
import { asRecord, asString, literalText, type LiteralValue } from "./type-values";
import { jsonValue } from "./responses";

/** The source node of option `key` of an options type, for positioned diagnostics. */
export function optionNode(optionsType: ts.Type | undefined, key: string, checker: ts.TypeChecker, fallback: ts.Node): ts.Node {
  const p = optionsType && checker.getPropertyOfType(optionsType, key);
  return p?.declarations?.[0] ?? fallback;
}

/** Element `i` of a tuple-typed option (`security: ["a", { b: [] }]`), else the option itself. */
export function elementNode(option: ts.Node, i: number): ts.Node {
  const type = ts.isPropertySignature(option) ? option.type : undefined;
  return type && ts.isTupleTypeNode(type) ? (type.elements[i] ?? option) : option;
}

const stringList = (v: LiteralValue | undefined): string[] | undefined =>
  Array.isArray(v) && v.every((x): x is string => typeof x === "string") ? v : undefined;

/** `["token", { oauth: ["read"] }, {}]` → requirement objects; anything not literal is reported. */
export function readSecurity(v: LiteralValue | undefined, ctx: FrontendContext, node: ts.Node): SecurityRequirementList | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) {
    ctx.report(
      "invalid-option",
      { what: "security", detail: `expected a list of scheme names or { scheme: scopes } objects, got ${literalText(v)}` },
      node,
    );
    return undefined;
  }
  const out: Record<string, readonly string[]>[] = [];
  v.forEach((item, i) => {
    if (typeof item === "string") return void out.push({ [item]: [] });
    const record = asRecord(item);
    const entries: [string, readonly string[]][] = [];
    for (const [scheme, scopes] of Object.entries(record ?? {})) {
      const list = stringList(scopes);
      if (list) entries.push([scheme, list]);
    }
    if (!record || entries.length !== Object.keys(record).length) {
      const detail = `item ${i + 1} must be a scheme name or an object of scope lists such as { oauth: ["read"] }, got ${literalText(item)}`;
      ctx.report("invalid-option", { what: "security", detail }, elementNode(node, i));
      return;
    }
    out.push(Object.fromEntries(entries));
  });
  return out;
}

/** `{ url: "…"; description?: "…" }` (externalDocs, a server): a URL without surrounding spaces and, when written, a non-empty description. */
function urlAndDescription(v: LiteralValue | undefined): { url: string; description?: string } | undefined {
  const r = asRecord(v);
  const url = asString(r?.url);
  if (!r || !url || url.trim() !== url) return undefined;
  if (r.description === undefined) return { url };
  const description = asString(r.description);
  return description ? { url, description } : undefined;
}

export function readExternalDocs(v: LiteralValue | undefined, ctx: FrontendContext, node: ts.Node): ExternalDocs | undefined {
  if (v === undefined) return undefined;
  const docs = urlAndDescription(v);
  if (!docs) ctx.report("invalid-option", { what: "externalDocs", detail: `expected { url: "…"; description?: "…" }, got ${literalText(v)}` }, node);
  return docs;
}

/** `[{ url: "https://upload.example.com", description?: "…" }]`: an endpoint's own servers, at least one, each URL once. */
export function readServers(v: LiteralValue | undefined, ctx: FrontendContext, node: ts.Node): OperationServer[] | undefined {
  if (v === undefined) return undefined;
  const servers = Array.isArray(v) ? v.map(urlAndDescription) : [];
  const urls = servers.map((s) => s?.url);
  if (servers.length === 0 || servers.some((s) => s === undefined) || new Set(urls).size !== urls.length) {
    const detail = `expected a non-empty list of { url: "…"; description?: "…" }, each URL once, got ${literalText(v)}`;
    ctx.report("invalid-option", { what: "servers", detail }, node);
    return undefined;
  }
  return servers as OperationServer[];
}

export function readTags(v: LiteralValue | undefined, ctx: FrontendContext, node: ts.Node): string[] | undefined {
  if (v === undefined) return undefined;
  const tags = stringList(v);
  if (!tags) ctx.report("invalid-option", { what: "tags", detail: `expected a list of tag names, got ${literalText(v)}` }, node);
  return tags && [...new Set(tags)];
}

/** `{ "x-codeSamples": [...] }`: literal JSON values under `x-` keys. */
export function readExtensions(v: LiteralValue | undefined, ctx: FrontendContext, node: ts.Node): Record<string, unknown> | undefined {
  if (v === undefined) return undefined;
  const r = asRecord(v);
  if (!r) {
    ctx.report("invalid-option", { what: "extensions", detail: `expected an object of x- keys, got ${literalText(v)}` }, node);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(r)) {
    if (!key.startsWith("x-")) {
      ctx.report("extension-key-invalid", { key }, node);
      continue;
    }
    const json = jsonValue(value);
    if (json === undefined) ctx.report("invalid-option", { what: "extensions", detail: `'${key}' must be a literal JSON value` }, node);
    else out[key] = json;
  }
  return out;
}
