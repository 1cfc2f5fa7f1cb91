import { defineRule } from "../rule";
import { allEndpoints, describeEndpoint, optionLoc } from "../util/endpoints";

/** RFC 9110: a TRACE request has no content (§9.3.8), a HEAD request's has no meaning (§9.3.2) and fetch refuses to send one. */
const NO_REQUEST_BODY = new Set(["HEAD", "TRACE"]);

export default defineRule({
  id: "method-body",
  code: "SL4220",
  severity: "error",
  message: "'{route}' ({endpoint}) declares {what}, which a {method} {direction} never carries; {fix}.",
  docs: "A HEAD or TRACE request carries no body (RFC 9110 §9.3.2, §9.3.8; fetch refuses to send one), and a response to HEAD has no content, only the headers a GET would send: declare the body on the GET, and `NoContent` or `Response<void, { headers }>` on the HEAD.",
  checklist: ["endpoints"],
  check(ctx) {
    for (const e of allEndpoints(ctx.ir)) {
      const route = describeEndpoint(e);
      if (e.body && NO_REQUEST_BODY.has(e.method))
        ctx.report(
          { route, endpoint: e.name, what: "a request body", method: e.method, direction: "request", fix: "remove 'body'" },
          optionLoc(e, "body"),
        );
      if (e.method !== "HEAD") continue;
      for (const r of e.responses)
        if (r.type)
          ctx.report(
            { route, endpoint: e.name, what: `a body for status ${r.status}`, method: e.method, direction: "response", fix: "declare it on the GET" },
            optionLoc(e, "responses"),
          );
    }
  },
});
