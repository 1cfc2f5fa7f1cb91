/**
 * Effective security: which schemes authenticate an endpoint's callers, once
 * for every consumer (OpenAPI, backend-spec.md, the front end's checks).
 * Declared schemes come from the auth config; a spec that declares none gets
 * the strategy's own scheme (the seed's JWT bearer), as before schemes existed.
 */
import type {
  ApiNode,
  AuthConfig,
  EndpointNode,
  OAuth2Scheme,
  SecurityRequirement,
  SecurityRequirementList,
  SecurityScheme,
  SpecIR,
} from "@specloom/core";

/** Scheme names of the seed's implicit schemes (no `schemes` in the auth config). */
export const BEARER_SCHEME = "bearerAuth";
export const SESSION_SCHEME = "sessionCookie";
export const REFRESH_COOKIE_SCHEME = "refreshTokenCookie";

/** `"token"` → `{ token: [] }`: the IR and OpenAPI form of a requirement. */
export function normalizeRequirement(r: SecurityRequirement): Readonly<Record<string, readonly string[]>> {
  return typeof r === "string" ? { [r]: [] } : r;
}

/** The auth config's declared schemes, or undefined when it declares none (seed mode). */
export function declaredSchemes(ir: SpecIR): Readonly<Record<string, SecurityScheme>> | undefined {
  const schemes = ir.config.auth?.value.schemes;
  return schemes && Object.keys(schemes).length > 0 ? schemes : undefined;
}

function needsAccessScheme(ir: SpecIR): boolean {
  return ir.apis.some((a) => a.endpoints.some((e) => e.auth.kind === "authenticated"));
}

/** Seed mode: the scheme that authenticates callers, or undefined when nothing needs one. */
export function implicitAccessScheme(ir: SpecIR): string | undefined {
  const strategy = ir.config.auth?.value.strategy;
  if (!strategy && !needsAccessScheme(ir)) return undefined;
  return strategy === "session" ? SESSION_SCHEME : BEARER_SCHEME;
}

/** Every scheme a `security` list may use: the declared ones, or the seed's implicit ones. */
export function knownSchemes(auth: AuthConfig | undefined): Readonly<Record<string, SecurityScheme>> {
  if (auth?.schemes && Object.keys(auth.schemes).length > 0) return auth.schemes;
  const access: SecurityScheme = auth?.strategy === "session" ? { type: "apiKey", in: "cookie", name: "session" } : { type: "http", scheme: "bearer" };
  const out: Record<string, SecurityScheme> = { [auth?.strategy === "session" ? SESSION_SCHEME : BEARER_SCHEME]: access };
  if (auth?.refreshToken?.cookie) out[REFRESH_COOKIE_SCHEME] = { type: "apiKey", in: "cookie", name: auth.refreshToken.cookie };
  return out;
}

/** The document-wide default: the config's `defaultSecurity`, the only declared scheme, or the seed's. */
export function defaultSecurity(ir: SpecIR): SecurityRequirementList | undefined {
  // Asked once per endpoint by every emitter, and the implicit scheme scans every endpoint: computed once per IR.
  if (defaults.has(ir)) return defaults.get(ir);
  const found = computeDefaultSecurity(ir);
  defaults.set(ir, found);
  return found;
}

const defaults = new WeakMap<SpecIR, SecurityRequirementList | undefined>();
const apiByName = new WeakMap<SpecIR, ReadonlyMap<string, ApiNode>>();

function computeDefaultSecurity(ir: SpecIR): SecurityRequirementList | undefined {
  const configured = ir.config.auth?.value.defaultSecurity;
  if (configured) return configured.map(normalizeRequirement);
  const declared = declaredSchemes(ir);
  if (declared) {
    const names = Object.keys(declared);
    return names.length === 1 ? [{ [names[0]!]: [] }] : undefined;
  }
  const access = implicitAccessScheme(ir);
  return access ? [{ [access]: [] }] : undefined;
}

/** An endpoint's declared security, else its group's: undefined when neither declares one. */
export function declaredSecurity(endpoint: EndpointNode, api: ApiNode | undefined): SecurityRequirementList | undefined {
  return endpoint.security ?? api?.security;
}

const isAnonymous = (r: Readonly<Record<string, readonly string[]>>) => Object.keys(r).length === 0;

/**
 * The security alternatives of an endpoint: `[]` when public, the declared or
 * default alternatives otherwise; `auth: "optional"` adds the anonymous `{}`.
 */
export function effectiveSecurity(ir: SpecIR, endpoint: EndpointNode): SecurityRequirementList {
  const auth = endpoint.auth;
  if (auth.kind === "public" && !auth.optional) return [];
  let apis = apiByName.get(ir);
  if (!apis) apiByName.set(ir, (apis = new Map(ir.apis.map((a) => [a.name, a]))));
  const api = apis.get(endpoint.api);
  const own = declaredSecurity(endpoint, api) ?? defaultSecurity(ir) ?? [];
  const named = own.filter((r) => !isAnonymous(r));
  const optional = auth.kind === "public" || own.some(isAnonymous);
  return optional ? [...named, {}] : named;
}

/** Whether credentials are optional: anonymous callers are served. */
export function allowsAnonymous(ir: SpecIR, endpoint: EndpointNode): boolean {
  return endpoint.auth.kind === "public" || effectiveSecurity(ir, endpoint).some(isAnonymous);
}

const declaresSecurity = new WeakMap<SpecIR, boolean>();

/** Whether the spec says anything about schemes beyond the seed's implicit one. */
export function hasDeclaredSecurity(ir: SpecIR): boolean {
  // Asked per endpoint by OpenAPI and markdown, and it scans every endpoint: once per IR.
  let found = declaresSecurity.get(ir);
  if (found === undefined) declaresSecurity.set(ir, (found = computeHasDeclaredSecurity(ir)));
  return found;
}

function computeHasDeclaredSecurity(ir: SpecIR): boolean {
  if (declaredSchemes(ir) || ir.config.auth?.value.defaultSecurity) return true;
  return ir.apis.some((a) => a.security || a.endpoints.some((e) => e.security || (e.auth.kind === "public" && e.auth.optional)));
}

type Flows = OAuth2Scheme["flows"];
export type OAuthFlow = NonNullable<Flows[keyof Flows]>;

/** The declared flows of an OAuth2 scheme, by name, in the OpenAPI order. */
export function oauthFlows(scheme: OAuth2Scheme): [name: keyof Flows, flow: OAuthFlow][] {
  const names = ["authorizationCode", "clientCredentials", "implicit", "password"] as const;
  return names.flatMap((name) => {
    const flow: OAuthFlow | undefined = scheme.flows[name];
    return flow ? [[name, flow] as [keyof Flows, OAuthFlow]] : [];
  });
}

/** A flow's URLs by OpenAPI field name, in the OpenAPI order. */
export function flowUrls(flow: OAuthFlow): [key: string, url: string][] {
  const urls: Partial<Record<"authorizationUrl" | "tokenUrl" | "refreshUrl", string>> = flow;
  return (["authorizationUrl", "tokenUrl", "refreshUrl"] as const).flatMap((k) => (urls[k] === undefined ? [] : [[k, urls[k]] as [string, string]]));
}

/** Scopes an OAuth2 scheme declares across its flows, in declaration order. */
export function oauthScopes(scheme: SecurityScheme): string[] {
  if (scheme.type !== "oauth2") return [];
  const out: string[] = [];
  for (const [, flow] of oauthFlows(scheme)) for (const s of Object.keys(flow.scopes)) if (!out.includes(s)) out.push(s);
  return out;
}
