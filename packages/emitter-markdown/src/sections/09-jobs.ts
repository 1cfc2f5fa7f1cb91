/** 9. Background Jobs: schedule in words (cronstrue, localized) with the cron expression. */
import type { JobConfig } from "@specloom/core";
import type { SectionContext } from "../context";
import { code, Md, prose } from "../render/md";
import { cronWords, durationWords, retryWords } from "../render/words";

export function renderJobs(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  const tj = t.jobs;
  md.heading(2, t.sections.jobs);
  const jobs = Object.values(ctx.ir.config.jobs?.value ?? {});
  if (jobs.length === 0) md.paragraph(t.common.notConfigured("jobs"));
  for (const job of jobs) {
    md.heading(3, tj.heading(job.name));
    if (job.purpose) md.field(tj.purpose, prose(job.purpose));
    md.field(tj.schedule, scheduleText(ctx, job));
    const input = Object.entries(job.input ?? {});
    if (input.length) md.field(tj.input).bullets(input.map(([k, v]) => `${code(k)}: ${prose(v)}`));
    if (job.steps.length) md.field(tj.process).numbered(job.steps.map(prose));
    md.field(tj.retry, retryWords(t, job.retry) ?? t.common.none);
    if (job.timeout) md.field(tj.timeout, durationWords(t, job.timeout));
    if (job.logging?.length) md.field(tj.logging, job.logging.map(prose).join(", "));
    if (job.uses?.length) md.field(tj.uses, job.uses.map((u) => code(u)).join(", "));
  }
}

/** "At 02:00 AM (cron: `0 2 * * *`, time zone: UTC)" or "On event `user.created`". */
function scheduleText(ctx: SectionContext, job: JobConfig): string {
  const tj = ctx.t.jobs;
  if (!("cron" in job.trigger)) return tj.onEvent(job.trigger.event);
  const words = cronWords(ctx.t, job.trigger.cron) ?? tj.invalidCron;
  const zone = job.trigger.timezone ? tj.timezone(job.trigger.timezone) : tj.defaultTimezone;
  return `${words} (${tj.cron(job.trigger.cron)}, ${zone})`;
}
