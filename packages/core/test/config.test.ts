/** specloom.config.json: positioned errors, defaults, and the schema-derived types. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { assertSupportedSchema, type ConfigSchemaNode } from "../src/config-validate";
import { ARTIFACTS, configSchema, DEFAULT_CONFIG, loadConfig, type SpecloomConfig, type SpecloomConfigInput, validateConfigText } from "@specloom/core";

const problems = (text: string) =>
  validateConfigText(text).diagnostics.map((d) => `${d.code} ${d.loc ? `${d.loc.line}:${d.loc.column}` : "-"} ${d.message}`);

test("defaults come from the schema", () => {
  expect(DEFAULT_CONFIG).toEqual({
    entry: "spec-src/index.ts",
    documentationDir: "docs",
    documentationLanguage: "en",
    openapi: { version: "3.1.0", servers: [], info: { version: "1.0.0" } },
    sql: { dialect: "postgresql", naming: "snake_case", autoIndexForeignKeys: true, enums: "native" },
    mermaid: { split: "none", keysOnly: false },
    emit: [...ARTIFACTS],
    svg: false,
    rules: {},
    plugins: [],
    pluginOptions: {},
  });
});

test("a partial section is merged over the section's defaults, nested objects too", () => {
  const { config, diagnostics } = validateConfigText('{ "$schema": "./s.json", "openapi": { "info": { "title": "T" } }, "sql": { "enums": "check" } }');
  expect(diagnostics).toEqual([]);
  expect(config.openapi).toEqual({ version: "3.1.0", servers: [], info: { title: "T", version: "1.0.0" } });
  expect(config.sql.enums).toBe("check");
  expect(config.sql.naming).toBe("snake_case");
  expect("$schema" in config).toBe(false);
});

test("a UTF-8 BOM is accepted", () => {
  const { config, diagnostics } = validateConfigText('\uFEFF{ "entry": "a.ts" }');
  expect(diagnostics).toEqual([]);
  expect(config.entry).toBe("a.ts");
});

test.each([
  ["trailing comma, at the comma", '{\n  "entry": "a.ts",\n}\n', "SL1002 2:18 specloom.config.json is not valid JSON: trailing comma"],
  [
    "missing comma, where the next key starts",
    '{\n  "entry": "a.ts"\n  "svg": true\n}',
    "SL1002 3:3 specloom.config.json is not valid JSON: expected ','",
  ],
  ["a comment", '{\n  // why\n  "svg": true\n}', "SL1002 2:3 specloom.config.json is not valid JSON: comments are not allowed in JSON"],
  ["an empty file", "", "SL1002 1:1 specloom.config.json is not valid JSON: the file is empty"],
  ["a truncated file", '{ "entry": "a.ts",', "SL1002 1:19 specloom.config.json is not valid JSON: expected a property name in double quotes"],
  ["text after the value", "{}\n}", "SL1002 2:1 specloom.config.json is not valid JSON: expected the end of the file"],
  ["a BOM does not shift columns", '\uFEFF{ "svg": tru }', "SL1002 1:10 specloom.config.json is not valid JSON: unexpected character"],
])("invalid JSON is reported where it is: %s", (_name, text, expected) => {
  expect(problems(text)).toEqual([expected]);
});

test("unknown keys are positioned at the key, with did-you-mean or the known keys", () => {
  expect(problems('{\n  "entri": "a.ts",\n  "sql": { "dialetc": "postgresql" }\n}')).toEqual([
    "SL1003 2:3 Unknown config key 'entri'. Did you mean 'entry'?",
    "SL1003 3:12 Unknown config key 'sql.dialetc'. Did you mean 'dialect'?",
  ]);
  expect(problems('{ "mermaid": { "zoom": 2 } }')).toEqual(["SL1003 1:16 Unknown config key 'mermaid.zoom'. Known keys: split, keysOnly."]);
});

test("keys named like Object.prototype members are unknown keys, never the prototype's", () => {
  for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]) {
    expect(problems(`{ "${key}": {} }`)).toEqual([expect.stringMatching(new RegExp(`^SL1003 1:3 Unknown config key '${key}'`))]);
    expect(problems(`{ "sql": { "${key}": 1 } }`)).toEqual([expect.stringMatching(/^SL1003 1:12 /)]);
  }
});

test("free-keyed objects keep inherited names as plain own keys", () => {
  const { config, diagnostics } = validateConfigText('{ "rules": { "__proto__": "off" }, "pluginOptions": { "p": { "__proto__": { "x": 1 } } } }');
  expect(diagnostics).toEqual([]);
  expect(Object.getPrototypeOf(config.rules)).toBe(Object.prototype);
  expect(Object.hasOwn(config.rules, "__proto__")).toBe(true);
  expect(Object.getPrototypeOf(config.pluginOptions.p)).toBe(Object.prototype);
  expect(Object.getOwnPropertyDescriptor(config.pluginOptions.p, "__proto__")?.value).toEqual({ x: 1 });
});

test("invalid values are positioned at the value", () => {
  expect(
    problems(
      '{\n  "entry": 42,\n  "svg": "yes",\n  "openapi": { "version": "3.1", "servers": [{ "description": "d" }] },\n  "rules": { "r": "fatal" },\n  "emit": "sql"\n}',
    ),
  ).toEqual([
    "SL1004 2:12 Invalid value for 'entry': expected a non-empty string",
    "SL1004 3:10 Invalid value for 'svg': expected true or false",
    "SL1004 4:27 Invalid value for 'openapi.version': expected one of '3.1.0', '3.0.3'. Did you mean '3.1.0'?",
    "SL1004 4:46 Invalid value for 'openapi.servers[0].url': this key is required",
    "SL1004 5:19 Invalid value for 'rules.r': expected one of 'error', 'warning', 'off'",
    "SL1004 6:11 Invalid value for 'emit': expected an array",
  ]);
});

test("a key given twice is an error at the second one", () => {
  expect(problems('{ "svg": true, "svg": false }')).toEqual([
    "SL1004 1:16 Invalid value for 'svg': the key is given twice (first at line 1, column 3); JSON would keep only the last",
  ]);
});

test("plugins and pluginOptions: strings, and objects by plugin name", () => {
  const { config, diagnostics } = validateConfigText('{ "plugins": ["./p.mjs", "pkg"], "pluginOptions": { "pkg": { "level": 2 } } }');
  expect(diagnostics).toEqual([]);
  expect(config.plugins).toEqual(["./p.mjs", "pkg"]);
  expect(config.pluginOptions).toEqual({ pkg: { level: 2 } });
  expect(problems('{ "plugins": [1], "pluginOptions": { "pkg": [] } }')).toEqual([
    "SL1004 1:15 Invalid value for 'plugins[0]': expected a non-empty string",
    "SL1004 1:45 Invalid value for 'pluginOptions.pkg': expected an object",
  ]);
});

test("emit may name any artifact (plugins add names; the CLI checks them once plugins are loaded)", () => {
  const { config, diagnostics, locs } = validateConfigText('{\n  "emit": ["sql", "graphql"]\n}');
  expect(diagnostics).toEqual([]);
  expect(config.emit).toEqual(["sql", "graphql"]);
  expect(locs["emit[1]"]).toEqual({ file: "specloom.config.json", line: 2, column: 19 });
});

test("loadConfig reads a file with a BOM", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-config-"));
  fs.writeFileSync(path.join(dir, "specloom.config.json"), '\uFEFF{\n  "emit": ["graphql"]\n}');
  const loaded = loadConfig(dir);
  expect(loaded.diagnostics).toEqual([]);
  expect(loaded.config.emit).toEqual(["graphql"]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the checker refuses a schema it cannot interpret instead of letting values through", () => {
  expect(() => assertSupportedSchema(configSchema as unknown as ConfigSchemaNode)).not.toThrow();
  expect(() => assertSupportedSchema({ type: "object", properties: { port: { type: "number" } as never } })).toThrow(
    "unsupported type 'number' at #/properties/port",
  );
  expect(() => assertSupportedSchema({ type: "object", properties: { a: { anyOf: [] } as never } })).toThrow("unsupported keyword 'anyOf'");
});

// Compile-time: the types come from the schema (tsc checks this file in `npm run typecheck`).
const input: SpecloomConfigInput = { sql: { enums: "check" }, plugins: ["x"], pluginOptions: { x: { a: 1 } } };
const resolved: SpecloomConfig = DEFAULT_CONFIG;
// @ts-expect-error: a resolved config always has its sections.
const missingSection: SpecloomConfig = { ...DEFAULT_CONFIG, sql: undefined };
// @ts-expect-error: enum values are checked.
const badEnum: SpecloomConfigInput = { sql: { enums: "checks" } };
// @ts-expect-error: a plugin's options are an object.
const badPluginOptions: SpecloomConfigInput = { pluginOptions: { x: "fast" } };
test("the compile-time checks above are in a file the type check covers", () => {
  expect([input, resolved, missingSection, badEnum, badPluginOptions]).toHaveLength(5);
});

test("openapi document metadata: license, contact, terms, external docs, tags and x- extensions", () => {
  const { config, diagnostics } = validateConfigText(
    JSON.stringify({
      openapi: {
        "x-tagGroups": [{ name: "Core", tags: ["Users"] }],
        externalDocs: { url: "https://docs.sample.dev" },
        tags: [{ name: "Users", description: "People", externalDocs: { url: "https://docs.sample.dev/users" } }],
        info: {
          termsOfService: "https://sample.dev/terms",
          contact: { name: "API team", email: "api@sample.dev" },
          license: { name: "MIT", identifier: "MIT" },
          "x-logo": { url: "https://sample.dev/logo.png" },
        },
      },
    }),
  );
  expect(diagnostics).toEqual([]);
  expect(config.openapi.info.license).toEqual({ name: "MIT", identifier: "MIT" });
  expect(config.openapi.info["x-logo"]).toEqual({ url: "https://sample.dev/logo.png" });
  expect(config.openapi["x-tagGroups"]).toEqual([{ name: "Core", tags: ["Users"] }]);
  expect(config.openapi.tags?.[0]?.externalDocs).toEqual({ url: "https://docs.sample.dev/users" });
});

test("unknown metadata keys keep their positioned did-you-mean; a license needs a name", () => {
  expect(problems('{\n  "openapi": { "info": { "licence": { "name": "MIT" }, "license": {} }, "externalDoc": {} }\n}')).toEqual([
    "SL1003 2:26 Unknown config key 'openapi.info.licence'. Did you mean 'license'?",
    "SL1004 2:67 Invalid value for 'openapi.info.license.name': this key is required",
    "SL1003 2:73 Unknown config key 'openapi.externalDoc'. Did you mean 'externalDocs'?",
  ]);
});
