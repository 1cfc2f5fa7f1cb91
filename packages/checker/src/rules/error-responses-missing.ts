import { statusCovers, type EndpointNode } from "@specloom/core";
import { automaticResponses, getModel } from "@specloom/model";
import { defineRule } from "../rule";
import { describeEndpoint, pathParams, optionLoc } from "../util/endpoints";
import { EndpointFindings, responseInputs } from "../util/node-findings";

const findings = new EndpointFindings();

/**
 * Status codes an endpoint must document, with the reason each applies. 401 and
 * 403 are not asked for while the model adds them to the effective responses of
 * every authenticated endpoint; with `automaticResponses: false` a missing 401 is.
 */
function expectedErrors(e: EndpointNode, automatic: boolean): [number, string][] {
  const out: [number, string][] = [];
  if (!automatic && e.auth.kind === "authenticated") out.push([401, "it requires credentials and automaticResponses is false"]);
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
  docs: "Document 400 when a body or query is validated and 404 when a path parameter identifies a resource. 401, 403 and 429 need no declaration: authentication, roles, ownership and rate limits add them automatically, unless `automaticResponses: false`, which asks for 401 on an authenticated endpoint. A declared range covers its class (`4XX` covers 400, 401 and 404); `default` covers none.",
  checklist: ["errors"],
  check(ctx) {
    const model = getModel(ctx.ir);
    const errors = ctx.ir.config.errors?.value;
    // An endpoint's findings read its effective responses and, for automaticResponses, its group and the errors config.
    findings.each(
      ctx,
      (e, report, _index, api) => {
        // A range documents its class (`4XX` covers 404); `default` is the fallback and names no status.
        const effective = model.responses(e);
        for (const [status, reason] of expectedErrors(e, automaticResponses(e, { api, ...(errors ? { errors } : {}) }))) {
          if (!effective.some((r) => statusCovers(r.status, status))) report({ route: describeEndpoint(e), status, reason }, optionLoc(e, "responses"));
        }
      },
      responseInputs(ctx.ir),
    );
  },
});
