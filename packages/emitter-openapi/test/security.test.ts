/**
 * Security schemes and per-operation security from the auth config and the
 * endpoints (the pet-store fixture), in OpenAPI 3.1 and 3.0, plus document
 * metadata. The same documents go through swagger-parser and Redocly in
 * consumers.test.ts.
 */
import type { OperationObject } from "openapi3-ts/oas31";
import { buildSecurityIr, securityConfig } from "@specloom/test-support";
import { buildOpenApi } from "../src";

const ir = buildSecurityIr();
const doc31 = buildOpenApi(ir, securityConfig("3.1.0"));
const doc30 = buildOpenApi(ir, securityConfig("3.0.3"));
const op = (path: string, method: string) => (doc31.paths![path] as Record<string, OperationObject>)[method]!;
const statuses = (o: OperationObject) => Object.keys(o.responses ?? {});

test("every declared scheme becomes a securityScheme; an apiKey prefix is stated in its description", () => {
  const schemes = doc31.components!.securitySchemes!;
  expect(Object.keys(schemes)).toEqual(["token", "queryKey", "basic", "jwt", "petstoreAuth", "oidc"]);
  expect(schemes.token).toEqual({
    type: "apiKey",
    in: "header",
    name: "Authorization",
    description: "Session token from POST /users/login. Send it as `Authorization: Token <key>`.",
  });
  expect(schemes.queryKey).toMatchObject({ type: "apiKey", in: "query", name: "api_key" });
  expect(schemes.basic).toMatchObject({ type: "http", scheme: "basic" });
  expect(schemes.jwt).toMatchObject({ type: "http", scheme: "bearer", bearerFormat: "JWT" });
  expect(schemes.petstoreAuth).toMatchObject({
    type: "oauth2",
    flows: { clientCredentials: { tokenUrl: "https://auth.petstore.dev/token", scopes: { "read:pets": "Read pets" } } },
  });
  expect(schemes.oidc).toMatchObject({ type: "openIdConnect", openIdConnectUrl: "https://auth.petstore.dev/.well-known/openid-configuration" });
  expect(doc30.components!.securitySchemes).toEqual(schemes);
  expect(doc31.security).toEqual([{ token: [] }]);
});

test("security per operation: default, group, alternatives, AND, scopes, optional", () => {
  expect(op("/pets", "get").security).toEqual([{ token: [] }, { petstoreAuth: ["read:pets"] }, {}]);
  expect(op("/pets", "post").security).toEqual([{ petstoreAuth: ["write:pets"] }]);
  expect(op("/pets/{id}", "put").security).toEqual([{ queryKey: [], basic: [] }, { oidc: ["openid", "pets"] }]);
  expect(op("/store/inventory", "get").security).toEqual([{ token: [] }]);
  expect(op("/store/orders/{id}", "get").security).toEqual([{ jwt: [] }]);
});

test("401 only where credentials are required, 403 only for roles: scopes invent none", () => {
  expect(statuses(op("/pets", "get"))).toEqual(["200", "400"]);
  expect(statuses(op("/pets", "post"))).toEqual(["201", "401", "403"]);
  expect(statuses(op("/pets/{id}", "delete"))).toEqual(["204", "401", "404"]);
  expect(op("/pets", "get")["x-specloom-auth"]).toEqual({ public: true, optional: true });
  expect(op("/pets", "get").description).toContain("**Authentication:** optional (`token` or `petstoreAuth` (`read:pets`))");
  expect(op("/pets/{id}", "put").description).toContain("**Authentication:** required (`queryKey` + `basic` or `oidc` (`openid`, `pets`)).");
});

test("document metadata: license (SPDX id in 3.1, its URL in 3.0), contact, terms, external docs, tags, x- extensions", () => {
  expect(doc31.info).toEqual({
    title: "Petstore",
    version: "1.0.0",
    termsOfService: "https://petstore.dev/terms",
    contact: { name: "API team", email: "api@petstore.dev", url: "https://petstore.dev/support" },
    license: { name: "Apache 2.0", identifier: "Apache-2.0" },
    "x-logo": { url: "https://petstore.dev/logo.png" },
  });
  expect(doc30.info.license).toEqual({ name: "Apache 2.0", url: "https://spdx.org/licenses/Apache-2.0.html" });
  expect(doc31.externalDocs).toEqual({ url: "https://docs.petstore.dev" });
  expect(doc31["x-tagGroups"]).toEqual([{ name: "Shop", tags: ["Pets", "Store", "Beta"] }]);
  expect(doc31.tags).toEqual([
    { name: "Pets", description: "Endpoints of the Pets API.", externalDocs: { url: "https://docs.petstore.dev/pets" } },
    { name: "Store", description: "Endpoints of the Store API." },
    { name: "Beta", description: "Endpoints whose shape may still change." },
  ]);
  const list = op("/pets", "get");
  expect(list.tags).toEqual(["Pets", "Beta"]);
  expect(list.externalDocs).toEqual({ url: "https://docs.petstore.dev/listing", description: "Listing guide" });
  expect(list["x-codeSamples"]).toEqual([{ lang: "shell", source: "curl https://api.petstore.dev/pets" }]);
});

test("pagination styles: limit/offset with its envelope; a cursor in the Link header leaves the list as declared", () => {
  const params = (o: OperationObject) => (o.parameters as { name: string; schema: { default?: number } }[]).map((p) => [p.name, p.schema.default]);
  const orders = op("/store/orders", "get");
  expect(params(orders)).toEqual([
    ["limit", 25],
    ["offset", 0],
  ]);
  expect(orders.responses!["200"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/OffsetPagePet" });
  expect(doc31.components!.schemas!.OffsetPagePet).toMatchObject({
    properties: { pagination: { required: ["limit", "offset", "total"] } },
  });
  const events = op("/store/events", "get");
  expect(params(events)).toEqual([
    ["cursor", undefined],
    ["limit", 50],
  ]);
  expect(events.responses!["200"].content["application/json"].schema).toEqual({ type: "array", items: { $ref: "#/components/schemas/Pet" } });
  expect(Object.keys(events.responses!["200"].headers ?? {})).toEqual(["Link"]);
});
