/** 12. Performance Considerations: configured practices plus facts derived from the spec. */
import { endpointLabel, type SectionContext } from "../context";
import { foreignKeyIndexFacts } from "./02-database-schema";
import { code, Md, prose } from "../render/md";

export function renderPerformance(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  const tp = t.performance;
  md.heading(2, t.sections.performance);
  const items = practiceBullets(ctx.ir.config.performance?.value.practices);
  const fk = foreignKeyIndexFacts(ctx);
  if (fk.total > 0) {
    const text = tp.fkIndexed(fk.indexed.length, fk.total, fk.indexed.map((n) => code(n)).join(", "));
    items.push(`**${tp.fkIndexes}**: ${fk.missing.length ? `${text}; ${tp.fkMissing(fk.missing.map((c) => code(c)).join(", "))}` : text}`);
  }
  const paginated = ctx.index.endpoints.filter((e) => e.pagination);
  const limits = new Set(paginated.map((e) => `${e.pagination!.defaultLimit}/${e.pagination!.maxLimit}`));
  if (paginated.length === 0) items.push(`**${tp.pagination}**: ${tp.noPagination}`);
  else if (limits.size === 1) {
    const p = paginated[0]!.pagination!;
    items.push(`**${tp.pagination}**: ${tp.paginationLimits(paginated.map((e) => code(endpointLabel(e))).join(", "), p.defaultLimit, p.maxLimit)}`);
  } else {
    items.push(
      `**${tp.pagination}**: ${paginated.map((e) => tp.paginationLimits(code(endpointLabel(e)), e.pagination!.defaultLimit, e.pagination!.maxLimit)).join("; ")}`,
    );
  }
  const total = ctx.index.endpoints.length;
  if (total > 0) items.push(`**${tp.rateLimits}**: ${tp.rateLimited(ctx.index.endpoints.filter((e) => e.rateLimit).length, total)}`);
  md.bullets(items);
}

/** `{ "Query Optimization": "Use EXPLAIN" }` -> "**Query Optimization**: Use EXPLAIN". */
export function practiceBullets(practices: Readonly<Record<string, string>> | undefined): string[] {
  return Object.entries(practices ?? {}).map(([key, value]) => `**${key}**: ${prose(value)}`);
}
