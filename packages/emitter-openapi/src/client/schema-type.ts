/**
 * JSON Schema (OpenAPI 3.1 and 3.0) → a TypeScript type expression, for the typed client. `$ref`s to
 * components become `components["schemas"]["Name"]`, so no schema name can collide with the client's own names.
 */
import { unescapePointerSegment, tsDocComment, tsPropertyKey, tsStringLiteral } from "@specloom/core";

export type Schema = boolean | { readonly [key: string]: unknown };

const SCHEMA_REF = "#/components/schemas/";

export function schemaRefType(ref: string): string {
  if (!ref.startsWith(SCHEMA_REF)) return "unknown";
  const name = unescapePointerSegment(decodeURIComponent(ref.slice(SCHEMA_REF.length)));
  return `components["schemas"][${tsStringLiteral(name)}]`;
}

function literal(value: unknown): string {
  if (typeof value === "string") return tsStringLiteral(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null) return "null";
  return "unknown";
}

const union = (parts: readonly string[]): string => {
  const unique = [...new Set(parts)];
  return unique.length === 0 ? "never" : unique.length === 1 ? unique[0]! : unique.map((p) => `(${p})`).join(" | ");
};

const asSchema = (value: unknown): Schema => (typeof value === "boolean" || (typeof value === "object" && value !== null) ? (value as Schema) : true);

/** The type of `schema`; `indent` is the indentation of the line the type starts on (object members go one deeper). */
export function schemaType(schema: Schema | undefined, indent = ""): string {
  if (schema === undefined || schema === true) return "unknown";
  if (schema === false) return "never";
  const s = schema;
  if (typeof s.$ref === "string") return schemaRefType(s.$ref);
  if ("const" in s) return literal(s.const);
  if (Array.isArray(s.enum)) return union(s.enum.map(literal));
  const nullable = s.nullable === true ? ["null"] : [];
  if (Array.isArray(s.allOf)) return [...s.allOf.map((p) => `(${schemaType(asSchema(p), indent)})`)].join(" & ");
  const alternatives = Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined;
  if (alternatives) return union([...alternatives.map((p) => schemaType(asSchema(p), indent)), ...nullable]);
  const types = Array.isArray(s.type) ? (s.type as unknown[]) : typeof s.type === "string" ? [s.type] : s.properties ? ["object"] : [];
  if (types.length === 0) return "unknown";
  return union([...types.map((t) => typeOf(String(t), s, indent)), ...nullable]);
}

function typeOf(type: string, s: { readonly [key: string]: unknown }, indent: string): string {
  switch (type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "array":
      return `Array<${schemaType(s.items === undefined ? true : asSchema(s.items), indent)}>`;
    case "object":
      return objectType(s, indent);
    default:
      return "unknown";
  }
}

function objectType(s: { readonly [key: string]: unknown }, indent: string): string {
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  const inner = `${indent}  `;
  const members = Object.entries(properties).map(([name, value]) => {
    const property = asSchema(value);
    const description = typeof property === "object" && typeof property.description === "string" ? property.description : undefined;
    const doc = description ? tsDocComment(description, inner) : "";
    return `${doc}${inner}${tsPropertyKey(name)}${required.has(name) ? "" : "?"}: ${schemaType(property, inner)};\n`;
  });
  const extra = s.additionalProperties;
  if (extra !== undefined && extra !== false) {
    // With named properties the index signature must admit their types too.
    const value = members.length > 0 ? "unknown" : schemaType(asSchema(extra), inner);
    members.push(`${inner}[key: string]: ${value};\n`);
  }
  if (members.length === 0) return extra === false ? "Record<string, never>" : "Record<string, unknown>";
  return `{\n${members.join("")}${indent}}`;
}
