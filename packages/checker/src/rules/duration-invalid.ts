import { parseDuration, type ChecklistItem, type ConfigSection, type ConfigSections } from "@specloom/core";
import { defineRule } from "../rule";
import { formatPath, locAt } from "../util/config";

interface DurationSite {
  readonly node: ConfigSection<unknown>;
  readonly segments: readonly (string | number)[];
  readonly value: unknown;
  /** The checklist item a bad value here fails; monitoring is on none. */
  readonly item?: ChecklistItem;
}

const get = (v: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((acc, k) => (acc && typeof acc === "object" ? (acc as Record<string, unknown>)[k] : undefined), v);

/** Every place a Duration is expected: ttl, timeout, delay, alert `for`. */
function durationSites(config: ConfigSections): DurationSite[] {
  const sites: DurationSite[] = [];
  const add = (node: ConfigSection<unknown>, segments: (string | number)[], value: unknown, item?: ChecklistItem) => {
    if (value !== undefined) sites.push({ node, segments, value, ...(item ? { item } : {}) });
  };
  const { auth, caching, jobs, integrations, monitoring } = config;
  if (auth) {
    add(auth, ["accessToken", "ttl"], get(auth.value, "accessToken", "ttl"), "auth");
    add(auth, ["refreshToken", "ttl"], get(auth.value, "refreshToken", "ttl"), "auth");
  }
  caching?.value.entries?.forEach((e, i) => add(caching, ["entries", i, "ttl"], e.ttl, "caching"));
  for (const [key, job] of Object.entries(jobs?.value ?? {})) {
    add(jobs!, [key, "timeout"], get(job, "timeout"), "jobs");
    add(jobs!, [key, "retry", "delay"], get(job, "retry", "delay"), "jobs");
  }
  for (const [key, integration] of Object.entries(integrations?.value ?? {})) {
    add(integrations!, [key, "retry", "delay"], get(integration, "retry", "delay"), "integrations");
  }
  monitoring?.value.alerts?.forEach((a, i) => add(monitoring, ["alerts", i, "for"], a.for));
  return sites;
}

export default defineRule({
  id: "duration-invalid",
  code: "SL4028",
  severity: "error",
  message: "'{section}.{path}' is not a valid duration: '{value}' (expected a positive number with ms, s, m, h or d, e.g. '15m').",
  docs: "Every Duration (token and cache TTLs, job timeouts, retry delays, alert windows) must be a positive number followed by ms, s, m, h or d (`15m`, `7d`).",
  checklist: ["auth", "integrations", "jobs", "caching"],
  check(ctx) {
    for (const site of durationSites(ctx.ir.config)) {
      const parsed = typeof site.value === "string" ? parseDuration(site.value) : undefined;
      if (parsed && parsed.seconds > 0) continue;
      ctx.report({ section: site.node.name, path: formatPath(site.segments), value: String(site.value) }, locAt(site.node, site.segments), {
        checklist: site.item ? [site.item] : [],
      });
    }
  },
});
