/**
 * The published JSON Schemas (packages/core/schema/) are generated, current,
 * and agree with what specloom reads and writes: ajv on the config schema
 * gives the same verdicts as loadConfig's validator, and every IR that
 * spec-src and the examples emit is valid against the IR schema.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020";
import { irEmitter } from "@specloom/cli";
import { configSchema, hasErrors, IR_FORMAT_VERSION, IR_SCHEMA_FILE, loadConfig, validateConfig } from "@specloom/core";
import { compileProject } from "@specloom/frontend";

// CommonJS on purpose: `npm run gen:schemas` runs it with plain node.
const generator = require("../scripts/gen-schemas.cjs") as {
  CONFIG_SCHEMA_FILE: string;
  IR_SCHEMA_FILE: string;
  configSchemaJson(schema: unknown): string;
  irSchemaJson(): string;
};

const REPO_ROOT = path.resolve(__dirname, "..");
const read = (file: string) => fs.readFileSync(file, "utf8");

describe("the committed schemas are what `npm run gen:schemas` writes", () => {
  test("specloom.schema.json", () => {
    expect(read(generator.CONFIG_SCHEMA_FILE)).toBe(generator.configSchemaJson(configSchema));
  });
  test("specloom.ir.schema.json", () => {
    expect(path.basename(generator.IR_SCHEMA_FILE)).toBe(IR_SCHEMA_FILE);
    expect(read(generator.IR_SCHEMA_FILE)).toBe(generator.irSchemaJson());
  });
});

describe("the config schema and loadConfig agree", () => {
  const schema = JSON.parse(read(generator.CONFIG_SCHEMA_FILE));
  // ajv is what editors' JSON language servers are closest to.
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  const cases: [string, unknown][] = [
    ["empty", {}],
    [
      "full",
      {
        $schema: "./x.json",
        entry: "a.ts",
        projectName: "P",
        documentationDir: "d",
        documentationLanguage: "de",
        openapi: { version: "3.0.3", servers: [{ url: "https://x", description: "prod" }], info: { title: "T", version: "2", description: "D" } },
        sql: { dialect: "postgresql", naming: "preserve", autoIndexForeignKeys: false, enums: "check" },
        mermaid: { split: "tag", keysOnly: true },
        emit: ["sql", "ir", "graphql"],
        svg: true,
        rules: { "some-rule": "off" },
        plugins: ["./p.mjs", "pkg"],
        pluginOptions: { pkg: { any: ["thing"] } },
      },
    ],
    ["unknown top-level key", { entryy: "a.ts" }],
    ["unknown nested key", { sql: { dialekt: "postgresql" } }],
    ["unknown server key", { openapi: { servers: [{ url: "u", name: "n" }] } }],
    ["server without url", { openapi: { servers: [{ description: "d" }] } }],
    ["empty string", { entry: "" }],
    ["bad enum", { openapi: { version: "2.0" } }],
    ["bad boolean", { svg: "yes" }],
    ["empty artifact name", { emit: [""] }],
    ["bad rule severity", { rules: { x: "info" } }],
    ["not an object", { sql: [] }],
    ["plugin not a string", { plugins: [3] }],
    ["plugin options not an object", { pluginOptions: { p: true } }],
    ["root not an object", ["a"]],
  ];
  test.each(cases)("%s", (_name, config) => {
    const fromCore = validateConfig(config).diagnostics.length === 0;
    expect(validate(config)).toBe(fromCore);
  });
});

describe("every emitted IR is valid against specloom.ir.schema.json", () => {
  const schema = JSON.parse(read(generator.IR_SCHEMA_FILE));
  // Union types (`"type": ["string", "number"]`) are valid draft-07; strict mode only asks to opt in.
  const validate = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema);
  const examples = path.join(REPO_ROOT, "examples");
  const projects = [
    REPO_ROOT,
    ...fs
      .readdirSync(examples)
      .sort()
      .map((d) => path.join(examples, d)),
  ].filter((dir) => fs.existsSync(path.join(dir, "specloom.config.json")));

  test.each(projects.map((dir) => [path.relative(REPO_ROOT, dir) || "spec-src", dir]))("%s", async (_name, dir) => {
    const { config, diagnostics } = loadConfig(dir);
    expect(diagnostics).toEqual([]);
    const { ir, diagnostics: compiled } = compileProject({ projectDir: dir, config });
    expect(hasErrors(compiled)).toBe(false);
    if (!ir) throw new Error("no IR");
    const result = await irEmitter.emit({ ir, config, language: "en" });
    const [file] = result.files;
    const emitted = JSON.parse(file!.content);
    validate(emitted);
    expect(validate.errors ?? []).toEqual([]);
    // `$schema` resolves from where the file is written, in a project that installed specloom (this repo links it).
    if (dir === REPO_ROOT) {
      const written = path.join(dir, config.documentationDir, "technical", file!.path);
      expect(fs.existsSync(path.resolve(path.dirname(written), emitted.$schema))).toBe(true);
    }
  });

  test("the IR schema rejects what is not an IR of this format version", () => {
    const empty = {
      kind: "spec",
      project: { kind: "project", name: "p", language: "en", documents: [], requirements: [] },
      models: [],
      enums: [],
      schemas: [],
      apis: [],
      services: [],
      config: {},
    };
    expect(validate({ ...empty, formatVersion: IR_FORMAT_VERSION })).toBe(true);
    expect(validate({ ...empty, formatVersion: IR_FORMAT_VERSION + 1 })).toBe(false);
    expect(validate({ ...empty, formatVersion: IR_FORMAT_VERSION, models: [{ kind: "model" }] })).toBe(false);
    expect(validate({ kind: "spec", formatVersion: IR_FORMAT_VERSION })).toBe(false);
  });
});
