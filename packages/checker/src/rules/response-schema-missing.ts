import { defineRule } from "../rule";
import { describeEndpoint, isSuccess, optionLoc } from "../util/endpoints";
import { EndpointFindings } from "../util/node-findings";

const findings = new EndpointFindings();

export default defineRule({
  id: "response-schema-missing",
  code: "SL4013",
  severity: "error",
  message: "'{route}' ({endpoint}) {problem}.",
  docs: "Every endpoint declares at least one success response, and every 2xx response other than 204 has a body type or is declared bodiless (`Response<void>`).",
  checklist: ["endpoints"],
  check(ctx) {
    findings.each(ctx, (e, report) => {
      const route = describeEndpoint(e);
      const successes = e.responses.filter((r) => isSuccess(r.status));
      if (successes.length === 0) report({ route, endpoint: e.name, problem: "declares no success (2xx) response" }, optionLoc(e, "responses"));
      for (const r of successes) {
        if (r.status !== 204 && !r.type && !r.noBody)
          report({ route, endpoint: e.name, problem: `has no schema for its ${r.status} response` }, optionLoc(e, "responses"));
      }
    });
  },
});
