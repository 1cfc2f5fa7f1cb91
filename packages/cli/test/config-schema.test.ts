/** The shipped JSON Schema agrees with core's loadConfig: same keys, same defaults, same verdicts. */
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { ARTIFACTS, DEFAULT_CONFIG, validateConfig } from "@specloom/core";

const schemaFile = path.resolve(__dirname, "../../core/schema/specloom.schema.json");
const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
// ajv is what editors' JSON language servers are closest to; it comes with the OpenAPI tooling.
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

type Node = { properties?: Record<string, Node>; default?: unknown };

/** Rebuilds the default config from the schema's `default`s. */
function defaultsOf(node: Node): unknown {
  if (!node.properties) return node.default;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node.properties)) {
    const value = defaultsOf(child);
    if (value !== undefined && !(typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0 && child.properties)) out[key] = value;
  }
  return out;
}

test("the schema's defaults are DEFAULT_CONFIG", () => {
  expect(defaultsOf(schema)).toEqual(DEFAULT_CONFIG);
  expect(schema.properties.emit.items.anyOf[0].enum).toEqual([...ARTIFACTS]);
});

const cases: [string, unknown][] = [
  ["empty", {}],
  ["full", {
    $schema: "./x.json", entry: "a.ts", projectName: "P", documentationDir: "d", documentationLanguage: "de",
    openapi: { version: "3.0.3", servers: [{ url: "https://x", description: "prod" }], info: { title: "T", version: "2", description: "D" } },
    sql: { dialect: "postgresql", naming: "preserve", autoIndexForeignKeys: false, enums: "check" },
    mermaid: { split: "tag", keysOnly: true }, emit: ["sql", "ir"], svg: true, rules: { "some-rule": "off" },
  }],
  ["unknown top-level key", { entryy: "a.ts" }],
  ["unknown nested key", { sql: { dialekt: "postgresql" } }],
  ["unknown server key", { openapi: { servers: [{ url: "u", name: "n" }] } }],
  ["empty string", { entry: "" }],
  ["bad enum", { openapi: { version: "2.0" } }],
  ["bad boolean", { svg: "yes" }],
  ["artifact from a plugin (checked later)", { emit: ["pdf"] }],
  ["bad artifact", { emit: [""] }],
  ["plugins", { plugins: ["./p.mjs", "some-package"], pluginOptions: { p: { x: 1 } } }],
  ["bad plugin entry", { plugins: [1] }],
  ["bad plugin options", { pluginOptions: { p: 1 } }],
  ["bad rule severity", { rules: { x: "info" } }],
  ["not an object", { sql: [] }],
];

test.each(cases)("schema and loadConfig agree: %s", (_name, config) => {
  const fromCore = validateConfig(config).diagnostics.length === 0;
  expect(validate(config)).toBe(fromCore);
});
