/**
 * The mapping on a small spec compiled by the real front end: nullability
 * (optional vs nullable, per direction), visibility, names GraphQL rejects,
 * discriminated unions, `extends` as interfaces, inputs from request bodies,
 * descriptions that contain `"""`, and custom scalars declared only when used.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  buildSchema,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLUnionType,
  GraphQLEnumType,
  validateSchema,
  type GraphQLSchema,
} from "graphql";
import { loadConfig, type Diagnostic } from "@specloom/core";
import { compileProject } from "@specloom/frontend";
import { buildGraphqlSchema, graphqlName } from "@specloom/plugin-graphql";
import { buildSchemaNamesIr } from "@specloom/test-support";

const ROOT = path.resolve(__dirname, "../../..");

const SPEC = `import type { Api, Endpoint, Entity, UUID, PrimaryKey, ReadOnly, WriteOnly, Sensitive, Internal, DateTime, Default, BigInt64 } from "specloom";

/** A "quoted" note: with """triple quotes""" inside. */
export interface Note extends Entity<{}> {
  id: UUID & PrimaryKey & ReadOnly;
  title: string;
  subtitle?: string;
  archived_at: DateTime | null;
  secret_token: string & Sensitive;
  audit_flag: boolean & Internal;
  password: string & WriteOnly;
  views: BigInt64 & Default<0>;
}

export type Kind = "plain" | "check-list" | "2fa" | "__meta";

export interface Base { id: string; }
export interface Named extends Base { name: string; }

export interface TextBlock { type: "text"; text: string; }
export interface ImageBlock { type: "image"; url: string; alt?: string | null; }
export type Block = TextBlock | ImageBlock;

export interface CreateNoteRequest { title: string; subtitle?: string; kind: Kind; blocks: Block[]; }

/** Notes. */
export interface NotesApi extends Api<{ prefix: "/api/notes"; tag: "Notes" }> {
  /** One note. */
  getNote: Endpoint<{ method: "GET"; path: "/:id"; params: { id: UUID }; auth: "public"; responses: { 200: Note; 404: "Not found" } }>;
  listBlocks: Endpoint<{ method: "GET"; path: "/:id/blocks"; params: { id: UUID }; auth: "public"; responses: { 200: Block[] } }>;
  getNamed: Endpoint<{ method: "GET"; path: "/named"; auth: "public"; responses: { 200: Named } }>;
  createNote: Endpoint<{ method: "POST"; path: "/"; body: CreateNoteRequest; auth: "public"; responses: { 201: Note; 400: "Invalid" } }>;
  updateNote: Endpoint<{ method: "PUT"; path: "/:id"; params: { id: UUID }; body: Note; auth: "public"; responses: { 200: Note } }>;
  deleteNote: Endpoint<{ method: "DELETE"; path: "/:id"; params: { id: UUID }; auth: "public"; responses: { 204: NoContent } }>;
  headNote: Endpoint<{ method: "HEAD"; path: "/:id"; params: { id: UUID }; auth: "public"; responses: { 200: NoContent; 404: "Not found" } }>;
  noteOptions: Endpoint<{ method: "OPTIONS"; path: "/"; auth: "public"; responses: { 204: NoContent } }>;
  traceNotes: Endpoint<{ method: "TRACE"; path: "/trace"; auth: "public"; responses: { 200: NoContent } }>;
}
import type { NoContent } from "specloom";
`;

let schema: GraphQLSchema;
let sdl: string;
let diagnostics: readonly Diagnostic[];

/** Compiles `spec` with the real front end and maps it. */
function mapSpec(spec: string): { sdl: string; diagnostics: readonly Diagnostic[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-graphql-"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  fs.writeFileSync(path.join(dir, "specloom.config.json"), JSON.stringify({ entry: "spec.ts" }));
  fs.writeFileSync(path.join(dir, "spec.ts"), spec);
  const { config, projectDir } = loadConfig(dir);
  const compiled = compileProject({ projectDir, config });
  expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return buildGraphqlSchema(compiled.ir!, { uuidAsId: true });
}

beforeAll(() => {
  ({ sdl, diagnostics } = mapSpec(SPEC));
  schema = buildSchema(sdl);
}, 120_000);

const typeText = (t: { toString(): string }) => t.toString();
const fieldsOf = (name: string) => (schema.getType(name) as GraphQLObjectType | GraphQLInputObjectType).getFields();

test("graphql-js validates it", () => {
  expect(validateSchema(schema).map((e) => e.message)).toEqual([]);
});

test("output nullability: optional or nullable is nullable; visibility follows the API", () => {
  const note = fieldsOf("Note");
  expect(Object.fromEntries(Object.entries(note).map(([k, f]) => [k, typeText(f.type)]))).toEqual({
    id: "ID!",
    title: "String!",
    subtitle: "String",
    archived_at: "DateTime",
    views: "BigInt!",
  });
});

test("input types come from request bodies: no read-only fields, defaults make a field optional", () => {
  const input = fieldsOf("NoteInput");
  expect(Object.fromEntries(Object.entries(input).map(([k, f]) => [k, typeText(f.type)]))).toEqual({
    title: "String!",
    subtitle: "String",
    archived_at: "DateTime",
    password: "String!",
    views: "BigInt",
  });
  expect(schema.getType("CreateNoteRequestInput")).toBeInstanceOf(GraphQLInputObjectType);
});

test("GET endpoints are queries, the rest mutations (HEAD, OPTIONS and TRACE have no field); bodies are the input argument; no body is Boolean", () => {
  expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(["getNote", "listBlocks", "getNamed"]);
  const mutations = schema.getMutationType()!.getFields();
  expect(Object.keys(mutations)).toEqual(["createNote", "updateNote", "deleteNote"]);
  expect(mutations.updateNote!.args.map((a) => `${a.name}: ${typeText(a.type)}`)).toEqual(["id: ID!", "input: NoteInput!"]);
  expect(typeText(mutations.deleteNote!.type)).toBe("Boolean");
  expect(schema.getQueryType()!.getFields().getNote!.description).toContain("HTTP: GET /api/notes/:id");
});

test("enum values GraphQL rejects are renamed, and each rename is reported", () => {
  const kind = schema.getType("Kind") as GraphQLEnumType;
  expect(kind.getValues().map((v) => v.name)).toEqual(["plain", "check_list", "_2fa", "_meta"]);
  const renamed = diagnostics.filter((d) => d.id === "graphql/name-changed").map((d) => d.message);
  expect(renamed).toEqual(
    expect.arrayContaining([
      expect.stringContaining("'check-list' is renamed to 'check_list'"),
      expect.stringContaining("'__meta' is renamed to '_meta'"),
    ]),
  );
});

test("a discriminated union of objects is a union; in an input it is JSON, with a warning", () => {
  const block = schema.getType("Block");
  expect(block).toBeInstanceOf(GraphQLUnionType);
  expect((block as GraphQLUnionType).getTypes().map((t) => t.name)).toEqual(["TextBlock", "ImageBlock"]);
  expect(typeText(fieldsOf("CreateNoteRequestInput").blocks!.type)).toBe("[JSON!]!");
  expect(diagnostics).toContainEqual(expect.objectContaining({ id: "graphql/type-not-representable", loc: expect.objectContaining({ file: "spec.ts" }) }));
});

test("extends becomes an interface both types implement, with the inherited fields", () => {
  const named = schema.getType("Named") as GraphQLObjectType;
  expect(named.getInterfaces().map((i) => i.name)).toEqual(["BaseInterface"]);
  expect(Object.keys(named.getFields())).toEqual(["id", "name"]);
  expect(schema.getType("BaseInterface")).toBeInstanceOf(GraphQLInterfaceType);
  expect((schema.getType("Base") as GraphQLObjectType).getInterfaces().map((i) => i.name)).toEqual(["BaseInterface"]);
});

test("descriptions keep triple quotes; only the scalars used are declared", () => {
  expect(schema.getType("Note")!.description).toBe('A "quoted" note: with """triple quotes""" inside.');
  expect(sdl).toMatch(/^scalar DateTime /m);
  expect(sdl).not.toMatch(/^scalar Decimal/m);
});

test("a user type named like a derived input type keeps its name; the derived one is renamed, reported once", () => {
  const mapped = mapSpec(`import type { Api, Endpoint } from "specloom";
/** Named like the input type derived from Draft. */
export interface DraftInput { saved: boolean; }
export interface Draft { title: string; }
export interface DraftsApi extends Api<{ prefix: "/drafts" }> {
  saveDraft: Endpoint<{ method: "POST"; path: "/"; body: Draft; auth: "public"; responses: { 200: DraftInput } }>;
  lastDraft: Endpoint<{ method: "GET"; path: "/last"; auth: "public"; responses: { 200: DraftInput } }>;
}
`);
  const built = buildSchema(mapped.sdl);
  expect(validateSchema(built)).toEqual([]);
  const types = Object.values(built.getTypeMap()).filter((t) => t.name.startsWith("DraftInput"));
  // Exactly which one is renamed: what the author wrote wins; the input derived from Draft gives way (reported).
  expect(types.map((t) => [t.name, t instanceof GraphQLInputObjectType]).sort()).toEqual([
    ["DraftInput", false],
    ["DraftInput_2", true],
  ]);
  const renames = mapped.diagnostics.filter((d) => d.id === "graphql/name-changed").map((d) => d.message);
  expect(renames).toHaveLength(1);
  expect(renames[0]).toContain("DraftInput_2");
});

test("API names: a model with Entity<{ schemaName }> is its own type under that name, leaving its TypeScript name to an API type", () => {
  const { sdl, diagnostics } = buildGraphqlSchema(buildSchemaNamesIr(), { uuidAsId: false });
  const built = buildSchema(sdl);
  expect(validateSchema(built)).toEqual([]);
  const fieldsOf = (name: string) => Object.keys((built.getType(name) as GraphQLObjectType | GraphQLInputObjectType).getFields());
  expect(fieldsOf("User")).toEqual(["id", "display_name"]);
  expect(fieldsOf("UserRecord")).toEqual(["id", "email"]);
  expect(fieldsOf("UserRecordInput")).toEqual(["email"]);
  expect(diagnostics.filter((d) => d.id === "graphql/name-changed")).toEqual([]);
});

test("graphqlName: valid names pass through; others are rewritten to match the grammar", () => {
  expect(["user_id", "_x", "A1"].map((n) => graphqlName(n))).toEqual(["user_id", "_x", "A1"]);
  expect(["a.b", "1st", "__typename", "", "x y-z"].map((n) => graphqlName(n))).toEqual(["a_b", "_1st", "_typename", "_", "x_y_z"]);
  for (const n of ["a.b", "1st", "__typename", "", "x y-z", "ünï"]) expect(graphqlName(n)).toMatch(/^(?!__)[_A-Za-z][_0-9A-Za-z]*$/);
  expect(graphqlName("true", "enumValue")).toBe("true_");
});
