import { defineRule } from "../rule";
import { allEndpoints, describeEndpoint } from "../util/endpoints";

export default defineRule({
  id: "handler-unknown",
  code: "SL4014",
  severity: "error",
  message: "'{route}' names handler '{handler}', which is not a method of a declared service.",
  docs: "An endpoint's `handler` must name an existing `Service.method`, so the docs can trace endpoints to business logic.",
  checklist: ["endpoints"],
  check(ctx) {
    const services = new Map(ctx.ir.services.map((s) => [s.name, new Set(s.methods.map((m) => m.name))]));
    for (const e of allEndpoints(ctx.ir)) {
      if (!e.handler) continue;
      if (!services.get(e.handler.service)?.has(e.handler.method)) {
        ctx.report({ route: describeEndpoint(e), handler: `${e.handler.service}.${e.handler.method}` }, e.loc);
      }
    }
  },
});
