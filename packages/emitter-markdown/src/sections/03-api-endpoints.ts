/** 3. API Endpoints: grouped by tag, one `#### METHOD /path` block each, `---` between. */
import { statusClass, type ApiNode, type EndpointNode, type ResponseNode } from "@specloom/core";
import { defaultSecurity, effectiveSecurity, getModel, isErrorStatus, type EffectiveResponse } from "@specloom/model";
import { endpointLabel, type SectionContext } from "../context";
import { FragmentCache } from "../render/fragments";
import { code, Md, prose } from "../render/md";
import { typeText } from "../render/ts-type";
import { rateLimitWords } from "../render/words";
import { categoryName } from "./07-errors";
import { renderPayload } from "./payload";
import { securityText } from "./security-schemes";
import { paramText, renderCallbacks, renderHeaderAndCookieParams, renderRequestBody, renderWebhooks } from "./requests";
import { renderResponseDetails } from "./response-details";

export function renderApiEndpoints(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  md.heading(2, t.sections.apiEndpoints);
  const groups = endpointsByTag(ctx);
  if (groups.size === 0) md.paragraph(t.api.noEndpoints);
  let first = true;
  const apis = new Map(ctx.ir.apis.map((a) => [a.name, a]));
  // Everything an endpoint's block reads besides the endpoint and the index (see FragmentCache).
  const errorsModel = ctx.ir.config.errors?.value.model;
  const shared = [
    ctx.t,
    ctx.declaredSecurity,
    JSON.stringify(defaultSecurity(ctx.ir)),
    ctx.ir.config.auth,
    ctx.ir.config.errors,
    ...(errorsModel ? [ctx.index.models.get(errorsModel), ctx.index.schemas.get(errorsModel), ctx.index.enums.get(errorsModel)] : []),
  ];
  for (const [tag, tagApis] of groups) {
    // The seed closes every endpoint with ---, also the last one of a tag.
    if (!first) md.rule();
    md.heading(3, tag);
    tagApis.forEach((api, g) => {
      // A group's blocks: its endpoints' fragments, each after a --- unless it opens the tag. The groups its endpoints'
      // names point to (security) are the same as `api` unless names repeat.
      const named = groupNamesOf(api).map((name) => apis.get(name));
      GROUPS.render(md, ctx, api, [...shared, g > 0, ...named], (own, out) =>
        api.endpoints.forEach((endpoint, i) => {
          if (g > 0 || i > 0) out.rule();
          ENDPOINTS.render(out, own, endpoint, [...shared, api, apis.get(endpoint.api)], (inner, block) => renderEndpoint(inner, block, endpoint));
        }),
      );
    });
    first = false;
  }
  renderWebhooks(ctx, md);
}

const ENDPOINTS = new FragmentCache<EndpointNode>();
/** An API group's endpoint blocks, reused as one part while none of them changed: one lookup per group, not per endpoint. */
const GROUPS = new FragmentCache<ApiNode>();

/** The distinct API names a group's endpoints give, in order (by group node). */
const groupNames = new WeakMap<ApiNode, readonly string[]>();
function groupNamesOf(api: ApiNode): readonly string[] {
  let names = groupNames.get(api);
  if (!names) groupNames.set(api, (names = [...new Set(api.endpoints.map((e) => e.api))]));
  return names;
}

/** Tags in first-declaration order, each with its API groups that have endpoints; several groups may share one tag. */
function endpointsByTag(ctx: SectionContext): Map<string, ApiNode[]> {
  const groups = new Map<string, ApiNode[]>();
  for (const api of ctx.ir.apis) {
    if (api.endpoints.length === 0) continue;
    const list = groups.get(api.tag) ?? [];
    list.push(api);
    groups.set(api.tag, list);
  }
  return groups;
}

function renderEndpoint(ctx: SectionContext, md: Md, e: EndpointNode): void {
  const { t } = ctx;
  md.heading(4, endpointLabel(e));
  md.field(t.api.description, e.docs.summary ?? e.name);
  if (e.docs.deprecated) md.field(t.common.deprecated, e.docs.deprecated === true ? t.common.yes : e.docs.deprecated);
  md.field(t.api.authentication, authenticationText(ctx, e));
  if (e.auth.kind === "authenticated") md.field(t.api.authorization, authorizationText(ctx, e));
  if (e.params.length) md.field(t.api.pathParams).bullets(e.params.map((p) => paramText(ctx, p)));
  if (e.query.length) md.field(t.api.queryParams).bullets(e.query.map((p) => paramText(ctx, p)));
  renderHeaderAndCookieParams(ctx, md, e);
  renderRequestBody(ctx, md, e);
  const responses = getModel(ctx.ir).responses(e);
  for (const r of responses.filter((r) => !isErrorStatus(r.status))) renderSuccess(ctx, md, r);
  const errors = responses.filter((r) => isErrorStatus(r.status));
  if (errors.length) md.field(t.api.errorResponses).bullets(errors.map((r) => `${r.status}: ${errorReason(ctx, e, r)}${errorBodyNote(ctx, r)}`));
  for (const r of errors) renderResponseDetails(ctx, md, r);
  if (e.rateLimit) md.field(t.api.rateLimit, rateLimitWords(t, e.rateLimit));
  if (e.pagination) {
    const p = e.pagination;
    const style = t.api.paginationStyles[p.style === "cursor" && p.next === "link" ? "cursorLink" : p.style];
    md.field(t.api.pagination, t.api.paginationText(style, p.defaultLimit, p.maxLimit));
  }
  if (e.handler) md.field(t.api.handler, code(`${e.handler.service}.${e.handler.method}`));
  renderCallbacks(ctx, md, e);
  if (e.docs.implements?.length) md.field(t.common.implements, e.docs.implements.join(", "));
}

function renderSuccess(ctx: SectionContext, md: Md, r: EffectiveResponse): void {
  const { t } = ctx;
  const label = statusClass(r.status) === 3 ? t.api.redirectResponse(r.status) : t.api.successResponse(r.status);
  if (r.type) {
    renderPayload(ctx, md, label, r.type, "response");
    if (r.description) md.field(t.api.description, r.description);
  } else md.field(label, r.description ?? t.api.noContent);
  renderResponseDetails(ctx, md, r);
}

/** The error body when it is not the seed's default format: a type, RFC 7807, or none. */
function errorBodyNote(ctx: SectionContext, r: EffectiveResponse): string {
  const { api } = ctx.t;
  if (r.noBody) return ` (${api.noBody})`;
  if (r.type) return ` (${api.errorBody(prose(typeText(r.type, ctx.index, { dates: "string" })))})`;
  if (r.errorFormat === "problem+json") return ` (${api.errorBody("application/problem+json")})`;
  return "";
}

/** Declared reasons as written; the ones OpenAPI implies (401, 403, 429) in the catalog's words. */
function errorReason(ctx: SectionContext, e: EndpointNode, r: ResponseNode): string {
  const declared = e.responses.find((d) => d.status === r.status);
  if (declared) return declared.description ?? categoryName(ctx, r.status);
  const { api } = ctx.t;
  if (r.status === 401) return api.implied401;
  if (r.status === 403) return e.auth.kind === "authenticated" && e.auth.ownership ? api.implied403Owner : api.implied403Role;
  if (r.status === 429 && e.rateLimit) return api.implied429(rateLimitWords(ctx.t, e.rateLimit));
  return r.description ?? categoryName(ctx, r.status);
}

function strategyName(ctx: SectionContext): string | undefined {
  const strategy = ctx.ir.config.auth?.value.strategy;
  return strategy === "jwt" ? "JWT" : strategy === "session" ? "Session" : strategy === "oauth" ? "OAuth" : undefined;
}

function authenticationText(ctx: SectionContext, e: EndpointNode): string {
  const { t } = ctx;
  const named = () =>
    securityText(
      ctx,
      effectiveSecurity(ctx.ir, e).filter((r) => Object.keys(r).length > 0),
    );
  if (e.auth.kind === "public") return e.auth.optional ? t.auth.optional(named()) : t.api.authNone;
  if (ctx.declaredSecurity) return t.api.authRequired(named());
  const strategy = strategyName(ctx);
  return strategy ? t.api.authRequired(strategy) : t.common.required;
}

function authorizationText(ctx: SectionContext, e: EndpointNode): string {
  const { t } = ctx;
  if (e.auth.kind !== "authenticated") return t.api.authNone;
  const parts = [e.auth.roles.length ? t.api.roles(e.auth.roles.join(", ")) : t.api.anyUser];
  const own = e.auth.ownership;
  if (own) {
    parts.push(t.api.owner(`:${own.param}`, own.field));
    if (own.bypass.length) parts.push(t.api.bypass(own.bypass.join(", ")));
  }
  return parts.join("; ");
}
