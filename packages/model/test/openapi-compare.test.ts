/** The semantic OpenAPI comparison: equal across spellings, every difference positioned. */
import * as fs from "node:fs";
import * as path from "node:path";
import { compareOpenApi } from "@specloom/model";

const EXAMPLES = path.dirname(require.resolve("@readme/oas-examples/package.json"));

function doc(version: "3.0.3" | "3.1.0", paths: object, extra: object = {}): object {
  return { openapi: version, info: { title: "t", version: "1" }, paths, ...extra };
}
const op = (schema: object, extra: object = {}) => ({
  get: { responses: { "200": { description: "OK", content: { "application/json": { schema } } } }, ...extra },
});

describe("compareOpenApi", () => {
  it("finds no difference between each @readme/oas-examples document and itself re-read", () => {
    for (const version of ["3.0", "3.1"]) {
      for (const file of fs.readdirSync(path.join(EXAMPLES, version, "json")).filter((f) => f.endsWith(".json"))) {
        const text = fs.readFileSync(path.join(EXAMPLES, version, "json", file), "utf8");
        expect({ file, diffs: compareOpenApi(JSON.parse(text), JSON.parse(text)) }).toEqual({ file, diffs: [] });
      }
    }
  });

  it("treats 3.0 and 3.1 spellings of nullability, exclusive bounds, const and single-member allOf as equal", () => {
    const v30 = doc(
      "3.0.3",
      {
        "/a": op({
          type: "object",
          required: ["n", "r"],
          properties: {
            n: { type: "integer", minimum: 1, exclusiveMinimum: true, nullable: true, description: "x" },
            r: { allOf: [{ $ref: "#/components/schemas/R" }], nullable: true },
            s: { allOf: [{ $ref: "#/components/schemas/R" }], description: "just a description" },
            e: { type: "string", enum: ["only"] },
          },
        }),
      },
      { components: { schemas: { R: { type: "object", properties: { id: { type: "string" } } } } } },
    );
    const v31 = doc("3.1.0", {
      "/a": op({
        properties: {
          r: { anyOf: [{ type: "object", properties: { id: { type: "string" } } }, { type: "null" }] },
          e: { type: "string", const: "only" },
          s: { type: "object", properties: { id: { type: "string", examples: ["a"] } } },
          n: { type: ["null", "integer"], exclusiveMinimum: 1 },
        },
        required: ["r", "n"],
        type: "object",
      }),
    });
    expect(compareOpenApi(v30, v31)).toEqual([]);
  });

  it("reads the keywords beside an allOf as one more member, and ignores members that only describe", () => {
    const components = {
      components: {
        schemas: {
          Named: { type: "object", properties: { id: { type: "string" } } },
          Code: { type: "string", pattern: "^[A-Z]+$" },
        },
      },
    };
    const named = { $ref: "#/components/schemas/Named" };
    const withSiblings = (x: string) => ({ type: "object", allOf: [named], required: ["x"], properties: { x: { type: x } } });
    const asMembers = (x: string) => ({ allOf: [named, { type: "object", required: ["x"], properties: { x: { type: x } } }] });
    const described = { allOf: [{ $ref: "#/components/schemas/Code" }, { description: "Only says what the code is." }] };
    const twoObjects = (outerType: object) => ({
      ...outerType,
      allOf: [
        { type: "object", properties: { a: {} } },
        { type: "object", properties: { b: {} } },
      ],
    });
    const anyValue = { type: "object", additionalProperties: { description: "Properties of the object." } };
    const source = doc(
      "3.1.0",
      { "/a": op(withSiblings("string")), "/b": op(described), "/c": op(twoObjects({ type: "object" })), "/d": op(anyValue) },
      components,
    );
    const built = doc(
      "3.1.0",
      { "/a": op(asMembers("string")), "/b": op({ $ref: "#/components/schemas/Code" }), "/c": op(twoObjects({})), "/d": op({ type: "object" }) },
      components,
    );
    expect(compareOpenApi(source, built)).toEqual([]);
    // Still a real comparison: a sibling that differs from the member is a difference, and so is a constraining member.
    const changed = doc(
      "3.1.0",
      {
        "/a": op(asMembers("integer")),
        "/b": op({ type: "string" }),
        "/c": op(twoObjects({})),
        "/d": op({ type: "object", additionalProperties: { type: "string" } }),
      },
      components,
    );
    expect(compareOpenApi(source, changed).map((d) => d.message)).toEqual([
      'GET /a: response 200 application/json.allOf[1].x: type "string" ≠ "integer"',
      "GET /b: response 200 application/json: 'pattern: \"^[A-Z]+$\"' removed",
      'GET /d: response 200 application/json: \'additionalProperties: {"type":"string"}\' added',
    ]);
  });

  it("reads an inline allOf member that composes others as its members and its own keywords (Azure's nested resources)", () => {
    const components = { components: { schemas: { Named: { type: "object", properties: { id: { type: "string" } } } } } };
    const named = { $ref: "#/components/schemas/Named" };
    const extra = { type: "object", properties: { x: { type: "string" } } };
    const nested = { allOf: [{ allOf: [named], description: "A resource.", properties: {}, type: "object" }, extra] };
    const withOwn = { allOf: [{ allOf: [named], properties: { y: { type: "integer" } } }, extra] };
    const source = doc("3.1.0", { "/a": op(nested), "/b": op(withOwn) }, components);
    const built = doc(
      "3.1.0",
      { "/a": op({ allOf: [named, extra] }), "/b": op({ allOf: [named, { type: "object", properties: { y: { type: "integer" } } }, extra] }) },
      components,
    );
    expect(compareOpenApi(source, built)).toEqual([]);
    // A nested member's own keyword still counts.
    const changed = doc("3.1.0", { "/a": op({ allOf: [named, extra] }), "/b": op({ allOf: [named, extra] }) }, components);
    expect(compareOpenApi(source, changed).length).toBeGreaterThan(0);
  });

  it("reads an enum of both booleans as the boolean type it equals, and still sees an enum that leaves a value out", () => {
    const source = doc("3.1.0", {
      "/a": op({ type: "boolean", enum: [false, true] }),
      "/b": op({ enum: [true, false, null] }),
      "/c": op({ type: "boolean", enum: [true, false, null] }),
      "/d": op({ type: "boolean", enum: [true] }),
    });
    const built = doc("3.1.0", {
      "/a": op({ type: "boolean" }),
      "/b": op({ type: ["boolean", "null"] }),
      "/c": op({ type: "boolean" }),
      "/d": op({ type: "boolean" }),
    });
    expect(compareOpenApi(source, built).map((d) => d.message)).toEqual(["GET /d: response 200 application/json: 'const: true' removed"]);
  });

  it("reports a changed schema at the JSON pointer of the component, once for every operation using it", () => {
    const withPet = (idType: string) =>
      doc(
        "3.1.0",
        { "/pets": op({ type: "array", items: { $ref: "#/components/schemas/Pet" } }), "/pets/{id}": op({ $ref: "#/components/schemas/Pet" }) },
        { components: { schemas: { Pet: { type: "object", properties: { id: { type: idType } } } } } },
      );
    expect(compareOpenApi(withPet("integer"), withPet("string"))).toEqual([
      {
        kind: "changed",
        context: "response",
        pointer: "/components/schemas/Pet/properties/id/type",
        otherPointer: "/components/schemas/Pet/properties/id/type",
        message: expect.stringContaining('.id: type "integer" ≠ "string"') as string,
      },
    ]);
  });

  it("terminates on recursive schemas and still sees a difference inside them", () => {
    const tree = (leaf: string) =>
      doc(
        "3.1.0",
        { "/tree": op({ $ref: "#/components/schemas/Node" }) },
        {
          components: {
            schemas: {
              Node: { type: "object", properties: { value: { type: leaf }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } } } },
            },
          },
        },
      );
    expect(compareOpenApi(tree("string"), tree("string"))).toEqual([]);
    expect(compareOpenApi(tree("string"), tree("number")).map((d) => d.pointer)).toEqual(["/components/schemas/Node/properties/value/type"]);
  });

  it("matches operations by method and full path, applying the server base path and ignoring parameter names", () => {
    const a = doc("3.1.0", { "/v1/pets/{id}": op({ type: "string" }) }, { servers: [{ url: "/" }] });
    const b = doc(
      "3.1.0",
      { "/pets/{petId}": op({ type: "string" }) },
      { servers: [{ url: "https://{host}/v1/", variables: { host: { default: "x.io" } } }] },
    );
    expect(compareOpenApi(a, b)).toEqual([]);
    expect(compareOpenApi(doc("3.1.0", { "/p": op({}) }, { servers: [{ url: "https://x.io" }] }), doc("3.1.0", { "/p": op({}) }))).toEqual([]);
    const c = doc("3.1.0", { "/pets/{petId}": { post: op({ type: "string" }).get } }, { servers: [{ url: "https://x.io/v1" }] });
    expect(compareOpenApi(a, c).map((d) => `${d.kind} ${d.message}`)).toEqual([
      "removed GET /v1/pets/{id}: operation removed",
      "added POST /v1/pets/{petId}: operation added",
    ]);
  });

  it("compares parameters by location and name, request bodies, statuses, media types and response headers", () => {
    const base = doc("3.0.3", {
      "/p/{id}": {
        parameters: [{ in: "path", name: "id", required: true, schema: { type: "string" } }],
        post: {
          parameters: [
            { in: "query", name: "q", schema: { type: "string" } },
            { in: "header", name: "X-Trace", schema: { type: "string" } },
          ],
          requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } },
          responses: { "201": { description: "c", headers: { Location: { schema: { type: "string" } } } }, "404": { description: "n" } },
        },
      },
    });
    const other = doc("3.0.3", {
      "/p/{id}": {
        post: {
          parameters: [
            { in: "path", name: "id", required: true, schema: { type: "string" } },
            { in: "query", name: "q", required: true, schema: { type: "string" } },
            { in: "header", name: "x-trace", schema: { type: "string" } },
          ],
          requestBody: { content: { "application/xml": { schema: { type: "object" } } } },
          responses: { "201": { description: "created", headers: { location: { schema: { type: "integer" } } } }, "400": { description: "b" } },
        },
      },
    });
    expect(compareOpenApi(base, other).map((d) => `${d.context} ${d.kind} ${d.pointer}`)).toEqual([
      "request changed /paths/~1p~1{id}/post/parameters/0/required",
      "request changed /paths/~1p~1{id}/post/requestBody/required",
      "request removed /paths/~1p~1{id}/post/requestBody/content/application~1json",
      "request added /paths/~1p~1{id}/post/requestBody/content",
      "response changed /paths/~1p~1{id}/post/responses/201/headers/Location/schema/type",
      "response removed /paths/~1p~1{id}/post/responses/404",
      "response added /paths/~1p~1{id}/post/responses",
    ]);
  });

  it("keys responses by status as written: a range in either case is one key, default and a code are different ones", () => {
    const responses = (r: object) => doc("3.1.0", { "/r": { get: { responses: r } } });
    const body = (type: string) => ({ description: "d", content: { "application/json": { schema: { type } } } });
    expect(
      compareOpenApi(responses({ "2xx": body("string"), default: body("object") }), responses({ "2XX": body("string"), default: body("object") })),
    ).toEqual([]);
    expect(
      compareOpenApi(responses({ "200": body("string"), default: body("object") }), responses({ "200": body("string"), "500": body("object") })).map(
        (d) => `${d.kind} ${d.pointer}`,
      ),
    ).toEqual(["removed /paths/~1r/get/responses/default", "added /paths/~1r/get/responses"]);
    expect(compareOpenApi(responses({ "4XX": body("string") }), responses({ "4XX": body("integer") })).map((d) => d.message)).toEqual([
      'GET /r: response 4XX application/json: type "string" ≠ "integer"',
    ]);
  });

  it("compares effective security: alternatives, scopes, anonymous access and scheme definitions", () => {
    const schemes = (tokenUrl: string) => ({
      components: {
        securitySchemes: {
          key: { type: "apiKey", in: "header", name: "X-Key", description: "one wording" },
          oauth: { type: "oauth2", flows: { clientCredentials: { tokenUrl, scopes: { read: "Read", write: "Write" } } } },
        },
      },
    });
    const a = doc(
      "3.1.0",
      { "/a": op({}), "/b": op({}, { security: [{}, { key: [] }] }) },
      { security: [{ oauth: ["read"] }], ...schemes("https://t/token") },
    );
    const same = doc(
      "3.1.0",
      { "/a": op({}, { security: [{ oauth: ["read"] }] }), "/b": op({}, { security: [{ key: [] }, {}] }) },
      schemes("https://t/token"),
    );
    expect(compareOpenApi(a, same)).toEqual([]);
    const other = doc(
      "3.1.0",
      { "/a": op({}, { security: [{ oauth: ["read", "write"] }] }), "/b": op({}, { security: [{ key: [] }] }) },
      schemes("https://t/other"),
    );
    expect(compareOpenApi(a, other).map((d) => d.message)).toEqual([
      "GET /a: security alternative oauth[read] removed",
      "GET /a: security alternative oauth[read write] added",
      "GET /b: security alternative anonymous removed",
      'security scheme \'oauth\': {"flows":{"clientCredentials":{"scopes":["read","write"],"tokenUrl":"https://t/token"}},"type":"oauth2"} ≠ {"flows":{"clientCredentials":{"scopes":["read","write"],"tokenUrl":"https://t/other"}},"type":"oauth2"}',
    ]);
  });

  it("compares webhooks like operations", () => {
    const hook = (t: string) =>
      doc(
        "3.1.0",
        {},
        {
          webhooks: {
            newPet: { post: { requestBody: { content: { "application/json": { schema: { type: t } } } }, responses: { "200": { description: "ok" } } } },
          },
        },
      );
    expect(compareOpenApi(hook("object"), hook("object"))).toEqual([]);
    expect(compareOpenApi(hook("object"), hook("array")).map((d) => d.message)).toEqual([
      'webhook newPet POST: request body application/json: type "object" ≠ "array"',
    ]);
    expect(compareOpenApi(hook("object"), doc("3.1.0", {})).map((d) => d.message)).toEqual(["webhook newPet POST: operation removed"]);
  });
});
