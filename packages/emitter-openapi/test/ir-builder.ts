/**
 * Hand-built IR for emitter tests (independent of the front end): the seed's
 * User with visibility tags, auth endpoints with rate limits, ownership and
 * roles, pagination (offset and cursor), a discriminated union and an extension.
 */
import { DEFAULT_CONFIG, IR_FORMAT_VERSION, type ApiNode, type Constraints, type EndpointNode, type FieldNode, type ModelNode, type SpecIR, type SpecloomConfig, type TypeNode } from "@specloom/core";

const loc = { file: "spec-src/index.ts", line: 1, column: 1 };

export const str = (constraints?: Constraints): TypeNode => ({ kind: "primitive", type: "string", ...(constraints ? { constraints } : {}) });
export const int = (constraints: Constraints = { size: "int32" }): TypeNode => ({ kind: "primitive", type: "integer", constraints });
export const num = (constraints?: Constraints): TypeNode => ({ kind: "primitive", type: "number", ...(constraints ? { constraints } : {}) });
export const bool: TypeNode = { kind: "primitive", type: "boolean" };
export const lit = (value: string | number | boolean): TypeNode => ({ kind: "literal", value });
export const arr = (items: TypeNode): TypeNode => ({ kind: "array", items });
export const modelRef = (name: string): TypeNode => ({ kind: "ref", name, target: "model" });
export const enumRef = (name: string): TypeNode => ({ kind: "ref", name, target: "enum" });
export const schemaRef = (name: string): TypeNode => ({ kind: "ref", name, target: "schema" });
export const uuid = str({ format: "uuid" });
export const dateTime = str({ format: "date-time" });
export const obj = (properties: FieldNode[], ext?: string[]): TypeNode => ({ kind: "object", properties, ...(ext ? { extends: ext } : {}) });

export function field(name: string, type: TypeNode, extra: Partial<FieldNode> = {}): FieldNode {
  return { kind: "field", name, type, optional: false, nullable: false, visibility: "normal", docs: {}, loc, ...extra };
}

const id = field("id", uuid, { column: "id", primaryKey: true, visibility: "readOnly", default: { kind: "sql", expr: "gen_random_uuid()" }, docs: { description: "Identifier." } });
const timestamps = [
  field("created_at", dateTime, { column: "created_at", visibility: "readOnly", origin: "timestamps", default: { kind: "sql", expr: "now()" } }),
  field("updated_at", dateTime, { column: "updated_at", visibility: "readOnly", origin: "timestamps", default: { kind: "sql", expr: "now()" } }),
];

function model(name: string, table: string, fields: FieldNode[], relations: ModelNode["relations"] = [], description?: string): ModelNode {
  return { kind: "model", name, table, fields, relations, indexes: [], uniques: [], softDelete: false, timestamps: true, docs: description ? { description } : {}, loc };
}

const password = str({ minLength: 8, maxLength: 128, pattern: "^(?=.*[A-Z])(?=.*[0-9])", patternMessage: "at least one uppercase letter and one number" });
const email = str({ format: "email", maxLength: 255 });
const name = str({ minLength: 2, maxLength: 100 });

const rel = (type: "belongsTo" | "hasMany", fieldName: string, target: string, foreignKey?: string) => ({
  kind: "relation" as const, type, name: fieldName, target, ...(foreignKey ? { foreignKey } : {}), optional: type === "belongsTo", docs: {}, loc,
});

const user = model(
  "User",
  "users",
  [
    id,
    field("email", email, { column: "email", unique: true, docs: { description: "Login email.", examples: ["ada@example.com"] } }),
    field("password_hash", str({ maxLength: 255 }), { column: "password_hash", visibility: "sensitive" }),
    field("name", name, { column: "name", docs: { examples: ["Ada Lovelace"] } }),
    field("role", enumRef("Role"), { column: "role", default: { kind: "literal", value: "user" } }),
    field("organization_id", str(), { column: "organization_id", optional: true, nullable: true }),
    field("login_count", int(), { column: "login_count", visibility: "internal" }),
    field("theme", enumRef("UserTheme"), { column: "theme", nullable: true, docs: { description: "UI theme; null follows the system." } }),
    field("posts", arr(modelRef("Post"))),
    ...timestamps,
    field("deleted_at", dateTime, { column: "deleted_at", nullable: true, optional: true, origin: "softDelete", visibility: "readOnly" }),
  ],
  [rel("belongsTo", "organization_id", "Organization", "organization_id"), rel("hasMany", "posts", "Post", "user_id")],
  "A registered account.",
);

const organization = model("Organization", "organizations", [id, field("name", name, { column: "name" }), ...timestamps]);

const post = model(
  "Post",
  "posts",
  [
    id,
    field("user_id", str(), { column: "user_id", visibility: "readOnly" }),
    field("title", str({ minLength: 3, maxLength: 200 }), { column: "title" }),
    field("status", enumRef("PostStatus"), { column: "status", default: { kind: "literal", value: "draft" } }),
    field("price", str({ format: "decimal", precision: 10, scale: 2 }), { column: "price", docs: { examples: ["9.99"] } }),
    field("views", int({ size: "int64", minimum: 0 }), { column: "views" }),
    field("rating", num({ minimum: 0, maximum: 5 }), { column: "rating", optional: true }),
    field("published_at", dateTime, { column: "published_at", nullable: true, visibility: "readOnly" }),
    field("previous_status", enumRef("PostStatus"), { column: "previous_status", nullable: true, optional: true }),
    ...timestamps,
  ],
  [rel("belongsTo", "user_id", "User", "user_id")],
);

const schema = (n: string, type: TypeNode, description?: string) => ({ kind: "schema" as const, name: n, type, docs: description ? { description } : {}, loc });

const schemas = [
  schema("RegisterRequest", obj([field("email", email), field("password", password, { visibility: "writeOnly" }), field("name", name)]), "Body of register."),
  schema("LoginRequest", obj([field("email", email), field("password", str({ maxLength: 128 }), { visibility: "writeOnly" })])),
  schema("AuthResponse", obj([field("user", modelRef("User")), field("token", str()), field("expires_at", dateTime, { docs: { examples: ["2025-01-18T10:45:00Z"] } })])),
  schema("EmailNotification", obj([field("channel", lit("email")), field("to", email), field("subject", str({ maxLength: 200 }))])),
  schema("SmsNotification", obj([field("channel", lit("sms")), field("phone", str({ format: "phone" }))])),
  schema("Notification", {
    kind: "union",
    variants: [schemaRef("EmailNotification"), schemaRef("SmsNotification"), obj([field("channel", lit("push")), field("device_id", str({ maxLength: 64 }))])],
    discriminator: { property: "channel", mapping: { email: 0, sms: 1, push: 2 } },
  }),
  schema("AuditedEntity", obj([field("id", uuid, { visibility: "readOnly" }), field("created_at", dateTime, { visibility: "readOnly" })])),
  schema("AdminNote", obj([field("note", str({ maxLength: 2000 })), field("moderator", schemaRef("Moderator"), { optional: true }), field("tags", { kind: "record", values: arr(str()) }, { optional: true })], ["AuditedEntity"])),
  schema("Moderator", schemaRef("AuditedEntity"), "An alias of another named type."),
  schema("PostImport", obj([field("posts", arr(modelRef("Post")))]), "Posts to import in one go."),
  schema(
    "PaginatedPost",
    obj([
      field("data", arr(modelRef("Post"))),
      field("pagination", obj([field("page", int()), field("limit", int()), field("total", int()), field("total_pages", int())])),
    ]),
  ),
];

type EndpointInit = Omit<EndpointNode, "kind" | "loc" | "params" | "query" | "docs" | "api"> & Partial<Pick<EndpointNode, "params" | "query" | "docs">>;
const endpoint = (api: string, e: EndpointInit): EndpointNode => ({ kind: "endpoint", api, params: [], query: [], docs: {}, loc, ...e });
const api = (n: string, prefix: string, tag: string, endpoints: EndpointNode[], description?: string): ApiNode => ({
  kind: "api", name: n, prefix, tag, endpoints, docs: description ? { summary: description, description } : {}, loc,
});
const ownUser = { kind: "authenticated" as const, roles: ["user", "admin"], ownership: { param: "id", field: "id", bypass: ["admin"] } };
const idParam = field("id", uuid);

const apis = [
  api("AuthApi", "/api/auth", "Authentication", [
    endpoint("AuthApi", {
      name: "register", method: "POST", path: "/api/auth/register", body: schemaRef("RegisterRequest"),
      responses: [{ status: 201, type: schemaRef("AuthResponse"), description: "Registered" }, { status: 400, description: "Validation error (email invalid, password weak, etc.)" }, { status: 409, description: "Email already exists" }],
      auth: { kind: "public" }, rateLimit: { limit: 5, windowSeconds: 60, per: "ip", raw: "5/min per ip" },
      docs: { summary: "Register a new user. Sends a welcome email.", description: "Register a new user. Sends a welcome email.", examples: [{ email: "ada@example.com", password: "Secr3tPassword", name: "Ada Lovelace" }] },
    }),
    endpoint("AuthApi", {
      name: "login", method: "POST", path: "/api/auth/login", body: schemaRef("LoginRequest"),
      responses: [{ status: 200, type: schemaRef("AuthResponse") }, { status: 400, description: "Validation error" }, { status: 401, description: "Invalid credentials" }],
      auth: { kind: "public" }, rateLimit: { limit: 10, windowSeconds: 60, per: "ip", raw: "10/min per ip" }, docs: { summary: "Login existing user" },
    }),
    endpoint("AuthApi", {
      name: "refresh", method: "POST", path: "/api/auth/refresh", body: obj([field("refresh_token", str({ maxLength: 512 }), { optional: true, visibility: "writeOnly" })]),
      responses: [{ status: 200, type: schemaRef("AuthResponse") }, { status: 401, description: "Refresh token invalid" }], auth: { kind: "public" },
    }),
  ], "Registration and login."),
  api("UsersApi", "/api/users", "Users", [
    endpoint("UsersApi", {
      name: "getUser", method: "GET", path: "/api/users/:id", params: [idParam], responses: [{ status: 200, type: modelRef("User") }, { status: 404, description: "User not found" }],
      auth: ownUser, docs: { summary: "Get user by ID", description: "Get user by ID" },
    }),
    endpoint("UsersApi", {
      name: "createUser", method: "POST", path: "/api/users", body: modelRef("User"), responses: [{ status: 201, type: modelRef("User") }, { status: 400, description: "Validation error" }],
      auth: { kind: "authenticated", roles: ["admin"] }, docs: { summary: "Create a user (admins)" },
    }),
    endpoint("UsersApi", {
      name: "deleteUser", method: "DELETE", path: "/api/users/:id", params: [idParam], responses: [{ status: 204 }, { status: 404, description: "User not found" }],
      auth: ownUser, docs: { summary: "Delete a user", deprecated: "Use deactivateUser." },
    }),
  ], "User profiles."),
  api("PostsApi", "/api/posts", "Posts", [
    endpoint("PostsApi", {
      name: "listPosts", method: "GET", path: "/api/posts/", query: [field("status", enumRef("PostStatus"), { optional: true, docs: { description: "Only posts in this state." } })],
      pagination: { style: "offset", defaultLimit: 20, maxLimit: 100 }, responses: [{ status: 200, type: schemaRef("PaginatedPost") }, { status: 400, description: "Invalid query parameters" }],
      auth: { kind: "public" }, docs: { summary: "List posts" },
    }),
    endpoint("PostsApi", {
      name: "importPosts", method: "POST", path: "/api/posts/import", body: schemaRef("PostImport"),
      responses: [{ status: 201, type: schemaRef("PostImport") }, { status: 400, description: "Validation error" }],
      auth: { kind: "authenticated", roles: ["admin"] }, docs: { summary: "Import posts" },
    }),
    endpoint("PostsApi", {
      name: "updatePost", method: "PATCH", path: "/api/posts/:id", params: [idParam], body: modelRef("Post"),
      responses: [{ status: 200, type: modelRef("Post") }, { status: 400, description: "Validation error" }, { status: 404, description: "Post not found" }],
      auth: { kind: "authenticated", roles: ["user", "admin"], ownership: { param: "id", field: "user_id", bypass: ["admin"] } }, docs: { summary: "Edit a post" },
    }),
    endpoint("PostsApi", {
      name: "feed", method: "GET", path: "/api/feed", pagination: { style: "cursor", defaultLimit: 20, maxLimit: 50 }, responses: [{ status: 200, type: arr(modelRef("Post")) }],
      auth: { kind: "authenticated", roles: [] }, rateLimit: { limit: 100, windowSeconds: 3600, per: "user", raw: "100/hour per user" }, docs: { summary: "The caller's feed" },
    }),
  ]),
  api("MiscApi", "/api", "Misc", [
    endpoint("MiscApi", {
      name: "sendNotification", method: "POST", path: "/api/notifications", body: schemaRef("Notification"), responses: [{ status: 202 }, { status: 400, description: "Validation error" }],
      auth: { kind: "authenticated", roles: [] }, docs: { summary: "Send a notification", examples: [{ channel: "sms", phone: "+15555550100" }] },
    }),
    endpoint("MiscApi", {
      name: "getNote", method: "GET", path: "/api/notes/:id", params: [idParam], responses: [{ status: 200, type: schemaRef("AdminNote") }, { status: 404, description: "Note not found" }],
      auth: { kind: "authenticated", roles: ["admin"] }, docs: { summary: "Get an admin note" },
    }),
  ], "Everything else."),
];

export function buildSampleIr(): SpecIR {
  return {
    kind: "spec",
    formatVersion: IR_FORMAT_VERSION,
    project: { name: "Sample Blog", language: "en", documents: [], requirements: [] },
    models: [user, organization, post],
    enums: [
      { kind: "enum", name: "Role", values: ["user", "admin"], source: "union", docs: { description: "Access level." }, loc },
      { kind: "enum", name: "PostStatus", values: ["draft", "published"], source: "union", docs: {}, loc },
      { kind: "enum", name: "UserTheme", values: ["light", "dark"], source: "inline", docs: {}, loc },
    ],
    schemas,
    apis,
    services: [],
    config: {
      auth: {
        kind: "config", name: "auth", loc, locs: {},
        value: { strategy: "jwt", algorithm: "HS256", accessToken: { ttl: "15m" }, refreshToken: { ttl: "7d", cookie: "refresh_token" }, passwordHashing: { algorithm: "bcrypt", rounds: 10 }, roles: ["user", "admin"] },
      },
      errors: {
        kind: "config", name: "errors", loc, locs: {},
        value: {
          codes: { 400: "VALIDATION_ERROR", 401: "INVALID_CREDENTIALS", 404: "NOT_FOUND", 409: "CONFLICT" },
          examples: [
            { status: 400, title: "Validation Error", code: "VALIDATION_ERROR", message: "Invalid input data", fieldErrors: { email: ["Invalid email format"], password: ["Password must be at least 8 characters"] } },
            { status: 401, title: "Authentication Error", code: "INVALID_CREDENTIALS", message: "Email or password is incorrect" },
          ],
        },
      },
    },
  };
}

export function sampleConfig(version: "3.1.0" | "3.0.3" = "3.1.0"): SpecloomConfig {
  return { ...DEFAULT_CONFIG, openapi: { version, servers: [{ url: "https://api.sample.dev", description: "Production" }], info: { version: "1.0.0" } } };
}
