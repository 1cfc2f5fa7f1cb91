/** The semantic layer: derived once per IR, and agreeing with what the emitters and the checker print. */
import { getModel, modelsReachedBy, fieldsReachedBy } from "@specloom/model";
import { runChecker } from "@specloom/checker";
import { buildOpenApi } from "@specloom/emitter-openapi";
import { DEFAULT_CONFIG } from "@specloom/core";
import { belongsTo, blogIR, column, endpoint, field, hasMany, model, response, schema, spec, t } from "@specloom/test-support";

describe("getModel", () => {
  it("is built once per IR object", () => {
    const ir = blogIR();
    expect(getModel(ir)).toBe(getModel(ir));
    expect(getModel(ir).tables(DEFAULT_CONFIG.sql)).toBe(getModel(ir).tables(DEFAULT_CONFIG.sql));
    expect(getModel(blogIR())).not.toBe(getModel(ir));
  });

  it("answers lookups by name for models, enums, schemas and endpoints", () => {
    const m = getModel(blogIR());
    expect(m.model("Post")?.table).toBe("posts");
    expect(m.enum("UserRole")?.values).toContain("admin");
    expect(m.schema("PostPage")?.kind).toBe("schema");
    expect(m.endpoint("addComment")?.method).toBe("GET");
    expect(m.model("Nope")).toBeUndefined();
  });

  it("keys a model by its declared primary key, else by its id field", () => {
    const m = getModel(blogIR());
    expect(m.primaryKey(m.model("Membership")!).map((f) => f.name)).toEqual(["user_id", "team_id"]);
    const keyless = model("Note", "notes", [column("id", t.uuid()), column("body")]);
    expect(
      getModel(spec({ models: [keyless] }))
        .primaryKey(keyless)
        .map((f) => f.name),
    ).toEqual(["id"]);
  });

  it("pairs each navigation with its inverse", () => {
    const m = getModel(blogIR());
    const user = m.model("User")!;
    const posts = m.navigations(user).find((n) => n.relation.name === "posts")!;
    expect(posts.target?.name).toBe("Post");
    expect(posts.inverse?.name).toBe("author_id");
    expect(m.storedFields(user).some((f) => f.name === "posts")).toBe(false);
    const tags = m.navigations(m.model("Post")!).find((n) => n.relation.name === "tags")!;
    expect(tags.inverse?.name).toBe("posts");
  });

  it("lists the foreign keys pointing at a model, with the navigation back when one uses the same key", () => {
    const m = getModel(blogIR());
    const refs = m.references(m.model("User")!).map((r) => `${r.from.name}.${r.relation.name}${r.inverse ? `<-${r.inverse.name}` : ""}`);
    expect(refs).toContain("Post.author_id<-posts");
    expect(refs).toContain("Comment.author_id");
  });
});

describe("effective responses", () => {
  const secured = endpoint("getNote", "GET", "/api/notes/:id", {
    params: [field("id", t.uuid())],
    auth: { kind: "authenticated", roles: ["admin"] },
    rateLimit: { kind: "rateLimit", limit: 5, windowSeconds: 60, per: "ip", raw: "5/min per ip" },
    responses: [response(200, t.str()), response(404, undefined, "Note not found")],
  });

  it("add 401, 403 and 429 to what is declared, marked as automatic", () => {
    const responses = getModel(spec({ apis: [] })).responses(secured);
    expect(responses.map((r) => [r.status, r.origin])).toEqual([
      [200, "declared"],
      [401, "auth"],
      [403, "auth"],
      [404, "declared"],
      [429, "rateLimit"],
    ]);
  });

  it("are what openapi documents, and the checker does not ask for them again", () => {
    const ir = spec({ apis: [{ kind: "api", name: "Notes", prefix: "/api", tag: "Notes", endpoints: [secured], docs: {}, loc: secured.loc }] });
    const doc = buildOpenApi(ir, DEFAULT_CONFIG);
    expect(Object.keys(doc.paths!["/api/notes/{id}"]!.get!.responses!)).toEqual(["200", "401", "403", "404", "429"]);
    const missing = runChecker(ir, DEFAULT_CONFIG).diagnostics.filter((d) => d.id === "error-responses-missing");
    expect(missing).toEqual([]);
  });
});

describe("reach through the IR visitor", () => {
  const ir = spec({
    models: [
      model("User", "users", [column("id", t.uuid(), { primaryKey: true }), column("password_hash", t.str(), { visibility: "sensitive" })], {
        relations: [hasMany("posts", "Post", "user_id")],
      }),
      model("Post", "posts", [column("user_id", t.uuid())], { relations: [belongsTo("user_id", "User")] }),
    ],
    schemas: [
      schema("Page", t.object([field("items", t.array(t.modelRef("Post"))), field("next", t.schemaRef("Page"), { optional: true })])),
      schema("Leaky", t.object([field("user", t.object([field("password_hash", t.str(), { visibility: "sensitive" })]))])),
      schema("WithUser", t.object([field("note")], ["User"])),
    ],
  });
  const index = getModel(ir).index;

  it("finds models through named schemas, once each (recursive schemas terminate)", () => {
    expect([...modelsReachedBy(index, [t.schemaRef("Page")])]).toEqual(["Post"]);
  });

  it("counts an extended model only when asked", () => {
    expect(modelsReachedBy(index, [t.schemaRef("WithUser")]).size).toBe(0);
    expect([...modelsReachedBy(index, [t.schemaRef("WithUser")], { extendedModels: true })]).toEqual(["User"]);
  });

  it("reports every property with its dotted path and the schema it came from", () => {
    const seen: string[] = [];
    fieldsReachedBy(index, t.object([field("leak", t.schemaRef("Leaky"))]), (v) => seen.push(`${v.path}${v.schema ? `@${v.schema}` : ""}`));
    expect(seen).toEqual(["leak", "leak.user@Leaky", "leak.user.password_hash@Leaky"]);
  });
});
