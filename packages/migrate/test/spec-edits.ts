/**
 * A spec edited step by step, one or more change kinds per step, for the
 * PGlite round-trip test. Each edit is a function of the previous IR.
 */
import { IR_FORMAT_VERSION, type CheckNode, type EnumNode, type FieldNode, type ModelNode, type RelationNode, type SpecIR } from "@specloom/core";
import { belongsTo, field, index, literalDefault, manyToMany, model, sqlDefault, t } from "@specloom/test-support";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Draft = { models: Mutable<ModelNode>[]; enums: Mutable<EnumNode>[] };

const id = () => field("id", t.uuid(), { primaryKey: true, default: sqlDefault("gen_random_uuid()") });
const stamps = (): FieldNode[] => [
  field("created_at", t.dateTime(), { origin: "timestamps", default: sqlDefault("now()") }),
  field("updated_at", t.dateTime(), { origin: "timestamps", default: sqlDefault("now()") }),
];

function ir(d: Draft): SpecIR {
  return {
    kind: "spec",
    formatVersion: IR_FORMAT_VERSION,
    project: { kind: "project", name: "Edits", language: "en", documents: [], requirements: [] },
    models: d.models,
    enums: d.enums,
    schemas: [],
    apis: [],
    services: [],
    config: {},
  };
}

const clone = (d: Draft): Draft => ({
  models: d.models.map((m) => ({
    ...m,
    fields: [...m.fields],
    relations: [...m.relations],
    indexes: [...m.indexes],
    uniques: [...m.uniques],
    ...(m.checks ? { checks: [...m.checks] } : {}),
  })),
  enums: d.enums.map((e) => ({ ...e })),
});
const m = (d: Draft, name: string) => d.models.find((x) => x.name === name)!;
const fields = (mm: Mutable<ModelNode>) => mm.fields as FieldNode[];
function patchField(d: Draft, model: string, name: string, patch: Partial<FieldNode>): void {
  const mm = m(d, model);
  mm.fields = mm.fields.map((f) => (f.name === name ? { ...f, ...patch } : f));
}
/** Adds before the timestamp fields, as the front end orders them. */
function addField(d: Draft, model: string, f: FieldNode): void {
  const list = fields(m(d, model));
  const at = list.findIndex((x) => x.origin !== undefined);
  list.splice(at < 0 ? list.length : at, 0, f);
}
const check = (name: string, expression: string): CheckNode => ({
  kind: "check",
  name,
  expression,
  loc: { file: "spec-src/models.ts", line: 3, column: 1 },
});
/** A navigation: its field and its relation. */
function navigate(d: Draft, model: string, relation: RelationNode): void {
  addField(d, model, field(relation.name, t.array(t.ref(relation.targetModel, "model"))));
  (m(d, model).relations as RelationNode[]).push(relation);
}
const dropField = (d: Draft, model: string, name: string) => (m(d, model).fields = m(d, model).fields.filter((f) => f.name !== name));

export interface Edit {
  readonly label: string;
  readonly apply: (d: Draft) => void;
}

const v1: Draft = {
  enums: [
    { kind: "enum", name: "UserRole", values: ["user", "admin"], source: "union", docs: {}, loc: { file: "spec-src/models.ts", line: 1, column: 1 } },
  ],
  models: [
    model(
      "User",
      "users",
      [
        id(),
        field("email", t.str({ format: "email", maxLength: 255 }), { unique: true }),
        field("name", t.str({ minLength: 2, maxLength: 100 })),
        field("role", t.ref("UserRole", "enum"), { default: literalDefault("user") }),
        ...stamps(),
      ],
      { timestamps: true },
    ),
    model(
      "Post",
      "posts",
      [
        id(),
        field("author_id", t.uuid()),
        field("title", t.str({ maxLength: 200 })),
        field("body", t.str(), { optional: true, nullable: true }),
        field("status", t.literals("draft", "published"), { default: literalDefault("draft") }),
        ...stamps(),
      ],
      { timestamps: true, relations: [belongsTo("author_id", "User", { onDelete: "cascade" })] },
    ),
  ],
};

export const EDITS: readonly Edit[] = [
  {
    label: "add a nullable column with a comment",
    apply: (d) => addField(d, "User", field("bio", t.str(), { optional: true, nullable: true, docs: { summary: "About the user." } })),
  },
  {
    label: "add a NOT NULL column with a default, and a check",
    apply: (d) => addField(d, "User", field("score", t.int({ minimum: 0 }), { default: literalDefault(0) })),
  },
  { label: "add an enum value in the middle", apply: (d) => (d.enums[0]!.values = ["user", "moderator", "admin"]) },
  {
    label: "widen two types (VARCHAR length, INTEGER to BIGINT)",
    apply: (d) => {
      patchField(d, "Post", "title", { type: t.str({ maxLength: 300 }) });
      patchField(d, "User", "score", { type: t.int({ minimum: 0, size: "int64" }) });
    },
  },
  {
    label: "nullability both ways",
    apply: (d) => {
      patchField(d, "Post", "body", { optional: false, nullable: false });
      patchField(d, "User", "name", { optional: true, nullable: true });
    },
  },
  {
    label: "defaults: change one, drop one",
    apply: (d) => {
      patchField(d, "User", "role", { default: literalDefault("moderator") });
      const { default: _d, ...status } = m(d, "Post").fields.find((f) => f.name === "status")!;
      m(d, "Post").fields = m(d, "Post").fields.map((f) => (f.name === "status" ? status : f));
    },
  },
  {
    label: "declared column rename",
    apply: (d) => patchField(d, "User", "name", { name: "display_name", column: "display_name", docs: { renamedFrom: "name" } }),
  },
  {
    label: "declared table rename",
    apply: (d) => {
      const post = m(d, "Post");
      Object.assign(post, { name: "Article", table: "articles", docs: { renamedFrom: "Post" } });
    },
  },
  {
    label: "add an index and a unique constraint",
    apply: (d) => {
      (m(d, "Article").indexes as unknown[]).push(
        index(
          [
            ["title", "asc"],
            ["created_at", "desc"],
          ],
          { where: "status = 'published'" },
        ),
      );
      patchField(d, "User", "display_name", { unique: true });
    },
  },
  {
    label: "change a FK's action",
    apply: (d) => (m(d, "Article").relations = [belongsTo("author_id", "User", { onDelete: "restrict", onUpdate: "cascade" })]),
  },
  {
    label: "new table with a many-to-many join table",
    apply: (d) => {
      d.models.push(model("Tag", "tags", [field("id", t.int(), { primaryKey: true }), field("label", t.str({ maxLength: 40 }), { unique: true })]));
      addField(d, "Article", field("tags", t.array(t.ref("Tag", "model"))));
      (m(d, "Article").relations as RelationNode[]).push(manyToMany("tags", "Tag"));
    },
  },
  {
    label: "remove an enum value (rewrites the type)",
    apply: (d) => {
      d.enums[0]!.values = ["user", "admin"];
      patchField(d, "User", "role", { default: literalDefault("user") });
    },
  },
  {
    label: "comments on a table, a column and an enum",
    apply: (d) => {
      m(d, "User").docs = { summary: "Someone who can sign in." };
      patchField(d, "User", "bio", { docs: { summary: "A short biography." } });
      d.enums[0]!.docs = { summary: "What a user may do." };
    },
  },
  {
    label: "narrow a type and change text to a native enum",
    apply: (d) => {
      patchField(d, "Article", "title", { type: t.str({ maxLength: 250 }) });
      d.enums.push({
        kind: "enum",
        name: "ArticleStatus",
        values: ["draft", "published"],
        source: "union",
        docs: {},
        loc: { file: "spec-src/models.ts", line: 2, column: 1 },
      });
      patchField(d, "Article", "status", { type: t.ref("ArticleStatus", "enum") });
    },
  },
  {
    label: "soft delete: uniques become partial unique indexes",
    apply: (d) => {
      m(d, "User").softDelete = true;
      addField(d, "User", field("deleted_at", t.dateTime(), { origin: "softDelete", optional: true, nullable: true }));
    },
  },
  {
    label: "timestamps off on one table (updated_at trigger goes)",
    apply: (d) => {
      const a = m(d, "Article");
      a.timestamps = false;
      a.fields = a.fields.filter((f) => f.name !== "updated_at");
      a.indexes = [
        index(
          [
            ["title", "asc"],
            ["created_at", "desc"],
          ],
          { where: "status = 'published'" },
        ),
      ];
    },
  },
  {
    label: "change a primary key (composite) on a new settings table",
    apply: (d) => d.models.push(model("Setting", "settings", [field("scope", t.str({ maxLength: 20 }), { primaryKey: true }), field("value", t.json())])),
  },
  {
    label: "primary key becomes composite",
    apply: (d) => {
      addField(d, "Setting", field("key", t.str({ maxLength: 50 }), { primaryKey: true, default: literalDefault("default") }));
    },
  },
  {
    label: "table checks (one on a table with rows), a new table with an identity key",
    apply: (d) => {
      m(d, "User").checks = [check("ck_users_score_sane", "score < 1000000")];
      const name = field("name", t.str({ maxLength: 80 }));
      const key = field("id", t.int({ size: "int64" }), { primaryKey: true, identity: "byDefault", visibility: "readOnly" });
      d.models.push(model("Event", "events", [key, name], { checks: [check("ck_events_name_nonempty", "name <> ''")] }));
    },
  },
  {
    label: "an existing column with rows becomes an identity (its default goes); a table check changes",
    apply: (d) => {
      const { default: _d, ...score } = m(d, "User").fields.find((f) => f.name === "score")!;
      m(d, "User").fields = m(d, "User").fields.map((f) => (f.name === "score" ? { ...score, identity: "byDefault" as const } : f));
      m(d, "User").checks = [check("ck_users_score_sane", "score < 2000000")];
    },
  },
  {
    label: "identity becomes ALWAYS; a directed self many-to-many; two join tables to the same model",
    apply: (d) => {
      patchField(d, "User", "score", { identity: "always" });
      const follows = { joinTable: "follows" };
      navigate(d, "User", manyToMany("following", "User", { ...follows, joinColumn: "follower_id", inverseJoinColumn: "followee_id" }));
      navigate(d, "User", manyToMany("followers", "User", { ...follows, joinColumn: "followee_id", inverseJoinColumn: "follower_id" }));
      navigate(d, "Article", manyToMany("liked_by", "User", { joinTable: "article_likes" }));
      navigate(d, "Article", manyToMany("bookmarked_by", "User", { joinTable: "article_bookmarks" }));
    },
  },
  {
    label: "identity dropped (the default comes back), a table check and a join table dropped",
    apply: (d) => {
      patchField(d, "User", "score", { identity: undefined, default: literalDefault(0) });
      m(d, "User").checks = [];
      dropField(d, "Article", "bookmarked_by");
      m(d, "Article").relations = m(d, "Article").relations.filter((r) => r.name !== "bookmarked_by");
    },
  },
  {
    label: "drop a column, a table with its join table, and an enum",
    apply: (d) => {
      dropField(d, "User", "bio");
      d.models = d.models.filter((x) => x.name !== "Tag");
      const a = m(d, "Article");
      a.fields = a.fields.filter((f) => f.name !== "tags");
      a.relations = a.relations.filter((r) => r.name !== "tags");
      patchField(d, "Article", "status", { type: t.literals("draft", "published") });
      d.enums = d.enums.filter((e) => e.name !== "ArticleStatus");
    },
  },
  {
    label: "drop the last updated_at table: the function goes too",
    apply: (d) => {
      const u = m(d, "User");
      u.timestamps = false;
      u.fields = u.fields.filter((f) => f.name !== "updated_at");
    },
  },
];

/** The spec before the first edit, then after each edit. */
export function specVersions(): { label: string; ir: SpecIR }[] {
  const out = [{ label: "initial spec", ir: ir(v1) }];
  let draft = v1;
  for (const edit of EDITS) {
    draft = clone(draft);
    edit.apply(draft);
    out.push({ label: edit.label, ir: ir(draft) });
  }
  return out;
}
