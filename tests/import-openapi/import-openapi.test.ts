/** `specloom import openapi`: readable output, a lossless round trip for what the DSL expresses, positioned warnings for the rest. */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { roundTripOpenApi } from "@specloom/cli";
import { importOpenApi } from "@specloom/importer";
import { expectGolden, REPO_ROOT } from "@specloom/test-support";

const BOOKSHOP = path.join(__dirname, "fixtures/bookshop.yaml");
const CLI = path.join(REPO_ROOT, "packages/cli/dist/bin.js");
// Only the folders this file made: another jest run (another worktree, CI) may be using the same prefix right now.
const made: string[] = [];
const tmp = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `specloom-import-openapi-${name}-`));
  made.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

let program: Awaited<ReturnType<typeof roundTripOpenApi>>["program"];

test("it round-trips: the built OpenAPI document equals the source semantically", async () => {
  const r = await roundTripOpenApi(BOOKSHOP, { workDir: path.join(tmp("rt"), "p") });
  program = r.program;
  expect(r.buildDiagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(r.differences).toEqual([]);
  expect(r.outcome).toBe("equal");
});

test("schema forms of real documents (integers without a size, number formats, allOf spellings) import without a warning and round-trip", async () => {
  const r = await roundTripOpenApi(path.join(__dirname, "fixtures/schema-forms.yaml"), { workDir: path.join(tmp("forms"), "p") });
  expect(r.importDiagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  expect(r.buildDiagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(r.differences).toEqual([]);
});

const PATHS = `openapi: 3.1.0
info: { title: Paths, version: "1" }
components:
  securitySchemes: { key: { type: apiKey, in: header, name: X-Key } }
  schemas:
    Thing: { type: object, properties: { name: { type: string } } }
security: [{ key: [] }]
webhooks:
  thingAdded:
    post:
      tags: [Events]
      parameters: [{ in: header, name: X-Signature, required: true, schema: { type: string } }]
      requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/Thing" } } } }
      responses: { "200": { description: received }, "410": { description: unsubscribed } }
paths:
  /things:
    post:
      requestBody:
        required: true
        content: { application/json: { schema: { allOf: [{ $ref: "#/components/schemas/Thing" }, { type: object, properties: { note: { type: string } } }] } } }
      responses: { "201": { description: created } }
    options: { responses: { "204": { description: allowed } } }
    trace: { responses: { "200": { description: echoed } } }
  /apps/:
    get: { responses: { "200": { description: ok } } }
    head: { responses: { "200": { description: ok }, "404": { description: missing } } }
  /legacy:
    head: { responses: { "200": { description: a body where HTTP has none, content: { application/json: { schema: { type: string } } } } } }
  /apps/{id}/:
    parameters: [{ in: path, name: id, required: true, schema: { type: string } }]
    get: { responses: { "200": { description: ok }, "404": { description: missing } } }
  /archive/{year}/{month}.json:
    get:
      parameters:
        - { in: path, name: year, required: true, schema: { type: integer, format: int32 } }
        - { in: path, name: month, required: true, schema: { type: integer, format: int32 } }
      responses: { "200": { description: ok } }
  /concepts/{concept-type}:
    get:
      parameters: [{ in: path, name: concept-type, required: true, schema: { type: string } }]
      responses: { "200": { description: ok } }
  /v1/{name}:cancel:
    post:
      operationId: operations.cancel
      parameters: [{ in: path, name: name, required: true, schema: { type: string } }]
      responses: { "204": { description: cancelled } }
  /tags/{resourceArn}:
    parameters: [{ in: path, name: resourceArn, required: true, schema: { type: string } }]
    get: { tags: [Tags], responses: { "200": { description: ok } } }
  /tags/{resourceArn}#tagKeys:
    parameters: [{ in: path, name: resourceArn, required: true, schema: { type: string } }]
    delete: { tags: [Tags], responses: { "204": { description: removed } } }
  /#X-Amz-Target=Things.ListThings:
    post: { tags: [Things], responses: { "200": { description: ok } } }
  /#X-Amz-Target=Things.GetThing:
    post: { tags: [Things], responses: { "200": { description: ok } } }
  /timeseries/$batch:
    servers: [{ url: "https://batch.example.com/v2", description: Batch host }]
    post: { tags: [Series], responses: { "204": { description: done } } }
    put: { tags: [Series], servers: [{ url: /v3 }], responses: { "204": { description: done } } }
  /timeseries/count(status='{status}'):
    get:
      tags: [Series]
      parameters: [{ in: path, name: status, required: true, schema: { type: string } }]
      responses: { "200": { description: ok } }
  /@{lat},{lon}:
    get:
      tags: [Places]
      parameters:
        - { in: path, name: lat, required: true, schema: { type: number } }
        - { in: path, name: lon, required: true, schema: { type: number } }
      responses: { "200": { description: ok } }
  /{Bucket}?uploads&x-id=CreateUpload:
    post:
      tags: [Uploads]
      parameters: [{ in: path, name: Bucket, required: true, schema: { type: string } }]
      responses: { "200": { description: ok } }
`;

test("paths as OpenAPI documents write them (a trailing slash, {month}.json, {name}:cancel, AWS's #fragment and ?query keys), HEAD, OPTIONS and TRACE, operations without a 401, required bodies, webhooks and operationIds round-trip", async () => {
  const dir = tmp("paths");
  fs.writeFileSync(path.join(dir, "paths.yaml"), PATHS);
  const r = await roundTripOpenApi(path.join(dir, "paths.yaml"), { workDir: path.join(dir, "p"), ...(program ? { oldProgram: program } : {}) });
  expect(r.importDiagnostics.filter((d) => d.code !== "SL7017").map((d) => d.message)).toEqual([]);
  expect(r.differences).toEqual([]);
  expect(r.outcome).toBe("equal");
  // Servers of a path item go to each of its operations, an operation's own replace them.
  const series = fs.readFileSync(path.join(dir, "p", "spec", "api", "series.ts"), "utf8");
  expect(series.match(/servers: .*/g)).toEqual([
    'servers: [{ url: "/v3" }];',
    'servers: [{ url: "https://batch.example.com/v2"; description: "Batch host" }];',
  ]);
});

const BODIES = `openapi: 3.0.3
info: { title: Bodies, version: "1" }
components: { schemas: { Thing: { type: object, properties: { name: { type: string } } } } }
paths:
  /typo:
    put:
      requestBody: { required: true, content: { application/json: { schema: { required: [Name], properties: { name: { type: string } } } } } }
      responses: { "204": { description: ok } }
  /composed:
    put:
      requestBody: { required: true, content: { application/json: { schema: { nullable: true, oneOf: [{ $ref: "#/components/schemas/Thing" }] } } } }
      responses: { "204": { description: ok } }
  /plain:
    put:
      tags: [plain, Beta]
      requestBody: { required: true, content: { application/json: { schema: { type: object, required: [name], properties: { name: { type: string } } } } } }
      responses: { "204": { description: ok } }
`;

test("requestBody.required is written where the DSL's reading of the body could differ (a composition, a required name that is no property); tags after the first are kept", async () => {
  const dir = tmp("bodies");
  fs.writeFileSync(path.join(dir, "bodies.yaml"), BODIES);
  const r = await importOpenApi(path.join(dir, "bodies.yaml"), "bodies.yaml", "bodies", { format: false });
  // One group (and file) per first path segment.
  expect(r.files.filter((f) => f.path.startsWith("spec/api/")).map((f) => [f.path, f.content.includes("bodyRequired: true")])).toEqual([
    ["spec/api/composed.ts", true],
    ["spec/api/plain.ts", false],
    ["spec/api/typo.ts", true],
  ]);
  // Tags after the first (the group's) stay on the operation.
  expect(r.files.find((f) => f.path === "spec/api/plain.ts")?.content).toContain('tags: ["Beta"];');
  expect(r.diagnostics.filter((d) => d.code === "SL7024")).toEqual([]);
});

const GAPS = `openapi: 3.0.3
info: { title: Gaps, version: "1" }
paths:
  /things/{id}:
    head:
      { parameters: [{ in: path, name: id, required: true, schema: { type: integer } }], responses: { "200": { description: ok } } }
    get:
      parameters:
        - { in: path, name: id, required: true, schema: { type: integer } }
        - { in: header, name: Accept, schema: { type: string } }
      responses:
        "200":
          description: ok
          headers: { ETag: { schema: { type: string } } }
          content: { application/json: { schema: { type: object } }, text/csv: { schema: { type: string } } }
        "6XX": { description: no such class }
  /search?q={q}:
    get: { responses: { "200": { description: ok } } }
`;

test("what the DSL cannot express is a warning at its JSON pointer and source position, and nothing else is lost", async () => {
  const dir = tmp("gaps");
  fs.writeFileSync(path.join(dir, "gaps.yaml"), GAPS);
  const r = await importOpenApi(path.join(dir, "gaps.yaml"), "gaps.yaml", "gaps", { format: false });
  expect(r.diagnostics.map((d) => `${d.code} ${d.loc?.line}:${d.loc?.column} ${d.message}`)).toEqual([
    "SL7011 18:10 GET /search?q={q} at #/paths/~1search?q={q}/get cannot be expressed in the specloom DSL and is not imported: '?q={q}' after the path may only contain letters, digits and '-._~=&' (no parameters, no second '?' or '#')",
    "SL7012 10:11 header parameter 'Accept' at #/paths/~1things~1{id}/get/parameters/1 cannot be expressed in the specloom DSL and is not imported: OpenAPI ignores it: media types and security say it",
    "SL7016 16:16 response '6XX' at #/paths/~1things~1{id}/get/responses/6XX cannot be expressed in the specloom DSL and is not imported: a response is keyed by a status code, a range (2XX) or default",
  ]);
});

test("the CLI writes readable spec files (golden) without a warning, a project that builds at once, and refuses malformed input and existing files", () => {
  const out = path.join(tmp("cli"), "shop");
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  };
  const imported = run("import", "openapi", BOOKSHOP, "--out", out);
  expect(imported).toEqual({ status: 0, output: expect.stringContaining("Imported 4 endpoints and 3 schemas") as string });
  expect(imported.output).not.toContain("warning");
  for (const file of ["specloom.config.json", "spec/index.ts", "spec/errors.ts", "spec/schemas.ts", "spec/api/books.ts"])
    expectGolden(path.join(__dirname, "golden/bookshop", file), fs.readFileSync(path.join(out, file), "utf8"));
  expect(execFileSync(process.execPath, [CLI, "build", out], { encoding: "utf8" })).toContain("Wrote");
  const again = run("import", "openapi", BOOKSHOP, "--out", out);
  expect(again).toEqual({ status: 2, output: expect.stringContaining("import never overwrites files") as string });

  const bad = path.join(tmp("bad"), "bad.yaml");
  fs.writeFileSync(bad, "openapi: 3.1.0\npaths:\n  /a: {get: {responses: {'200': {$ref: '#/components/responses/Nope'}}}}\n");
  const target = path.join(path.dirname(bad), "out");
  const refused = run("import", "openapi", bad, "--out", target);
  expect(refused.status).toBe(1);
  expect(refused.output).toMatch(/bad\.yaml:3:\d+ - error SL7002: .*'\$ref: #\/components\/responses\/Nope' points to nothing/);
  expect(refused.output).not.toMatch(/\n\s+at /); // no stack trace
  expect(fs.existsSync(target)).toBe(false);
});

// What made real documents (APIs.guru) fail to build: each is imported so that the project builds, with a warning where the source loses something.
const BUILD_HAZARDS = `openapi: 3.0.3
info: { title: Hazards, version: "1" }
paths:
  /tokens/{token}:
    get:
      parameters: [{ in: query, name: token, required: true, schema: { type: string } }]
      responses: { "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Format" } } } } }
  /tokens/{other}:
    get:
      responses: { "200": { description: ok } }
  /orphans/{orphanId}:
    get:
      responses: { "200": { description: ok, headers: { X-Trace: { content: { text/plain: { schema: { type: string } } } } } } }
  /items:
    get:
      security: [{ oauth: [] }]
      responses:
        "200": { description: ok, content: { JSON: { schema: { type: string } }, application/json: { schema: { $ref: "#/components/schemas/Response" } } } }
        "304": { description: not modified, content: { application/json: { schema: { $ref: "#/components/schemas/ErrorResponse" } } } }
    post:
      requestBody: { content: { application/json: { schema: { $ref: "#/components/schemas/PaginatedRunList" } } } }
      responses: { "201": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Reverse" } } } } }
components:
  securitySchemes:
    oauth: { type: oauth2, flows: { authorizationCode: { authorizationUrl: /oauth/authorize, tokenUrl: /oauth/token, scopes: {} } } }
  schemas:
    Format: { type: object, properties: { name: { type: string, maxLength: 0 } } }
    Response: { type: object, properties: { ok: { type: boolean } } }
    ErrorResponse: { type: object, properties: { code: { type: string } } }
    PaginatedRunList: { type: object, properties: { runs: { type: array, items: { type: string } } } }
    Parameters: { type: object, required: [limit], properties: { limit: { type: integer, format: int32 }, byIp: { type: boolean, default: false } } }
    Reverse: { allOf: [{ $ref: "#/components/schemas/Parameters" }, { type: object, properties: { byIp: { type: boolean, default: true } } }] }
`;

test("names the DSL or the targets reserve, routes OpenAPI holds identical, invalid media types and bodies where none can be: the project builds, with SL7xxx warnings", async () => {
  const file = path.join(tmp("hazards"), "hazards.yaml");
  fs.writeFileSync(file, BUILD_HAZARDS);
  const r = await roundTripOpenApi(file, { workDir: path.join(path.dirname(file), "p"), ...(program ? { oldProgram: program } : {}) });
  expect(r.buildDiagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`)).toEqual([]);
  expect(r.outcome).not.toBe("build-failed");
  const schemas = fs.readFileSync(path.join(path.dirname(file), "p/spec/schemas.ts"), "utf8");
  for (const name of ["FormatSchema", "ResponseSchema", "ErrorResponseSchema", "SchemaPaginatedRunList"])
    expect(schemas).toContain(`export interface ${name} {`);
  expect(schemas).toMatch(/export type Reverse = Parameters & \{/);
  // maxLength 0 is kept (TEXT with a length CHECK in SQL), not dropped.
  expect(schemas).toMatch(/name\?: string & MaxLength<0>;/);
  expect(r.importDiagnostics.map((d) => d.message).filter((m) => m.includes("maxLength"))).toEqual([]);
  expect(r.importDiagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(
        /^SL7012 query parameter 'token' at #\/paths\/~1tokens~1\{token\}\/get\/parameters\/0 is imported approximately: the path has '\{token\}'/,
      ),
      expect.stringMatching(/^SL7011 GET \/tokens\/\{other\} at #\/paths\/~1tokens~1\{other\}\/get cannot be .*identical to \/tokens\/\{token\}/),
      expect.stringMatching(/^SL7013 'JSON' at #\/paths\/~1items\/get\/responses\/200\/content\/JSON cannot be .*not a media type/),
      expect.stringMatching(/^SL7013 the body of response 304 at #\/paths\/~1items\/get\/responses\/304\/content cannot be/),
      expect.stringMatching(/^SL7012 path parameter 'orphanId' at #\/paths\/~1orphans~1\{orphanId\}\/get is imported approximately: it is not declared/),
      expect.stringMatching(
        /^SL7015 a header described by 'content' at #\/paths\/~1orphans~1\{orphanId\}\/get\/responses\/200\/headers\/X-Trace is imported approximately/,
      ),
    ]),
  );
});

const SHARED = `openapi: 3.1.0
info: { title: Shared, version: "1" }
paths:
  /a: { get: { responses: { "200": { description: ok }, "404": { $ref: "#/components/responses/NotFound" }, "409": { $ref: "#/components/responses/Once" } } } }
  /b: { get: { responses: { "200": { description: ok }, "404": { $ref: "#/components/responses/NotFound" } } } }
components:
  schemas:
    NotFound: { type: object, properties: { message: { type: string } } }
  responses:
    NotFound: { description: Not found, content: { application/problem+json: { schema: { $ref: "#/components/schemas/NotFound" } } } }
    Once: { description: Conflict, content: { application/json: { schema: { type: string } } } }
`;

test("a response several operations reference is declared once in spec/responses.ts and named by them; one used once stays inline", async () => {
  const dir = tmp("shared");
  fs.writeFileSync(path.join(dir, "shared.yaml"), SHARED);
  const r = await roundTripOpenApi(path.join(dir, "shared.yaml"), { workDir: path.join(dir, "p"), ...(program ? { oldProgram: program } : {}) });
  expect(r.differences).toEqual([]);
  const responses = fs.readFileSync(path.join(dir, "p/spec/responses.ts"), "utf8");
  expect(responses).toContain('import type { NotFound } from "./schemas";');
  expect(responses).toContain(
    'export type NotFoundResponse = Response<NotFound, {\ndescription: "Not found";\ncontentType: "application/problem+json";\n}>;',
  );
  const api = fs
    .readdirSync(path.join(dir, "p/spec/api"))
    .map((f) => fs.readFileSync(path.join(dir, "p/spec/api", f), "utf8"))
    .join("\n");
  expect(api.match(/404: NotFoundResponse;/g)).toHaveLength(2);
  expect(api).toContain('409: Response<string, {\ndescription: "Conflict";\n}>;');
});

const RANGES = `openapi: 3.1.0
info: { title: Ranges, version: "1" }
paths:
  /a:
    get:
      responses:
        "200": { description: ok, content: { application/json: { schema: { type: string } } } }
        "2XX": { description: Another success }
        "4xx": { description: Client error, content: { application/json: { schema: { $ref: "#/components/schemas/Problem" } } } }
        "5XX": { $ref: "#/components/responses/Failed" }
        default: { $ref: "#/components/responses/Failed" }
  /b: { delete: { responses: { "204": { description: done }, default: { $ref: "#/components/responses/Failed" } } } }
webhooks:
  ping: { post: { responses: { "2XX": { description: Received }, default: { description: Retried later } } } }
components:
  schemas:
    Problem: { type: object, properties: { message: { type: string } } }
  responses:
    Failed: { description: Failed, content: { application/problem+json: { schema: { $ref: "#/components/schemas/Problem" } } } }
`;

test("default and status ranges import as written (a lowercase 2xx as 2XX), shared or inline, on operations and webhooks, and round-trip", async () => {
  const dir = tmp("ranges");
  fs.writeFileSync(path.join(dir, "ranges.yaml"), RANGES);
  const r = await roundTripOpenApi(path.join(dir, "ranges.yaml"), { workDir: path.join(dir, "p"), ...(program ? { oldProgram: program } : {}) });
  expect([r.outcome, r.differences, r.importDiagnostics.map((d) => d.message)]).toEqual(["equal", [], []]);
  const spec = ["spec/api", "spec"]
    .flatMap((d) =>
      fs
        .readdirSync(path.join(dir, "p", d))
        .filter((f) => f.endsWith(".ts"))
        .map((f) => path.join(dir, "p", d, f)),
    )
    .map((f) => fs.readFileSync(f, "utf8"))
    .join("\n");
  expect(spec).toContain('"2XX": Response<void, {\ndescription: "Another success";\n}>;');
  expect(spec).toContain('"4XX": Response<Problem, {\ndescription: "Client error";\n}>;');
  expect(spec.match(/(default|"5XX"): Failed;/g)).toEqual(['"5XX": Failed;', "default: Failed;", "default: Failed;"]);
  expect(spec).toContain('default: Response<void, {\ndescription: "Retried later";\n}>;');
});

test("two paths the checker keys alike ({name}:cancel and {job}:cancel) keep the first and report the second, so the project builds", async () => {
  const dir = tmp("alike");
  const doc = `openapi: 3.1.0
info: { title: Alike, version: "1" }
paths:
  /v1/{name}:cancel: { post: { parameters: [{ in: path, name: name, required: true, schema: { type: string } }], responses: { "204": { description: ok } } } }
  /v1/{job}:cancel: { post: { parameters: [{ in: path, name: job, required: true, schema: { type: string } }], responses: { "204": { description: ok } } } }
`;
  fs.writeFileSync(path.join(dir, "alike.yaml"), doc);
  const r = await importOpenApi(path.join(dir, "alike.yaml"), "alike.yaml", "alike", { format: false });
  expect(r.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
    "SL7011 POST /v1/{job}:cancel at #/paths/~1v1~1{job}:cancel/post cannot be expressed in the specloom DSL and is not imported: OpenAPI holds it identical to /v1/{name}:cancel: templated paths that differ only in parameter names are the same path",
  ]);
});

test("a oneOf TypeScript cannot keep (a member that absorbs another's values, a member without a form) is a plain union, reported; one of enums builds", async () => {
  const dir = tmp("oneof");
  const doc = `openapi: 3.1.0
info: { title: OneOf, version: "1" }
paths:
  /links: { get: { responses: { "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Link" } } } } } } }
components:
  schemas:
    Link:
      type: object
      properties:
        rel: { $ref: "#/components/schemas/RelCode" }
        rule: { $ref: "#/components/schemas/Rule" }
        game: { $ref: "#/components/schemas/GameIdOrSlug" }
    KnownRel: { type: string, enum: [self, next] }
    RelCode: { oneOf: [{ $ref: "#/components/schemas/KnownRel" }, { type: string }] }
    Opaque: { allOf: [{ type: string }, { type: integer }] }
    Rule: { oneOf: [{ $ref: "#/components/schemas/Opaque" }, { type: object, properties: { deny: { type: boolean } } }] }
    GameId: { type: integer, enum: [1, 3] }
    GameSlug: { type: string, enum: [dota-2, ow] }
    GameIdOrSlug: { oneOf: [{ $ref: "#/components/schemas/GameId" }, { $ref: "#/components/schemas/GameSlug" }] }
`;
  fs.writeFileSync(path.join(dir, "oneof.yaml"), doc);
  const r = await roundTripOpenApi(path.join(dir, "oneof.yaml"), { workDir: path.join(dir, "p"), ...(program ? { oldProgram: program } : {}) });
  expect(r.buildDiagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`)).toEqual([]);
  const schemas = fs.readFileSync(path.join(dir, "p/spec/schemas.ts"), "utf8");
  expect(schemas).toContain("export type RelCode = KnownRel | string;");
  expect(schemas).toContain("export type Rule = Opaque | ({");
  expect(schemas).toContain("export type GameIdOrSlug = (GameId | GameSlug) & OneOf;");
  expect(r.importDiagnostics.filter((d) => d.code === "SL7021").map((d) => d.message)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^'oneOf' at #\/components\/schemas\/RelCode\/oneOf is imported approximately: an inline or undistinguishable TS union/),
      expect.stringMatching(/^'oneOf' at #\/components\/schemas\/Rule\/oneOf is imported approximately: a member has no form \(unknown\)/),
    ]),
  );
});

test("a whole schema's readOnly beside its allOf (Azure's resources) is reported, and the schema keeps its interface form", async () => {
  const dir = tmp("schema-readonly");
  const source = `openapi: 3.0.3
info: { title: Resources, version: "1" }
paths:
  /compliances:
    get:
      responses:
        "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Compliance" } } } }
components:
  schemas:
    Resource: { type: object, properties: { id: { type: string, readOnly: true } } }
    Compliance:
      type: object
      readOnly: true
      allOf: [{ $ref: "#/components/schemas/Resource" }]
      properties: { score: { type: number } }
`;
  fs.writeFileSync(path.join(dir, "resources.yaml"), source);
  const r = await roundTripOpenApi(path.join(dir, "resources.yaml"), { workDir: path.join(dir, "p") });
  expect(r.importDiagnostics.filter((d) => d.code === "SL7019").map((d) => d.message)).toEqual([
    "'readOnly' of a whole schema at #/components/schemas/Compliance/readOnly cannot be expressed in the specloom DSL and is not imported: ReadOnly and WriteOnly mark properties; mark the properties that use the schema",
  ]);
  expect(r.differences).toEqual([]);
});
