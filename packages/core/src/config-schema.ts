/**
 * specloom.config.json, defined once. The TS types, the validator
 * (config-validate.ts), the defaults and the published JSON Schema
 * (schema/specloom.schema.json, written by `npm run gen:schemas`) all come
 * from `configSchema` below.
 *
 * The validator understands a small JSON Schema subset (object with
 * properties/required/additionalProperties, string with minLength/enum,
 * boolean, array with items); build the schema from the helpers here only.
 */
import { type Static, type TSchema, Type } from "@sinclair/typebox";
import type { Severity } from "./diagnostics";

/** The built-in artifacts; plugins add their own names. */
export const ARTIFACTS = ["markdown", "openapi", "sql", "mermaid", "typebox", "ir"] as const;
export type BuiltinArtifactName = (typeof ARTIFACTS)[number];
/** A built-in artifact (typed) or one a plugin provides (checked once plugins are loaded). */
export type ArtifactName = BuiltinArtifactName | (string & {});

export type RuleSetting = Severity | "off";

/** A string from a fixed list, as a plain JSON Schema `enum` (what editors complete best). */
const oneOf = <const T extends readonly string[]>(values: T, description: string) =>
  Type.Unsafe<T[number]>({ type: "string", enum: [...values], description });

const text = (description: string) => Type.String({ minLength: 1, description });

/** A property that may be left out of the file: the resolved config holds `value` then. */
const withDefault = <T extends TSchema>(schema: T, value: Static<T>): T => ({ ...schema, default: value });

/** An object section that may be left out: absent means `{}`, then each key takes its own default. */
const section = <T extends TSchema>(schema: T): T => ({ ...schema, default: {} });

/** `x-…` keys: OpenAPI specification extensions, copied as written. */
const EXTENSION_PATTERN = "^x-";
export type Extensions = { readonly [key: `x-${string}`]: unknown };

/** An object that also takes OpenAPI `x-` extension keys; any other unknown key stays an error. */
const extensible = <T extends TSchema>(schema: T) =>
  Type.Unsafe<Static<T> & Extensions>({ ...schema, patternProperties: { [EXTENSION_PATTERN]: { description: "An OpenAPI specification extension." } } });

const externalDocs = (description: string) =>
  Type.Object(
    { url: text("URL of the external documentation."), description: Type.Optional(text("What the external documentation is.")) },
    { additionalProperties: false, description },
  );

/** An object whose keys are free (rule ids, plugin names), all with values of `value`'s type. */
const recordOf = <T extends TSchema>(value: T, description: string) =>
  Type.Unsafe<Record<string, Static<T>>>({ type: "object", additionalProperties: value, description });

export const configSchema = Type.Object(
  {
    $schema: Type.Optional(text("JSON Schema for editor completion and validation; ignored by specloom.")),
    entry: withDefault(text("Entry file of the spec, relative to the project root."), "spec-src/index.ts"),
    projectName: Type.Optional(text("Project name shown in the generated documents.")),
    documentationDir: withDefault(
      text("Documentation directory, relative to the project root. Artifacts are written to <documentationDir>/technical/ unless --out is given."),
      "docs",
    ),
    documentationLanguage: withDefault(text("Language of backend-spec.md (--lang overrides it)."), "en"),
    openapi: section(
      extensible(
        Type.Object(
          {
            version: withDefault(oneOf(["3.1.0", "3.0.3"], "OpenAPI version to emit."), "3.1.0"),
            servers: withDefault(
              Type.Array(
                Type.Object(
                  { url: text("Server URL."), description: Type.Optional(text("What the server is (production, staging…).")) },
                  { additionalProperties: false },
                ),
                { description: "The document's `servers`." },
              ),
              [],
            ),
            info: section(
              extensible(
                Type.Object(
                  {
                    title: Type.Optional(text("API title; the project name by default.")),
                    version: withDefault(text("API version."), "1.0.0"),
                    description: Type.Optional(text("API description.")),
                    termsOfService: Type.Optional(text("URL of the terms of service.")),
                    contact: Type.Optional(
                      Type.Object(
                        {
                          name: Type.Optional(text("Contact person or organization.")),
                          url: Type.Optional(text("URL of the contact information.")),
                          email: Type.Optional(text("Contact email address.")),
                        },
                        { additionalProperties: false, description: "Who to contact about the API." },
                      ),
                    ),
                    license: Type.Optional(
                      Type.Object(
                        {
                          name: text("License name, e.g. `MIT` or `Proprietary`."),
                          identifier: Type.Optional(text("SPDX license identifier, e.g. `MIT` (OpenAPI 3.1; a URL to the SPDX page in 3.0).")),
                          url: Type.Optional(text("URL of the license text.")),
                        },
                        { additionalProperties: false, required: ["name"], description: "The API's license." },
                      ),
                    ),
                  },
                  { additionalProperties: false, description: "The document's `info` object; `x-` keys are copied as extensions." },
                ),
              ),
            ),
            externalDocs: Type.Optional(externalDocs("The document's `externalDocs`.")),
            tags: Type.Optional(
              Type.Array(
                Type.Object(
                  {
                    name: text("Tag name: an Api group's tag or an endpoint's extra tag."),
                    description: Type.Optional(text("Tag description (an Api group's JSDoc describes its own tag otherwise).")),
                    externalDocs: Type.Optional(externalDocs("The tag's `externalDocs`.")),
                  },
                  { additionalProperties: false },
                ),
                { description: "Descriptions and external docs of tags, by name." },
              ),
            ),
          },
          { additionalProperties: false, description: "OpenAPI output (openapi.json, openapi.yaml); `x-` keys are copied to the document as extensions." },
        ),
      ),
    ),
    sql: section(
      Type.Object(
        {
          dialect: withDefault(oneOf(["postgresql"], "SQL dialect; PostgreSQL only for now."), "postgresql"),
          naming: withDefault(oneOf(["snake_case", "preserve"], "How table and column names are derived from model and field names."), "snake_case"),
          autoIndexForeignKeys: withDefault(
            Type.Boolean({ description: "Index every foreign-key column not already covered by an index that leads with it." }),
            true,
          ),
          enums: withDefault(oneOf(["native", "check"], "`native`: CREATE TYPE … AS ENUM; `check`: TEXT with a CHECK constraint."), "native"),
        },
        { additionalProperties: false, description: "PostgreSQL DDL output (schema.sql)." },
      ),
    ),
    mermaid: section(
      Type.Object(
        {
          split: withDefault(oneOf(["none", "tag"], "`tag`: one extra diagram per API tag, next to the full one."), "none"),
          keysOnly: withDefault(Type.Boolean({ description: "Show only key columns in the diagram." }), false),
        },
        { additionalProperties: false, description: "ER diagram output (er.mmd, er.svg)." },
      ),
    ),
    emit: withDefault(
      Type.Array(
        // Any name: plugins add artifacts, so the names are checked once plugins are loaded.
        Type.Unsafe<ArtifactName>({ type: "string", minLength: 1, examples: [...ARTIFACTS] }),
        { description: `Artifacts to write: built-in ${ARTIFACTS.map((a) => `'${a}'`).join(", ")}, or one a plugin provides.` },
      ),
      [...ARTIFACTS],
    ),
    svg: withDefault(Type.Boolean({ description: "Render er.svg through mermaid-cli and Chromium (same as --svg)." }), false),
    rules: withDefault(recordOf(oneOf(["error", "warning", "off"], "Rule severity."), "Checker rule severities by rule id."), {}),
    plugins: withDefault(
      Type.Array(text("A module path relative to the project root (`./my-plugin.mjs`) or a package name."), {
        description: "Plugins to load: emitters and lint rules from outside specloom.",
      }),
      [],
    ),
    pluginOptions: withDefault(
      recordOf(
        Type.Unsafe<Record<string, unknown>>({ type: "object", description: "Options of one plugin; the plugin validates them." }),
        "Options for each plugin, by plugin name.",
      ),
      {},
    ),
  },
  {
    additionalProperties: false,
    title: "specloom.config.json",
    description:
      "Configuration of a specloom project, read from specloom.config.json at the project root. Every key is optional; unknown keys are errors (exit 2).",
  },
);

// Primitives first: `string & {}` (an artifact a plugin names) is a string, not an object to map.
type DeepReadonly<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** The config after defaults are applied: what the compiler and emitters read. */
export type SpecloomConfig = DeepReadonly<Static<typeof configSchema>>;

type Input<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { readonly [K in keyof T]?: Input<T[K]> }
      : T;

/** What specloom.config.json may contain: the resolved config with every defaulted key left out. */
export type SpecloomConfigInput = Input<SpecloomConfig>;
