/** 5. Authentication & Authorization: strategy, JWT payload, endpoints × roles matrix. */
import type { EndpointNode } from "@specloom/core";
import { endpointLabel, type SectionContext } from "../context";
import { code, Md } from "../render/md";
import { TableCache } from "../render/table-cache";
import { durationWords } from "../render/words";
import { effectiveSecurity } from "@specloom/model";
import { renderSecuritySchemes, securityText } from "./security-schemes";

export function renderAuth(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  md.heading(2, t.sections.auth);
  const auth = ctx.ir.config.auth?.value;
  md.heading(3, t.auth.strategy);
  if (!auth) {
    md.paragraph(t.common.notConfigured("auth"));
  } else {
    const items = [`**${t.auth.type}**: ${t.auth.strategies[auth.strategy]}`];
    if (auth.algorithm) items.push(`**${t.auth.algorithm}**: ${auth.algorithm}`);
    if (auth.secret) items.push(`**${t.auth.secret}**: ${t.common.envVar(auth.secret.env)}`);
    items.push(`**${t.auth.accessTtl}**: ${durationWords(t, auth.accessToken.ttl)}`);
    if (auth.refreshToken) items.push(`**${t.auth.refreshTtl}**: ${durationWords(t, auth.refreshToken.ttl)}`);
    if (auth.refreshToken?.cookie) items.push(`**${t.auth.refreshCookie}**: ${code(auth.refreshToken.cookie)}`);
    if (auth.storage?.length) items.push(`**${t.auth.storage}**: ${auth.storage.join(", ")}`);
    const hashing = auth.passwordHashing;
    items.push(`**${t.auth.passwordHashing}**: ${hashing.rounds ? `${hashing.algorithm}, ${t.auth.rounds(hashing.rounds)}` : hashing.algorithm}`);
    if (auth.roles.length) items.push(`**${t.auth.roles}**: ${auth.roles.map((r) => code(r)).join(", ")}`);
    if (auth.socialProviders?.length) items.push(`**${t.auth.socialProviders}**: ${auth.socialProviders.join(", ")}`);
    md.bullets(items);
    if (auth.jwtPayload && Object.keys(auth.jwtPayload).length) {
      md.heading(3, t.auth.jwtPayload);
      const entries = Object.entries(auth.jwtPayload);
      const decls = entries.map(([claim, c]) => `  ${claim}: ${c.type};`);
      const width = Math.max(...decls.map((d) => d.length)) + 2;
      const lines = decls.map((d, i) => {
        const note = entries[i]![1].description;
        return note ? `${d.padEnd(width)}// ${note.replace(/\s+/g, " ")}` : d;
      });
      md.code("typescript", ["{", ...lines, "}"]);
    }
    renderSecuritySchemes(ctx, md);
  }
  md.heading(3, t.auth.matrix);
  const { header, rows } = authorizationMatrix(ctx);
  if (rows.length === 0) md.paragraph(t.api.noEndpoints);
  else md.tableBlock(MATRIX.render(header, rows)).paragraph(t.auth.legend);
}

const MATRIX = new TableCache();

const NO_ROLES: readonly string[] = [];
/** The roles an endpoint names (its own, then its ownership bypass), by endpoint. */
const rolesByEndpoint = new WeakMap<EndpointNode, readonly string[]>();

function endpointRoles(e: EndpointNode): readonly string[] {
  if (e.auth.kind !== "authenticated") return NO_ROLES;
  let roles = rolesByEndpoint.get(e);
  if (!roles) rolesByEndpoint.set(e, (roles = [...e.auth.roles, ...(e.auth.ownership?.bypass ?? [])]));
  return roles;
}

/**
 * A row without the security column, by endpoint, while the role columns are the same: the matrix keeps
 * the rows of unchanged endpoints, so only their escaping and padding are skipped, not their order.
 */
const plainRows = new WeakMap<EndpointNode, { readonly roles: string; readonly row: readonly string[] }>();

/** Roles for the matrix columns: configured roles first, then any only endpoints name. */
function matrixRoles(ctx: SectionContext): string[] {
  const roles = [...(ctx.ir.config.auth?.value.roles ?? [])];
  for (const e of ctx.index.endpoints) for (const r of endpointRoles(e)) if (!roles.includes(r)) roles.push(r);
  return roles;
}

function authorizationMatrix(ctx: SectionContext): { header: string[]; rows: (readonly string[])[] } {
  const { t } = ctx;
  const roles = matrixRoles(ctx);
  const columns = roles.length ? roles : [t.auth.authenticated];
  // Schemes and scopes (how a caller authenticates) next to roles (what the caller may do), once the spec names them.
  const schemes = ctx.declaredSecurity;
  const header = [t.auth.endpoint, ...(schemes ? [t.auth.security] : []), t.auth.anonymous, ...columns.map(titleCase)];
  const cellRoles = roles.length ? roles : [undefined];
  const roleKey = roles.join("\0");
  const rows = ctx.index.endpoints.map((e): readonly string[] => {
    if (schemes) return [endpointLabel(e), securityText(ctx, effectiveSecurity(ctx.ir, e)) || "—", ...matrixCells(e, cellRoles)];
    const kept = plainRows.get(e);
    if (kept?.roles === roleKey) return kept.row;
    const row = [endpointLabel(e), ...matrixCells(e, cellRoles)];
    plainRows.set(e, { roles: roleKey, row });
    return row;
  });
  return { header, rows };
}

function matrixCells(e: EndpointNode, roles: readonly (string | undefined)[]): string[] {
  if (e.auth.kind === "public") return ["✓", ...roles.map(() => "✓")];
  const auth = e.auth;
  const cell = (role: string | undefined): string => {
    const allowed = auth.roles.length === 0 || (role !== undefined && auth.roles.includes(role));
    const bypass = role !== undefined && auth.ownership?.bypass.includes(role);
    if (bypass) return "✓";
    if (!allowed) return "✗";
    return auth.ownership ? "✓ (own)" : "✓";
  };
  return ["✗", ...roles.map(cell)];
}

function titleCase(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}
