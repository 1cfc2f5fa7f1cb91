import { CronExpressionParser } from "cron-parser";
import { defineRule } from "../rule";
import { locAt } from "../util/config";

function validTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The parser's complaint, or undefined when the expression is valid. */
export function cronProblem(expr: string): string | undefined {
  const fields = expr.trim().split(/\s+/).length;
  // The parser fills missing fields with `*`; a short expression is a typo, not "every minute".
  if (!expr.trim().startsWith("@") && (fields < 5 || fields > 6)) return `expected 5 fields (or 6 with seconds), got ${fields}`;
  try {
    CronExpressionParser.parse(expr, { strict: false });
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export default defineRule({
  id: "cron-invalid",
  code: "SL4027",
  severity: "error",
  message: "Job '{job}' has an invalid {what} '{value}': {detail}.",
  docs: "Cron triggers must parse (cron-parser) and timezones must be IANA names, or the job never runs.",
  checklist: ["jobs"],
  check(ctx) {
    const section = ctx.ir.config.jobs;
    if (!section) return;
    for (const [key, job] of Object.entries(section.value)) {
      const trigger = job.trigger as { cron?: string; timezone?: string } | undefined;
      if (typeof trigger?.cron !== "string") continue;
      const name = job.name ?? key;
      const problem = cronProblem(trigger.cron);
      if (problem) ctx.report({ job: name, what: "cron schedule", value: trigger.cron, detail: problem }, locAt(section, [key, "trigger", "cron"]));
      if (trigger.timezone !== undefined && !validTimezone(trigger.timezone)) {
        ctx.report(
          { job: name, what: "timezone", value: trigger.timezone, detail: "not an IANA time zone name" },
          locAt(section, [key, "trigger", "timezone"]),
        );
      }
    }
  },
});
