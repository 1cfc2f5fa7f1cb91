/**
 * §5 of backend-spec.md for the pet-store fixture: the declared schemes, their
 * OAuth scopes (apart from roles), the default, and the authorization matrix
 * with a Security column next to the role columns.
 */
import { renderBackendSpec } from "@specloom/emitter-markdown";
import { buildSecurityIr, securityConfig } from "@specloom/test-support";
import { markedLexer, type MarkedToken } from "./spec-src";

const lexer = markedLexer();
let tokens: MarkedToken[] = [];
beforeAll(async () => {
  tokens = lexer(await renderBackendSpec({ ir: buildSecurityIr(), config: securityConfig(), language: "en" }));
});

/** The table after the `### title` heading. */
function tableAfter(title: string): string[][] {
  const start = tokens.findIndex((t) => t.type === "heading" && t.text === title);
  const table = tokens.slice(start).find((t) => t.type === "table")!;
  return [table.header!.map((c) => c.text), ...table.rows!.map((r) => r.map((c) => c.text))];
}

test("the schemes table names every scheme with its details", () => {
  expect(tableAfter("Security Schemes")).toEqual([
    ["Scheme", "Type", "Details", "Description"],
    ["`token`", "apiKey", "API key in the header `Authorization`, sent as `Token <key>`", "Session token from POST /users/login."],
    ["`queryKey`", "apiKey", "API key in the query parameter `api_key`", ""],
    ["`basic`", "http", "HTTP Basic (user name and password)", ""],
    ["`jwt`", "http", "Bearer token (JWT) in the Authorization header", ""],
    [
      "`petstoreAuth`",
      "oauth2",
      "authorizationCode (authorizationUrl `https://auth.petstore.dev/authorize`, tokenUrl `https://auth.petstore.dev/token`); clientCredentials (tokenUrl `https://auth.petstore.dev/token`)",
      "",
    ],
    ["`oidc`", "openIdConnect", "OpenID Connect, discovery at `https://auth.petstore.dev/.well-known/openid-configuration`", ""],
  ]);
  expect(tableAfter("OAuth Scopes")).toEqual([
    ["Scheme", "Scope", "Grants"],
    ["`petstoreAuth`", "`read:pets`", "Read pets"],
    ["`petstoreAuth`", "`write:pets`", "Add, change and remove pets"],
  ]);
});

test("the matrix shows schemes and scopes next to roles; optional auth admits anonymous callers", () => {
  const [header, ...rows] = tableAfter("Authorization Matrix");
  expect(header).toEqual(["Endpoint", "Security", "Anonymous", "User", "Admin"]);
  const row = (label: string) => rows.find((r) => r[0] === label)!.slice(1);
  expect(row("GET /pets")).toEqual(["`token` or `petstoreAuth` (`read:pets`) or anonymous", "✓", "✓", "✓"]);
  expect(row("POST /pets")).toEqual(["`petstoreAuth` (`write:pets`)", "✗", "✗", "✓"]);
  // Scope only: any signed-in user whose token carries the scope; no role is required.
  expect(row("DELETE /pets/:id")).toEqual(["`petstoreAuth` (`write:pets`)", "✗", "✓", "✓"]);
  expect(row("PUT /pets/:id")).toEqual(["`queryKey` + `basic` or `oidc` (`openid`, `pets`)", "✗", "✓", "✓"]);
  expect(row("GET /store/inventory")).toEqual(["`token`", "✗", "✓", "✓"]);
});

test("the endpoint blocks state the schemes", () => {
  const paragraphs = tokens.filter((t) => t.type === "paragraph").map((t) => t.text!);
  expect(paragraphs).toContain(
    "**Authentication**: Optional (`token` or `petstoreAuth` (`read:pets`)); the response may differ when credentials are sent",
  );
  expect(paragraphs).toContain("**Authentication**: Required (`jwt`)");
  expect(paragraphs).toContain("**Default security**: `token`");
});
