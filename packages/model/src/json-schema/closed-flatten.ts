/**
 * A closed `allOf` (`Closed & A & B`, `interface C extends Closed, A`) in OpenAPI 3.0, which has no
 * `unevaluatedProperties` and whose `additionalProperties: false` cannot see into `allOf` members:
 * the members are merged into one object listing every property, closed with
 * `additionalProperties: false`, so the 3.0 document rejects what the 3.1 one rejects.
 */
import { refTarget, type JsonSchema } from "./json-schema";

/** A component by name, in the 3.1 dialect. */
export type ResolveComponent = (name: string) => JsonSchema | undefined;

interface Members {
  readonly properties: Record<string, JsonSchema>;
  readonly required: string[];
}

/** Keywords a mergeable member may carry besides its properties (annotations only). */
const ANNOTATIONS = new Set([
  "type",
  "properties",
  "required",
  "allOf",
  "description",
  "title",
  "deprecated",
  "examples",
  "example",
  "readOnly",
  "writeOnly",
]);

function merge(into: Members, from: Members): void {
  for (const [name, schema] of Object.entries(from.properties)) {
    const prev = into.properties[name];
    // Declared twice (a base and the own properties): a value must satisfy both, as it would under allOf.
    into.properties[name] = prev === undefined || JSON.stringify(prev) === JSON.stringify(schema) ? schema : { allOf: [prev, schema] };
  }
  for (const r of from.required) if (!into.required.includes(r)) into.required.push(r);
}

/** The properties of an object schema and of every `allOf` member it is made of; undefined when one is not a plain object. */
function collect(schema: JsonSchema, resolve: ResolveComponent, seen: ReadonlySet<string>): Members | undefined {
  const target = refTarget(schema);
  if (target !== undefined) {
    const component = resolve(target);
    return component && !seen.has(target) ? collect(component, resolve, new Set([...seen, target])) : undefined;
  }
  if (Object.keys(schema).some((k) => !ANNOTATIONS.has(k))) return undefined;
  if (schema.type !== undefined && schema.type !== "object") return undefined;
  const out: Members = { properties: {}, required: [] };
  for (const member of Array.isArray(schema.allOf) ? (schema.allOf as JsonSchema[]) : []) {
    const inner = collect(member, resolve, seen);
    if (!inner) return undefined;
    merge(out, inner);
  }
  const own = (schema.properties ?? {}) as Record<string, JsonSchema>;
  merge(out, { properties: own, required: Array.isArray(schema.required) ? (schema.required as string[]) : [] });
  return out;
}

/** The 3.0 form of a closed allOf, or the schema unchanged when it is none (or a member is not a plain object). */
export function flattenClosedAllOf(schema: JsonSchema, resolve: ResolveComponent): JsonSchema {
  if (schema.unevaluatedProperties !== false || !Array.isArray(schema.allOf)) return schema;
  const members = collect({ allOf: schema.allOf }, resolve, new Set());
  if (!members) return schema;
  const { allOf: _members, unevaluatedProperties: _closed, ...siblings } = schema;
  const required = members.required.length > 0 ? { required: members.required } : {};
  return { ...siblings, type: "object", properties: members.properties, ...required, additionalProperties: false };
}
