/**
 * validators.ts compiled with tsc --strict, then loaded and used: Value.Check
 * must accept the seed's register body and reject the seed's invalid inputs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { FormatRegistry, type TSchema } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import type { SpecIR } from "@specloom/core";
import { buildJsonSchemas, type JsonSchema } from "@specloom/model";
import {
  buildResponsesIr,
  buildRequestsIr,
  buildSampleIr,
  buildSchemaNamesIr,
  compileOrFail,
  exampleDirs,
  expectGolden,
  field,
  REPO_ROOT as ROOT,
  responsesApiConfig,
  requestsApiConfig,
  sampleApiConfig as sampleConfig,
  schema,
  schemaNamesConfig,
  t,
  tempProject,
  tscStrict,
  withPropertyCounts,
} from "@specloom/test-support";
import { emitValidators, typeboxEmitter } from "../src";

/** The sample IR plus a self-recursive schema (Type.Recursive) and astral-sensitive patterns. */
function irWithTree(): SpecIR {
  const ir = buildSampleIr();
  const loc = { file: "spec-src/index.ts", line: 1, column: 1 };
  const tree = schema("TreeNode", t.object([field("label", t.str({ maxLength: 20 })), field("children", t.array(t.schemaRef("TreeNode")))]), { loc });
  const emoji = schema(
    "Emoji",
    t.object([field("glyph", t.str({ pattern: "^.$" })), field("initials", t.str({ pattern: "^[^ ]{1,2}$", format: "email" }))]),
    { loc },
  );
  // Imported documents' number forms: an integer of no size, a custom integer format, float, int64 written as a string.
  const tally = schema(
    "Tally",
    t.object([
      field("count", t.int({ minimum: 0 })),
      field("flags", t.int({ customFormat: "uint32" })),
      field("ratio", t.num({ format: "float" })),
      field("ledger_id", t.str({ format: "int64" })),
      // CustomFormat<"url">: a document's own word, not the checked uri format.
      field("link", t.str({ customFormat: "url" })),
      // Closed and empty: nothing may be added.
      field("nothing", { kind: "object", properties: [], closed: true }),
      // AdditionalProperties<string>: undeclared properties are strings, the declared one an integer.
      field("labels", { kind: "object", properties: [field("count", t.int())], additionalProperties: t.str() }),
    ]),
    { loc },
  );
  return { ...ir, schemas: [...ir.schemas, tree, emoji, tally] };
}

const dir = tempProject("typebox");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Transpiles generated TypeScript and loads it with this test's TypeBox instance. */
function load(source: string): Record<string, TSchema> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const module = { exports: {} as Record<string, TSchema> };
  new Function("require", "module", "exports", js)(require, module, module.exports);
  return module.exports;
}

const sampleSource = emitValidators(irWithTree(), sampleConfig());
const requestsSource = emitValidators(buildRequestsIr(), requestsApiConfig());
/** spec-src first, then every examples/* project. */
const projectSources = [ROOT, ...exampleDirs()].map((p) => {
  const { ir, config } = compileOrFail(p);
  return { name: path.basename(p), source: ir ? emitValidators(ir, config) : "" };
});
const specSource = projectSources[0]!.source;
/** Error models at every level: problem+json from the config, ValidationErrors and ApiError declared. */
const responsesSource = emitValidators(buildResponsesIr(), responsesApiConfig());
const countsSource = emitValidators(withPropertyCounts(buildSampleIr()), sampleConfig());

test("imports only TypeBox, compiles under tsc --strict and loads (sample IR, spec-src, examples)", () => {
  const all = [
    { name: "sample", source: sampleSource },
    { name: "responses", source: responsesSource },
    { name: "requests", source: requestsSource },
    { name: "counts", source: countsSource },
    ...projectSources,
  ];
  for (const { name, source } of all) {
    const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect([name, imports]).toEqual([name, ["@sinclair/typebox"]]);
    fs.writeFileSync(path.join(dir, `${name}.ts`), source);
    expect(Object.keys(load(source)).length).toBeGreaterThan(0);
  }
  expect(
    tscStrict(
      dir,
      all.map((a) => `${a.name}.ts`),
    ),
  ).toBe("");
});

const seedBody = { email: "ada@example.com", password: "Secr3tPassword", name: "Ada Lovelace" };

test.each([
  ["sample IR", sampleSource],
  ["spec-src", specSource],
])("Value.Check on the register body (%s)", (_label, source) => {
  const v = load(source);
  const body = v.RegisterBody!;
  expect(Value.Check(body, seedBody)).toBe(true);
  expect(Value.Check(body, { ...seedBody, email: "not-an-email" })).toBe(false);
  expect(Value.Check(body, { ...seedBody, password: "secr3tpassword" })).toBe(false); // no uppercase letter
  expect(Value.Check(body, { ...seedBody, password: "SecretPassword" })).toBe(false); // no digit
  expect(Value.Check(body, { ...seedBody, password: "S3cret" })).toBe(false); // too short
  expect(Value.Check(body, { ...seedBody, name: "A" })).toBe(false);
  expect(Value.Check(body, { email: "ada@example.com", password: "Secr3tPassword" })).toBe(false);
});

test("header, cookie, multipart, raw, callback and webhook validators check what servers receive", () => {
  const v = load(requestsSource);
  const key = "6f1c0b5e-3d1b-4c2a-9f5e-0a6b7c8d9e0f";
  // Node hands headers over lower-cased, with every other header next to the declared ones.
  expect(Value.Check(v.UploadPhotoHeaders!, { "idempotency-key": key, host: "api.requests.dev" })).toBe(true);
  expect(Value.Check(v.UploadPhotoHeaders!, { "idempotency-key": "not-a-uuid" })).toBe(false);
  expect(Value.Check(v.UploadPhotoHeaders!, { host: "api.requests.dev" })).toBe(false);
  expect(Value.Check(v.UploadPhotoCookies!, { theme: "dark" })).toBe(true);
  expect(Value.Check(v.UploadPhotoCookies!, { theme: "blue" })).toBe(false);
  // File parts arrive as bytes (a Buffer).
  expect(Value.Check(v.UploadPhotoBody!, { file: Buffer.from([0x89, 0x50]), caption: "Sunset" })).toBe(true);
  expect(Value.Check(v.UploadPhotoBody!, { file: 42 })).toBe(false);
  expect(Value.Check(v.PutRawBody!, new Uint8Array([1, 2, 3]))).toBe(true);
  expect(Value.Check(v.OrderPaidWebhookBody!, { order_id: key, amount: 12.5 })).toBe(true);
  expect(Value.Check(v.OrderPaidWebhookBody!, { order_id: key, amount: -1 })).toBe(false);
  expect(Value.Check(v.OrderPaidWebhookHeaders!, { "x-signature": "ab12" })).toBe(true);
  expect(Value.Check(v.PayOnPaidCallbackHeaders!, {})).toBe(false);
});

test("API names: the model User validates as UserRecord, the API type as User, and the bodies use the model's variants", () => {
  const source = emitValidators(buildSchemaNamesIr(), schemaNamesConfig());
  const v = load(source);
  const id = "6f1c0b5e-3d1b-4c2a-9f5e-0a6b7c8d9e0f";
  expect(Value.Check(v.User!, { id, display_name: "Ada" })).toBe(true);
  expect(Value.Check(v.User!, { id, email: "ada@example.com" })).toBe(false);
  expect(Value.Check(v.UserRecord!, { id, email: "ada@example.com" })).toBe(true);
  expect(Value.Check(v.CreateUserRecordBody!, { email: "ada@example.com" })).toBe(true);
  expect(source).toContain("export const CreateUserRecordBody = UserRecordCreate;");
  expect(source).toContain("export const PatchUserRecordBody = UserRecordUpdate;");
});

test("formats used are registered by the module itself", () => {
  load(sampleSource);
  for (const f of ["email", "uuid", "date-time", "phone", "decimal"]) expect([f, FormatRegistry.Has(f)]).toEqual([f, true]);
  const v = load(sampleSource);
  expect(Value.Check(v.SendNotificationBody!, { channel: "sms", phone: "+15555550100" })).toBe(true);
  expect(Value.Check(v.SendNotificationBody!, { channel: "sms", phone: "call me" })).toBe(false);
  expect(Value.Check(v.Post!.properties.price as TSchema, "12345678.99")).toBe(true);
  expect(Value.Check(v.Post!.properties.price as TSchema, "123456789.99")).toBe(false);
});

test("issue 13 keywords and formats: exclusive bounds, multipleOf, item counts, uniqueness, formats", () => {
  const v = load(sampleSource);
  const ok = { unit: "celsius", temperature: 21.5, price: 9.99, batch: 10, sequence: 1, labels: ["a", "b"], host: "sensor-1.example.com" };
  const check = (patch: Record<string, unknown>) => Value.Check(v.Reading!, { ...ok, ...patch });
  expect(check({})).toBe(true);
  expect(check({ unit: "kelvin" })).toBe(false); // const
  expect(check({ temperature: -273.15 })).toBe(false); // exclusive minimum
  expect(check({ temperature: -273.14 })).toBe(true);
  expect(check({ price: 10000 })).toBe(false); // exclusive maximum
  expect(check({ price: 9.995 })).toBe(false); // not a multiple of 0.01
  expect(check({ batch: 0 })).toBe(false);
  expect(check({ batch: 7 })).toBe(false);
  expect(check({ labels: [] })).toBe(false); // minItems
  expect(check({ labels: ["a", "b", "c", "d"] })).toBe(false); // maxItems
  expect(check({ labels: ["a", "a"] })).toBe(false); // uniqueItems
  expect(check({ host: "-bad-.example" })).toBe(false);
  expect(check({ ipv4: "192.168.0.1", ipv6: "2001:db8::1" })).toBe(true);
  expect(check({ ipv4: "256.1.1.1" })).toBe(false);
  expect(check({ ipv6: "2001:db8:::1" })).toBe(false);
  expect(check({ ipv6: "::ffff:192.0.2.1" })).toBe(true);
  expect(check({ checksum: "aGVsbG8=" })).toBe(true);
  expect(check({ checksum: "not base64!" })).toBe(false);
  expect(check({ source: "https://example.com/x", payload: "\u0000\u00ff", device_secret: "any thing" })).toBe(true);
  // A custom format cannot be checked: any string passes (the checker's SL4160 says so), and the module says why.
  expect(check({ account: "anything at all" })).toBe(true);
  expect(sampleSource).toMatch(/\/\/ A custom format: specloom cannot check it[^\n]*\n {2}iban: /);
});

test("number forms of imported documents: integers of no size, number formats, int64 as a string", () => {
  const v = load(sampleSource);
  const ok = { count: 3, flags: 7, ratio: 0.5, ledger_id: "9007199254740993", link: "/orders/1", nothing: {}, labels: { count: 1 } };
  const check = (patch: Record<string, unknown>) => Value.Check(v.Tally!, { ...ok, ...patch });
  expect(check({})).toBe(true);
  expect(check({ count: 2 ** 40 })).toBe(true); // no declared size
  expect(check({ count: 1.5 })).toBe(false);
  expect(check({ nothing: { extra: 1 } })).toBe(false);
  expect(check({ ledger_id: "-42" })).toBe(true);
  expect(check({ ledger_id: "12a" })).toBe(false);
  expect(check({ ledger_id: 12 })).toBe(false);
  expect(check({ labels: { count: 2, colour: "red" } })).toBe(true);
  expect(check({ labels: { count: 2, colour: 3 } })).toBe(false);
});

test("property counts: records, objects, closed objects and an allOf with counts beside it", () => {
  const v = load(countsSource);
  const ok = { tags: { a: "x" }, closed: { a: "x" } };
  const check = (patch: Record<string, unknown>) => Value.Check(v.Counted!, { ...ok, ...patch });
  expect(check({})).toBe(true);
  expect(check({ tags: {} })).toBe(false); // minProperties
  expect(check({ tags: { a: "x", b: "y", c: "z" } })).toBe(false); // maxProperties
  expect(check({ closed: { a: "x", b: "y" } })).toBe(false);
  expect(check({ closed: { c: "x" } })).toBe(false); // still closed
  expect(Value.Check(v.OneSetting!, { mode: "fast" })).toBe(true);
  expect(Value.Check(v.OneSetting!, {})).toBe(false);
  expect(Value.Check(v.OneSetting!, { mode: "fast", level: "high" })).toBe(false);
  // allOf: the base's count (at least 1) and the derived one's (at most 2) both hold for the whole value.
  expect(Value.Check(v.WideSetting!, { mode: "fast", extra: "1" })).toBe(true);
  expect(Value.Check(v.WideSetting!, { extra: "1" })).toBe(true);
  expect(Value.Check(v.WideSetting!, {})).toBe(false);
  expect(Value.Check(v.WideSetting!, { mode: "fast", level: "high", extra: "1" })).toBe(false);
  const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
  const set = buildJsonSchemas(withPropertyCounts(buildSampleIr()));
  expect(typeboxView(json(v.OneSetting))).toEqual(validationView(set.components.OneSetting));
  // TypeBox writes a record as patternProperties; the counts are the OpenAPI ones.
  expect(json(v.Counted!.properties.tags)).toMatchObject({ minProperties: 1, maxProperties: 2 });
});

test("closed objects reject undeclared properties, also through allOf (unevaluatedProperties)", () => {
  const v = load(sampleSource);
  expect(Value.Check(v.ReadingQuery!, { host: "a.example" })).toBe(true);
  expect(Value.Check(v.ReadingQuery!, { host: "a.example", extra: 1 })).toBe(false);
  const reading = { unit: "celsius", temperature: 1, price: 1, batch: 5, sequence: 1, labels: ["a"], host: "h.example" };
  expect(Value.Check(v.TaggedReading!, { ...reading, tag: "t" })).toBe(true); // the base's and its own properties
  expect(Value.Check(v.TaggedReading!, { ...reading, tag: "t", extra: 1 })).toBe(false);
  expect(Value.Check(v.Reading!, { ...reading, extra: 1 })).toBe(true); // Reading itself is open
});

test("a schema for every model and request body; models in their response shape", () => {
  const v = load(sampleSource);
  for (const name of [
    "User",
    "Organization",
    "Post",
    "UserCreate",
    "RegisterBody",
    "LoginBody",
    "RefreshBody",
    "CreateUserBody",
    "SendNotificationBody",
    "GetUserParams",
    "ListPostsQuery",
  ]) {
    expect([name, name in v]).toEqual([name, true]);
  }
  expect(sampleSource).not.toContain("password_hash");
  expect(sampleSource).not.toContain("login_count");
  const create = { email: "ada@example.com", name: "Ada", organization_id: null };
  expect(Value.Check(v.UserCreate!, create)).toBe(true);
  expect(Value.Check(v.UserCreate!, { ...create, role: "root" })).toBe(false);
  expect(Value.Check(v.UserCreate!, { ...create, organization_id: "nope" })).toBe(false);
  const note = { id: "7f1d3c1e-6a4b-4c59-9d7e-2f5a8b9c0d1e", created_at: "2025-01-18T10:30:00Z", note: "ok" };
  expect(Value.Check(v.AdminNote!, note)).toBe(true); // allOf: the base's fields and its own
  expect(Value.Check(v.AdminNote!, { ...note, id: "x" })).toBe(false);
  expect(Value.Check(v.AdminNote!, { id: note.id, created_at: note.created_at })).toBe(false);
  expect(Value.Check(v.TreeNode!, { label: "root", children: [{ label: "leaf", children: [] }] })).toBe(true);
  expect(Value.Check(v.TreeNode!, { label: "root", children: [{ label: 1, children: [] }] })).toBe(false);
});

test("patterns run with the u flag, as the OpenAPI schema (ECMAScript with u) means them", () => {
  const v = load(sampleSource);
  const glyph = v.Emoji!.properties.glyph as TSchema;
  expect(Value.Check(glyph, "😀")).toBe(true); // one code point, two UTF-16 units
  expect(Value.Check(glyph, "ab")).toBe(false);
  const openapi = buildJsonSchemas(irWithTree()).components.Emoji as { properties: Record<string, { pattern: string }> };
  expect(new RegExp(openapi.properties.glyph!.pattern, "u").test("😀")).toBe(true);
});

/** TypeBox's `u` RegExp (with a format: String & RegExp) read as the JSON Schema string it stands for. */
function typeboxView(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(typeboxView);
  if (!schema || typeof schema !== "object") return schema;
  const s = schema as JsonSchema;
  if (s.type === "RegExp") {
    expect(s.flags).toBe("u");
    const { source, flags: _flags, type: _type, ...rest } = s;
    return { type: "string", ...rest, pattern: source };
  }
  // Binary: text or bytes (a Buffer from a multipart parser); the JSON Schema says string.
  const either = s.anyOf as JsonSchema[] | undefined;
  if (either?.length === 2 && either[0]!.type === "string" && either[1]!.type === "Uint8Array") return { type: "string", format: "binary" };
  const parts = s.allOf as JsonSchema[] | undefined;
  if (parts?.length === 2 && parts[0]!.type === "string" && parts[1]!.type === "RegExp") return { ...parts[0], ...(typeboxView(parts[1]) as object) };
  // A fractional multipleOf: the number plus the registered decimal-step kind (its Kind symbol is dropped by JSON).
  const step = parts?.[1];
  if (parts?.length === 2 && (parts[0]!.type === "number" || parts[0]!.type === "integer") && step && Object.keys(step).join() === "multipleOf")
    return { ...parts[0], multipleOf: step.multipleOf };
  return Object.fromEntries(Object.entries(s).map(([k, val]) => [k, typeboxView(val)]));
}

/** Validation keywords only: what both artifacts must agree on. */
function validationView(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(validationView);
  if (!schema || typeof schema !== "object") return schema;
  const drop = new Set(["description", "examples", "readOnly", "writeOnly", "default", "deprecated", "x-pattern-message", "$id"]);
  return Object.fromEntries(
    Object.entries(schema as JsonSchema)
      .filter(([k]) => !drop.has(k))
      .map(([k, val]) => [k, validationView(val)]),
  );
}

// Flat objects print keyword for keyword; nullable, enum and $ref members print as
// unions and consts, which the Value.Check tests above cover by behaviour.
test("no drift: TypeBox schemas carry the OpenAPI JSON Schemas' validation keywords", () => {
  const v = load(sampleSource);
  const set = buildJsonSchemas(irWithTree());
  const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown; // drops TypeBox's symbol keys
  for (const name of ["RegisterRequest", "LoginRequest", "EmailNotification", "SmsNotification", "AuditedEntity", "Emoji", "Reading"]) {
    expect([name, typeboxView(json(v[name]))]).toEqual([name, validationView(set.components[name])]);
  }
});

test("deterministic, golden, and exposed as the typebox artifact", async () => {
  expect(emitValidators(irWithTree(), sampleConfig())).toBe(sampleSource);
  expectGolden(path.join(__dirname, "golden", "validators.ts.txt"), sampleSource);
  const result = await typeboxEmitter.emit({ ir: buildSampleIr(), config: sampleConfig(), language: "en" });
  expect(typeboxEmitter.artifact).toBe("typebox");
  expect(result.files.map((f) => f.path)).toEqual(["validators.ts"]);
});

test("error bodies are validators: problem details, and the declared ValidationErrors and ApiError", () => {
  const v = load(responsesSource);
  expect(Object.keys(v)).toEqual(expect.arrayContaining(["ProblemDetails", "ValidationErrors", "ApiError"]));
  expect(Value.Check(v.ProblemDetails!, { type: "about:blank", title: "Not found", status: 404, detail: "No such report", trace: "x" })).toBe(true);
  expect(Value.Check(v.ProblemDetails!, { status: 99 })).toBe(false);
  expect(Value.Check(v.ValidationErrors!, { errors: { title: ["too long"] } })).toBe(true);
  expect(Value.Check(v.ValidationErrors!, { errors: { title: "too long" } })).toBe(false);
  expect(Value.Check(v.ApiError!, { code: "X" })).toBe(false);
});
