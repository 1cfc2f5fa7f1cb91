/**
 * One Schema Object in a canonical spelling, one level deep: what 3.0 and 3.1
 * write differently (nullable, boolean exclusive bounds, a one-value enum as
 * const), what says nothing (single-member allOf, defaults like `minItems: 0`)
 * and annotations (descriptions, examples) are normalized away so that two
 * schemas compare equal exactly when they accept the same instances.
 */
import { isObject, type Json, type JsonObject } from "./document";

/** Keywords that describe rather than constrain; never compared. */
const ANNOTATIONS = new Set([
  "description",
  "title",
  "example",
  "examples",
  "$comment",
  "externalDocs",
  "xml",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "discriminator",
  "$schema",
  "$id",
  "$anchor",
  "contentEncoding",
  "contentMediaType",
]);

/** Keywords whose value is the default, i.e. says nothing. */
const NEUTRAL: Record<string, Json> = { nullable: false, minItems: 0, minLength: 0, minProperties: 0, uniqueItems: false, additionalProperties: true };

const isNullSchema = (s: Json): boolean => isObject(s) && s.type === "null" && Object.keys(s).filter((k) => !ANNOTATIONS.has(k)).length === 1;

function stripped(schema: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(schema)) {
    if (ANNOTATIONS.has(k) || k.startsWith("x-")) continue;
    if (k in NEUTRAL && JSON.stringify(NEUTRAL[k]) === JSON.stringify(v)) continue;
    if (k === "required" && Array.isArray(v) && v.length === 0) continue;
    if (k === "properties" && isObject(v) && Object.keys(v).length === 0) continue;
    // A schema that only describes accepts anything: as `additionalProperties` or `items` it says nothing
    // (Google writes `additionalProperties: { description: "Properties of the object." }`).
    if ((k === "additionalProperties" || k === "items") && isObject(v) && Object.keys(stripped(v)).length === 0) continue;
    out[k] = v;
  }
  return out;
}

function withNull(types: Json): Json[] {
  const list = Array.isArray(types) ? [...types] : [types];
  return list.includes("null") ? list : [...list, "null"];
}

/** 3.0 `exclusiveMinimum: true` + `minimum: n` → 3.1 `exclusiveMinimum: n`. */
function exclusiveBound(s: JsonObject, exclusive: "exclusiveMinimum" | "exclusiveMaximum", inclusive: "minimum" | "maximum"): void {
  const flag = s[exclusive];
  if (typeof flag !== "boolean") return;
  delete s[exclusive];
  if (flag && typeof s[inclusive] === "number") {
    s[exclusive] = s[inclusive];
    delete s[inclusive];
  }
}

/** A nullable schema whose own type is unknown here (a `$ref`, a combinator): `anyOf [it, null]`. */
const nullableWrapper = (inner: Json): JsonObject =>
  inner === true || (isObject(inner) && Object.keys(stripped(inner)).length === 0) ? {} : { anyOf: [inner, { type: "null" }] };

/**
 * The canonical form of one schema node; its subschemas stay as written and are
 * normalized when the walker reaches them. Returns a `{ $ref }` when the node is
 * only a reference (after unwrapping a single-member allOf).
 */
export function normalizeSchema(input: Json, typeOf?: (ref: string) => Json | undefined): JsonObject {
  if (input === true || input === undefined) return {};
  if (input === false) return { not: {} };
  if (!isObject(input)) return { const: input };
  let s = stripped(input);
  if (typeof s.$ref === "string") return { $ref: s.$ref }; // siblings of $ref are ignored in 3.0 and mostly annotations in 3.1

  if (s.nullable === true) {
    delete s.nullable;
    const { allOf, type: _type, ...rest } = s;
    // 3.0 spells a nullable reference `allOf: [$ref]` + `nullable` (+ the `type` a downgrade adds).
    if (Array.isArray(allOf) && allOf.length === 1 && Object.keys(rest).length === 0) return nullableWrapper(allOf[0]!);
    if (s.type === undefined) return nullableWrapper(s);
    s.type = withNull(s.type);
    if (Array.isArray(s.enum) && !s.enum.includes(null)) s.enum = [...s.enum, null];
  }
  exclusiveBound(s, "exclusiveMinimum", "minimum");
  exclusiveBound(s, "exclusiveMaximum", "maximum");

  if (Array.isArray(s.allOf)) s = { ...s, allOf: flattenedAllOf(s.allOf) };
  // A member that accepts anything (only a description, as AWS documents a `$ref`) constrains nothing.
  if (Array.isArray(s.allOf) && s.allOf.length > 1) {
    const members = s.allOf.filter((m) => !(m === true || (isObject(m) && Object.keys(stripped(m)).length === 0)));
    s = { ...s, allOf: members.length > 0 ? members : [{}] };
  }
  // allOf [X] with nothing else is X (3.0 writes a described or nullable $ref that way).
  if (Array.isArray(s.allOf) && s.allOf.length === 1 && Object.keys(s).length === 1) return normalizeSchema(s.allOf[0]!, typeOf);
  if (Array.isArray(s.allOf) && s.allOf.length === 1 && isObject(s.allOf[0]) && typeof s.allOf[0].$ref === "string") {
    // allOf [$ref] beside a `type` the 3.0 downgrade adds for `nullable`: the type says nothing more.
    const { allOf, type, ...rest } = s;
    if (Object.keys(rest).length === 0 && type !== undefined) return normalizeSchema(allOf[0]!, typeOf);
  }

  // `{ allOf: [A], properties… }` accepts what `allOf: [A, { properties… }]` accepts: the keywords
  // of one schema are a conjunction. The siblings become one more member, so both spellings compare
  // member by member. unevaluated* see into allOf and stay beside it; a null type stays (3.0's
  // `nullable` beside allOf is read as the schema's own).
  if (Array.isArray(s.allOf)) {
    const { allOf, unevaluatedProperties, unevaluatedItems, ...siblings } = s;
    const nullType = Array.isArray(siblings.type) ? siblings.type.includes("null") : siblings.type === "null";
    // A lone `type` that a member already requires says nothing more.
    const impliedType =
      Object.keys(siblings).length === 1 &&
      typeof siblings.type === "string" &&
      allOf.some((m) => isObject(m) && (typeof m.$ref === "string" ? typeOf?.(m.$ref) : m.type) === siblings.type);
    const unevaluated = withoutUndefined({ unevaluatedProperties, unevaluatedItems });
    if (impliedType) s = { allOf, ...unevaluated };
    else if (Object.keys(siblings).length > 0 && !nullType && typeof siblings.$ref !== "string") s = { allOf: [...allOf, siblings], ...unevaluated };
  }

  // anyOf/oneOf [X, null] → X accepting null.
  for (const key of ["anyOf", "oneOf"] as const) {
    const list = s[key];
    if (!Array.isArray(list) || list.length !== 2 || !list.some(isNullSchema)) continue;
    const other = list.find((m) => !isNullSchema(m))!;
    const { [key]: _drop, ...siblings } = s;
    if (Object.keys(siblings).length > 0) continue;
    if (isObject(other) && typeof other.$ref !== "string" && other.type !== undefined) {
      const inner = normalizeSchema(other);
      return { ...inner, type: withNull(inner.type ?? []), ...(Array.isArray(inner.enum) ? { enum: [...inner.enum, null] } : {}) };
    }
    return nullableWrapper(other);
  }

  // Object and array keywords without a `type` are read as the type they describe, as code generators do.
  if (s.type === undefined && !s.allOf && !s.anyOf && !s.oneOf && !s.enum && s.const === undefined) {
    if (s.properties !== undefined || s.additionalProperties !== undefined || s.required !== undefined) s.type = "object";
    else if (s.items !== undefined) s.type = "array";
  }
  // anyOf with a member that accepts anything accepts anything.
  if (Array.isArray(s.anyOf) && Object.keys(s).length === 1 && s.anyOf.some((m) => m === true || (isObject(m) && Object.keys(stripped(m)).length === 0)))
    return {};
  if (Array.isArray(s.enum)) s.enum = [...new Map(s.enum.map((v) => [canonicalJson(v), v])).values()];
  if (Array.isArray(s.type)) {
    const types = [...new Set(s.type.map(String))].sort();
    s.type = types.length === 1 ? types[0]! : types;
  }
  if (Array.isArray(s.type) && s.type.includes("null") && Array.isArray(s.enum) && !s.enum.includes(null)) s.enum = [...s.enum, null];
  // An enum of both booleans (± null) on a boolean or untyped schema accepts what the type alone accepts.
  if (Array.isArray(s.enum) && s.enum.includes(true) && s.enum.includes(false) && s.enum.every((v) => typeof v === "boolean" || v === null)) {
    const types = s.type === undefined ? ["boolean"] : Array.isArray(s.type) ? s.type : [s.type];
    if (types.every((t) => t === "boolean" || t === "null")) {
      const nullable = s.enum.includes(null) && (s.type === undefined || types.includes("null"));
      delete s.enum;
      s.type = nullable ? ["boolean", "null"] : "boolean";
    }
  }
  if (Array.isArray(s.enum) && s.enum.length === 1 && s.const === undefined) {
    s = { ...s, const: s.enum[0]! };
    delete s.enum;
  }
  return s;
}

/**
 * `allOf: [{ allOf: [A, B], properties: P }, C]` accepts what `allOf: [A, B, { properties: P }, C]` accepts: the
 * keywords of one schema are a conjunction, so an inline member that composes others (Azure nests resources that
 * way) is its members and its own keywords. A nullable member or one with unevaluated* keywords stays.
 */
function flattenedAllOf(members: readonly Json[], depth = 0): Json[] {
  return members.flatMap((m) => {
    if (depth > 10 || !isObject(m) || typeof m.$ref === "string" || !Array.isArray(m.allOf)) return [m];
    const { allOf, type, ...own } = stripped(m);
    if (!Array.isArray(allOf) || (type !== undefined && type !== "object") || "nullable" in own || "unevaluatedProperties" in own) return [m];
    if ("unevaluatedItems" in own) return [m];
    const inner = flattenedAllOf(allOf, depth + 1);
    // The member's own keywords keep its type only when it had one: an untyped member constrains any value.
    return Object.keys(own).length > 0 ? [...inner, type === undefined ? own : { type, ...own }] : inner;
  });
}

const withoutUndefined = (o: Record<string, Json | undefined>): JsonObject =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, Json] => e[1] !== undefined));

/** JSON with sorted keys: equal strings mean equal values. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}
