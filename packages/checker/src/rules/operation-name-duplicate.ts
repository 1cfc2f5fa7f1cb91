import type { EndpointNode } from "@specloom/core";
import { defineRule } from "../rule";
import { duplicatesInSourceOrder } from "../util/duplicates";
import { allEndpoints } from "../util/endpoints";

const nameOf = (e: EndpointNode) => e.operationId ?? e.name;

export default defineRule({
  id: "operation-name-duplicate",
  code: "SL4010",
  severity: "error",
  message: "Operation name '{name}' of '{api}' is already used in '{firstApi}'.",
  docs: "Endpoint names (or their declared `operationId`) become OpenAPI operationIds and client method names, so they must be unique across the project.",
  checklist: ["endpoints"],
  check(ctx) {
    for (const { item: e, first } of duplicatesInSourceOrder(allEndpoints(ctx.ir), nameOf, (x) => x.loc)) {
      ctx.report({ name: nameOf(e), api: e.api, firstApi: first.api }, e.loc);
    }
  },
});
