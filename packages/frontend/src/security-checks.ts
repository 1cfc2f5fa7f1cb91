/**
 * Security checks with the author's positions: each scheme of the auth config,
 * and every `security` list (config default, Api group, endpoint) against the
 * declared schemes and their scopes. Roles are authorization, never scopes.
 */
import type ts from "typescript";
import { didYouMean, type AuthConfig, type ConfigSection, type SecurityRequirementList, type SecurityScheme, type SourceLocation } from "@specloom/core";
import { flowUrls, knownSchemes, normalizeRequirement, oauthFlows, oauthScopes } from "@specloom/model";
import type { FrontendContext } from "./context";
import { elementNode } from "./api-options";

/** An absolute URL, or a path the OpenAPI document resolves against its server URL (OAS: URLs may be relative references). */
const isUrl = (s: string) => URL.canParse(s) || (s.startsWith("/") && !s.startsWith("//") && URL.canParse(s, "https://server.example"));
const quoted = (xs: readonly string[]) => (xs.length > 0 ? xs.map((x) => `'${x}'`).join(", ") : "none");

function schemeProblems(scheme: SecurityScheme): string[] {
  switch (scheme.type) {
    case "apiKey": {
      const out: string[] = [];
      if (!scheme.name.trim()) out.push(`an apiKey needs the ${scheme.in} name that carries the key`);
      if (scheme.prefix !== undefined && scheme.in !== "header") out.push(`a prefix applies to a header only, but the key is sent in the ${scheme.in}`);
      return out;
    }
    case "oauth2": {
      const flows = oauthFlows(scheme);
      if (flows.length === 0) return ["an oauth2 scheme needs at least one flow (authorizationCode, clientCredentials, implicit or password)"];
      const out: string[] = [];
      for (const [flowName, flow] of flows) {
        for (const [key, url] of flowUrls(flow))
          if (!isUrl(url)) out.push(`flow ${flowName}'s ${key} '${url}' is neither an absolute URL nor a path from the server's URL`);
      }
      return out;
    }
    case "openIdConnect":
      return isUrl(scheme.url)
        ? []
        : [`url '${scheme.url}' is neither an absolute URL nor a path from the server's URL (the OpenID Connect discovery document)`];
    case "http":
      return [];
  }
}

/** Checks one `security` list; `at(i)` positions requirement i. */
export function checkRequirements(
  list: SecurityRequirementList,
  auth: AuthConfig | undefined,
  ctx: FrontendContext,
  at: (i: number) => ts.Node | SourceLocation | undefined,
): void {
  const schemes = knownSchemes(auth);
  const names = Object.keys(schemes);
  list.forEach((requirement, i) => {
    for (const [name, scopes] of Object.entries(requirement)) {
      const scheme = schemes[name];
      if (!scheme) {
        ctx.report("security-scheme-unknown", { name, known: quoted(names), hint: didYouMean(name, names) }, at(i));
        continue;
      }
      if (scopes.length === 0 || scheme.type === "openIdConnect") continue;
      if (scheme.type !== "oauth2") {
        ctx.report("security-scope-not-allowed", { scheme: name, type: scheme.type === "http" ? `http ${scheme.scheme}` : scheme.type }, at(i));
        continue;
      }
      const declared = oauthScopes(scheme);
      for (const scope of scopes) {
        if (!declared.includes(scope))
          ctx.report("security-scope-unknown", { scope, scheme: name, known: quoted(declared), hint: didYouMean(scope, declared) }, at(i));
      }
    }
  });
}

/** The auth config's schemes and its `defaultSecurity`. */
export function checkAuthConfig(section: ConfigSection<AuthConfig> | undefined, ctx: FrontendContext): void {
  if (!section) return;
  const auth = section.value;
  const locOf = (path: string) => section.locs[path] ?? section.loc;
  for (const [name, scheme] of Object.entries(auth.schemes ?? {})) {
    for (const detail of schemeProblems(scheme)) ctx.report("security-scheme-invalid", { name, detail }, locOf(`schemes.${name}`));
  }
  if (auth.defaultSecurity) {
    checkRequirements(auth.defaultSecurity.map(normalizeRequirement), auth, ctx, (i) => locOf(`defaultSecurity[${i}]`));
  }
}

export interface EndpointSecurityInput {
  readonly name: string;
  readonly auth: "public" | "optional" | "authenticated";
  /** Declared on the endpoint, and on its group. */
  readonly own?: SecurityRequirementList;
  readonly group?: SecurityRequirementList;
  readonly node: ts.Node;
  readonly securityNode: ts.Node;
}

/** An endpoint's auth rule against its security: which schemes, and whether anonymous callers get in. */
export function checkEndpointSecurity(input: EndpointSecurityInput, auth: AuthConfig | undefined, ctx: FrontendContext): void {
  const { name, own, group } = input;
  if (own) checkRequirements(own, auth, ctx, (i) => elementNode(input.securityNode, i));
  const anonymous = (own ?? group)?.some((r) => Object.keys(r).length === 0) ?? false;
  if (input.auth === "public" && own?.some((r) => Object.keys(r).length > 0)) {
    const detail = `auth is "public" (no credentials), but it declares security; write auth: "optional" to read credentials when they are sent`;
    ctx.report("security-auth-conflict", { endpoint: name, detail }, input.securityNode);
  } else if (input.auth === "authenticated" && anonymous) {
    const detail = `auth requires credentials, but its security admits anonymous callers ({}); write auth: "optional", or drop {}`;
    ctx.report("security-auth-conflict", { endpoint: name, detail }, own ? input.securityNode : input.node);
  }
  const declared = auth?.schemes ? Object.keys(auth.schemes) : [];
  if (input.auth !== "public" && !own && !group && !auth?.defaultSecurity && declared.length > 1) {
    ctx.report("security-default-missing", { endpoint: name, known: quoted(declared) }, input.node);
  }
}
