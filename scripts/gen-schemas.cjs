#!/usr/bin/env node
/**
 * Writes the published JSON Schemas of @specloom/core (`npm run gen:schemas`):
 *   packages/core/schema/specloom.schema.json     from configSchema (core/src/config-schema.ts)
 *   packages/core/schema/specloom.ir.schema.json  from the SpecIR type (core/src/ir.ts)
 * Both are committed; tests/schemas.test.ts fails when either is stale.
 * Output is deterministic: same sources, same bytes.
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA_DIR = path.join(ROOT, "packages/core/schema");
const CONFIG_SCHEMA_FILE = path.join(SCHEMA_DIR, "specloom.schema.json");
const IR_SCHEMA_FILE = path.join(SCHEMA_DIR, "specloom.ir.schema.json");

const IR_DESCRIPTION = [
  "The specloom IR as written to specloom.ir.json: one JSON document per build, for tools that build on specloom.",
  "`formatVersion` is bumped with every breaking change of this schema, i.e. whenever a reader of the old schema could",
  "misread or reject a new file: a node, property or enum value removed or renamed; a property's type or meaning changed;",
  "an optional property made required; a new enum value or node kind in a closed union. Adding an optional property",
  "keeps the version. See DEVELOPING.md, 'The IR contract and its format version'.",
].join(" ");

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** JSON.stringify drops TypeBox's symbols; keys with a default may be left out of the file, so they are not required. */
function publishConfigNode(node) {
  if (Array.isArray(node)) return node.map(publishConfigNode);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "required") continue;
    out[key] = key === "default" || key === "examples" || key === "enum" ? value : publishConfigNode(value);
  }
  if (node.properties) {
    const required = (node.required ?? []).filter((k) => !("default" in node.properties[k]));
    if (required.length > 0) out.required = required;
  }
  return out;
}

/** The config file's JSON Schema (draft 2020-12), from core's TypeBox `configSchema`. */
function configSchemaJson(configSchema) {
  const { title, description, ...rest } = publishConfigNode(configSchema);
  return json({ $schema: "https://json-schema.org/draft/2020-12/schema", title, description, ...rest });
}

/** The IR's JSON Schema (draft-07), generated from the SpecIR type by ts-json-schema-generator. */
function irSchemaJson() {
  const { createGenerator } = require("ts-json-schema-generator");
  const generated = createGenerator({
    path: path.join(ROOT, "packages/core/src/ir.ts"),
    tsconfig: path.join(ROOT, "packages/core/tsconfig.json"),
    type: "SpecIR",
    expose: "export",
    topRef: true,
    jsDoc: "extended",
    sortProps: true,
    additionalProperties: false,
    skipTypeCheck: true,
  }).createSchema("SpecIR");
  const definitions = { ...generated.definitions };
  // specloom.ir.json names this schema in `$schema`; the IR type itself does not carry it.
  const spec = definitions.SpecIR;
  definitions.SpecIR = { ...spec, properties: { $schema: { type: "string", description: "This schema's location." }, ...spec.properties } };
  return json({
    $schema: generated.$schema,
    title: "specloom.ir.json",
    description: IR_DESCRIPTION,
    $ref: generated.$ref,
    definitions,
  });
}

module.exports = { CONFIG_SCHEMA_FILE, IR_SCHEMA_FILE, configSchemaJson, irSchemaJson };

if (require.main === module) {
  const { configSchema } = require(path.join(ROOT, "packages/core/dist/config-schema.js"));
  fs.mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [file, text] of [
    [CONFIG_SCHEMA_FILE, configSchemaJson(configSchema)],
    [IR_SCHEMA_FILE, irSchemaJson()],
  ]) {
    const changed = !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text;
    if (changed) fs.writeFileSync(file, text);
    process.stdout.write(`${changed ? "wrote" : "unchanged"} ${path.relative(ROOT, file)}\n`);
  }
}
