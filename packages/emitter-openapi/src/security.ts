/** Security schemes from the auth config, per-operation security and the x-specloom-auth extension. */
import type { EndpointNode, SpecIR } from "@specloom/core";
import type { SecurityRequirementObject, SecuritySchemeObject } from "openapi3-ts/oas31";

const BEARER_SCHEME = "bearerAuth";
const SESSION_SCHEME = "sessionCookie";
const REFRESH_COOKIE_SCHEME = "refreshTokenCookie";

function hasAuthenticated(ir: SpecIR): boolean {
  return ir.apis.some((a) => a.endpoints.some((e) => e.auth.kind === "authenticated"));
}

/** The scheme that authenticates callers, or undefined when nothing needs it. */
function accessScheme(ir: SpecIR): string | undefined {
  const strategy = ir.config.auth?.value.strategy;
  if (!strategy && !hasAuthenticated(ir)) return undefined;
  return strategy === "session" ? SESSION_SCHEME : BEARER_SCHEME;
}

export function securitySchemes(ir: SpecIR): Record<string, SecuritySchemeObject> {
  const auth = ir.config.auth?.value;
  const out: Record<string, SecuritySchemeObject> = {};
  const access = accessScheme(ir);
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
  const cookie = auth?.refreshToken?.cookie;
  if (cookie) {
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
  return Boolean(ir.config.auth?.value.refreshToken?.cookie) && /refresh/i.test(`${endpoint.name} ${endpoint.path}`);
}

export function operationSecurity(ir: SpecIR, endpoint: EndpointNode): SecurityRequirementObject[] {
  if (endpoint.auth.kind === "public") {
    // The cookie is optional (mobile clients send the token in the body): `{}` allows no credentials.
    return readsRefreshCookie(ir, endpoint) ? [{ [REFRESH_COOKIE_SCHEME]: [] }, {}] : [];
  }
  return [{ [accessScheme(ir) ?? BEARER_SCHEME]: [] }];
}

/** Top-level default: authenticated, so an operation that forgets security is never public by accident. */
export function defaultSecurity(ir: SpecIR): SecurityRequirementObject[] | undefined {
  const access = accessScheme(ir);
  return access ? [{ [access]: [] }] : undefined;
}

export function authExtension(endpoint: EndpointNode): Record<string, unknown> {
  const auth = endpoint.auth;
  if (auth.kind === "public") return { public: true };
  return {
    authenticated: true,
    roles: [...auth.roles],
    ...(auth.ownership ? { ownership: { param: auth.ownership.param, field: auth.ownership.field, bypass: [...auth.ownership.bypass] } } : {}),
  };
}

const code = (s: string) => `\`${s}\``;
const list = (xs: readonly string[]) => xs.map(code).join(", ");

/** Human wording of the auth rule, appended to the operation description. */
export function authDescription(ir: SpecIR, endpoint: EndpointNode): string {
  const auth = endpoint.auth;
  if (auth.kind === "public") {
    return readsRefreshCookie(ir, endpoint)
      ? "**Authentication:** none; reads the refresh token cookie when present."
      : "**Authentication:** none (public).";
  }
  const parts = ["**Authentication:** required."];
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
