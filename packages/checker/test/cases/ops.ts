import type { RuleCase } from "../helpers";
import { modelOf, type MIR } from "@specloom/test-support";

const values = (ir: MIR) => ir.config as unknown as Record<string, { value: Record<string, any> }>;

export const opsCases: Record<string, RuleCase> = {
  "integration-resilience": {
    fail: (ir) => {
      delete values(ir).integrations!.value.email.retry;
      values(ir).integrations!.value.stripe.errorHandling = [];
    },
    count: 2,
    message: "Integration 'Email' has no retry policy",
    pass: (ir) => (values(ir).integrations!.value.email.retry = { none: true, reason: "Emails are idempotent and queued" }),
  },
  "job-retry": {
    fail: (ir) => {
      delete values(ir).jobs!.value.daily_report.retry;
      values(ir).jobs!.value.cleanup.retry = { none: true, reason: " " };
    },
    count: 2,
    message: "Job 'Daily Report' has no retry policy",
  },
  "cron-invalid": {
    fail: (ir) => {
      values(ir).jobs!.value.daily_report.trigger = { cron: "0 25 * * *", timezone: "Mars/Olympus" };
      values(ir).jobs!.value.cleanup.trigger = { cron: "0 *" };
    },
    count: 3,
    message: "Job 'Daily Report' has an invalid cron schedule '0 25 * * *'",
    pass: (ir) => (values(ir).jobs!.value.cleanup.trigger = { cron: "@hourly", timezone: "Europe/Berlin" }),
  },
  "duration-invalid": {
    fail: (ir) => {
      values(ir).caching!.value.entries[0].ttl = "15 minutes";
      values(ir).jobs!.value.daily_report.timeout = "0s";
      values(ir).monitoring!.value.alerts[0].for = "5min";
    },
    count: 3,
    message: "'caching.entries[0].ttl' is not a valid duration: '15 minutes'",
    pass: (ir) => (values(ir).jobs!.value.daily_report.timeout = "1.5h"),
  },
  "cache-key-unknown-entity": {
    fail: (ir) => (values(ir).caching!.value.entries[0].key = "user:profile:{account_id}"),
    message: "uses '{account_id}', but there is no model 'account'",
    pass: (ir) => {
      modelOf(ir, "Organization").name = "OrgUnit";
      values(ir).caching!.value.entries[0].key = "org:{org_unit_id}:{slug}";
    },
  },
  "cache-event-unknown": {
    fail: (ir) => (values(ir).caching!.value.entries[0].invalidateOn = ["user.updated", "users.deleted", "user.archived"]),
    count: 2,
    message: "invalidated on 'users.deleted', which no model, job trigger or webhook declares. Did you mean 'user.deleted'?",
    pass: (ir) => (values(ir).caching!.value.entries[0].invalidateOn = ["organization.created", "payment_intent.succeeded"]),
  },
};
