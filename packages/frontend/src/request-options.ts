/**
 * The request side shared by endpoints, webhooks and callbacks: header and cookie
 * parameters, the body with its media types, `bodyRequired` and multipart `bodyEncoding`.
 */
import ts from "typescript";
import { didYouMean, pascalCase, type FieldNode, type RequestBodyOptions, type TypeNode } from "@specloom/core";
import type { FrontendContext } from "./context";
import { declOf } from "./locate";
import { convertProperties } from "./fields";
import { convertValueType } from "./types";
import { HEADER_TOKEN, readContentTypes } from "./responses";
import { nonNullable, nonNullableTypeOf, typeToValue, type LiteralValue } from "./type-values";

/** Reads one option of an `Endpoint<{…}>`-like options type. */
export interface OptionReader {
  /** The option's type without `undefined`, when declared. */
  readonly type: (key: string) => ts.Type | undefined;
  /** The option's literal value, when declared. */
  readonly value: (key: string) => LiteralValue | undefined;
  /** Where the option is written, for diagnostics. */
  readonly node: (key: string) => ts.Node;
  /** The declaration the options belong to. */
  readonly site: ts.Node;
}

export function optionReader(optsType: ts.Type, checker: ts.TypeChecker, fallback: ts.Node): OptionReader {
  const prop = (key: string) => checker.getPropertyOfType(optsType, key);
  const type = (key: string) => {
    const p = prop(key);
    if (!p) return undefined;
    const t = checker.getTypeOfSymbol(p);
    // `NonNullable<unknown>` is `{}`, an empty object: `body: unknown` means any value, as written.
    return t.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any) ? t : nonNullable(t, checker);
  };
  return {
    type,
    value: (key) => {
      const t = type(key);
      return t ? typeToValue(t, checker) : undefined;
    },
    node: (key) => declOf(prop(key)) ?? fallback,
    site: fallback,
  };
}

export interface RequestParts extends RequestBodyOptions {
  readonly headers?: readonly FieldNode[];
  readonly cookies?: readonly FieldNode[];
  readonly body?: TypeNode;
}

/** RFC 9110 `token`: what a header or cookie name may be made of. */
/** OpenAPI ignores header parameters with these names; each has its own place in the DSL. */
const NOT_PARAMETERS: Readonly<Record<string, string>> = {
  accept: "the responses' content types say what the endpoint returns",
  "content-type": "declare the body's media type with bodyContentType",
  authorization: "credentials are declared by the endpoint's auth and security",
};
const FORM_TYPES = new Set(["multipart/form-data", "application/x-www-form-urlencoded"]);

function parameterFields(where: "Header" | "Cookie", reader: OptionReader, key: string, owner: string, ctx: FrontendContext): FieldNode[] | undefined {
  const t = reader.type(key);
  if (!t) return undefined;
  const site = reader.node(key);
  const fields = convertProperties(t, ctx.checker.getPropertiesOfType(t), ctx, owner + pascalCase(key), 1, site);
  const seen = new Map<string, string>();
  const kept: FieldNode[] = [];
  for (const f of fields) {
    if (!HEADER_TOKEN.test(f.name)) {
      ctx.report("invalid-parameter-name", { where, name: f.name }, f.loc);
      continue;
    }
    // Header names are case-insensitive (RFC 9110); cookie names are not.
    const id = where === "Header" ? f.name.toLowerCase() : f.name;
    const reason = where === "Header" ? NOT_PARAMETERS[id] : undefined;
    if (reason) {
      ctx.report("header-not-parameter", { name: f.name, detail: reason }, f.loc);
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      ctx.report("duplicate-parameter", { where, name: f.name, detail: first !== f.name ? ` (as '${first}'; header names ignore case)` : "" }, f.loc);
      continue;
    }
    seen.set(id, f.name);
    kept.push(f);
  }
  return kept;
}

function mediaTypes(reader: OptionReader, key: string, ctx: FrontendContext): string[] | undefined {
  const type = reader.type(key);
  return type && readContentTypes({ type, at: reader.node(key) }, ctx);
}

function readEncoding(
  reader: OptionReader,
  name: string,
  bodyType: ts.Type,
  contentTypes: readonly string[],
  ctx: FrontendContext,
): RequestParts["bodyEncoding"] {
  const { checker } = ctx;
  const encoding = reader.type("bodyEncoding");
  if (!encoding) return undefined;
  const node = reader.node("bodyEncoding");
  if (!contentTypes.some((c) => FORM_TYPES.has(c.split(";")[0]!.trim()))) {
    ctx.report(
      "body-option-without-body",
      { option: "bodyEncoding", name, reason: "the body is neither multipart/form-data nor x-www-form-urlencoded" },
      node,
    );
    return undefined;
  }
  const parts = checker.getPropertiesOfType(bodyType).map((p) => p.getName());
  const out: { part: string; contentTypes: string[] }[] = [];
  for (const partProp of checker.getPropertiesOfType(encoding)) {
    const part = partProp.getName();
    const at = declOf(partProp) ?? node;
    if (!parts.includes(part)) {
      ctx.report("body-encoding-part-unknown", { part, name, hint: didYouMean(part, parts) }, at);
      continue;
    }
    const contentType = checker.getPropertyOfType(nonNullableTypeOf(partProp, checker), "contentType");
    const type = contentType && nonNullableTypeOf(contentType, checker);
    const types = type ? readContentTypes({ type, at: declOf(contentType) ?? at }, ctx) : undefined;
    if (types?.length) out.push({ part, contentTypes: types });
  }
  return out.length > 0 ? out : undefined;
}

/** Headers, cookies (when the site has them) and the body with its options, validated. */
export function readRequestParts(reader: OptionReader, name: string, ctx: FrontendContext, site: { cookies: boolean }): RequestParts {
  const owner = pascalCase(name);
  const headers = parameterFields("Header", reader, "headers", owner, ctx);
  const cookies = site.cookies ? parameterFields("Cookie", reader, "cookies", owner, ctx) : undefined;
  const bodyType = reader.type("body");
  const contentTypes = mediaTypes(reader, "bodyContentType", ctx);
  const required = reader.value("bodyRequired");
  const parts = {
    ...(headers?.length ? { headers } : {}),
    ...(cookies?.length ? { cookies } : {}),
  };
  if (!bodyType) {
    for (const option of ["bodyContentType", "bodyRequired", "bodyEncoding"]) {
      if (reader.type(option)) ctx.report("body-option-without-body", { option, name, reason: "it declares no body" }, reader.node(option));
    }
    return parts;
  }
  const body = convertValueType(bodyType, ctx, { owner, field: "body", node: reader.site }).type;
  const encoding = readEncoding(reader, name, bodyType, contentTypes ?? [], ctx);
  return {
    ...parts,
    body,
    ...(contentTypes?.length ? { bodyContentTypes: contentTypes } : {}),
    ...(typeof required === "boolean" ? { bodyRequired: required } : {}),
    ...(encoding ? { bodyEncoding: encoding } : {}),
  };
}
