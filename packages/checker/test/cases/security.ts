import type { RuleCase } from "../helpers";
import { endpointOf, field, modelOf, t, schema, type MIR, response } from "@specloom/test-support";

const values = (ir: MIR) => ir.config as unknown as Record<string, { value: Record<string, any> }>;

export const securityCases: Record<string, RuleCase> = {
  "sensitive-field-exposed": {
    fail: (ir) => {
      // Pick<User, "id" | "password_hash"> copies the sensitive field into a schema.
      ir.schemas.push(schema("UserWithHash", t.object([field("id"), field("password_hash", t.str(), { visibility: "sensitive" })])));
      endpointOf(ir, "getMe").responses[0] = response(200, t.array(t.schemaRef("UserWithHash")));
      // A declared error body is a response too.
      endpointOf(ir, "getMe").responses.push(response(409, t.schemaRef("UserWithHash")));
      // So is a body in a further media type only.
      endpointOf(ir, "getMe").responses.push({
        ...response(203),
        noBody: true,
        content: [{ kind: "responseContent", mediaType: "application/xml", type: t.schemaRef("UserWithHash") }],
      } as ReturnType<typeof response>);
    },
    count: 3,
    message: "'GET /api/users/me' returns sensitive field 'password_hash' (from schema 'UserWithHash') in its",
    pass: (ir) => (endpointOf(ir, "getMe").responses[0] = response(200, t.modelRef("User"))), // emitters strip model fields
  },
  "sensitive-field-logged": {
    fail: (ir) => delete ir.config.logging,
    message: "Sensitive field 'password_hash' is not excluded from logs",
    pass: (ir) => {
      delete ir.config.logging;
      modelOf(ir, "User").fields.find((f) => f.name === "password_hash")!.visibility = "internal";
    },
  },
  "password-hash-rounds": {
    fail: (ir) => (values(ir).auth!.value.passwordHashing = { algorithm: "bcrypt", rounds: 8 }),
    message: "bcrypt cost 8 is below 10",
    pass: (ir) => (values(ir).auth!.value.passwordHashing = { algorithm: "argon2id" }),
  },
  "inline-secret": {
    fail: (ir) => {
      const integrations = values(ir).integrations!.value;
      integrations.email.settings = { apiKey: "not-an-env-ref", from: "noreply@example.com" };
      integrations.stripe.settings = { publishable: "sk_live_51HxYzAbCdEfGhIjKlMn" };
      values(ir).deployment!.value.env[0].example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
      values(ir).caching!.value.connection.example = "redis://default:hunter2@cache.internal:6379";
      values(ir).logging!.value.example.request_id = "Zk3q9Vw0xT7bLr2Yp8sNcH4mJd6uFa1E";
    },
    count: 5,
    message: "is a plain string under 'apiKey'",
    pass: (ir) => {
      values(ir).integrations!.value.email.settings = { apiKeyHeader: "X-API-Key", tokenUrl: "https://auth.example.com/oauth/token" };
      values(ir).logging!.value.example.request_id = "123e4567-e89b-12d3-a456-426614174000";
      values(ir).jobs!.value.daily_report.input = { resetToken: "string" };
      ir.config.errors = {
        kind: "config",
        name: "errors",
        loc: ir.config.auth!.loc,
        locs: {},
        value: { examples: [{ status: 400, title: "Bad", code: "VALIDATION_ERROR", message: "Invalid", fieldErrors: { password: ["Too short"] } }] },
      };
      values(ir).auth!.value.refreshToken = { ttl: "7d", cookie: "refresh_token" }; // a cookie name, not a token
    },
  },
};
