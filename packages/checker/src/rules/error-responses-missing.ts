import type { EndpointNode } from "@specloom/core";
import { getModel } from "@specloom/model";
import { defineRule } from "../rule";
import { allEndpoints, describeEndpoint, pathParams, optionLoc } from "../util/endpoints";

/**
 * Status codes an endpoint must document, with the reason each applies. 401 and
 * 403 are not asked for: the model adds them to the effective responses of every
 * authenticated endpoint (OpenAPI documents them), so they are never missing.
 */
function expectedErrors(e: EndpointNode): [number, string][] {
  const out: [number, string][] = [];
  if (e.body || e.query.length > 0) out.push([400, `it validates its ${e.body ? "request body" : "query"}`]);
  const params = pathParams(e);
  if (params.length > 0) out.push([404, `path parameter '${params[0]}' identifies a resource`]);
  return out;
}

export default defineRule({
  id: "error-responses-missing",
  code: "SL4019",
  severity: "warning",
  message: "'{route}' has no {status} response, though {reason}.",
  docs: "Document 400 when a body or query is validated and 404 when a path parameter identifies a resource. 401, 403 and 429 need no declaration: authentication, roles, ownership and rate limits add them automatically.",
  checklist: ["errors"],
  check(ctx) {
    const model = getModel(ctx.ir);
    for (const e of allEndpoints(ctx.ir)) {
      const effective = new Set(model.responses(e).map((r) => r.status));
      for (const [status, reason] of expectedErrors(e)) {
        if (!effective.has(status)) ctx.report({ route: describeEndpoint(e), status, reason }, optionLoc(e, "responses"));
      }
    }
  },
});
