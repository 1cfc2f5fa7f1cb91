import { defineRule } from "../rule";
import { locAt } from "../util/config";

export default defineRule({
  id: "job-retry",
  code: "SL4026",
  severity: "warning",
  message: "Job '{job}' has no {what}.",
  docs: "Every background job declares a retry policy with at least one attempt, or an explicit `{ none: true, reason }` (like a cleanup job that simply runs again next hour).",
  checklist: ["jobs"],
  check(ctx) {
    const section = ctx.ir.config.jobs;
    if (!section) return;
    for (const [key, job] of Object.entries(section.value)) {
      const retry = job.retry as { attempts?: number; none?: boolean; reason?: string } | undefined;
      const name = job.name ?? key;
      if (!retry) ctx.report({ job: name, what: "retry policy" }, locAt(section, [key]));
      else if (retry.none === true) {
        if (!retry.reason?.trim()) ctx.report({ job: name, what: "reason for skipping retries" }, locAt(section, [key, "retry"]));
      } else if (!((retry.attempts ?? 0) >= 1)) ctx.report({ job: name, what: "retry attempts (>= 1)" }, locAt(section, [key, "retry"]));
    }
  },
});
