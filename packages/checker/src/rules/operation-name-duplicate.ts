import { defineRule } from "../rule";
import { inSourceOrder } from "../util/source-order";
import { allEndpoints } from "../util/endpoints";

export default defineRule({
  id: "operation-name-duplicate",
  code: "SL4010",
  severity: "error",
  message: "Operation name '{name}' of '{api}' is already used in '{firstApi}'.",
  docs: "Endpoint names (or their declared `operationId`) become OpenAPI operationIds and client method names, so they must be unique across the project.",
  checklist: ["endpoints"],
  check(ctx) {
    const first = new Map<string, string>();
    for (const e of inSourceOrder(allEndpoints(ctx.ir), (x) => x.loc)) {
      const name = e.operationId ?? e.name;
      const prior = first.get(name);
      if (prior !== undefined) ctx.report({ name, api: e.api, firstApi: prior }, e.loc);
      else first.set(name, e.api);
    }
  },
});
