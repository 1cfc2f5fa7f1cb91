/** 11. Logging and Monitoring: excluded fields are the config's plus every sensitive model field. */
import type { SectionContext } from "../context";
import { code, Md, prose } from "../render/md";
import { durationWords } from "../render/words";

/** Config exclusions first, then sensitive fields not already named, by column. */
function excludedFromLogs(ctx: SectionContext): { name: string; models: string[] }[] {
  const out = new Map<string, string[]>();
  for (const name of ctx.ir.config.logging?.value.exclude ?? []) out.set(name, []);
  for (const model of ctx.ir.models) {
    for (const f of model.fields) {
      if (f.visibility !== "sensitive") continue;
      const name = f.column ?? f.name;
      const models = out.get(name) ?? [];
      models.push(model.name);
      out.set(name, models);
    }
  }
  return [...out].map(([name, models]) => ({ name, models }));
}

export function renderLogging(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  const tl = t.logging;
  md.heading(2, t.sections.logging);
  md.heading(3, tl.logging);
  const logging = ctx.ir.config.logging?.value;
  if (logging) {
    md.field(tl.format, tl.formats[logging.format]);
    md.field(tl.levels, logging.levels.map((l) => code(l)).join(", "));
    if (logging.example) {
      md.field(tl.example);
      md.code("json", JSON.stringify(logging.example, null, 2));
    }
    md.field(tl.whatToLog).bullets(logging.log.map(prose));
  } else {
    md.paragraph(t.common.notConfigured("logging"));
  }
  const excluded = excludedFromLogs(ctx);
  md.field(tl.excluded).bullets(
    excluded.length
      ? excluded.map((e) => (e.models.length ? `${code(e.name)} (${tl.sensitiveField(e.models.join(", "))})` : code(e.name)))
      : [t.common.none],
  );
  md.heading(3, tl.monitoring);
  const monitoring = ctx.ir.config.monitoring?.value;
  if (!monitoring) {
    md.paragraph(t.common.notConfigured("monitoring"));
    return;
  }
  const health = [`${tl.endpoint}: ${code(`GET ${monitoring.health.path}`)}`];
  if (monitoring.health.response) health.push(`${tl.response}: ${code(monitoring.health.response)}`);
  md.field(tl.health).bullets(health);
  md.field(tl.metrics).bullets(monitoring.metrics.map(prose));
  md.field(tl.alerts).bullets(
    monitoring.alerts.map((a) => (a.for ? `${prose(a.condition)} ${tl.forDuration(durationWords(t, a.for))}` : prose(a.condition))),
  );
}
