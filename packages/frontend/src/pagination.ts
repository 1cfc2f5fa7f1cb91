/** `pagination: true | { style?, next?, defaultLimit?, maxLimit? }` → PaginationNode. */
import type ts from "typescript";
import type { EndpointNode, PaginationNode } from "@specloom/core";
import type { FrontendContext } from "./context";
import { asRecord, literalText, type LiteralValue } from "./type-values";

const STYLES: Partial<Record<string, PaginationNode["style"]>> = { page: "page", limitOffset: "limitOffset", cursor: "cursor" };

export function readPagination(v: LiteralValue | undefined, ctx: FrontendContext, node: ts.Node): Pick<EndpointNode, "pagination"> {
  if (v === undefined || v === false) return {};
  const r = asRecord(v) ?? {};
  // `offset` emitted page and limit before limit/offset existed: same output, under the name that says so.
  if (r.style === "offset") ctx.report("pagination-style-renamed", {}, node);
  const style = r.style === undefined || r.style === "offset" ? "page" : typeof r.style === "string" ? STYLES[r.style] : undefined;
  if (!style) ctx.report("invalid-option", { what: "pagination", detail: `style ${literalText(r.style)} is not "page", "limitOffset" or "cursor"` }, node);
  const next = r.next === "link" || r.next === "body" ? r.next : undefined;
  if (r.next !== undefined && (!next || style !== "cursor")) {
    ctx.report("invalid-option", { what: "pagination", detail: `next ${literalText(r.next)} applies to style "cursor" only, as "body" or "link"` }, node);
  }
  const pagination: PaginationNode = {
    kind: "pagination",
    style: style ?? "page",
    ...(style === "cursor" && next ? { next } : {}),
    defaultLimit: typeof r.defaultLimit === "number" ? r.defaultLimit : 20,
    maxLimit: typeof r.maxLimit === "number" ? r.maxLimit : 100,
  };
  for (const key of ["defaultLimit", "maxLimit"] as const) {
    const n = pagination[key];
    if (!(Number.isSafeInteger(n) && n >= 1))
      ctx.report("invalid-option", { what: "pagination", detail: `${key} ${n} must be a whole number of at least 1` }, node);
  }
  if (pagination.defaultLimit > pagination.maxLimit) {
    ctx.report("invalid-option", { what: "pagination", detail: `defaultLimit ${pagination.defaultLimit} exceeds maxLimit ${pagination.maxLimit}` }, node);
  }
  return { pagination };
}
