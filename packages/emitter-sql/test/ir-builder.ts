/**
 * A hand-built IR covering what the SQL and ER emitters must handle: soft
 * delete, a native enum, self-references, a composite PK, an implicit and an
 * explicit many-to-many, a FK cycle, reserved words and a one-to-one FK.
 */
import { DEFAULT_CONFIG, type SpecloomConfig } from "@specloom/core";
import type { Constraints, EndpointNode, FieldNode, IndexNode, ModelNode, RelationNode, SpecIR, TypeNode } from "@specloom/core";

let line = 0;
const loc = (file = "spec-src/models.ts") => ({ file, line: ++line, column: 1 });

export const t = {
  str: (constraints?: Constraints): TypeNode => ({ kind: "primitive", type: "string", ...(constraints ? { constraints } : {}) }),
  uuid: (): TypeNode => ({ kind: "primitive", type: "string", constraints: { format: "uuid" } }),
  dateTime: (): TypeNode => ({ kind: "primitive", type: "string", constraints: { format: "date-time" } }),
  date: (): TypeNode => ({ kind: "primitive", type: "string", constraints: { format: "date" } }),
  int: (constraints?: Constraints): TypeNode => ({ kind: "primitive", type: "integer", ...(constraints ? { constraints } : {}) }),
  num: (): TypeNode => ({ kind: "primitive", type: "number" }),
  bool: (): TypeNode => ({ kind: "primitive", type: "boolean" }),
  decimal: (precision: number, scale: number): TypeNode => ({ kind: "primitive", type: "string", constraints: { format: "decimal", precision, scale } }),
  json: (): TypeNode => ({ kind: "primitive", type: "unknown" }),
  ref: (name: string, target: "model" | "enum" | "schema"): TypeNode => ({ kind: "ref", name, target }),
  array: (items: TypeNode, extra: { minItems?: number; maxItems?: number } = {}): TypeNode => ({ kind: "array", items, ...extra }),
  literals: (...values: string[]): TypeNode => ({ kind: "union", variants: values.map((value) => ({ kind: "literal", value })) }),
  object: (...properties: FieldNode[]): TypeNode => ({ kind: "object", properties }),
};

type FieldExtra = Partial<Omit<FieldNode, "kind" | "name" | "type">>;
export function field(name: string, type: TypeNode, extra: FieldExtra = {}): FieldNode {
  return { kind: "field", name, column: name, type, optional: false, nullable: false, visibility: "normal", docs: {}, loc: loc(), ...extra };
}
const id = () => field("id", t.uuid(), { primaryKey: true, visibility: "readOnly", default: { kind: "sql", expr: "gen_random_uuid()" } });
const stamps = (): FieldNode[] => [
  field("created_at", t.dateTime(), { origin: "timestamps", visibility: "readOnly", default: { kind: "sql", expr: "now()" } }),
  field("updated_at", t.dateTime(), { origin: "timestamps", visibility: "readOnly", default: { kind: "sql", expr: "now()" } }),
];
const deletedAt = () => field("deleted_at", t.dateTime(), { origin: "softDelete", optional: true, nullable: true, visibility: "readOnly" });

export function belongsTo(fk: string, target: string, extra: Partial<RelationNode> = {}): RelationNode {
  return { kind: "relation", type: "belongsTo", name: fk, target, foreignKey: fk, optional: false, docs: {}, loc: loc(), ...extra };
}
export function manyToMany(name: string, target: string, extra: Partial<RelationNode> = {}): RelationNode {
  return { kind: "relation", type: "manyToMany", name, target, optional: false, docs: {}, loc: loc(), ...extra };
}
export function hasMany(name: string, target: string, foreignKey: string): RelationNode {
  return { kind: "relation", type: "hasMany", name, target, foreignKey, optional: false, docs: {}, loc: loc() };
}
export function index(columns: [string, "asc" | "desc"][], extra: Partial<IndexNode> = {}): IndexNode {
  return { kind: "index", columns: columns.map(([f, order]) => ({ field: f, order })), unique: false, loc: loc(), ...extra };
}

type ModelExtra = Partial<Omit<ModelNode, "kind" | "name" | "table" | "fields">>;
export function model(name: string, table: string, fields: FieldNode[], extra: ModelExtra = {}): ModelNode {
  return { kind: "model", name, table, fields, relations: [], indexes: [], uniques: [], softDelete: false, timestamps: false, docs: {}, loc: loc(), ...extra };
}

function endpoint(name: string, api: string, extra: Partial<EndpointNode>): EndpointNode {
  return { kind: "endpoint", name, api, method: "GET", path: `/api/${name}`, params: [], query: [], responses: [], auth: { kind: "public" }, docs: {}, loc: loc("spec-src/api.ts"), ...extra };
}

export function blogIR(): SpecIR {
  const user = model("User", "users", [
    id(),
    field("email", t.str({ format: "email", maxLength: 255 }), { unique: true, docs: { summary: "Login email; unique among live users." } }),
    field("name", t.str({ minLength: 2, maxLength: 100 })),
    field("role", t.ref("UserRole", "enum"), { default: { kind: "literal", value: "user" }, indexed: true }),
    field("bio", t.str(), { optional: true, nullable: true }),
    field("age", t.int({ minimum: 13, maximum: 150 }), { optional: true }),
    field("balance", { kind: "primitive", type: "string", constraints: { format: "decimal", precision: 10, scale: 2, minimum: 0 } }, { default: { kind: "literal", value: "0.00" } }),
    field("interests", t.array(t.str({ maxLength: 40 }), { maxItems: 10 }), { optional: true }),
    field("settings", t.json(), { default: { kind: "literal", value: "{}" } }),
    field("manager_id", t.uuid(), { optional: true, nullable: true }),
    field("team_id", t.uuid(), { optional: true, nullable: true }),
    field("posts", t.array(t.ref("Post", "model")), { optional: true }),
    ...stamps(),
    deletedAt(),
  ], {
    relations: [
      belongsTo("manager_id", "User", { optional: true, onDelete: "set null", as: "manager" }),
      belongsTo("team_id", "Team", { optional: true, onDelete: "set null" }),
      hasMany("posts", "Post", "author_id"),
    ],
    indexes: [index([["created_at", "desc"]])],
    softDelete: true,
    timestamps: true,
    docs: { summary: "A registered account.", description: "A registered account. Soft-deleted rows keep their history." },
  });
  const team = model("Team", "teams", [id(), field("name", t.str({ maxLength: 80 })), field("owner_id", t.uuid(), { optional: true, nullable: true })], {
    relations: [belongsTo("owner_id", "User", { optional: true, onDelete: "set null", as: "owner" })],
  });
  const post = model("Post", "posts", [
    id(),
    field("author_id", t.uuid()),
    field("title", t.str({ minLength: 1, maxLength: 200 })),
    field("slug", t.str({ maxLength: 200, pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", patternMessage: "lowercase words joined by dashes" }), { unique: true }),
    field("status", t.literals("draft", "published"), { default: { kind: "literal", value: "draft" } }),
    field("views", t.int({ size: "int64", minimum: 0 }), { default: { kind: "literal", value: 0 } }),
    field("rating", t.num(), { optional: true, nullable: true }),
    field("featured", t.bool(), { default: { kind: "literal", value: false } }),
    field("published_on", t.date(), { optional: true, nullable: true }),
    field("tags", t.array(t.ref("Tag", "model")), { optional: true }),
    ...stamps(),
  ], {
    relations: [belongsTo("author_id", "User", { onDelete: "cascade", as: "author" }), manyToMany("tags", "Tag", { joinTable: "post_tags" })],
    indexes: [index([["author_id", "asc"], ["created_at", "desc"]], { where: "status = 'published'", name: "idx_posts_published_by_author" })],
    timestamps: true,
  });
  const comment = model("Comment", "comments", [
    id(),
    field("post_id", t.uuid()),
    field("author_id", t.uuid()),
    field("parent_id", t.uuid(), { optional: true, nullable: true }),
    field("body", t.str({ minLength: 1 })),
    deletedAt(),
  ], {
    relations: [
      belongsTo("post_id", "Post", { onDelete: "cascade", as: "post" }),
      belongsTo("author_id", "User", { onDelete: "cascade", as: "author" }),
      belongsTo("parent_id", "Comment", { optional: true, onDelete: "cascade", as: "parent" }),
    ],
    softDelete: true,
  });
  const tag = model("Tag", "tags", [field("id", t.int(), { primaryKey: true }), field("label", t.str({ maxLength: 50 }), { unique: true }), field("posts", t.array(t.ref("Post", "model")))], {
    relations: [manyToMany("posts", "Post", { joinTable: "post_tags" })],
  });
  const membership = model("Membership", "memberships", [
    field("user_id", t.uuid(), { primaryKey: true }),
    field("team_id", t.uuid(), { primaryKey: true }),
    field("joined_on", t.date(), { default: { kind: "sql", expr: "now()" } }),
  ], {
    relations: [belongsTo("user_id", "User", { onDelete: "cascade" }), belongsTo("team_id", "Team", { onDelete: "cascade" })],
    docs: { summary: "Explicit join model between users and teams." },
  });
  const profile = model("Profile", "profiles", [field("user_id", t.uuid(), { primaryKey: true }), field("avatar_url", t.str({ format: "url" }), { optional: true })], {
    relations: [belongsTo("user_id", "User", { onDelete: "cascade", as: "user" })],
  });
  // Reserved words as names: the table `group`, the columns `order` and `user`.
  const group = model("Group", "group", [id(), field("order", t.int()), field("user", t.uuid())], {
    relations: [belongsTo("user", "User", { onUpdate: "cascade", as: "owner" })],
    uniques: [["user", "order"]],
  });
  const members = manyToMany("teams", "Team", { through: "Membership" });
  const withTeams: ModelNode = { ...user, relations: [...user.relations, members] };
  return {
    kind: "spec",
    formatVersion: 1,
    project: { name: "Blog", language: "en", documents: [], requirements: [] },
    models: [withTeams, team, post, comment, tag, membership, profile, group],
    enums: [{ kind: "enum", name: "UserRole", values: ["user", "admin", "moderator"], source: "union", docs: { summary: "What a user may do." }, loc: loc() }],
    schemas: [{ kind: "schema", name: "PostPage", type: t.object(field("items", t.array(t.ref("Post", "model")))), docs: {}, loc: loc() }],
    apis: [
      { kind: "api", name: "UsersApi", prefix: "/api", tag: "Users", docs: {}, loc: loc(), endpoints: [
        endpoint("getUser", "UsersApi", { responses: [{ status: 200, type: t.ref("User", "model") }] }),
        endpoint("getProfile", "UsersApi", { responses: [{ status: 200, type: t.ref("Profile", "model") }] }),
      ] },
      { kind: "api", name: "PostsApi", prefix: "/api", tag: "Posts", docs: {}, loc: loc(), endpoints: [
        endpoint("listPosts", "PostsApi", { responses: [{ status: 200, type: t.ref("PostPage", "schema") }] }),
        endpoint("addComment", "PostsApi", { body: t.ref("Comment", "model"), responses: [{ status: 201 }] }),
      ] },
    ],
    services: [],
    config: {},
  };
}

export function sqlConfig(overrides: Partial<SpecloomConfig["sql"]> = {}): SpecloomConfig {
  return { ...DEFAULT_CONFIG, sql: { ...DEFAULT_CONFIG.sql, ...overrides } };
}

/** Names as written (`naming: 'preserve'`), a self many-to-many, over-long names and two updated-at spellings. */
export function namingIR(): SpecIR {
  const long = "audit_events_for_the_compliance_reporting_subsystem_of_the_platform";
  const bare = (f: FieldNode): FieldNode => {
    const { column: _column, ...rest } = f;
    return rest;
  };
  const person = model("Person", "Person", [
    bare(id()),
    bare(field("displayName", t.str({ minLength: 1, maxLength: 80 }), { unique: true })),
    bare(field("updatedAt", t.dateTime(), { origin: "timestamps", default: { kind: "sql", expr: "now()" } })),
    bare(field("followers", t.array(t.ref("Person", "model")))),
  ], { relations: [manyToMany("followers", "Person", { joinTable: "PersonFollowers" })] });
  const audit = model("AuditEvent", long, [
    id(),
    field("person_id_of_the_actor_who_triggered_this_particular_event_in_the_system", t.uuid()),
    field("updatedAt", t.dateTime(), { column: "modified_at", default: { kind: "sql", expr: "now()" } }),
  ], { relations: [belongsTo("person_id_of_the_actor_who_triggered_this_particular_event_in_the_system", "Person")] });
  return { ...blogIR(), project: { name: "Naming", language: "en", documents: [], requirements: [] }, models: [person, audit], enums: [], apis: [], schemas: [] };
}
