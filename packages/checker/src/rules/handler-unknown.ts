import { getModel } from "@specloom/model";
import { defineRule } from "../rule";
import { didYouMean } from "../util/text";
import { allEndpoints, describeEndpoint, optionLoc } from "../util/endpoints";

export default defineRule({
  id: "handler-unknown",
  code: "SL4014",
  severity: "error",
  message: "'{route}' names handler '{handler}', which is not a method of a declared service.{hint}",
  docs: "An endpoint's `handler` must name an existing `Service.method`, so the docs can trace endpoints to business logic.",
  checklist: ["endpoints"],
  check(ctx) {
    const { services } = getModel(ctx.ir).index;
    for (const e of allEndpoints(ctx.ir)) {
      if (!e.handler) continue;
      if (!services.get(e.handler.service)?.methods.some((m) => m.name === e.handler!.method)) {
        const handler = `${e.handler.service}.${e.handler.method}`;
        const known = [...services.values()].flatMap((s) => s.methods.map((m) => `${s.name}.${m.name}`));
        ctx.report({ route: describeEndpoint(e), handler, hint: didYouMean(handler, known) }, optionLoc(e, "handler"));
      }
    }
  },
});
