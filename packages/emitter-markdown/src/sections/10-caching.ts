/** 10. Caching Strategy: store, keys, TTL in words, invalidation events. */
import type { SectionContext } from "../context";
import { code, Md, prose } from "../render/md";
import { durationWords } from "../render/words";

export function renderCaching(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  const tc = t.caching;
  md.heading(2, t.sections.caching);
  const caching = ctx.ir.config.caching?.value;
  if (!caching) {
    md.paragraph(t.common.notConfigured("caching"));
    return;
  }
  md.heading(3, tc.configuration);
  const config = [`**${tc.store}**: ${tc.stores[caching.store]}`];
  if (caching.connection) config.push(`**${tc.connection}**: ${t.common.envVar(caching.connection.env)}`);
  md.bullets(config);
  md.heading(3, tc.cachedData);
  if (caching.entries.length === 0) md.paragraph(t.common.none);
  for (const entry of caching.entries) {
    md.field(entry.name);
    if (entry.description) md.paragraph(prose(entry.description));
    md.bullets([
      `${tc.key}: ${code(entry.key)}`,
      `${tc.ttl}: ${durationWords(t, entry.ttl)}`,
      `${tc.invalidateOn}: ${entry.invalidateOn.length ? entry.invalidateOn.map((e) => code(e)).join(", ") : t.common.none}`,
    ]);
  }
}
