/**
 * The whole-document sections assemble from per-node pieces kept across builds (the authorization matrix's rows,
 * each request body's rules, each API group's error statuses, each endpoint's returned models). Each edit below
 * keeps the nodes a piece is keyed by and changes only something else it reads, so a piece that ignored that input
 * would print the old text: the rebuild must equal a fresh emit, and differ from the emit before the edit.
 */
import { DEFAULT_CONFIG, type SpecIR } from "@specloom/core";
import { markdownEmitter } from "@specloom/emitter-markdown";
import { api, column, endpoint, enumNode, field, model, response, schema, section, spec, t } from "@specloom/test-support";
import { isCanonical } from "../src/render/canonical";
import { Md } from "../src/render/md";
import { TableCache } from "../src/render/table-cache";

const emit = async (ir: SpecIR) => (await markdownEmitter.emit({ ir, config: DEFAULT_CONFIG, language: "en" })).files[0]!.content;

function fixture(): SpecIR {
  const authed = (roles: string[]) => ({ kind: "authenticated" as const, roles });
  const endpoints = [
    endpoint("listUsers", "GET", "/api/users", { api: "UsersApi", auth: authed(["admin"]), responses: [response(200, t.array(t.schemaRef("UserView")))] }),
    endpoint("createUser", "POST", "/api/users", {
      api: "UsersApi",
      auth: authed([]),
      body: t.schemaRef("CreateUser"),
      responses: [response(201, t.schemaRef("UserView")), response(400, undefined, "Invalid user")],
    }),
  ];
  return spec({
    models: [model("User", "users", [column("id", t.uuid(), { primaryKey: true }), column("secret", t.str(), { visibility: "sensitive" })])],
    enums: [enumNode("Plan", ["free", "pro"])],
    schemas: [
      schema("UserView", t.object([field("id", t.uuid())])),
      schema("CreateUser", t.object([field("name", t.str({ maxLength: 40 })), field("plan", t.enumRef("Plan"))])),
    ],
    apis: [api("UsersApi", "/api", "Users", endpoints)],
    config: {
      auth: section("auth", { strategy: "jwt", accessToken: { ttl: "15m" }, passwordHashing: { algorithm: "bcrypt", rounds: 12 }, roles: ["admin"] }),
    } as never,
  });
}

async function expectEditShows(edit: (ir: SpecIR) => SpecIR, shows: string): Promise<void> {
  const ir1 = fixture();
  const before = await emit(ir1);
  const ir2 = edit(ir1);
  const rebuilt = await emit(ir2);
  expect(rebuilt).toEqual(await emit(structuredClone(ir2)));
  expect(rebuilt).not.toEqual(before);
  expect(rebuilt).toContain(shows);
}

test("the matrix's rows follow the role columns", async () => {
  await expectEditShows(
    (ir) => ({ ...ir, config: { ...ir.config, auth: section("auth", { ...ir.config.auth!.value, roles: ["admin", "auditor"] }) } }),
    "| Auditor |",
  );
});

test("a body's rules follow the components its schema resolves", async () => {
  await expectEditShows((ir) => ({ ...ir, enums: [enumNode("Plan", ["free", "pro", "team"])] }), "enum: ['free', 'pro', 'team']");
});

test("the error categories follow the errors config", async () => {
  // Without automatic responses, the implied 401 and 403 are no longer counted.
  const ir1 = fixture();
  const before = await emit(ir1);
  expect(before).toMatch(/\| 401 +\|/);
  const ir2 = { ...ir1, config: { ...ir1.config, errors: section("errors", { automaticResponses: false }) } };
  const rebuilt = await emit(ir2);
  expect(rebuilt).toEqual(await emit(structuredClone(ir2)));
  expect(rebuilt).not.toMatch(/\| 401 +\|/);
});

test("the output sanitization lists the endpoints that now return a model through a kept endpoint's schema", async () => {
  await expectEditShows(
    (ir) => ({ ...ir, schemas: ir.schemas.map((s) => (s.name === "UserView" ? schema("UserView", t.modelRef("User")) : s)) }),
    "`GET /api/users`",
  );
});

test("a table rendered from kept rows is the table Md prints, also when a new row widens a column", () => {
  const cache = new TableCache();
  const header = ["Endpoint", "Anonymous", "Admin"];
  const rows: (readonly string[])[] = [
    ["GET /a", "✓", "✗"],
    ["POST /a|b", "✗", "✓ (own)"],
  ];
  const plain = (r: readonly (readonly string[])[]) => new Md().table(header, r).toString();
  const cached = (r: readonly (readonly string[])[]) => new Md().tableBlock(cache.render(header, r)).toString();
  expect(cached(rows)).toBe(plain(rows));
  const wider = [...rows, ["DELETE /a/very/long/path/{id}", "✗", "✓"]];
  expect(cached(wider)).toBe(plain(wider));
  expect(cached(rows)).toBe(plain(rows));
  // Its canonical check is the whole block's: an escaped `|` is not printed as is, the plain rows are.
  for (const r of [rows, wider, rows.slice(0, 1)]) {
    const block = cache.render(header, r);
    expect(block.canonical).toBe(isCanonical(block.text));
  }
  expect(cache.render(header, rows.slice(0, 1)).canonical).toBe(true);
});
