/** Small hand-built IRs for unit tests that must not depend on the front end. */
import { IR_FORMAT_VERSION, type ConfigSections, type Constraints, type EndpointNode, type FieldNode, type ModelNode, type SpecIR, type TypeNode } from "@specloom/core";

const loc = { file: "spec/index.ts", line: 1, column: 1 };

export const str = (constraints?: Constraints): TypeNode => ({ kind: "primitive", type: "string", ...(constraints ? { constraints } : {}) });
export const uuid = (): TypeNode => str({ format: "uuid" });

export function field(name: string, type: TypeNode, extra: Partial<FieldNode> = {}): FieldNode {
  return { kind: "field", name, column: name, type, optional: false, nullable: false, visibility: "normal", docs: {}, loc, ...extra };
}

export function model(name: string, table: string, fields: FieldNode[], extra: Partial<ModelNode> = {}): ModelNode {
  return { kind: "model", name, table, fields, relations: [], indexes: [], uniques: [], softDelete: false, timestamps: false, docs: {}, loc, ...extra };
}

export function endpoint(name: string, method: EndpointNode["method"], path: string, extra: Partial<EndpointNode> = {}): EndpointNode {
  return { kind: "endpoint", name, api: "UsersApi", method, path, params: [], query: [], responses: [{ status: 200 }], auth: { kind: "public" }, docs: {}, loc, ...extra };
}

/** A User model, two endpoints, a service and a job: enough to touch every section. */
export function sampleIr(config: ConfigSections = sampleConfig()): SpecIR {
  const user = model("User", "users", [
    field("id", uuid(), { primaryKey: true, visibility: "readOnly" }),
    field("email", str({ format: "email", maxLength: 255 }), { unique: true }),
    field("password_hash", str({ maxLength: 255 }), { visibility: "sensitive" }),
  ]);
  const getUser = endpoint("getUser", "GET", "/api/users/:id", {
    params: [field("id", uuid())],
    responses: [{ status: 200, type: { kind: "ref", name: "User", target: "model" } }, { status: 404, description: "User not found" }],
    auth: { kind: "authenticated", roles: [], ownership: { param: "id", field: "id", bypass: ["admin"] } },
    handler: { service: "UserService", method: "getUser" },
    docs: { summary: "Get user by ID", implements: ["FR-1"] },
  });
  const register = endpoint("register", "POST", "/api/users", {
    body: { kind: "object", properties: [field("email", str({ format: "email" })), field("password", str({ minLength: 8 }), { visibility: "writeOnly" })] },
    responses: [{ status: 201, type: { kind: "ref", name: "User", target: "model" } }, { status: 409, description: "Email already exists" }],
    rateLimit: { limit: 5, windowSeconds: 60, per: "ip", raw: "5/min per ip" },
  });
  return {
    kind: "spec",
    formatVersion: IR_FORMAT_VERSION,
    project: { name: "Sample", language: "en", documents: ["docs/product/PRD.md"], requirements: [{ id: "FR-1", title: "View a user", loc }] },
    models: [user],
    enums: [],
    schemas: [],
    apis: [{ kind: "api", name: "UsersApi", prefix: "/api/users", tag: "Users", endpoints: [getUser, register], docs: {}, loc }],
    services: [
      {
        kind: "service",
        name: "UserService",
        methods: [{ kind: "serviceMethod", name: "getUser", params: [field("id", uuid())], returns: { kind: "ref", name: "User", target: "model" }, async: true, throws: [{ error: "NotFoundError", when: "if the user does not exist" }], transactional: false, docs: {}, loc }],
        dependencies: [{ name: "User", target: "model" }],
        transactional: false,
        docs: {},
        loc,
      },
    ],
    config,
  };
}

const section = <T>(name: string, value: T) => ({ kind: "config" as const, name, value, loc, locs: {} });

export function sampleConfig(): ConfigSections {
  return {
    auth: section("auth", {
      strategy: "jwt" as const,
      secret: { env: "JWT_SECRET", description: "Signing key" },
      accessToken: { ttl: "15m" as const },
      passwordHashing: { algorithm: "bcrypt" as const, rounds: 12 },
      roles: ["user", "admin"],
    }),
    jobs: section("jobs", {
      report: { name: "Daily Report", trigger: { cron: "0 2 * * *", timezone: "UTC" }, steps: ["Fetch", "Send"], retry: { attempts: 3 }, timeout: "10m" as const },
    }),
    caching: section("caching", {
      store: "redis" as const,
      connection: { env: "REDIS_URL", example: "redis://localhost:6379" },
      entries: [{ name: "profile", key: "user:{id}", ttl: "1h" as const, invalidateOn: ["user.updated"] }],
    }),
    logging: section("logging", { format: "json" as const, levels: ["info" as const], log: ["Requests"], exclude: ["password"] }),
    deployment: section("deployment", { env: [{ env: "DATABASE_URL", example: "postgresql://localhost/app" }, { env: "JWT_SECRET" }], migrations: ["Run before deploy"] }),
  };
}

