/** The pattern-based parts of rules, on their own: secrets, cron, routes, auth endpoints. */
import { cronProblem } from "../src/rules/cron-invalid";
import { isAuthEndpoint } from "../src/rules/auth-rate-limit";
import { secretReason } from "../src/rules/inline-secret";
import { baselineEndpoint as endpoint } from "@specloom/test-support";
import { findings } from "./helpers";

describe("secretReason", () => {
  it.each([
    ["sk_live_51HxYzAbCdEfGhIjKlMnOp", undefined, "Stripe"],
    ["whsec_abcdefghijklmnop", undefined, "webhook"],
    ["AKIAIOSFODNN7EXAMPLE", undefined, "AWS"],
    ["-----BEGIN RSA PRIVATE KEY-----\nMIIE", undefined, "private key"],
    ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", undefined, "JWT"],
    ["Bearer abcdefghijklmnopqrstuvwxyz", undefined, "Authorization"],
    ["postgres://app:s3cret@db.prod.example.com:5432/app", undefined, "URL"],
    ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", undefined, "random"],
    ["q8Zr3kLx0pWm7YtB2vNc5HsJd1FgAe6U", "note", "random"],
    ["hunter2", "password", "plain string"],
    ["abc123", "clientSecret", "plain string"],
    ["xyz", "api_key", "plain string"],
  ])("flags %j (key %s)", (value, key, why) => {
    expect(secretReason(value, key)).toContain(why);
  });

  it.each([
    ["postgresql://inkwell:inkwell@localhost:5432/inkwell", "example"],
    ["redis://localhost:6379", "example"],
    ["123e4567-e89b-12d3-a456-426614174000", "request_id"],
    ["X-Request-Id-Header-2024-Version-Name", "header"],
    ["https://api.stripe.com/v1/payment_intents", "url"],
    ["Password must be at least 8 characters", "password"],
    ["refresh_token", "cookie"],
    ["bcrypt with salt rounds >= 10", "Password Storage"],
    ["STRIPE_SECRET_KEY", undefined],
    ["0 2 * * *", "cron"],
  ])("accepts %j (key %s)", (value, key) => {
    expect(secretReason(value, key)).toBeUndefined();
  });
});

describe("cronProblem", () => {
  it.each(["0 2 * * *", "*/15 * * * *", "0 0 2 * * *", "@daily", "0 9 * * MON-FRI"])("accepts %s", (expr) => {
    expect(cronProblem(expr)).toBeUndefined();
  });
  it.each(["* * *", "61 * * * *", "0 2 * * * * *", "every day", ""])("rejects %j", (expr) => {
    expect(cronProblem(expr)).toEqual(expect.any(String));
  });
});

describe("isAuthEndpoint", () => {
  it.each([
    ["login", "/api/auth/login"],
    ["signUp", "/api/accounts"],
    ["refresh", "/api/session"],
    ["forgotPassword", "/api/auth/forgot-password"],
    ["changePassword", "/api/users/:id/password"],
    ["x", "/api/auth/token"],
  ])("recognises %s %s", (name, path) => {
    expect(isAuthEndpoint(endpoint(name, "POST", path) as never)).toBe(true);
  });
  it.each([
    ["listTokens", "/api/users/api-tokens"],
    ["refreshCache", "/api/admin/cache"],
    ["registerWebhook", "/api/webhooks"],
    ["logout", "/api/auth/logout"],
  ])("ignores %s %s", (name, path) => {
    expect(isAuthEndpoint(endpoint(name, "POST", path) as never)).toBe(false);
  });
});

describe("did-you-mean hints", () => {
  it("suggests the nearest model for a cache key placeholder", () => {
    const [d] = findings("cache-key-unknown-entity", (ir) => ((ir.config.caching!.value.entries[0] as { key: string }).key = "u:{usr_id}"));
    expect(d?.message).toContain("there is no model 'usr'. Did you mean '{user_id}'?");
  });
  it("suggests nothing when no name is close", () => {
    const [d] = findings(
      "cache-event-unknown",
      (ir) => ((ir.config.caching!.value.entries[0] as { invalidateOn: string[] }).invalidateOn = ["inventory.restocked"]),
    );
    expect(d?.message).toMatch(/declares\.$/);
  });
});

describe("path-param-mismatch", () => {
  it("reports a parameter name used twice in one path", () => {
    const diags = findings("path-param-mismatch", (ir) => {
      ir.apis[0]!.endpoints.push(endpoint("getPost", "GET", "/api/users/:id/posts/:id", { params: [{ ...ir.apis[0]!.endpoints[3]!.params[0]! }] }));
    });
    expect(diags.map((d) => d.message)).toEqual(["Path parameter 'id' of 'GET /api/users/:id/posts/:id' appears more than once in the path."]);
  });
});
