/**
 * The hand-built IR through the real consumers: swagger-parser, @readme/openapi-parser,
 * Redocly's recommended rules, and openapi-typescript + tsc --strict. Golden files too.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildOpenApi, serializeJson, serializeYaml } from "../src";
import { expectGolden, generateSdkTypes, runConsumers, tempProject, tscStrict } from "./helpers";
import { buildSampleIr, sampleConfig } from "./ir-builder";

/** Redocly warnings we keep, with why; every other warning is a bug. */
export const JUSTIFIED_WARNINGS: Readonly<Record<string, string>> = {
  // specloom's `openapi.info` config has no license field, and guessing one would be wrong.
  "info-license #/info": "no license in the config",
};

const VERSIONS = ["3.1.0", "3.0.3"] as const;
const dir = tempProject("openapi-sample");
const files = Object.fromEntries(
  VERSIONS.map((v) => {
    const doc = buildOpenApi(buildSampleIr(), sampleConfig(v));
    const file = path.join(dir, `openapi-${v}.json`);
    fs.writeFileSync(file, serializeJson(doc));
    fs.writeFileSync(file.replace(/json$/, "yaml"), serializeYaml(doc));
    return [v, file];
  }),
) as Record<(typeof VERSIONS)[number], string>;

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("valid for swagger-parser and @readme/openapi-parser; Redocly: no errors, only justified warnings", () => {
  const results = runConsumers(VERSIONS.map((v) => files[v]));
  for (const r of results) {
    expect([r.file, r.swaggerParser, r.readme]).toEqual([r.file, "ok", "ok"]);
    expect(r.redocly.filter((p) => p.severity === "error")).toEqual([]);
    expect(r.redocly.map((p) => `${p.rule} ${p.pointer}`).sort()).toEqual(Object.keys(JUSTIFIED_WARNINGS).sort());
  }
});

test("openapi-typescript SDK types compile under tsc --strict: GET /api/users/{id} has email, never password_hash", () => {
  generateSdkTypes(VERSIONS.map((v) => [files[v].replace(/json$/, "yaml"), path.join(dir, `schema-${v}.d.ts`)] as const));
  const assertions = VERSIONS.map((v) => {
    const file = `assert-${v}.ts`;
    fs.writeFileSync(
      path.join(dir, file),
      [
        `import type { components, paths } from "./schema-${v}";`,
        'type GetUser = paths["/api/users/{id}"]["get"]["responses"][200]["content"]["application/json"];',
        "export function check(user: GetUser): string {",
        "  // @ts-expect-error password_hash is sensitive: it is in no response type",
        "  void user.password_hash;",
        "  return user.email;",
        "}",
        'type Register = NonNullable<paths["/api/auth/register"]["post"]["requestBody"]>["content"]["application/json"];',
        'export const body: Register = { email: "ada@example.com", password: "Secr3tPassword", name: "Ada Lovelace" };',
        'export const page: components["schemas"]["PaginatedPost"]["pagination"]["total_pages"] = 1;',
        'export const channel: components["schemas"]["Notification"]["channel"] = "push";',
        "",
      ].join("\n"),
    );
    return file;
  });
  expect(tscStrict(dir, assertions)).toBe("");
});

test.each(VERSIONS)("golden openapi %s", (v) => {
  const golden = path.join(__dirname, "golden", `sample-${v}.yaml`);
  expectGolden(golden, fs.readFileSync(files[v].replace(/json$/, "yaml"), "utf8"));
});
