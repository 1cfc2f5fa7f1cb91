import type { EndpointNode, OutgoingRequest, ResponseNode, SourceLocation } from "@specloom/core";
import { defineRule } from "../rule";
import { allEndpoints, describeEndpoint, optionLoc } from "../util/endpoints";

/** RFC 9110: a TRACE request has no content (§9.3.8), a HEAD request's has no meaning (§9.3.2) and fetch refuses to send one. */
const NO_REQUEST_BODY = new Set(["HEAD", "TRACE"]);

/** A body in the main media type or in any further one (`content`). */
const hasBody = (r: ResponseNode): boolean => r.type !== undefined || (r.content?.length ?? 0) > 0;

export default defineRule({
  id: "method-body",
  code: "SL4220",
  severity: "error",
  message: "'{route}' ({endpoint}) declares {what}, which a {method} {direction} never carries; {fix}.",
  docs: "A HEAD or TRACE request carries no body (RFC 9110 §9.3.2, §9.3.8; fetch refuses to send one), and a response to HEAD has no content, only the headers a GET would send: declare the body on the GET, and `NoContent` or `Response<void, { headers }>` on the HEAD. Webhooks and callbacks are requests too.",
  checklist: ["endpoints"],
  check(ctx) {
    const check = (o: EndpointNode | OutgoingRequest, route: string, bodyAt: SourceLocation, responsesAt: SourceLocation) => {
      if (o.body && NO_REQUEST_BODY.has(o.method))
        ctx.report({ route, endpoint: o.name, what: "a request body", method: o.method, direction: "request", fix: "remove 'body'" }, bodyAt);
      if (o.method !== "HEAD") return;
      for (const r of o.responses)
        if (hasBody(r))
          ctx.report(
            { route, endpoint: o.name, what: `a body for status ${r.status}`, method: o.method, direction: "response", fix: "declare it on the GET" },
            responsesAt,
          );
    };
    for (const e of allEndpoints(ctx.ir)) {
      check(e, describeEndpoint(e), optionLoc(e, "body"), optionLoc(e, "responses"));
      for (const c of e.callbacks ?? []) check(c, `${c.method} callback of ${describeEndpoint(e)}`, c.loc, c.loc);
    }
    for (const w of ctx.ir.webhooks ?? []) check(w, `${w.method} webhook`, w.loc, w.loc);
  },
});
