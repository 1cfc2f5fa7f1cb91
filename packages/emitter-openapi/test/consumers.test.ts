/**
 * Documents through the real consumers, all in one batch (each tool starts once):
 * the hand-built IR, the seed example (spec-src) and every examples/* project,
 * in 3.1 and 3.0: swagger-parser, @readme/openapi-parser, Redocly's recommended
 * rules, and openapi-typescript + tsc --strict. Golden files too.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { SpecIR, SpecloomConfig } from "@specloom/core";
import type { OpenAPIObject } from "openapi3-ts/oas31";
import { buildOpenApi, serializeJson, serializeYaml } from "../src";
import {
  buildRequestsIr,
  buildResponsesIr,
  buildSampleIr,
  buildSchemaNamesIr,
  buildSecurityIr,
  buildRangedResponsesIr,
  compileSpec,
  exampleDirs,
  expectGolden,
  REPO_ROOT as ROOT,
  requestsApiConfig,
  responsesApiConfig,
  sampleApiConfig as sampleConfig,
  schemaNamesConfig,
  securityConfig,
  tempProject,
  tscStrict,
  withPropertyCounts,
} from "@specloom/test-support";
import { generateSdkTypes, runConsumers, withVersion } from "./helpers";

const VERSIONS = ["3.1.0", "3.0.3"] as const;
type Version = (typeof VERSIONS)[number];
const dir = tempProject("openapi");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Built {
  readonly name: string;
  readonly ir: SpecIR;
  readonly version: Version;
  readonly doc: OpenAPIObject;
  /** JSON path; the YAML sits next to it. */
  readonly file: string;
}

const label = (p: string) => (p === ROOT ? "spec-src" : path.relative(ROOT, p));
// Every example, the plugin author's demo project (not a template, so not in exampleDirs) included.
const projects = [ROOT, ...exampleDirs(), path.join(ROOT, "examples", "plugin-author", "demo")];
const inputs: { name: string; ir?: SpecIR; config: SpecloomConfig }[] = [
  { name: "sample", ir: buildSampleIr(), config: sampleConfig() },
  { name: "responses", ir: buildResponsesIr(), config: responsesApiConfig() },
  { name: "responses-exact", ir: exactResponsesIr(), config: responsesApiConfig() },
  { name: "paths", ir: openApiPathsIr(), config: responsesApiConfig() },
  { name: "ranges", ir: buildRangedResponsesIr(), config: responsesApiConfig() },
  { name: "security", ir: buildSecurityIr(), config: securityConfig() },
  { name: "requests", ir: buildRequestsIr(), config: requestsApiConfig() },
  { name: "schema-names", ir: buildSchemaNamesIr(), config: schemaNamesConfig() },
  { name: "property-counts", ir: withPropertyCounts(buildSampleIr()), config: sampleConfig() },
  ...projects.map((p) => ({ ...compileSpec(label(p), p), name: label(p) })),
];
/** The Reports group says `automaticResponses: false`: its operations list exactly the declared responses. */
function exactResponsesIr(): SpecIR {
  const ir = buildResponsesIr();
  const [reports, ...rest] = ir.apis;
  return { ...ir, apis: [{ ...reports!, automaticResponses: false }, ...rest] };
}

/**
 * Paths real OpenAPI documents use: a trailing slash, a parameter inside a segment's text, a Google-style `:verb`,
 * and AWS's `#fragment`/`?query` keys that tell operations on one URL apart.
 */
function openApiPathsIr(): SpecIR {
  const ir = buildResponsesIr();
  const [reports, ...rest] = ir.apis;
  const get = reports!.endpoints.find((e) => e.name === "getReport")!;
  const variants = [
    { ...get, name: "getReportFolder", path: "/api/reports/:id/" },
    { ...get, name: "getReportJson", path: "/api/reports/{id}.json" },
    { ...get, name: "cancelReport", method: "POST" as const, path: "/api/reports/{id}:cancel", operationId: "reports.cancel" },
    { ...get, name: "getReportTags", path: "/api/reports/:id#tagKeys" },
    { ...get, name: "getReportUploads", path: "/api/reports/:id?uploads&list-type=2" },
    { ...get, name: "countReports", path: "/api/reports/count(id='{id}')" },
    {
      ...get,
      name: "batchReports",
      method: "POST" as const,
      path: "/api/reports/$batch",
      params: [],
      servers: [{ url: "https://batch.reports.dev", description: "Batch host" }],
    },
    // HEAD answers with the GET's headers and no body; its automatic 401 and 429 are bodiless too.
    {
      ...get,
      name: "headReport",
      method: "HEAD" as const,
      responses: get.responses.map((r) => (r.status === 200 ? { ...r, type: undefined, noBody: true as const } : r)),
    },
    {
      ...get,
      name: "reportOptions",
      method: "OPTIONS" as const,
      path: "/api/reports",
      params: [],
      responses: [{ kind: "response" as const, status: 204, noBody: true as const }],
    },
    {
      ...get,
      name: "traceReports",
      method: "TRACE" as const,
      path: "/api/reports",
      params: [],
      responses: [{ kind: "response" as const, status: 200, noBody: true as const }],
    },
  ];
  return { ...ir, apis: [{ ...reports!, endpoints: [...reports!.endpoints, ...variants] }, ...rest] };
}

const built: Built[] = inputs.flatMap(({ name, ir, config }) =>
  !ir
    ? []
    : VERSIONS.map((version) => {
        const doc = buildOpenApi(ir, withVersion(config, version));
        const file = path.join(dir, `${name.replace(/\W+/g, "_")}-${version}.json`);
        fs.writeFileSync(file, serializeJson(doc));
        fs.writeFileSync(file.replace(/json$/, "yaml"), serializeYaml(doc));
        return { name, ir, version, doc, file };
      }),
);
const find = (name: string, version: Version) => built.find((b) => b.name === name && b.version === version)!;
const yamlOf = (b: Built) => b.file.replace(/json$/, "yaml");

test("the seed example and every examples/* project compile to an IR", () => {
  expect(inputs.filter((i) => !i.ir).map((i) => i.name)).toEqual([]);
  expect(built.length).toBe(inputs.length * VERSIONS.length);
});

test("valid for swagger-parser and @readme/openapi-parser; Redocly recommended: zero problems", () => {
  const results = runConsumers(built.map((b) => b.file));
  results.forEach((r, i) => {
    const b = built[i]!;
    expect([b.name, b.version, r.swaggerParser, r.readme]).toEqual([b.name, b.version, "ok", "ok"]);
    // Errors and warnings alike: spec-src and every example are lint-clean under `recommended`; a trailing slash and a
    // query in a path key, which `recommended` discourages, are what the "paths" input is about.
    const expected =
      b.name === "paths"
        ? [
            "error no-path-trailing-slash #/paths/~1api~1reports~1{id}~1: `/api/reports/{id}/` should not have a trailing slash.",
            "error path-not-include-query #/paths/~1api~1reports~1{id}?uploads&list-type=2: Don't put query string items in the path, they belong in parameters with `in: query`.",
          ]
        : [];
    expect([b.name, b.version, r.redocly.map((p) => `${p.severity} ${p.rule} ${p.pointer}: ${p.message}`)]).toEqual([b.name, b.version, expected]);
  });
});

test("automaticResponses: false leaves out the automatic 401 and 429 of an authenticated, rate-limited operation", () => {
  for (const version of VERSIONS) {
    const statuses = (name: string) => Object.keys(find(name, version).doc.paths?.["/api/reports/{id}"]?.get?.responses ?? {});
    expect(statuses("responses")).toEqual(["200", "304", "401", "404", "429"]);
    expect(statuses("responses-exact")).toEqual(["200", "304", "404"]);
  }
});

test("ranges and default are response keys after the codes; a default or 4XX reason is a shared error response", () => {
  for (const version of VERSIONS) {
    const doc = find("ranges", version).doc;
    const responses = doc.paths?.["/api/jobs"]?.get?.responses ?? {};
    expect(Object.keys(responses)).toEqual(["200", "2XX", "4XX", "5XX", "default"]);
    expect(responses["2XX"]).toEqual({ description: "Accepted some other way" });
    // The config's problem+json error body, shared, as every error status is.
    const clientError =
      version === "3.1.0"
        ? { $ref: "#/components/responses/ClientError", description: "The request was wrong" }
        : { $ref: "#/components/responses/ClientError" };
    expect(responses["4XX"]).toEqual(clientError);
    expect(responses["5XX"]).toEqual({ $ref: "#/components/responses/ServerError" });
    expect(responses.default).toMatchObject({ description: "Unexpected error", headers: { "X-Error-Id": { required: true } } });
    expect(doc.components?.responses?.ClientError).toMatchObject({
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/ProblemDetails" } } },
    });
    const webhook = version === "3.1.0" ? doc.webhooks?.jobDone : (doc["x-webhooks"] as typeof doc.webhooks)?.jobDone;
    expect(Object.keys(webhook?.post?.responses ?? {})).toEqual(["2XX", "default"]);
  }
});

test("paths as OpenAPI documents write them: a trailing slash, {id}.json, {id}:cancel, #fragment and ?query keys; a declared operationId", () => {
  for (const version of VERSIONS) {
    const paths = find("paths", version).doc.paths ?? {};
    expect(Object.keys(paths).filter((p) => p.startsWith("/api/reports/{id}"))).toEqual([
      "/api/reports/{id}",
      "/api/reports/{id}/download",
      "/api/reports/{id}/chart",
      "/api/reports/{id}/",
      "/api/reports/{id}.json",
      "/api/reports/{id}:cancel",
      "/api/reports/{id}#tagKeys",
      "/api/reports/{id}?uploads&list-type=2",
    ]);
    expect(paths["/api/reports/count(id='{id}')"]?.get?.parameters).toEqual([expect.objectContaining({ in: "path", name: "id", required: true })]);
    expect(paths["/api/reports/$batch"]?.post?.operationId).toBe("batchReports");
    expect(paths["/api/reports/$batch"]?.post?.servers).toEqual([{ url: "https://batch.reports.dev", description: "Batch host" }]);
    expect(paths["/api/reports/{id}#tagKeys"]?.get?.parameters).toEqual([expect.objectContaining({ in: "path", name: "id", required: true })]);
    // Every method of a path item: a HEAD's responses carry headers, never content.
    const head = paths["/api/reports/{id}"]?.head;
    expect(Object.keys(paths["/api/reports/{id}"] ?? {})).toEqual(expect.arrayContaining(["get", "head"]));
    const components = find("paths", version).doc.components?.responses ?? {};
    const resolved = Object.values(head?.responses ?? {}).map((r) => ("$ref" in r ? components[r.$ref.split("/").pop()!] : r));
    expect([resolved.length, resolved.filter((r) => r && "content" in r)]).toEqual([5, []]);
    expect(head?.operationId).toBe("headReport");
    expect(Object.keys(paths["/api/reports"] ?? {})).toEqual(expect.arrayContaining(["options", "trace"]));
    expect(paths["/api/reports/{id}:cancel"]?.post?.parameters).toEqual([expect.objectContaining({ in: "path", name: "id", required: true })]);
    expect(paths["/api/reports/{id}:cancel"]?.post?.operationId).toBe("reports.cancel"); // a declared operationId, as written
  }
});

test("property counts: on a record, an object, a closed object, and beside an allOf (3.1 and 3.0)", () => {
  for (const version of VERSIONS) {
    const schemas = find("property-counts", version).doc.components?.schemas ?? {};
    const counted = schemas.Counted as { properties: Record<string, object> };
    expect(counted.properties.tags).toMatchObject({ type: "object", minProperties: 1, maxProperties: 2 });
    expect(counted.properties.closed).toMatchObject({ additionalProperties: false, maxProperties: 1 });
    expect(schemas.OneSetting).toMatchObject({ type: "object", minProperties: 1, maxProperties: 1 });
    // In a member, a count still bounds the whole value: with the own properties, as documents write it beside them.
    expect(schemas.WideSetting).toEqual({
      allOf: [{ $ref: "#/components/schemas/AnySetting" }, { type: "object", properties: { extra: { type: "string" } }, maxProperties: 2 }],
    });
  }
});

test("no sensitive or internal field of any model appears in any document", () => {
  for (const b of built) {
    const hidden = new Set(
      b.ir.models.flatMap((m) => m.fields.filter((f) => f.visibility === "sensitive" || f.visibility === "internal").map((f) => f.name)),
    );
    const text = serializeJson(b.doc);
    for (const name of hidden) expect([b.name, name, text.includes(`"${name}"`)]).toEqual([b.name, name, false]);
  }
});

const assertion = (schema: string, accessor: string, extra: string[] = []) =>
  [
    `import type { components, paths } from "./${schema}";`,
    'type GetUser = paths["/api/users/{id}"]["get"]["responses"][200]["content"]["application/json"];',
    "export function email(res: GetUser): string {",
    "  // @ts-expect-error password_hash is sensitive: it is in no response type",
    `  void res${accessor}.password_hash;`,
    `  return res${accessor}.email;`,
    "}",
    'type Register = NonNullable<paths["/api/auth/register"]["post"]["requestBody"]>["content"]["application/json"];',
    'export const body: Register = { email: "ada@example.com", password: "Secr3tPassword", name: "Ada Lovelace" };',
    ...extra,
    "export type Schemas = components;",
    "",
  ].join("\n");

/** Every response form through openapi-typescript: headers, media types, bodiless statuses, the error model per level. */
const responsesAssertion = [
  'import type { components, paths } from "./responses";',
  'type Get = paths["/api/reports/{id}"]["get"]["responses"];',
  'export const etag: Get[200]["headers"]["ETag"] = "\\"v1\\"";',
  'export const cache: Get[200]["headers"]["Cache-Control"] = undefined;',
  "// @ts-expect-error ETag is required",
  'export const noEtag: Get[200]["headers"]["ETag"] = undefined;',
  'export const notModified: Get[304]["content"] = undefined;',
  'export const problem: Get[404]["content"]["application/problem+json"] = { type: "about:blank", title: "Not found", status: 404 };',
  'type Create = paths["/api/reports"]["post"]["responses"];',
  'export const invalid: Create[422]["content"]["application/json"] = { errors: { title: ["too long"] } };',
  'export const location: Create[201]["headers"]["Location"] = "https://api.reports.dev/api/reports/1";',
  'type Download = paths["/api/reports/{id}/download"]["get"]["responses"];',
  'export const csv: Download[200]["content"]["text/csv"] = "id,title";',
  'export const pdf: Download[200]["content"]["application/pdf"] = "%PDF";',
  'export const bodiless: Download[404]["content"] = undefined;',
  'type Exports = paths["/api/exports"]["get"]["responses"];',
  'export const xml: Exports[200]["content"]["application/xml"] = [];',
  'export const csvExport: Exports[200]["content"]["text/csv"] = "id,title";',
  "// @ts-expect-error the CSV body (a response's `content`) is a string, not the JSON list",
  'export const csvNotList: Exports[200]["content"]["text/csv"] = [];',
  'export const groupError: Exports[400]["content"]["application/json"] = { message: "bad filter" };',
  "// @ts-expect-error the group's error body is ApiError, not the problem details",
  'export const notProblem: Exports[400]["content"]["application/problem+json"] = {};',
  'export type Schemas = components["responses"]["UnprocessableEntity"];',
  "",
].join("\n");

/** What SDK users of the request features write: headers and cookies, multipart, declared body requirement, webhooks. */
const requestsAssertion = (schema: string, webhooks: boolean) =>
  [
    `import type { ${webhooks ? "operations, paths, webhooks" : "paths"} } from "./${schema}";`,
    'type Upload = paths["/api/photos"]["post"];',
    'export const headers: Upload["parameters"]["header"] = { "Idempotency-Key": "6f1c0b5e-3d1b-4c2a-9f5e-0a6b7c8d9e0f" };',
    'export const cookies: NonNullable<Upload["parameters"]["cookie"]> = { theme: "dark" };',
    "// @ts-expect-error theme is one of light | dark",
    'export const badCookie: NonNullable<Upload["parameters"]["cookie"]> = { theme: "blue" };',
    'export const form: Upload["requestBody"]["content"]["multipart/form-data"] = { file: "<bytes>" };',
    "// bodyRequired: true makes the login body required although all its fields are optional",
    'export const login: paths["/api/login"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"] = {};',
    "// bodyRequired: false: the raw upload may be sent without a body",
    'export const raw: undefined extends paths["/api/photos/{id}/raw"]["put"]["requestBody"] ? true : false = true;',
    ...(webhooks
      ? [
          'export const signed: operations["orderPaid"]["parameters"]["header"]["X-Signature"] = "abc";',
          'export const paid: NonNullable<webhooks["orderPaid"]["post"]["requestBody"]>["content"]["application/json"]["amount"] = 1;',
          // A receiver's answer is typed like an endpoint's response: headers, every media type, a bodiless 202.
          'type Received = webhooks["orderPaid"]["post"]["responses"];',
          'export const delivery: Received[200]["headers"]["X-Delivery-Id"] = "0b6a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";',
          'export const xmlReceipt: Received[200]["content"]["application/xml"] = { receipt_id: "r" };',
          'export const queued: Received[202]["content"] = undefined;',
        ]
      : []),
    "",
  ].join("\n");

test("openapi-typescript SDK types compile under tsc --strict: GET /api/users/{id} has email, never password_hash; every response form; request features", () => {
  const sdk = [find("sample", "3.1.0"), find("sample", "3.0.3"), find("spec-src", "3.1.0"), find("requests", "3.1.0"), find("requests", "3.0.3")];
  generateSdkTypes([
    ...sdk.map((b, i) => [yamlOf(b), path.join(dir, `schema${i}.d.ts`)] as const),
    [yamlOf(find("responses", "3.1.0")), path.join(dir, "responses.d.ts")],
    [yamlOf(find("security", "3.1.0")), path.join(dir, "security.d.ts")],
    [yamlOf(find("schema-names", "3.1.0")), path.join(dir, "names31.d.ts")],
    [yamlOf(find("schema-names", "3.0.3")), path.join(dir, "names30.d.ts")],
  ]);
  const sampleExtra = [
    'export const page: components["schemas"]["PaginatedPost"]["pagination"]["total_pages"] = 1;',
    'export const channel: components["schemas"]["Notification"]["channel"] = "push";',
    // const (3.1) and one-value enum (3.0) both type the literal.
    'export const unit: components["schemas"]["Reading"]["unit"] = "celsius";',
    "// @ts-expect-error only the literal",
    'export const otherUnit: components["schemas"]["Reading"]["unit"] = "kelvin";',
    'export const query: components["schemas"]["ReadingQuery"] = { host: "a.example" };',
    'export const labels: components["schemas"]["Reading"]["labels"] = ["a"];',
  ];
  fs.writeFileSync(path.join(dir, "assert0.ts"), assertion("schema0", "", sampleExtra));
  fs.writeFileSync(path.join(dir, "assert1.ts"), assertion("schema1", "", sampleExtra));
  // spec-src wraps the user: `{ user: PublicUser }`.
  fs.writeFileSync(path.join(dir, "assert2.ts"), assertion("schema2", ".user"));
  fs.writeFileSync(path.join(dir, "assert-responses.ts"), responsesAssertion);
  fs.writeFileSync(path.join(dir, "assert3.ts"), requestsAssertion("schema3", true));
  // 3.0 has no webhooks: the x-webhooks extension is for documentation tools, not for SDK generators.
  fs.writeFileSync(path.join(dir, "assert4.ts"), requestsAssertion("schema4", false));
  // Pagination styles: limit/offset parameters and envelope; a Link-header cursor keeps the declared list.
  const securityAssertion = [
    'import type { paths } from "./security";',
    'type Orders = paths["/store/orders"]["get"];',
    'export const query: NonNullable<Orders["parameters"]["query"]> = { limit: 10, offset: 20 };',
    'export const seen = (o: Orders["responses"][200]["content"]["application/json"]): number => o.pagination.offset + o.data.length;',
    'type Events = paths["/store/events"]["get"]["responses"][200];',
    'export const first = (e: Events["content"]["application/json"]): string | undefined => e[0]?.name;',
    'export const next = (e: Events["headers"]): unknown => e.Link;',
    "",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "assert-security.ts"), securityAssertion);
  // API names: the model User is UserRecord, which leaves User to the API type; variants follow the API name.
  const namesAssertion = (schema: string) =>
    [
      `import type { components, paths } from "./${schema}";`,
      'type Api = components["schemas"];',
      'export const user: paths["/api/users/{id}"]["get"]["responses"][200]["content"]["application/json"] = { id: "u1", display_name: "Ada" };',
      'export const record: Api["UserRecord"] = { id: "u1", email: "ada@example.com" };',
      "// @ts-expect-error the API type User has no email; the model's is UserRecord",
      'export const notRecord: Api["User"]["email"] = "x";',
      'export const created: paths["/api/users"]["post"]["requestBody"]["content"]["application/json"] = { email: "ada@example.com" } satisfies Api["UserRecordCreate"];',
      'export const page: Api["PaginatedUser"]["data"][number]["display_name"] = "Ada";',
      'export const patch: Api["UserRecordUpdate"] = {};',
      "",
    ].join("\n");
  fs.writeFileSync(path.join(dir, "assert-names31.ts"), namesAssertion("names31"));
  fs.writeFileSync(path.join(dir, "assert-names30.ts"), namesAssertion("names30"));
  const files = [
    "assert0.ts",
    "assert1.ts",
    "assert2.ts",
    "assert-responses.ts",
    "assert3.ts",
    "assert4.ts",
    "assert-security.ts",
    "assert-names31.ts",
    "assert-names30.ts",
  ];
  expect(tscStrict(dir, files)).toBe("");
});

test.each(["sample", "requests", "spec-src"].flatMap((name) => VERSIONS.map((v) => [name, v] as const)))("golden %s openapi %s", (name, version) => {
  expectGolden(path.join(__dirname, "golden", `${name}-${version}.yaml`), fs.readFileSync(yamlOf(find(name, version)), "utf8"));
});
