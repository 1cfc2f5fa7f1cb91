import { defineRule } from "../rule";
import type { EndpointNode } from "@specloom/core";
import { describeEndpoint, routeSegments } from "../util/endpoints";
import { EndpointFindings } from "../util/node-findings";

const findings = new EndpointFindings();

const WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

/** Controller-style POSTs act on the resource in the path and carry no payload (`/posts/:id/publish`, `/auth/logout`). */
const ACTION_VERB =
  /^(logout|log-out|signout|sign-out|publish|unpublish|restore|archive|unarchive|approve|reject|cancel|activate|deactivate|enable|disable|confirm|resend|retry|like|unlike|follow|unfollow|lock|unlock|pin|unpin|star|unstar|subscribe|unsubscribe|mark-read|read)$/i;

function isBodylessAction(e: EndpointNode): boolean {
  const last = routeSegments(e).at(-1);
  return e.method === "POST" && last?.kind === "static" && ACTION_VERB.test(last.text);
}

export default defineRule({
  id: "request-body-missing",
  code: "SL4012",
  severity: "warning",
  message: "'{route}' ({endpoint}) has no request body schema.",
  docs: "POST, PUT and PATCH endpoints declare a `body` type so the request is documented and validated. A POST whose last path segment is an action verb (`/posts/:id/publish`, `/auth/logout`) may omit it.",
  checklist: ["endpoints"],
  check(ctx) {
    findings.each(ctx, (e, report) => {
      if (WITH_BODY.has(e.method) && !e.body && !isBodylessAction(e)) report({ route: describeEndpoint(e), endpoint: e.name }, e.loc);
    });
  },
});
