/**
 * A small, valid baseline spec built by hand, and helpers to derive broken
 * variants of it. Every rule test starts from `baseline()` and mutates one thing.
 */
import { DEFAULT_CONFIG, type SpecloomConfig } from "@specloom/core";
import type {
  ConfigSection,
  EndpointNode,
  FieldNode,
  ModelNode,
  RelationNode,
  SchemaNode,
  SourceLocation,
  SpecIR,
  TypeNode,
} from "@specloom/core";

export type Mutable<T> = T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
export type MIR = Mutable<SpecIR>;

let line = 0;
export const loc = (file = "spec-src/index.ts"): SourceLocation => ({ file, line: ++line, column: 3 });

export const str: TypeNode = { kind: "primitive", type: "string" };
export const uuid: TypeNode = { kind: "primitive", type: "string", constraints: { format: "uuid" } };
export const ref = (name: string, target: "model" | "enum" | "schema" = "schema"): TypeNode => ({ kind: "ref", name, target });
export const obj = (...properties: FieldNode[]): TypeNode => ({ kind: "object", properties });

export function field(name: string, extra: Partial<Mutable<FieldNode>> = {}): Mutable<FieldNode> {
  return { kind: "field", name, type: str, optional: false, nullable: false, visibility: "normal", docs: {}, loc: loc(), ...extra } as Mutable<FieldNode>;
}

export function belongsTo(name: string, target: string, foreignKey: string, extra: Partial<Mutable<RelationNode>> = {}): Mutable<RelationNode> {
  return { kind: "relation", type: "belongsTo", name, target, foreignKey, optional: false, docs: {}, loc: loc(), ...extra };
}

export function model(name: string, table: string, fields: Mutable<FieldNode>[], relations: Mutable<RelationNode>[] = []): Mutable<ModelNode> {
  const withColumns = fields.map((f) => ({ ...f, column: f.column ?? f.name }));
  return { kind: "model", name, table, fields: withColumns, relations, indexes: [], uniques: [], softDelete: false, timestamps: false, docs: {}, loc: loc() };
}

export function schema(name: string, type: TypeNode): Mutable<SchemaNode> {
  return { kind: "schema", name, type: type as Mutable<TypeNode>, docs: {}, loc: loc() };
}

export function endpoint(name: string, method: EndpointNode["method"], path: string, extra: Partial<Mutable<EndpointNode>> = {}): Mutable<EndpointNode> {
  return {
    kind: "endpoint",
    name,
    api: "UsersApi",
    method,
    path,
    params: [],
    query: [],
    responses: [{ status: 200, type: ref("PublicUser") as Mutable<TypeNode> }],
    auth: { kind: "public" },
    docs: {},
    loc: loc("spec-src/api.ts"),
    ...extra,
  } as Mutable<EndpointNode>;
}

/** A config section whose locs hold every path the test asks about. */
export function section<T>(name: string, value: T): Mutable<ConfigSection<T>> {
  return { kind: "config", name, value: value as Mutable<T>, loc: loc(`spec-src/config/${name}.ts`), locs: {} };
}

const authed = (roles: string[] = []) => ({ kind: "authenticated" as const, roles });
const idParam = () => [field("id", { type: uuid })];

/** A complete spec that passes every rule. */
export function baseline(): MIR {
  const user = model("User", "users", [
    field("id", { type: uuid, primaryKey: true, visibility: "readOnly" }),
    field("email", { unique: true }),
    field("password_hash", { visibility: "sensitive" }),
    field("organization_id", { type: uuid, optional: true, nullable: true, indexed: true }),
  ], [belongsTo("organization_id", "Organization", "organization_id", { optional: true })]);
  const org = model("Organization", "organizations", [field("id", { type: uuid, primaryKey: true })]);
  const post = model("Post", "posts", [field("id", { type: uuid, primaryKey: true }), field("user_id", { type: uuid, indexed: true }), field("title")], [belongsTo("user_id", "User", "user_id")]);
  const errs = (...statuses: number[]) => statuses.map((status) => ({ status, description: `error ${status}` }));
  const ok = (type: string, status = 200) => ({ status, type: ref(type) as Mutable<TypeNode> });
  const rate = { limit: 5, windowSeconds: 60, per: "ip" as const, raw: "5/min per ip" };
  const endpoints = [
    endpoint("register", "POST", "/api/auth/register", { api: "AuthApi", body: ref("RegisterRequest") as Mutable<TypeNode>, responses: [ok("AuthResponse", 201), ...errs(400, 409)], rateLimit: rate, docs: { implements: ["FR-1"] } }),
    endpoint("login", "POST", "/api/auth/login", { api: "AuthApi", body: ref("LoginRequest") as Mutable<TypeNode>, responses: [ok("AuthResponse"), ...errs(400, 401)], rateLimit: rate, docs: { implements: ["FR-2"] } }),
    endpoint("getMe", "GET", "/api/users/me", { auth: authed(), responses: [ok("PublicUser"), ...errs(401)] }),
    endpoint("getUser", "GET", "/api/users/:id", { params: idParam(), auth: authed(), responses: [ok("PublicUser"), ...errs(401, 404)] }),
    endpoint("updateUser", "PUT", "/api/users/:id", {
      params: idParam(),
      body: ref("UpdateUserRequest") as Mutable<TypeNode>,
      auth: { kind: "authenticated", roles: [], ownership: { param: "id", field: "id", bypass: ["admin"] } },
      responses: [ok("PublicUser"), ...errs(400, 401, 403, 404)],
      handler: { service: "UserService", method: "updateUser" },
    }),
    endpoint("deleteUser", "DELETE", "/api/users/:id", { params: idParam(), auth: authed(["admin"]), responses: [{ status: 204 }, ...errs(401, 403, 404)] }),
    endpoint("logout", "POST", "/api/auth/logout", { api: "AuthApi", auth: authed(), responses: [{ status: 204 }, ...errs(401)] }),
  ];
  return {
    kind: "spec",
    formatVersion: 1,
    project: { name: "Test", language: "en", documents: [], requirements: [{ id: "FR-1", title: "Register", loc: loc("docs/product/PRD.md") }, { id: "FR-2", title: "Log in", loc: loc("docs/product/PRD.md") }] },
    models: [user, org, post],
    enums: [],
    schemas: [
      schema("PublicUser", obj(field("id", { type: uuid }), field("email"))),
      schema("AuthResponse", obj(field("user", { type: ref("PublicUser") }), field("token"))),
      schema("RegisterRequest", obj(field("email"), field("password", { visibility: "writeOnly" }))),
      schema("LoginRequest", obj(field("email"), field("password", { visibility: "writeOnly" }))),
      schema("UpdateUserRequest", obj(field("email"))),
    ],
    apis: [{ kind: "api", name: "UsersApi", prefix: "/api", tag: "Users", endpoints, docs: {}, loc: loc() }],
    services: [{ kind: "service", name: "UserService", methods: [{ kind: "serviceMethod", name: "updateUser", params: [], async: true, throws: [], transactional: false, docs: {}, loc: loc() }], dependencies: [], transactional: false, docs: {}, loc: loc() }],
    config: {
      auth: section("auth", {
        strategy: "jwt",
        secret: { env: "JWT_SECRET" },
        accessToken: { ttl: "15m" },
        refreshToken: { ttl: "7d", cookie: "refresh_token" },
        passwordHashing: { algorithm: "bcrypt", rounds: 12 },
        roles: ["user", "admin"],
      }),
      integrations: section("integrations", {
        email: { name: "Email", purpose: "Transactional email", auth: { method: "api-key", credentials: { env: "EMAIL_API_KEY" } }, retry: { attempts: 3, backoff: "exponential", delay: "1s" }, errorHandling: ["Log failures"] },
        stripe: { name: "Stripe", purpose: "Payments", retry: { attempts: 3 }, errorHandling: ["Dead letter queue"], webhooks: [{ path: "/api/webhooks/stripe", events: ["payment_intent.succeeded"], secret: { env: "STRIPE_WEBHOOK_SECRET" } }] },
      }),
      jobs: section("jobs", {
        daily_report: { name: "Daily Report", trigger: { cron: "0 2 * * *", timezone: "UTC" }, steps: ["Report"], retry: { attempts: 3, delay: "5m" }, timeout: "10m" },
        cleanup: { name: "Cleanup", trigger: { cron: "0 * * * *" }, steps: ["Delete"], retry: { none: true, reason: "Runs again next hour" } },
        welcome: { name: "Welcome email", trigger: { event: "user.registered" }, steps: ["Send"], retry: { attempts: 5 } },
      }),
      caching: section("caching", {
        store: "redis",
        connection: { env: "REDIS_URL", example: "redis://localhost:6379" },
        entries: [
          { name: "User profile", key: "user:profile:{user_id}", ttl: "15m", invalidateOn: ["user.updated", "user.deleted"] },
          { name: "Payments", key: "payments:{user_id}:{page}", ttl: "5m", invalidateOn: ["payment_intent.succeeded", "user.registered"] },
        ],
      }),
      logging: section("logging", { format: "json", levels: ["info", "error"], log: ["requests"], exclude: ["password", "token"], example: { level: "info", user_id: "123" } }),
      monitoring: section("monitoring", { health: { path: "/health" }, metrics: ["latency"], alerts: [{ condition: "error rate > 1%", for: "5m" }] }),
      security: section("security", { practices: { "Password Storage": "bcrypt with salt rounds >= 10", "Token Security": "httpOnly cookies" } }),
      deployment: section("deployment", { env: [{ env: "DATABASE_URL", example: "postgresql://app:app@localhost:5432/app" }], migrations: ["Prisma Migrate"] }),
    },
  } as MIR;
}

export function config(overrides: Partial<SpecloomConfig> = {}): SpecloomConfig {
  return { ...DEFAULT_CONFIG, ...overrides };
}

/** Looks up an endpoint of a mutable IR by operation name. */
export function endpointOf(ir: MIR, name: string): Mutable<EndpointNode> {
  const e = ir.apis.flatMap((a) => a.endpoints).find((x) => x.name === name);
  if (!e) throw new Error(`no endpoint ${name}`);
  return e;
}

export function modelOf(ir: MIR, name: string): Mutable<ModelNode> {
  const m = ir.models.find((x) => x.name === name);
  if (!m) throw new Error(`no model ${name}`);
  return m;
}
