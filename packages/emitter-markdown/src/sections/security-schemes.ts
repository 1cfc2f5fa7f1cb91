/** Security schemes, their scopes and per-endpoint security, in the catalog's words (§5 and the endpoint fields). */
import type { SecurityRequirementList, SecurityScheme } from "@specloom/core";
import { declaredSchemes, defaultSecurity, flowUrls, oauthFlows } from "@specloom/model";
import type { SectionContext } from "../context";
import { code, type Md } from "../render/md";

/** `apiKey`, `oauth (read:pets)`, `a + b`; alternatives joined with the catalog's "or". */
export function securityText(ctx: SectionContext, list: SecurityRequirementList): string {
  const one = (r: Readonly<Record<string, readonly string[]>>) =>
    Object.entries(r)
      .map(([name, scopes]) => (scopes.length > 0 ? `${code(name)} (${scopes.map((s) => code(s)).join(", ")})` : code(name)))
      .join(" + ");
  const named = list.filter((r) => Object.keys(r).length > 0).map(one);
  const anonymous = list.some((r) => Object.keys(r).length === 0);
  return [...named, ...(anonymous ? [ctx.t.auth.anonymousAlternative] : [])].join(` ${ctx.t.auth.or} `);
}

function schemeDetails(ctx: SectionContext, s: SecurityScheme): string {
  const { t } = ctx;
  switch (s.type) {
    case "http":
      return s.scheme === "bearer" ? t.auth.schemeBearer(s.bearerFormat) : t.auth.schemeBasic;
    case "apiKey":
      return t.auth.schemeApiKey(s.in, code(s.name), s.prefix === undefined ? undefined : code(`${s.prefix} <key>`));
    case "oauth2":
      return oauthFlows(s)
        .map(([flow, f]) => {
          const urls = flowUrls(f).map(([k, v]) => `${k} ${code(v)}`);
          return `${flow} (${urls.join(", ")})`;
        })
        .join("; ");
    case "openIdConnect":
      return t.auth.schemeOpenId(code(s.url));
  }
}

/** The declared schemes, their OAuth scopes and the default; nothing in seed mode (the strategy says it all). */
export function renderSecuritySchemes(ctx: SectionContext, md: Md): void {
  const schemes = declaredSchemes(ctx.ir);
  if (!schemes) return;
  const { t } = ctx;
  md.heading(3, t.auth.schemes);
  const rows = Object.entries(schemes).map(([name, s]) => [code(name), s.type, schemeDetails(ctx, s), s.description ?? ""]);
  md.table([t.auth.scheme, t.auth.type, t.auth.details, t.auth.description], rows);
  const scopes = Object.entries(schemes).flatMap(([name, s]) =>
    s.type === "oauth2" ? oauthFlows(s).flatMap(([, f]) => Object.entries(f.scopes).map(([scope, grants]) => [code(name), code(scope), grants])) : [],
  );
  const unique = scopes.filter((row, i) => scopes.findIndex((r) => r[0] === row[0] && r[1] === row[1]) === i);
  if (unique.length > 0) md.heading(3, t.auth.scopes).table([t.auth.scheme, t.auth.scope, t.auth.grants], unique).paragraph(t.auth.scopesNotRoles);
  const fallback = defaultSecurity(ctx.ir);
  if (fallback?.length) md.paragraph(`**${t.auth.defaultSecurity}**: ${securityText(ctx, fallback)}`);
}
