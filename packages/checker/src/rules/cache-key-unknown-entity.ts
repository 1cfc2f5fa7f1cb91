import { defineRule } from "../rule";
import { locAt } from "../util/config";
import { entityNames } from "../util/events";
import { didYouMean } from "../util/text";

export default defineRule({
  id: "cache-key-unknown-entity",
  code: "SL4029",
  severity: "error",
  message: "Cache key '{key}' of entry '{entry}' uses '{{placeholder}}', but there is no model '{entity}'.{hint}",
  docs: "A cache key placeholder `{<entity>_id}` names a model by its snake_case name (`{user_id}` needs a model `User`); a typo there means the key can never be invalidated by that entity's events.",
  checklist: ["caching"],
  check(ctx) {
    const caching = ctx.ir.config.caching;
    if (!caching) return;
    const entities = entityNames(ctx.ir);
    caching.value.entries?.forEach((entry, i) => {
      for (const [, placeholder] of (entry.key ?? "").matchAll(/\{(\w+)\}/g)) {
        const entity = /^(\w+)_id$/.exec(placeholder!)?.[1];
        if (entity && !entities.has(entity)) {
          const hint = didYouMean(entity, entities).replace(/'(\w+)'/, "'{$1_id}'");
          ctx.report({ key: entry.key, entry: entry.name, placeholder: placeholder!, entity, hint }, locAt(caching, ["entries", i, "key"]));
        }
      }
    });
  },
});
