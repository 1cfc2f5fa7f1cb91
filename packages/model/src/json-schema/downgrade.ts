/**
 * OpenAPI 3.1 (JSON Schema 2020-12) -> OpenAPI 3.0.3 Schema Objects:
 * `type: [T, "null"]` and `anyOf [X, null]` become `nullable: true`, `const`
 * becomes a one-value `enum`, `examples` becomes `example`, numeric
 * `exclusiveMinimum`/`exclusiveMaximum` become the 3.0 boolean flags, and a
 * closed `allOf` (`unevaluatedProperties: false`, which 3.0 lacks) becomes one
 * object with `additionalProperties: false`.
 */
import { flattenClosedAllOf, type ResolveComponent } from "./closed-flatten";
import { refTarget, type JsonSchema } from "./json-schema";
import type { ParameterSchema } from "./pagination";
import type { JsonSchemaSet } from "./schemas";
import type { OutgoingSchemas } from "./requests";

/** JSON type of a component, for the `type` that 3.0's `nullable` needs next to it. */
type TypeOf = (component: string) => string | undefined;

const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf"] as const;

function isNullSchema(s: JsonSchema): boolean {
  return s.type === "null" && Object.keys(s).length === 1;
}

function schemaType(s: JsonSchema, typeOf: TypeOf): string | undefined {
  if (typeof s.type === "string") return s.type;
  const target = refTarget(s);
  if (target) return typeOf(target);
  for (const k of SUBSCHEMA_LISTS) {
    const list = s[k];
    if (Array.isArray(list) && list.length > 0) {
      const types = new Set(list.map((m) => schemaType(m as JsonSchema, typeOf)));
      if (types.size === 1) return [...types][0];
    }
  }
  return s.properties ? "object" : undefined;
}

export function downgradeSchema(input: JsonSchema, typeOf: TypeOf, resolve: ResolveComponent = () => undefined): JsonSchema {
  let s: JsonSchema = { ...flattenClosedAllOf(input, resolve) };
  // anyOf [X, {type: null}] -> X with nullable: true
  if (Array.isArray(s.anyOf) && (s.anyOf as JsonSchema[]).some(isNullSchema)) {
    const rest = (s.anyOf as JsonSchema[]).filter((m) => !isNullSchema(m));
    const { anyOf: _drop, ...siblings } = s;
    if (rest.length === 1) {
      const only = rest[0]!;
      const base: JsonSchema = "$ref" in only ? { allOf: [only] } : { ...only };
      s = { ...base, ...siblings, nullable: true };
    } else {
      s = { ...siblings, anyOf: rest, nullable: true };
    }
    if (!("type" in s)) {
      const t = schemaType(s, typeOf);
      if (t) s = { type: t, ...s };
    }
  }
  if (Array.isArray(s.type)) {
    const types = (s.type as string[]).filter((t) => t !== "null");
    const isNullable = types.length < (s.type as string[]).length;
    // 3.0 has no type lists; IR types only make `[T, "null"]`, so one type remains.
    s.type = types[0] ?? "string";
    if (isNullable) s.nullable = true;
  } else if (s.type === "null") {
    s = { ...s, type: "string", nullable: true, enum: [null] };
  }
  // Left only where a member of a closed allOf is not a plain object (nothing the front end makes today).
  if ("unevaluatedProperties" in s) {
    const { unevaluatedProperties: _open, ...rest } = s;
    s = rest;
  }
  if ("const" in s) {
    const { const: value, ...rest } = s;
    s = { ...rest, enum: [value] };
  }
  if (Array.isArray(s.examples)) {
    const { examples, ...rest } = s;
    s = (examples as unknown[]).length > 0 ? { ...rest, example: (examples as unknown[])[0] } : rest;
  }
  for (const [bound, flag] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof s[bound] === "number") {
      s[flag] = s[bound];
      s[bound] = true;
    }
  }
  // Recurse into sub-schemas.
  if (s.properties && typeof s.properties === "object") {
    s.properties = Object.fromEntries(
      Object.entries(s.properties as Record<string, JsonSchema>).map(([k, v]) => [k, downgradeSchema(v, typeOf, resolve)]),
    );
  }
  if (s.items && typeof s.items === "object") s.items = downgradeSchema(s.items as JsonSchema, typeOf, resolve);
  if (s.additionalProperties && typeof s.additionalProperties === "object") {
    s.additionalProperties = downgradeSchema(s.additionalProperties as JsonSchema, typeOf, resolve);
  }
  for (const k of SUBSCHEMA_LISTS) {
    if (Array.isArray(s[k])) s[k] = (s[k] as JsonSchema[]).map((m) => downgradeSchema(m, typeOf, resolve));
  }
  return s;
}

export function downgradeSet(set: JsonSchemaSet): JsonSchemaSet {
  const visiting = new Set<string>();
  const typeOf: TypeOf = (name) => {
    const c = set.components[name];
    if (!c || visiting.has(name)) return undefined; // cyclic refs: no type to borrow
    visiting.add(name);
    try {
      return schemaType(c, typeOf);
    } finally {
      visiting.delete(name);
    }
  };
  const d = (s: JsonSchema) => downgradeSchema(s, typeOf, (name) => set.components[name]);
  const mapValues = <T, U>(o: Readonly<Record<string, T>>, f: (v: T) => U): Record<string, U> =>
    Object.assign(Object.create(null) as Record<string, U>, Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)])));
  const param = (p: ParameterSchema): ParameterSchema => ({ ...p, schema: d(p.schema) });
  const outgoing = (o: OutgoingSchemas): OutgoingSchemas => ({
    parameters: o.parameters.map(param),
    ...(o.body ? { body: d(o.body) } : {}),
    responses: mapValues(o.responses, d),
    responseHeaders: mapValues(o.responseHeaders, (headers) => mapValues(headers, d)),
    ...(o.responseContent ? { responseContent: mapValues(o.responseContent, (byMedia) => mapValues(byMedia, d)) } : {}),
  });
  return {
    ...set,
    version: "3.0.3",
    components: mapValues(set.components, d),
    bodies: mapValues(set.bodies, d),
    responses: mapValues(set.responses, (byStatus) => mapValues(byStatus, d)),
    responseHeaders: mapValues(set.responseHeaders, (byStatus) => mapValues(byStatus, (headers) => mapValues(headers, d))),
    responseContent: mapValues(set.responseContent, (byStatus) => mapValues(byStatus, (byMedia) => mapValues(byMedia, d))),
    parameters: mapValues(set.parameters, (list) => list.map(param)),
    webhooks: mapValues(set.webhooks, outgoing),
    callbacks: mapValues(set.callbacks, (byName) => mapValues(byName, outgoing)),
  };
}
