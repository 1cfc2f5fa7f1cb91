/**
 * Watch mode keeps the IR nodes of unchanged files, and the semantic layer caches
 * views by node identity across IRs: a second IR sharing nodes with the first
 * must get exactly what a fresh computation (every node new) gives.
 */
import { DEFAULT_CONFIG, type ApiNode, type ModelNode, type SpecIR } from "@specloom/core";
import { effectiveResponses, errorContext, getModel, irIndex } from "@specloom/model";
import {
  api,
  belongsTo,
  blogIR,
  buildResponsesIr,
  column,
  endpoint,
  enumNode,
  field,
  index,
  model,
  response,
  schema,
  spec,
  t,
} from "@specloom/test-support";

/** Every per-node view the model answers, in declaration order. */
function views(ir: SpecIR) {
  const m = getModel(ir);
  return {
    models: ir.models.map((x) => ({
      primaryKey: m.primaryKey(x),
      stored: m.storedFields(x),
      navigations: m.navigations(x),
      references: m.references(x),
      response: m.responseFields(x),
      request: m.requestFields(x),
      hidden: m.hiddenFields(x),
    })),
    endpoints: m.endpoints.map(({ api, endpoint }) => ({
      route: m.route(endpoint),
      responses: m.responses(endpoint),
      bare: effectiveResponses(endpoint),
      inContext: effectiveResponses(endpoint, errorContext(ir, api)),
    })),
    schemas: m.jsonSchemas(),
    schemas30: m.jsonSchemas({ version: "3.0.3" }),
    tables: m.tables(DEFAULT_CONFIG.sql),
  };
}

/** IR 2 from IR 1: the same node objects except where `edit` puts new ones. */
function expectSameAsFresh(ir1: SpecIR, edit: (ir: SpecIR) => SpecIR): void {
  views(ir1); // fills the caches with IR 1's nodes
  const ir2 = edit(ir1);
  const fresh = structuredClone(ir2);
  expect(views(ir2)).toStrictEqual(views(fresh));
}

const replaceModel = (ir: SpecIR, name: string, change: (m: ModelNode) => ModelNode): SpecIR => ({
  ...ir,
  models: ir.models.map((m) => (m.name === name ? change(structuredClone(m)) : m)),
});

it("reuses nothing stale when only one model node is new", () => {
  expectSameAsFresh(blogIR(), (ir) => replaceModel(ir, "Team", (m) => ({ ...m, fields: m.fields.filter((f) => f.name !== "name") })));
});

it("pairs a kept model's navigation with the inverse on the target's new node", () => {
  // User (kept) has posts -> Post; the new Post has no belongsTo back, so User's navigation loses its inverse.
  const ir1 = blogIR();
  expect(
    getModel(ir1)
      .navigations(getModel(ir1).model("User")!)
      .find((n) => n.relation.name === "posts")?.inverse,
  ).toBeDefined();
  expectSameAsFresh(ir1, (ir) => replaceModel(ir, "Post", (m) => ({ ...m, relations: m.relations.filter((r) => r.relationKind !== "belongsTo") })));
  const ir2 = replaceModel(ir1, "Post", (m) => ({ ...m, relations: m.relations.filter((r) => r.relationKind !== "belongsTo") }));
  expect(
    getModel(ir2)
      .navigations(getModel(ir2).model("User")!)
      .find((n) => n.relation.name === "posts")?.inverse,
  ).toBeUndefined();
});

it("resolves kept endpoints' error bodies again when the errors config changes", () => {
  expectSameAsFresh(buildResponsesIr({ format: "problem+json" }), (ir) => ({
    ...ir,
    config: { ...ir.config, errors: { ...ir.config.errors!, value: { format: "specloom" } } },
  }));
  expectSameAsFresh(buildResponsesIr({ format: "specloom" }), (ir) => ({
    ...ir,
    config: { ...ir.config, errors: { ...ir.config.errors!, value: { model: "ApiError" } } },
  }));
});

it("resolves kept endpoints' error bodies again when their group's error body changes", () => {
  const ir1 = buildResponsesIr();
  const withBody = (a: ApiNode): ApiNode => ({ ...a, errorBody: { kind: "errorBody", type: t.schemaRef("ValidationErrors") } });
  expectSameAsFresh(ir1, (ir) => ({ ...ir, apis: ir.apis.map((a) => (a.name === "ReportsApi" ? withBody(a) : a)) }));
  const ir2 = { ...ir1, apis: ir1.apis.map((a) => (a.name === "ReportsApi" ? withBody(a) : a)) };
  const getReport = getModel(ir2).endpoint("getReport")!;
  expect(
    getModel(ir2)
      .responses(getReport)
      .find((r) => r.status === 404)?.errorBodySource,
  ).toBe("api");
  expect(
    getModel(ir1)
      .responses(getReport)
      .find((r) => r.status === 404)?.errorBodySource,
  ).toBe("config");
});

describe("a kept model's table", () => {
  const tableOf = (ir: SpecIR, name: string) =>
    getModel(ir)
      .tables(DEFAULT_CONFIG.sql)
      .tables.find((x) => x.modelName === name)!;

  it("takes the index name an earlier model no longer reserves", () => {
    // `A` names an index like the one `B`'s indexed field gets: B's becomes idx_bs_y_2, until A drops it.
    const a = model("A", "as", [column("id", t.uuid(), { primaryKey: true }), column("x")], { indexes: [index([["x", "asc"]], { name: "idx_bs_y" })] });
    const b = model("B", "bs", [column("id", t.uuid(), { primaryKey: true }), column("y", t.str(), { indexed: true })]);
    const ir1 = spec({ models: [a, b] });
    expect(tableOf(ir1, "B").indexes.map((i) => i.name)).toEqual(["idx_bs_y_2"]);
    const edit = (ir: SpecIR) => replaceModel(ir, "A", (m) => ({ ...m, indexes: [] }));
    expectSameAsFresh(ir1, edit);
    expect(tableOf(edit(ir1), "B").indexes.map((i) => i.name)).toEqual(["idx_bs_y"]);
  });

  it("types its foreign key like the target's new key, and its enum column like the new enum", () => {
    const parent = model("Parent", "parents", [column("id", t.uuid(), { primaryKey: true })]);
    const child = model(
      "Child",
      "children",
      [column("id", t.uuid(), { primaryKey: true }), column("parent_id", t.uuid()), column("tone", t.enumRef("Tone"))],
      {
        relations: [belongsTo("parent_id", "Parent")],
      },
    );
    const ir1 = spec({ models: [parent, child], enums: [enumNode("Tone", ["soft", "loud"])] });
    const edit = (ir: SpecIR): SpecIR => ({
      ...replaceModel(ir, "Parent", (m) => ({ ...m, fields: [column("id", t.int({ size: "int64" }), { primaryKey: true })] })),
      enums: [enumNode("Tone", ["soft", "loud", "quiet"])],
    });
    expectSameAsFresh(ir1, edit);
    const columns = tableOf(edit(ir1), "Child").columns;
    expect(columns.find((c) => c.name === "parent_id")?.sqlType).toBe("BIGINT");
    expect(JSON.stringify(getModel(edit(ir1)).tables(DEFAULT_CONFIG.sql))).toContain("quiet");
  });
});

describe("a kept node's JSON Schemas", () => {
  const post = model("Post", "posts", [column("id", t.uuid(), { primaryKey: true, visibility: "readOnly" }), column("title")]);
  const page = { kind: "pagination", style: "page", defaultLimit: 20, maxLimit: 100 } as const;
  const listPosts = endpoint("listPosts", "GET", "/posts", { pagination: page, responses: [response(200, t.array(t.modelRef("Post")))] });
  const createPost = endpoint("createPost", "POST", "/posts", { body: t.modelRef("Post"), responses: [response(201, t.modelRef("Post"))] });
  const patchPost = endpoint("patchPost", "PATCH", "/posts/:id", { params: [field("id", t.uuid())], body: t.modelRef("Post") });
  const draft = schema("Draft", t.object([field("post", t.modelRef("Post"))]));
  const saveDraft = endpoint("saveDraft", "POST", "/drafts", { body: t.schemaRef("Draft") });
  const ir1 = () => spec({ models: [post], schemas: [draft], apis: [api("Api", "", "api", [listPosts, createPost, patchPost, saveDraft])] });
  const schemasOf = (ir: SpecIR) => getModel(ir).jsonSchemas();

  it("names a kept endpoint's envelope after a name a new schema now takes", () => {
    // A new schema named PaginatedPost (another shape): the kept endpoint's envelope becomes PaginatedPost2.
    const edit = (ir: SpecIR): SpecIR => ({ ...ir, schemas: [...ir.schemas, schema("PaginatedPost", t.str())] });
    const ir = ir1();
    expect(schemasOf(ir).responses.listPosts?.["200"]).toEqual({ $ref: "#/components/schemas/PaginatedPost" });
    expectSameAsFresh(ir, edit);
    expect(schemasOf(edit(ir)).responses.listPosts?.["200"]).toEqual({ $ref: "#/components/schemas/PaginatedPost2" });
  });

  it("renames a kept endpoint's request variants when a new schema takes their names", () => {
    const taken = [schema("PostCreate", t.str()), schema("PostUpdate", t.str()), schema("DraftInput", t.str())];
    const edit = (ir: SpecIR): SpecIR => ({ ...ir, schemas: [...ir.schemas, ...taken] });
    const ir = ir1();
    expect(schemasOf(ir).bodies.createPost).toEqual({ $ref: "#/components/schemas/PostCreate" });
    expectSameAsFresh(ir, edit);
    const bodies = schemasOf(edit(ir)).bodies;
    expect([bodies.createPost, bodies.patchPost, bodies.saveDraft]).toEqual([
      { $ref: "#/components/schemas/PostCreateInput" },
      { $ref: "#/components/schemas/PostUpdateInput" },
      { $ref: "#/components/schemas/DraftInput2" },
    ]);
  });

  it("types a kept model's foreign key like its target's new key, and keeps unchanged schemas the same objects", () => {
    const author = model("Author", "authors", [column("id", t.uuid(), { primaryKey: true })]);
    const book = model("Book", "books", [column("id", t.uuid(), { primaryKey: true }), column("author_id", t.uuid())], {
      relations: [belongsTo("author_id", "Author")],
    });
    const ir = spec({ models: [author, book, post] });
    const edit = (x: SpecIR) => replaceModel(x, "Author", (m) => ({ ...m, fields: [column("id", t.int(), { primaryKey: true })] }));
    expectSameAsFresh(ir, edit);
    const [before, after] = [schemasOf(ir), schemasOf(edit(ir))];
    expect(after.components.Book).toMatchObject({ properties: { author_id: { type: "integer" } } });
    expect(after.components.Post).toBe(before.components.Post);
  });
});

test("irIndex caches per view: one array shared by models and apis (a hand-built IR's empty list) indexes as both", () => {
  const none: never[] = [];
  const ir = { ...blogIR(), models: none, apis: none } as unknown as SpecIR;
  const index = irIndex(ir);
  expect(index.models.size).toBe(0);
  expect(index.endpoints).toEqual([]);
  expect(index.endpointsByName.size).toBe(0);
});
