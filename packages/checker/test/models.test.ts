import { runChecker } from "../src";
import { baseline, belongsTo, checkerConfig as config, column, field, model, modelOf, t } from "@specloom/test-support";
import { findings } from "./helpers";

describe("model rules, beyond the shared cases", () => {
  it("reports a required self-reference as a cycle", () => {
    const diags = findings("fk-required-cycle", (ir) => {
      const post = modelOf(ir, "Post");
      post.fields.push(field("parent_id", t.uuid()));
      post.relations.push(belongsTo("parent_id", "Post"));
    });
    expect(diags.map((d) => d.message)).toEqual([expect.stringContaining("'Post'")]);
  });

  it("counts implicit join tables once and reports a clash with a model table", () => {
    const ir = baseline();
    const tag = model("Tag", "tags", [column("id", t.str(), { primaryKey: true })]);
    const m2m = {
      kind: "relation" as const,
      relationKind: "manyToMany" as const,
      name: "tags",
      targetModel: "Tag",
      joinTable: "post_tags",
      optional: false,
      docs: {},
      loc: tag.loc,
    };
    modelOf(ir, "Post").relations.push(m2m);
    tag.relations.push({ ...m2m, name: "posts", targetModel: "Post" });
    ir.models.push(tag);
    expect(runChecker(ir as never, config()).diagnostics).toEqual([]);
    // The IR is immutable (derived models are cached per IR): clash on a copy.
    const clashing = structuredClone(ir);
    clashing.models.push(model("PostTag", "post_tags", [column("id", t.str(), { primaryKey: true })]));
    const diags = runChecker(clashing, config()).diagnostics;
    expect(diags.map((d) => d.message)).toEqual([
      "Table name 'post_tags' of the join table declared by a many-to-many relation is already used by model 'PostTag'.",
    ]);
    expect(diags[0]!.loc).toEqual(m2m.loc);
  });

  it("trusts emitter-sql's join tables, which index both FKs even without automatic FK indexes", () => {
    const ir = baseline();
    const tag = model("Tag", "tags", [column("id", t.str(), { primaryKey: true })]);
    const m2m = {
      kind: "relation" as const,
      relationKind: "manyToMany" as const,
      name: "tags",
      targetModel: "Tag",
      joinTable: "post_tags",
      optional: false,
      docs: {},
      loc: tag.loc,
    };
    modelOf(ir, "Post").relations.push(m2m);
    ir.models.push(tag);
    const manual = config({ sql: { ...config().sql, autoIndexForeignKeys: false } });
    expect(runChecker(ir as never, manual).diagnostics).toEqual([]);
  });

  it("finds table names that collide only after identifier shortening", () => {
    const ir = baseline();
    const long = "a".repeat(70);
    modelOf(ir, "Organization").table = `${long}_x`;
    modelOf(ir, "User").table = `${long}_x`;
    const diags = runChecker(ir, config()).diagnostics;
    expect(diags.map((d) => d.id)).toContain("naming-duplicate-table");
  });

  it("points at the offending declaration", () => {
    const ir = baseline();
    const dup = { ...field("emailAddress"), column: "email" };
    modelOf(ir, "User").fields.push(dup);
    const [d] = runChecker(ir, config()).diagnostics;
    expect(d?.loc).toEqual(dup.loc);
    expect(d?.code).toBe("SL4004");
  });
});
