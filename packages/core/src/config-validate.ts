/**
 * Checks a parsed JSON tree against the config schema (config-schema.ts) and
 * builds the value, with every problem positioned in the file. It interprets
 * the JSON Schema subset that file uses, so the published schema and this
 * check cannot drift apart (tests/config-schema.test.ts runs ajv on both).
 */
import { createDiagnostic, type Diagnostic } from "./diagnostics";
import type { SourceLocation } from "./ir";
import type { JsonNode } from "./json-source";
import { didYouMean } from "./did-you-mean";

/** The JSON Schema keywords the config schema uses. */
export interface ConfigSchemaNode {
  readonly type?: "object" | "string" | "boolean" | "array";
  readonly properties?: Readonly<Record<string, ConfigSchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | ConfigSchemaNode;
  /** Keys matching a pattern (`^x-` for OpenAPI extensions) take that schema. */
  readonly patternProperties?: Readonly<Record<string, ConfigSchemaNode>>;
  readonly minLength?: number;
  readonly enum?: readonly string[];
  readonly items?: ConfigSchemaNode;
  readonly default?: unknown;
}

export interface CheckContext {
  readonly diagnostics: Diagnostic[];
  readonly locOf: (node: JsonNode) => SourceLocation;
  /** Location of every value that was read, by path (`openapi.servers[0].url`). */
  readonly locs: Record<string, SourceLocation>;
}

const KEYWORDS = new Set(["type", "properties", "required", "additionalProperties", "patternProperties", "minLength", "enum", "items", "default"]);
const ANNOTATIONS = new Set(["title", "description", "examples"]);
const TYPES = new Set(["object", "string", "boolean", "array"]);

/**
 * Throws when `schema` uses a keyword or type this checker does not interpret,
 * so a schema change cannot silently let values through unchecked.
 */
export function assertSupportedSchema(schema: ConfigSchemaNode, at = "#"): void {
  for (const key of Object.keys(schema)) {
    if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key)) throw new Error(`config schema: unsupported keyword '${key}' at ${at}`);
  }
  if (schema.type !== undefined && !TYPES.has(schema.type)) throw new Error(`config schema: unsupported type '${schema.type}' at ${at}`);
  if (schema.type === undefined && !schema.enum && (schema.properties || schema.items)) throw new Error(`config schema: missing type at ${at}`);
  for (const [key, child] of Object.entries(schema.properties ?? {})) assertSupportedSchema(child, `${at}/properties/${key}`);
  if (typeof schema.additionalProperties === "object") assertSupportedSchema(schema.additionalProperties, `${at}/additionalProperties`);
  for (const [pattern, child] of Object.entries(schema.patternProperties ?? {})) assertSupportedSchema(child, `${at}/patternProperties/${pattern}`);
  if (schema.items) assertSupportedSchema(schema.items, `${at}/items`);
}

/** A key the file must give: required by the schema and without a default. */
export function requiredInFile(schema: ConfigSchemaNode, key: string): boolean {
  const property = schema.properties?.[key];
  return !!schema.required?.includes(key) && !!property && !("default" in property);
}

/** Defines an own property, so that `__proto__` or `constructor` is a plain key, never the prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const label = (path: string) => path || "specloom.config.json";

function invalid(ctx: CheckContext, path: string, node: JsonNode, detail: string): undefined {
  ctx.diagnostics.push(createDiagnostic("config-invalid-value", { key: label(path), detail }, ctx.locOf(node)));
  return undefined;
}

/** The JSON value of a subtree the schema leaves free (plugin options). */
function plainValue(node: JsonNode): unknown {
  if (node.type === "array") return (node.children ?? []).map(plainValue);
  if (node.type !== "object") return node.value;
  const out: Record<string, unknown> = {};
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && value) setOwn(out, key.value as string, plainValue(value));
  }
  return out;
}

/** The checked value of `node`, or undefined (with a diagnostic) when it does not match. */
export function checkValue(schema: ConfigSchemaNode, node: JsonNode, path: string, ctx: CheckContext): unknown {
  ctx.locs[path] = ctx.locOf(node);
  if (schema.enum) {
    if (node.type === "string" && schema.enum.includes(node.value as string)) return node.value;
    const hint = node.type === "string" ? didYouMean(node.value as string, schema.enum) : "";
    return invalid(ctx, path, node, `expected one of ${schema.enum.map((a) => `'${a}'`).join(", ")}${hint ? `.${hint}` : ""}`);
  }
  switch (schema.type) {
    case "string": {
      const min = schema.minLength ?? 0;
      if (node.type === "string" && (node.value as string).length >= min) return node.value;
      return invalid(ctx, path, node, min > 0 ? "expected a non-empty string" : "expected a string");
    }
    case "boolean":
      return node.type === "boolean" ? node.value : invalid(ctx, path, node, "expected true or false");
    case "array": {
      if (node.type !== "array") return invalid(ctx, path, node, "expected an array");
      const itemSchema = schema.items ?? {};
      const items = (node.children ?? []).map((item, i) => checkValue(itemSchema, item, `${path}[${i}]`, ctx));
      return items.every((x) => x !== undefined) ? items : undefined;
    }
    case "object":
      return checkObject(schema, node, path, ctx);
    default:
      return plainValue(node);
  }
}

function checkObject(schema: ConfigSchemaNode, node: JsonNode, path: string, ctx: CheckContext): unknown {
  if (node.type !== "object") return invalid(ctx, path, node, "expected an object");
  const result: Record<string, unknown> = {};
  const seen = new Map<string, JsonNode>();
  const known = Object.keys(schema.properties ?? {});
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = keyNode.value as string;
    const full = path ? `${path}.${key}` : key;
    const first = seen.get(key);
    if (first) {
      const at = ctx.locOf(first);
      invalid(ctx, full, keyNode, `the key is given twice (first at line ${at.line}, column ${at.column}); JSON would keep only the last`);
      continue;
    }
    seen.set(key, keyNode);
    // Own keys only: `constructor` or `__proto__` must not find Object.prototype's members.
    const patterned = Object.entries(schema.patternProperties ?? {}).find(([pattern]) => new RegExp(pattern, "u").test(key))?.[1];
    const propertySchema =
      schema.properties && Object.hasOwn(schema.properties, key)
        ? schema.properties[key]
        : patterned
          ? patterned
          : typeof schema.additionalProperties === "object"
            ? schema.additionalProperties
            : schema.additionalProperties === false
              ? undefined
              : {};
    if (!propertySchema) {
      const hint = didYouMean(key, known) || ` Known keys: ${known.join(", ")}.`;
      ctx.diagnostics.push(createDiagnostic("config-unknown-key", { key: full, hint }, ctx.locOf(keyNode)));
      continue;
    }
    const checked = checkValue(propertySchema, valueNode, full, ctx);
    if (checked !== undefined) setOwn(result, key, checked);
  }
  for (const key of known) {
    if (!seen.has(key) && requiredInFile(schema, key)) {
      invalid(ctx, path ? `${path}.${key}` : key, node, "this key is required");
    }
  }
  // A partly valid object still contributes its valid keys; the diagnostics stop the build.
  return result;
}

/** Fills what the file left out with the schema's defaults, recursively through objects. */
export function applyDefaults(schema: ConfigSchemaNode, value: unknown): unknown {
  const filled = value === undefined && "default" in schema ? structuredClone(schema.default) : value;
  if (!schema.properties || filled === null || typeof filled !== "object" || Array.isArray(filled)) return filled;
  const out: Record<string, unknown> = { ...(filled as Record<string, unknown>) };
  for (const [key, child] of Object.entries(schema.properties)) {
    const v = applyDefaults(child, (filled as Record<string, unknown>)[key]);
    if (v !== undefined) setOwn(out, key, v);
  }
  return out;
}
