import { defineRule } from "../rule";
import { locAt } from "../util/config";

export default defineRule({
  id: "integration-resilience",
  code: "SL4025",
  severity: "warning",
  message: "Integration '{integration}' has no {what}.",
  docs: "Every external integration declares a `retry` policy (or an explicit `{ none: true, reason }`) and `errorHandling` steps for when the provider fails.",
  checklist: ["integrations"],
  check(ctx) {
    const section = ctx.ir.config.integrations;
    if (!section) return;
    for (const [key, integration] of Object.entries(section.value)) {
      const name = integration.name ?? key;
      const retry = integration.retry as { attempts?: number; none?: boolean; reason?: string } | undefined;
      const retryOk = retry !== undefined && ((retry.none === true && !!retry.reason?.trim()) || (retry.attempts ?? 0) >= 1);
      if (!retryOk) {
        const what = retry?.none ? "reason for skipping retries" : "retry policy (attempts >= 1)";
        ctx.report({ integration: name, what }, locAt(section, [key, "retry"])); // falls back to the integration
      }
      if (!integration.errorHandling?.length)
        ctx.report({ integration: name, what: "error handling (errorHandling)" }, locAt(section, [key, "errorHandling"]));
    }
  },
});
