import { parse } from "yaml";
import type { OperationObject, ParameterObject, ResponseObject } from "openapi3-ts/oas31";
import { parseRoute } from "@specloom/model";
import { buildOpenApi, openapiEmitter, serializeJson, serializeYaml } from "../src";
import { buildSampleIr, sampleApiConfig as sampleConfig } from "@specloom/test-support";

const doc = buildOpenApi(buildSampleIr(), sampleConfig());
const op = (path: string, method: string) => (doc.paths![path] as Record<string, OperationObject>)[method]!;
const statuses = (o: OperationObject) => Object.keys(o.responses!);
/** The response at a status, a shared `components/responses` one resolved. */
const response = (o: OperationObject, status: string): ResponseObject => {
  const r = o.responses![status] as ResponseObject & { $ref?: string };
  return r.$ref ? (doc.components!.responses![r.$ref.replace("#/components/responses/", "")] as ResponseObject) : r;
};

test("the route in OpenAPI form: :param -> {param}, a trailing slash kept as written", () => {
  expect(parseRoute("/users/:id").openApiPath).toBe("/users/{id}");
  expect(parseRoute("/api/posts/:post_id/comments/:id").openApiPath).toBe("/api/posts/{post_id}/comments/{id}");
  expect(parseRoute("/api/posts/").openApiPath).toBe("/api/posts/");
  expect(parseRoute("/").openApiPath).toBe("/");
});

test("document header: version, info from the project name, servers from config, tags with descriptions", () => {
  expect(doc.openapi).toBe("3.1.0");
  expect(doc.info).toEqual({ title: "Sample Blog", version: "1.0.0", license: { name: "MIT", identifier: "MIT" } });
  expect(doc.servers).toEqual([{ url: "https://api.sample.dev", description: "Production" }]);
  expect(doc.tags!.map((t) => t.name)).toEqual(["Authentication", "Users", "Posts", "Misc"]);
  expect(doc.tags!.every((t) => t.description)).toBe(true);
  expect(Object.keys(doc)).toEqual(["openapi", "info", "servers", "security", "tags", "paths", "components"]);
});

test("operations: stable operationIds from endpoint names, summaries, deprecation", () => {
  expect(op("/api/users/{id}", "get").operationId).toBe("getUser");
  expect(op("/api/auth/register", "post").summary).toBe("Register a new user.");
  expect(op("/api/auth/refresh", "post").summary).toBe("Refresh");
  expect(op("/api/users/{id}", "delete").deprecated).toBe(true);
  expect(op("/api/users/{id}", "delete").description).toContain("Use deactivateUser.");
});

test("path params are required with the IR's schema; query params typed", () => {
  expect(op("/api/users/{id}", "get").parameters).toEqual([{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }]);
  const list = op("/api/posts", "get").parameters as ParameterObject[];
  expect(list[0]).toEqual({
    name: "status",
    in: "query",
    required: false,
    description: "Only posts in this state.",
    schema: { $ref: "#/components/schemas/PostStatus" },
  });
});

test("auth: bearer JWT and refresh cookie schemes; per-operation security; 401/403 added", () => {
  expect(doc.components!.securitySchemes).toEqual({
    bearerAuth: expect.objectContaining({ type: "http", scheme: "bearer", bearerFormat: "JWT" }),
    refreshTokenCookie: expect.objectContaining({ type: "apiKey", in: "cookie", name: "refresh_token" }),
  });
  expect(op("/api/auth/login", "post").security).toEqual([]);
  expect(op("/api/auth/refresh", "post").security).toEqual([{ refreshTokenCookie: [] }, {}]);
  const getUser = op("/api/users/{id}", "get");
  expect(getUser.security).toEqual([{ bearerAuth: [] }]);
  expect(getUser["x-specloom-auth"]).toEqual({
    authenticated: true,
    roles: ["user", "admin"],
    ownership: { param: "id", field: "id", bypass: ["admin"] },
  });
  expect(getUser.description).toContain("**Ownership:**");
  expect(op("/api/posts/{id}", "patch").description).toContain("must have `user_id` equal to the caller's id");
  expect(statuses(getUser)).toEqual(["200", "401", "403", "404"]);
  // Authenticated without roles: 401 only.
  expect(statuses(op("/api/feed", "get"))).toEqual(["200", "401", "429"]);
  expect(statuses(op("/api/auth/login", "post"))).toEqual(["200", "400", "401", "429"]);
});

test("rate limits: extension, 429 with Retry-After, X-RateLimit-* headers on success and 429 responses", () => {
  const register = op("/api/auth/register", "post");
  expect(register["x-specloom-rate-limit"]).toEqual({ limit: 5, window_seconds: 60, per: "ip", raw: "5/min per ip" });
  expect(Object.keys(response(register, "201").headers!)).toEqual(["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"]);
  expect(Object.keys(response(register, "429").headers!)).toEqual(["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After"]);
  expect(Object.keys(doc.components!.headers!)).toEqual(["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After"]);
  expect(response(op("/api/users/{id}", "get"), "200").headers).toBeUndefined();
});

test("errors: every 4xx is a shared component with the ErrorResponse body; the seed's examples are attached", () => {
  for (const [path, item] of Object.entries(doc.paths!)) {
    for (const operation of Object.values(item as Record<string, OperationObject>)) {
      for (const [status, r] of Object.entries(operation.responses!)) {
        if (Number(status) < 400) continue;
        expect([path, status, (r as { $ref?: string }).$ref]).toEqual([path, status, expect.stringMatching(/^#\/components\/responses\/\w+$/)]);
        expect([path, status, response(operation, status).content!["application/json"]!.schema]).toEqual([
          path,
          status,
          { $ref: "#/components/schemas/ErrorResponse" },
        ]);
      }
    }
  }
  const register = op("/api/auth/register", "post");
  expect(register.responses!["400"]).toEqual({
    $ref: "#/components/responses/BadRequest",
    description: "Validation error (email invalid, password weak, etc.)",
  });
  expect(response(register, "400").content!["application/json"]!.examples).toEqual({ ValidationError: { $ref: "#/components/examples/ValidationError" } });
  expect(doc.components!.examples!.ValidationError).toMatchObject({
    value: { error: { code: "VALIDATION_ERROR", field_errors: { email: ["Invalid email format"] } } },
  });
  // The endpoint's reason stays on its operation; the shared component has the status's own wording and example.
  expect(register.responses!["409"]).toEqual({ $ref: "#/components/responses/Conflict", description: "Email already exists" });
  expect(response(register, "409").content!["application/json"]!.examples).toEqual({
    Conflict: { summary: "Conflict", value: expect.objectContaining({ error: expect.objectContaining({ code: "CONFLICT" }) }) },
  });
  expect(doc.components!.schemas!.ErrorResponse).toMatchObject({ properties: { error: { required: ["code", "message", "request_id", "timestamp"] } } });
});

test("204 has no content; a body whose fields are all optional is not required; @example on bodies", () => {
  expect(response(op("/api/users/{id}", "delete"), "204")).toEqual({ description: "No content" });
  expect(op("/api/auth/refresh", "post").requestBody).toMatchObject({ required: false });
  expect(op("/api/auth/register", "post").requestBody).toMatchObject({
    required: true,
    content: { "application/json": { examples: { example: { value: { email: "ada@example.com", password: "Secr3tPassword", name: "Ada Lovelace" } } } } },
  });
});

test("only schemas the operations reach are published, and no sensitive field anywhere", () => {
  const text = serializeJson(doc);
  expect(text).not.toContain("password_hash");
  expect(Object.keys(doc.components!.schemas!)).not.toContain("Organization");
  expect(Object.keys(doc.components!.schemas!)).toContain("UserCreate");
});

test("3.0.3: header and schema dialect", () => {
  const v30 = buildOpenApi(buildSampleIr(), sampleConfig("3.0.3"));
  expect(v30.openapi).toBe("3.0.3");
  const text = serializeJson(v30);
  expect(text).not.toMatch(/"type": \[/);
  expect(text).toContain('"nullable": true');
});

test("serialization is byte-deterministic and YAML equals JSON", () => {
  const again = buildOpenApi(buildSampleIr(), sampleConfig());
  expect(serializeJson(again)).toBe(serializeJson(doc));
  expect(serializeYaml(again)).toBe(serializeYaml(doc));
  expect(parse(serializeYaml(doc))).toEqual(JSON.parse(serializeJson(doc)));
  // YAML 1.1 parsers (many SDK generators) must not turn example timestamps into dates.
  expect(parse(serializeYaml(doc), { version: "1.1" })).toEqual(JSON.parse(serializeJson(doc)));
  expect(serializeYaml(doc)).toContain('timestamp: "2025-01-18T10:30:00Z"');
  expect(serializeYaml(doc)).not.toMatch(/[&*]id\d/); // no YAML anchors or aliases
});

test("openapiEmitter writes openapi.json and openapi.yaml", async () => {
  const result = await openapiEmitter.emit({ ir: buildSampleIr(), config: sampleConfig(), language: "en" });
  expect(openapiEmitter.artifact).toBe("openapi");
  expect(result.files.map((f) => f.path)).toEqual(["openapi.json", "openapi.yaml"]);
  expect(result.diagnostics).toBeUndefined();
});

describe("auth variants and edge cases", () => {
  const base = buildSampleIr();

  test("session strategy: a cookie scheme instead of bearer", () => {
    const auth = base.config.auth!;
    const ir = { ...base, config: { ...base.config, auth: { ...auth, value: { ...auth.value, strategy: "session" as const, refreshToken: undefined } } } };
    const d = buildOpenApi(ir, sampleConfig());
    expect(Object.keys(d.components!.securitySchemes!)).toEqual(["sessionCookie"]);
    expect(d.security).toEqual([{ sessionCookie: [] }]);
    expect((d.paths!["/api/users/{id}"] as Record<string, OperationObject>).get!.security).toEqual([{ sessionCookie: [] }]);
  });

  test("no auth config: bearer JWT still secures authenticated endpoints", () => {
    const { auth: _auth, ...config } = base.config;
    const d = buildOpenApi({ ...base, config }, sampleConfig());
    expect(d.components!.securitySchemes).toEqual({ bearerAuth: expect.objectContaining({ scheme: "bearer", bearerFormat: "JWT" }) });
  });

  test("an IR without endpoints gives an empty, valid skeleton with a default server", () => {
    const d = buildOpenApi(
      { ...base, apis: [], config: {} },
      { ...sampleConfig(), openapi: { ...sampleConfig().openapi, servers: [], info: { version: "2.0.0", title: "T" } } },
    );
    expect(d).toEqual({
      openapi: "3.1.0",
      info: { title: "T", version: "2.0.0" },
      servers: [{ url: "/", description: "The host serving this document." }],
      tags: [],
      paths: {},
    });
  });
});

test("a partial config falls back to the defaults (3.1.0, default server, info version 1.0.0)", () => {
  const partial = { ...sampleConfig(), openapi: {} } as unknown as Parameters<typeof buildOpenApi>[1];
  const d = buildOpenApi(buildSampleIr(), partial);
  expect([d.openapi, d.info.version, d.servers]).toEqual(["3.1.0", "1.0.0", [{ url: "/", description: "The host serving this document." }]]);
});

test("3.0 ignores siblings of $ref: an endpoint's own reason is a component of its own, shared by equal reasons", () => {
  const doc30 = buildOpenApi(buildSampleIr(), { ...sampleConfig(), openapi: { ...sampleConfig().openapi, version: "3.0.3" } });
  const components = doc30.components!.responses! as Record<string, ResponseObject>;
  const ref = (path: string, method: string, status: string) =>
    (doc30.paths![path] as Record<string, OperationObject>)[method]!.responses![status] as { $ref: string };
  const conflict = ref("/api/auth/register", "post", "409");
  expect(Object.keys(conflict)).toEqual(["$ref"]);
  expect(components[conflict.$ref.replace("#/components/responses/", "")]!.description).toBe("Email already exists");
  for (const r of Object.values(components)) expect(r.description).not.toBe("");
  const descriptions = Object.values(components).map((r) => `${r.description}|${JSON.stringify(r.content)}`);
  expect(new Set(descriptions).size).toBe(descriptions.length);
});

test("tag names in the descriptions specloom writes are Markdown-escaped user text", () => {
  const ir = buildSampleIr();
  const hostile = "<img src=x onerror=alert(1)>";
  const api = ir.apis[0]!;
  const tagged = { ...ir, apis: [{ ...api, endpoints: [{ ...api.endpoints[0]!, tags: [hostile] }, ...api.endpoints.slice(1)] }, ...ir.apis.slice(1)] };
  const tag = buildOpenApi(tagged, sampleConfig()).tags?.find((t) => t.name === hostile);
  expect(tag?.description).toBeDefined();
  expect(tag?.description).not.toContain("<img");
});
