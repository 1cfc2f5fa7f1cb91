/** Events a cache entry may be invalidated by. */
import { snakeCase, type SpecIR } from "@specloom/core";

const MODEL_EVENT_VERBS = ["created", "updated", "deleted"] as const;

/** snake_case model names, the entity half of `<model>.<verb>` and `{<model>_id}`. */
export function entityNames(ir: SpecIR): Set<string> {
  return new Set(ir.models.map((m) => snakeCase(m.name)));
}

/** Model lifecycle events plus the events jobs are triggered by and webhooks deliver. */
export function knownEvents(ir: SpecIR): Set<string> {
  const events = new Set<string>();
  for (const entity of entityNames(ir)) for (const verb of MODEL_EVENT_VERBS) events.add(`${entity}.${verb}`);
  for (const job of Object.values(ir.config.jobs?.value ?? {})) {
    const event = (job.trigger as { event?: unknown } | undefined)?.event;
    if (typeof event === "string") events.add(event);
  }
  for (const integration of Object.values(ir.config.integrations?.value ?? {})) {
    for (const hook of integration.webhooks ?? []) for (const e of hook.events ?? []) events.add(e);
  }
  return events;
}
