import { isErrorStatus } from "@specloom/model";
import type { RuleCase } from "../helpers";
import { baselineEndpoint as endpoint, endpointOf, field, type MIR, response } from "@specloom/test-support";

const setAuth = (ir: MIR, key: string, value: unknown) => ((ir.config.auth!.value as Record<string, unknown>)[key] = value);

export const authCases: Record<string, RuleCase> = {
  "auth-config-missing": {
    fail: (ir) => delete ir.config.auth,
    message: "'GET /api/users/me' requires authentication",
    pass: (ir) => {
      delete ir.config.auth;
      ir.apis[0]!.endpoints = ir.apis[0]!.endpoints.filter((e) => e.auth.kind === "public");
    },
  },
  "auth-role-unknown": {
    fail: (ir) => {
      const e = endpointOf(ir, "deleteUser");
      if (e.auth.kind === "authenticated") e.auth.roles = ["admn"];
    },
    message: "uses role 'admn', which is not one of the auth config roles (user, admin). Did you mean 'admin'?",
  },
  "auth-ownership-param": {
    fail: (ir) => {
      const e = endpointOf(ir, "updateUser");
      if (e.auth.kind === "authenticated") e.auth.ownership!.param = "di";
    },
    message: "checks ownership through 'di', which is not a path parameter. Did you mean 'id'?",
  },
  "auth-signing-key": {
    fail: (ir) => delete (ir.config.auth!.value as { secret?: unknown }).secret,
    message: "The jwt auth strategy has no signing key from the environment",
    pass: (ir) => {
      setAuth(ir, "strategy", "session");
      delete (ir.config.auth!.value as { secret?: unknown }).secret;
    },
  },
  "token-ttl": {
    fail: (ir) => {
      setAuth(ir, "accessToken", { ttl: "2h" });
      setAuth(ir, "refreshToken", { ttl: "30m" });
    },
    count: 2,
    message: "Access token lifetime 2h is longer than 1h",
    pass: (ir) => {
      setAuth(ir, "accessToken", { ttl: "1h" });
      setAuth(ir, "refreshToken", { ttl: "60m" });
    },
  },
  "error-responses-missing": {
    fail: (ir) => {
      const e = endpointOf(ir, "updateUser");
      e.responses = e.responses.filter((r) => !isErrorStatus(r.status));
    },
    // 400 and 404; 401/403 are automatic responses of an authenticated endpoint, never missing.
    count: 2,
    message: "has no 400 response, though it validates its request body",
    pass: (ir) => ir.apis[0]!.endpoints.push(endpoint("health", "GET", "/health")),
  },
  "handler-error-undocumented": {
    fail: (ir) =>
      ir.services[0]!.methods[0]!.throws.push(
        { kind: "throws", error: "ConflictError", when: "if the new email exists" },
        { kind: "throws", error: "ConflictError", when: "twice" },
      ),
    message:
      "'PUT /api/users/:id' calls UserService.updateUser, which throws ConflictError if the new email exists, but the endpoint documents no 409 response",
    pass: (ir) =>
      ir.services[0]!.methods[0]!.throws.push(
        { kind: "throws", error: "NotFoundError", when: "if absent" },
        { kind: "throws", error: "PaymentRefusedError", when: "if the card is declined" },
      ),
  },
  "auth-rate-limit": {
    fail: (ir) => {
      delete endpointOf(ir, "login").rateLimit;
      ir.apis[0]!.endpoints.push(
        endpoint("resetPassword", "POST", "/api/auth/password/reset", {
          body: { kind: "object", properties: [field("token")] },
          responses: [response(204), response(400)],
        }),
      );
    },
    count: 2,
    message: "Auth endpoint 'POST /api/auth/login' (login) has no rate limit",
    pass: (ir) =>
      ir.apis[0]!.endpoints.push(
        endpoint("listTokens", "GET", "/api/users/api-tokens", { responses: [response(200, { kind: "ref", name: "PublicUser", refKind: "schema" })] }),
      ),
  },
};
