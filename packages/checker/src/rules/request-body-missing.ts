import { defineRule } from "../rule";
import { allEndpoints, describeEndpoint } from "../util/endpoints";

const WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

export default defineRule({
  id: "request-body-missing",
  code: "SL4012",
  severity: "warning",
  message: "'{route}' ({endpoint}) has no request body schema.",
  docs: "POST, PUT and PATCH endpoints declare a `body` type so the request is documented and validated; use an empty object type for a deliberately empty body.",
  checklist: ["endpoints"],
  check(ctx) {
    for (const e of allEndpoints(ctx.ir)) {
      if (WITH_BODY.has(e.method) && !e.body) ctx.report({ route: describeEndpoint(e), endpoint: e.name }, e.loc);
    }
  },
});
