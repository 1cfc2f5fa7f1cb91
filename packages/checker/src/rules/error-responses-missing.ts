import type { EndpointNode } from "@specloom/core";
import { defineRule } from "../rule";
import { allEndpoints, describeEndpoint, pathParams } from "../util/endpoints";

/** Status codes an endpoint must document, with the reason each applies. */
function expectedErrors(e: EndpointNode): [number, string][] {
  const out: [number, string][] = [];
  if (e.body || e.query.length > 0) out.push([400, `it validates its ${e.body ? "request body" : "query"}`]);
  if (e.auth.kind === "authenticated") {
    out.push([401, "it requires authentication"]);
    if (e.auth.roles.length > 0 || e.auth.ownership) out.push([403, e.auth.ownership ? "it checks ownership" : "it requires roles"]);
  }
  const params = pathParams(e.path);
  if (params.length > 0) out.push([404, `path parameter '${params[0]}' identifies a resource`]);
  return out;
}

export default defineRule({
  id: "error-responses-missing",
  code: "SL4019",
  severity: "warning",
  message: "'{route}' has no {status} response, though {reason}.",
  docs: "Document 400 when a body or query is validated, 401 when authentication applies, 403 when roles or ownership apply, and 404 when a path parameter identifies a resource.",
  checklist: ["errors"],
  check(ctx) {
    for (const e of allEndpoints(ctx.ir)) {
      const declared = new Set(e.responses.map((r) => r.status));
      for (const [status, reason] of expectedErrors(e)) {
        if (!declared.has(status)) ctx.report({ route: describeEndpoint(e), status, reason }, e.loc);
      }
    }
  },
});
