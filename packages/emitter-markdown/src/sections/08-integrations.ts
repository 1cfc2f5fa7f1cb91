/** 8. External Integrations: purpose, env-based configuration, endpoints, retry, webhooks. */
import type { SectionContext } from "../context";
import { code, Md, prose } from "../render/md";
import { retryWords } from "../render/words";

export function renderIntegrations(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  const ti = t.integrations;
  md.heading(2, t.sections.integrations);
  const integrations = Object.values(ctx.ir.config.integrations?.value ?? {});
  if (integrations.length === 0) md.paragraph(t.common.notConfigured("integrations"));
  for (const it of integrations) {
    md.heading(3, it.name);
    md.field(ti.purpose, prose(it.purpose));
    if (it.provider) md.field(ti.provider, prose(it.provider));
    const config: string[] = [];
    if (it.auth) config.push(`${ti.authMethod(it.auth.method)}, ${t.common.envVar(it.auth.credentials.env)}`);
    for (const env of it.env ?? []) config.push(`${env.description ?? env.env}: ${t.common.envVar(env.env)}`);
    for (const [key, value] of Object.entries(it.settings ?? {})) config.push(`${key}: ${code(String(value))}`);
    if (config.length) md.field(ti.configuration).bullets(config);
    if (it.endpointsUsed?.length) md.field(ti.endpointsUsed).bullets(it.endpointsUsed.map((e) => code(e)));
    if (it.rateLimit) md.field(ti.rateLimit, it.rateLimit);
    if (it.errorHandling?.length) md.field(ti.errorHandling).bullets(it.errorHandling.map(prose));
    const retry = retryWords(t, it.retry);
    if (retry) md.field(ti.retry, retry);
    if (it.webhooks?.length) {
      md.field(ti.webhooks).bullets(
        it.webhooks.map((w) => {
          const endpoint = ctx.index.endpoints.find((e) => e.path === w.path);
          const notes = [ti.events(w.events.map((e) => code(e)).join(", "))];
          if (w.verifySignature) notes.push(ti.verifySignature);
          if (w.secret) notes.push(t.common.envVar(w.secret.env));
          return `${code(endpoint ? `${endpoint.method} ${w.path}` : w.path)}: ${notes.join("; ")}`;
        }),
      );
    }
    if (it.uses?.length) md.field(ti.uses, it.uses.map((u) => code(u)).join(", "));
  }
}
