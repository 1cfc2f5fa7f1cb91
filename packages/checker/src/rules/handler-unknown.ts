import { getModel } from "@specloom/model";
import { defineRule } from "../rule";
import { didYouMean } from "../util/text";
import { describeEndpoint, optionLoc } from "../util/endpoints";
import { EndpointFindings } from "../util/node-findings";

const findings = new EndpointFindings();

export default defineRule({
  id: "handler-unknown",
  code: "SL4014",
  severity: "error",
  message: "'{route}' names handler '{handler}', which is not a method of a declared service.{hint}",
  docs: "An endpoint's `handler` must name an existing `Service.method`, so the docs can trace endpoints to business logic.",
  checklist: ["endpoints"],
  check(ctx) {
    const { services } = getModel(ctx.ir).index;
    // Every endpoint's finding reads the services: replayed while they are the same list (the previous array when unchanged).
    const inputs = [ctx.ir.services];
    findings.each(
      ctx,
      (e, report) => {
        if (!e.handler) return;
        if (!services.get(e.handler.service)?.methods.some((m) => m.name === e.handler!.method)) {
          const handler = `${e.handler.service}.${e.handler.method}`;
          const known = [...services.values()].flatMap((s) => s.methods.map((m) => `${s.name}.${m.name}`));
          report({ route: describeEndpoint(e), handler, hint: didYouMean(handler, known) }, optionLoc(e, "handler"));
        }
      },
      inputs,
    );
  },
});
