import { defineRule } from "../rule";
import { didYouMean } from "../util/text";
import { allEndpoints, describeEndpoint, pathParams, optionLoc } from "../util/endpoints";

export default defineRule({
  id: "auth-ownership-param",
  code: "SL4017",
  severity: "error",
  message: "'{route}' checks ownership through '{param}', which is not a path parameter.{hint}",
  docs: "Resource ownership names the path parameter that identifies the resource; it must be one of the endpoint's path parameters.",
  checklist: ["auth"],
  check(ctx) {
    for (const e of allEndpoints(ctx.ir)) {
      if (e.auth.kind !== "authenticated" || !e.auth.ownership) continue;
      const { param } = e.auth.ownership;
      if (!pathParams(e).includes(param)) ctx.report({ route: describeEndpoint(e), param, hint: didYouMean(param, pathParams(e)) }, optionLoc(e, "auth"));
    }
  },
});
