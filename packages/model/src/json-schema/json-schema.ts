/** Plain JSON Schema objects and small helpers to build them (OpenAPI 3.1 dialect). */

export type OpenApiVersion = "3.1.0" | "3.0.3";

/** A JSON Schema / OpenAPI Schema Object as plain JSON. */
export interface JsonSchema {
  [keyword: string]: unknown;
}

export const COMPONENT_PREFIX = "#/components/schemas/";

/** JSON Schema keywords that constrain a value (validators enforce them, docs list them as input rules). */
export const VALIDATION_KEYWORDS = [
  "format",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
] as const;

export function ref(name: string): JsonSchema {
  return { $ref: COMPONENT_PREFIX + name };
}

/** The component name a `$ref` points to, if it is a local component ref. */
export function refTarget(schema: JsonSchema): string | undefined {
  const r = schema.$ref;
  return typeof r === "string" && r.startsWith(COMPONENT_PREFIX) ? r.slice(COMPONENT_PREFIX.length) : undefined;
}

/**
 * Every `$ref` string in a JSON value, in document order (the one `$ref`
 * collector). With `mapping`, discriminator mapping targets count too.
 */
export function schemaRefs(value: unknown, options: { readonly mapping?: boolean } = {}, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) schemaRefs(v, options, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else if (k === "mapping" && options.mapping && v && typeof v === "object") {
        for (const m of Object.values(v)) if (typeof m === "string") out.push(m);
      } else schemaRefs(v, options, out);
    }
  }
  return out;
}

/** Adds only the defined entries, in the given order (stable key order). */
export function withDefined(schema: JsonSchema, extra: Record<string, unknown>): JsonSchema {
  const out: JsonSchema = { ...schema };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * Adds annotations (description, readOnly…) to a schema. A `$ref` may not have
 * siblings (Redocly spec-ref-siblings, and OpenAPI 3.0 ignores them), so it is
 * wrapped in a one-member `allOf` first.
 */
export function annotate(schema: JsonSchema, annotations: Record<string, unknown>): JsonSchema {
  const defined = Object.entries(annotations).filter(([, v]) => v !== undefined);
  if (defined.length === 0) return schema;
  const base = "$ref" in schema ? { allOf: [schema] } : schema;
  return withDefined(base, Object.fromEntries(defined));
}

const NULL_SCHEMA: JsonSchema = { type: "null" };

/** `T | null` in the 3.1 dialect; `downgrade` turns it into `nullable: true` for 3.0. */
export function nullable(schema: JsonSchema): JsonSchema {
  const t = schema.type;
  if (typeof t === "string" && !("const" in schema) && !("$ref" in schema)) {
    if (t === "null") return schema;
    const out: JsonSchema = { ...schema, type: [t, "null"] };
    if (Array.isArray(schema.enum)) out.enum = [...(schema.enum as unknown[]), null];
    return out;
  }
  if (Array.isArray(t)) return t.includes("null") ? schema : { ...schema, type: [...(t as unknown[]), "null"] };
  if (Object.keys(schema).length === 0) return schema; // unknown already allows null
  if (Array.isArray(schema.anyOf) && !schema.discriminator) {
    const members = schema.anyOf as JsonSchema[];
    if (members.some((m) => m.type === "null")) return schema;
    return { ...schema, anyOf: [...members, NULL_SCHEMA] };
  }
  return { anyOf: [schema, NULL_SCHEMA] };
}

/** Deep-copies plain JSON so shared sub-schemas never alias (YAML anchors, mutation). */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
