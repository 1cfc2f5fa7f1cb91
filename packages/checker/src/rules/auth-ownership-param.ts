import { defineRule } from "../rule";
import { didYouMean } from "../util/text";
import { describeEndpoint, pathParams, optionLoc } from "../util/endpoints";
import { EndpointFindings } from "../util/node-findings";

const findings = new EndpointFindings();

export default defineRule({
  id: "auth-ownership-param",
  code: "SL4017",
  severity: "error",
  message: "'{route}' checks ownership through '{param}', which is not a path parameter.{hint}",
  docs: "Resource ownership names the path parameter that identifies the resource; it must be one of the endpoint's path parameters.",
  checklist: ["auth"],
  check(ctx) {
    findings.each(ctx, (e, report) => {
      if (e.auth.kind !== "authenticated" || !e.auth.ownership) return;
      const { param } = e.auth.ownership;
      if (!pathParams(e).includes(param)) report({ route: describeEndpoint(e), param, hint: didYouMean(param, pathParams(e)) }, optionLoc(e, "auth"));
    });
  },
});
