/** Security schemes from the auth config, per-operation security and the x-specloom-auth extension. */
import { mdCode, mdInline, type EndpointNode, type SecurityRequirementList, type SecurityScheme, type SpecIR } from "@specloom/core";
import type { OAuthFlowsObject, SecurityRequirementObject, SecuritySchemeObject } from "openapi3-ts/oas31";
import {
  BEARER_SCHEME,
  declaredSchemes,
  defaultSecurity as modelDefaultSecurity,
  effectiveSecurity,
  hasDeclaredSecurity,
  implicitAccessScheme,
  REFRESH_COOKIE_SCHEME,
  SESSION_SCHEME,
} from "@specloom/model";

/** The seed's schemes, worded from the strategy, when the config declares none. */
function implicitSchemes(ir: SpecIR): Record<string, SecuritySchemeObject> {
  const auth = ir.config.auth?.value;
  const out: Record<string, SecuritySchemeObject> = {};
  const access = implicitAccessScheme(ir);
  if (access === BEARER_SCHEME) {
    const ttl = auth?.accessToken.ttl ? ` Access tokens expire after ${auth.accessToken.ttl}.` : "";
    out[BEARER_SCHEME] =
      auth?.strategy === "oauth"
        ? { type: "http", scheme: "bearer", description: `OAuth 2.0 access token in the Authorization header.${ttl}` }
        : {
            type: "http",
            scheme: "bearer",
            bearerFormat: "JWT",
            description: `JWT access token${auth?.algorithm ? ` (${auth.algorithm})` : ""} in the Authorization header.${ttl}`,
          };
  } else if (access === SESSION_SCHEME) {
    out[SESSION_SCHEME] = { type: "apiKey", in: "cookie", name: "session", description: "Session cookie set at login." };
  }
  return out;
}

/** A declared scheme in OpenAPI form; an apiKey prefix is stated in the description (OpenAPI has no field for it). */
function schemeObject(scheme: SecurityScheme): SecuritySchemeObject {
  const described = (fallback: string) => ({ description: scheme.description ?? fallback });
  switch (scheme.type) {
    case "http":
      return scheme.scheme === "bearer"
        ? {
            type: "http",
            scheme: "bearer",
            ...(scheme.bearerFormat ? { bearerFormat: scheme.bearerFormat } : {}),
            ...described(`${mdInline(scheme.bearerFormat ?? "Bearer")} token in the Authorization header.`),
          }
        : { type: "http", scheme: "basic", ...described("HTTP Basic authentication (user name and password).") };
    case "apiKey": {
      const where = `the ${mdCode(scheme.name)} ${scheme.in === "query" ? "query parameter" : scheme.in}`;
      const prefix = scheme.prefix ? ` Send it as ${mdCode(`${scheme.name}: ${scheme.prefix} <key>`)}.` : "";
      return { type: "apiKey", in: scheme.in, name: scheme.name, description: `${scheme.description ?? `API key in ${where}.`}${prefix}` };
    }
    case "oauth2":
      return { type: "oauth2", flows: structuredClone(scheme.flows) as OAuthFlowsObject, ...described("OAuth 2.0.") };
    case "openIdConnect":
      return { type: "openIdConnect", openIdConnectUrl: scheme.url, ...described("OpenID Connect.") };
  }
}

export function securitySchemes(ir: SpecIR): Record<string, SecuritySchemeObject> {
  const auth = ir.config.auth?.value;
  const declared = declaredSchemes(ir);
  const out = declared ? Object.fromEntries(Object.entries(declared).map(([name, s]) => [name, schemeObject(s)])) : implicitSchemes(ir);
  const cookie = auth?.refreshToken?.cookie;
  if (cookie && !out[REFRESH_COOKIE_SCHEME]) {
    out[REFRESH_COOKIE_SCHEME] = {
      type: "apiKey",
      in: "cookie",
      name: cookie,
      description: `httpOnly cookie carrying the refresh token${auth?.refreshToken?.ttl ? ` (valid ${auth.refreshToken.ttl})` : ""}.`,
    };
  }
  return out;
}

/** Public endpoints that exchange the refresh token read it from its cookie. */
function readsRefreshCookie(ir: SpecIR, endpoint: EndpointNode): boolean {
  return (
    endpoint.auth.kind === "public" &&
    !endpoint.auth.optional &&
    Boolean(ir.config.auth?.value.refreshToken?.cookie) &&
    /refresh/i.test(`${endpoint.name} ${endpoint.path}`)
  );
}

export const requirementObjects = (list: SecurityRequirementList): SecurityRequirementObject[] =>
  list.map((r) => Object.fromEntries(Object.entries(r).map(([name, scopes]) => [name, [...scopes]])));

export function operationSecurity(ir: SpecIR, endpoint: EndpointNode): SecurityRequirementObject[] {
  // The cookie is optional (mobile clients send the token in the body): `{}` allows no credentials.
  if (readsRefreshCookie(ir, endpoint)) return [{ [REFRESH_COOKIE_SCHEME]: [] }, {}];
  const list = effectiveSecurity(ir, endpoint);
  // Nothing names a scheme (no auth config, no schemes): the seed's bearer token.
  return endpoint.auth.kind === "authenticated" && list.length === 0 ? [{ [BEARER_SCHEME]: [] }] : requirementObjects(list);
}

/** Top-level default: authenticated, so an operation that forgets security is never public by accident. */
export function defaultSecurity(ir: SpecIR): SecurityRequirementObject[] | undefined {
  const list = modelDefaultSecurity(ir);
  return list && list.length > 0 ? requirementObjects(list) : undefined;
}

export function authExtension(endpoint: EndpointNode): Record<string, unknown> {
  const auth = endpoint.auth;
  if (auth.kind === "public") return auth.optional ? { public: true, optional: true } : { public: true };
  return {
    authenticated: true,
    roles: [...auth.roles],
    ...(auth.ownership ? { ownership: { param: auth.ownership.param, field: auth.ownership.field, bypass: [...auth.ownership.bypass] } } : {}),
  };
}

const code = mdCode;
const list = (xs: readonly string[]) => xs.map(code).join(", ");

/** `apiKey`, `oauth (read:pets)`, `a + b`, alternatives joined with "or". */
export function securityWords(requirements: SecurityRequirementList): string {
  const one = (r: Readonly<Record<string, readonly string[]>>) =>
    Object.entries(r)
      .map(([name, scopes]) => (scopes.length > 0 ? `${code(name)} (${list(scopes)})` : code(name)))
      .join(" + ");
  return requirements
    .filter((r) => Object.keys(r).length > 0)
    .map(one)
    .join(" or ");
}

/** Human wording of the auth rule, appended to the operation description. */
export function authDescription(ir: SpecIR, endpoint: EndpointNode): string {
  const auth = endpoint.auth;
  const schemes = hasDeclaredSecurity(ir) ? securityWords(effectiveSecurity(ir, endpoint)) : "";
  if (auth.kind === "public") {
    if (auth.optional) return `**Authentication:** optional${schemes ? ` (${schemes})` : ""}; the response may differ when credentials are sent.`;
    return readsRefreshCookie(ir, endpoint)
      ? "**Authentication:** none; reads the refresh token cookie when present."
      : "**Authentication:** none (public).";
  }
  const parts = [`**Authentication:** required${schemes ? ` (${schemes})` : ""}.`];
  if (auth.roles.length === 1) parts.push(`**Roles:** ${code(auth.roles[0]!)} only.`);
  else if (auth.roles.length > 1) parts.push(`**Roles:** any of ${list(auth.roles)}.`);
  const o = auth.ownership;
  if (o) {
    const rule =
      o.field === "id"
        ? `path parameter ${code(o.param)} must be the caller's own id`
        : `the resource identified by ${code(o.param)} must have ${code(o.field)} equal to the caller's id`;
    const bypass = o.bypass.length > 0 ? ` ${o.bypass.length === 1 ? "Role" : "Roles"} ${list(o.bypass)} may act on any resource.` : "";
    parts.push(`**Ownership:** ${rule}.${bypass}`);
  }
  return parts.join(" ");
}
