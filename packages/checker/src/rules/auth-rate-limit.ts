import type { EndpointNode } from "@specloom/core";
import { defineRule } from "../rule";
import { describeEndpoint, routeSegments } from "../util/endpoints";
import { EndpointFindings } from "../util/node-findings";

const findings = new EndpointFindings();

/** Path segments of credential endpoints (brute-force and enumeration targets). */
const AUTH_SEGMENT =
  /^(login|log-in|signin|sign-in|register|signup|sign-up|refresh|refresh-token|token|password|forgot-password|reset-password|password-reset|reset)$/i;
/** Operation names: `login`, `registerUser`, `refreshToken`, `resetPassword`, `forgotPassword`. */
const AUTH_NAME =
  /^(log_?in|sign_?in|sign_?up|register(_?user)?$|refresh(_?tokens?|_?session)?$|forgot_?password|reset_?password|request_?password_?reset|change_?password)/i;

const authEndpoints = new WeakMap<EndpointNode, boolean>();

/** By node identity: a few regular expressions per endpoint, and watch mode keeps unchanged endpoints. */
export function isAuthEndpoint(e: EndpointNode): boolean {
  let found = authEndpoints.get(e);
  if (found === undefined) {
    found = routeSegments(e).some((s) => s.kind === "static" && AUTH_SEGMENT.test(s.text)) || AUTH_NAME.test(e.name);
    authEndpoints.set(e, found);
  }
  return found;
}

export default defineRule({
  id: "auth-rate-limit",
  code: "SL4020",
  severity: "warning",
  message: "Auth endpoint '{route}' ({endpoint}) has no rate limit.",
  docs: "Login, registration, token refresh and password reset endpoints (recognised by path segment or operation name) need a `rateLimit` against brute force.",
  checklist: ["security"],
  check(ctx) {
    findings.each(ctx, (e, report) => {
      if (isAuthEndpoint(e) && !e.rateLimit) report({ route: describeEndpoint(e), endpoint: e.name }, e.loc);
    });
  },
});
