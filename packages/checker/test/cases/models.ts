import { belongsTo, checkerConfig as config, field, modelOf, t } from "@specloom/test-support";
import type { RuleCase } from "../helpers";

export const modelCases: Record<string, RuleCase> = {
  "model-primary-key": {
    fail: (ir) => modelOf(ir, "Post").fields.forEach((f) => ((f.primaryKey = false), f.name === "id" && (f.name = f.column = "post_uuid"))),
    message: "Model 'Post' (table 'posts') has no primary key",
    pass: (ir) => modelOf(ir, "Post").fields.forEach((f) => (f.primaryKey = false)), // a field named `id` is the key
  },
  "relation-target-exists": {
    fail: (ir) => {
      modelOf(ir, "Post").relations[0]!.targetModel = "Usr";
      modelOf(ir, "User").relations[0]!.foreignKey = "org_id";
    },
    count: 2,
    message: "refers to model 'Usr', which does not exist. Did you mean 'User'?",
  },
  "naming-duplicate-table": {
    fail: (ir) => (modelOf(ir, "Organization").table = "Users"),
    message: "Table name 'Users' of model 'Organization' is already used by model 'User'",
  },
  "naming-duplicate-column": {
    fail: (ir) => modelOf(ir, "User").fields.push({ ...field("emailAddress"), column: "email" }),
    message: "Column 'email' of table 'users' (field 'emailAddress') is already used by field 'email'",
    pass: (ir) => modelOf(ir, "Post").fields.push({ ...field("email"), column: "email" }), // other table
  },
  "fk-index-missing": {
    config: config({ sql: { ...config().sql, autoIndexForeignKeys: false } }),
    fail: (ir) => (modelOf(ir, "User").fields.find((f) => f.name === "organization_id")!.indexed = false),
    message: "Foreign key (organization_id) of table 'users'",
    pass: (ir) => {
      const user = modelOf(ir, "User");
      user.fields.find((f) => f.name === "organization_id")!.indexed = false;
      user.indexes.push({
        kind: "index",
        columns: [
          { field: "organization_id", order: "asc" },
          { field: "email", order: "asc" },
        ],
        unique: false,
        loc: modelOf(ir, "User").loc,
      });
    },
  },
  "index-field-unknown": {
    fail: (ir) => {
      const post = modelOf(ir, "Post");
      post.indexes.push({ kind: "index", name: "idx_posts_author", columns: [{ field: "author", order: "asc" }], unique: false, loc: post.loc });
      post.uniques.push(["user_id", "slug"]);
    },
    count: 2,
    message: "Index 'idx_posts_author' of model 'Post' names 'author'",
    pass: (ir) => {
      const post = modelOf(ir, "Post");
      post.fields.push({ ...field("createdAt"), column: "created_at" });
      post.uniques.push(["user_id", "title"]);
      post.indexes.push({ kind: "index", columns: [{ field: "created_at", order: "desc" }], unique: false, loc: post.loc }); // by column name
    },
  },
  "fk-required-cycle": {
    fail: (ir) => {
      // Organization.owner_id -> User (required) and User.organization_id -> Organization made required.
      const org = modelOf(ir, "Organization");
      org.fields.push(field("owner_id", t.uuid()));
      org.relations.push(belongsTo("owner_id", "User"));
      const user = modelOf(ir, "User");
      user.relations[0]!.optional = false;
      const fk = user.fields.find((f) => f.name === "organization_id")!;
      fk.optional = false;
      fk.nullable = false;
    },
    message: "cycle through 'User', 'Organization'",
    pass: (ir) => {
      const org = modelOf(ir, "Organization");
      org.fields.push(field("owner_id", t.uuid()));
      org.relations.push(belongsTo("owner_id", "User")); // User -> Organization stays optional
    },
  },
  "format-unchecked": {
    fail: (ir) => modelOf(ir, "User").fields.push(field("iban", t.str({ customFormat: "iban" }))),
    message: "Custom format 'iban' of 'User.iban' goes to OpenAPI as written, but validators.ts cannot check it",
    pass: (ir) => modelOf(ir, "User").fields.push(field("host", t.str({ format: "hostname" }))), // built-in formats are checked
  },
};
