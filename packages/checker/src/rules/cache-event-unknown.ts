import { defineRule } from "../rule";
import { locAt } from "../util/config";
import { knownEvents } from "../util/events";
import { didYouMean } from "../util/text";

export default defineRule({
  id: "cache-event-unknown",
  code: "SL4030",
  severity: "error",
  message: "Cache entry '{entry}' is invalidated on '{event}', which no model, job trigger or webhook declares.{hint}",
  docs: "`invalidateOn` events are `<model>.created`, `.updated` or `.deleted` (snake_case model name) or events the spec declares elsewhere (job event triggers, integration webhook events); anything else never fires, so the entry goes stale.",
  checklist: ["caching"],
  check(ctx) {
    const caching = ctx.ir.config.caching;
    if (!caching) return;
    const known = knownEvents(ctx.ir);
    caching.value.entries?.forEach((entry, i) => {
      (entry.invalidateOn ?? []).forEach((event, j) => {
        if (!known.has(event)) ctx.report({ entry: entry.name, event, hint: didYouMean(event, known) }, locAt(caching, ["entries", i, "invalidateOn", j]));
      });
    });
  },
});
