/**
 * Schema Objects compared structurally after dereferencing: two schemas are
 * walked side by side, `$ref`s followed on either side, each node normalized
 * (normalize-schema.ts). A pair of references already being compared counts as
 * equal, so recursive schemas terminate.
 */
import { isObject, pointerJoin, type Json, type JsonObject, type Located, type OpenApiDocument } from "./document";
import type { DifferenceContext, OpenApiDifference } from "./differences";
import { canonicalJson, normalizeSchema } from "./normalize-schema";

/** Keywords whose value is a map of name → schema. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
/** Keywords whose value is one schema. */
const SCHEMA_VALUES = new Set([
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "additionalItems",
]);
/** Keywords whose value is a list of schemas in no particular order. */
const SCHEMA_SETS = new Set(["allOf", "anyOf", "oneOf"]);
/** Keywords whose array value is a set. */
const VALUE_SETS = new Set(["type", "required", "enum"]);

export interface SchemaWalk {
  readonly a: OpenApiDocument;
  readonly b: OpenApiDocument;
  readonly context: DifferenceContext;
  /** Prefix of every message: the operation and where in it. */
  readonly label: string;
  report(d: OpenApiDifference): void;
  /** Pairs of resolved pointers being or already compared. */
  readonly seen: Set<string>;
}

interface Resolved {
  readonly schema: ReturnType<typeof normalizeSchema>;
  readonly pointer: string;
  /** Identity for cycle detection: the pointer, marked when null was merged in. */
  readonly key: string;
}

/** Normalizes and follows references until a node that is more than a `$ref`. */
function resolve(doc: OpenApiDocument, node: Located): Resolved {
  let pointer = node.pointer;
  const typeOf = (ref: string): Json | undefined => {
    const target = doc.at(ref);
    return isObject(target) ? target.type : undefined;
  };
  let schema = normalizeSchema(node.value, typeOf);
  const visited = new Set<string>();
  while (typeof schema.$ref === "string" && !visited.has(schema.$ref)) {
    visited.add(schema.$ref);
    const target = doc.at(schema.$ref);
    if (target === undefined) break;
    pointer = schema.$ref.slice(1);
    schema = normalizeSchema(target, typeOf);
  }
  // `anyOf [$ref, null]` where the target has a type: the target's type plus null (how an inline schema says it).
  const members = schema.anyOf;
  if (Array.isArray(members) && members.length === 2 && Object.keys(schema).length === 1 && isObject(members[0]) && typeof members[0].$ref === "string") {
    const target = resolve(doc, { value: members[0], pointer: pointerJoin(pointer, "anyOf", 0) });
    if (target.schema.type !== undefined) {
      const types = Array.isArray(target.schema.type) ? target.schema.type : [target.schema.type];
      const merged: JsonObject = { ...target.schema, type: [...new Set([...types, "null"])].map(String).sort() };
      if (Array.isArray(merged.enum) && !merged.enum.includes(null)) merged.enum = [...merged.enum, null];
      return { schema: merged, pointer: target.pointer, key: `${target.pointer}?null` };
    }
  }
  return { schema, pointer, key: pointer };
}

const short = (v: Json | undefined): string => {
  const text = v === undefined ? "nothing" : canonicalJson(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** Whether two schemas compare equal (a trial walk that reports nothing). */
function equalSchemas(walk: SchemaWalk, a: Located, b: Located): boolean {
  let equal = true;
  compareSchemas({ ...walk, seen: new Set(walk.seen), report: () => (equal = false) }, a, b, "");
  return equal;
}

function asSet(v: Json): string[] {
  return (Array.isArray(v) ? v : [v]).map(canonicalJson).sort();
}

export function compareSchemas(walk: SchemaWalk, left: Located, right: Located, where: string): void {
  const a = resolve(walk.a, left);
  const b = resolve(walk.b, right);
  const pair = `${a.key}|${b.key}`;
  if (walk.seen.has(pair)) return;
  walk.seen.add(pair);
  const diff = (kind: OpenApiDifference["kind"], key: string, text: string) =>
    walk.report({
      kind,
      context: walk.context,
      pointer: kind === "added" ? a.pointer : pointerJoin(a.pointer, key),
      otherPointer: kind === "removed" ? b.pointer : pointerJoin(b.pointer, key),
      message: `${walk.label}${where}: ${text}`,
    });
  const keys = [...new Set([...Object.keys(a.schema), ...Object.keys(b.schema)])].sort();
  for (const key of keys) {
    const va = a.schema[key];
    const vb = b.schema[key];
    if (va === undefined) {
      diff("added", key, `'${key}: ${short(vb)}' added`);
      continue;
    }
    if (vb === undefined) {
      diff("removed", key, `'${key}: ${short(va)}' removed`);
      continue;
    }
    const sub = (x: Resolved, ...segs: (string | number)[]) => ({
      value: segs.reduce<Json>((v, s) => (v as never)[s], x.schema),
      pointer: pointerJoin(x.pointer, ...segs),
    });
    if (SCHEMA_MAPS.has(key) && isObject(va) && isObject(vb)) {
      for (const name of [...new Set([...Object.keys(va), ...Object.keys(vb)])].sort()) {
        if (!(name in va)) diff("added", `${key}/${name}`, `${key} '${name}' added`);
        else if (!(name in vb)) diff("removed", `${key}/${name}`, `${key} '${name}' removed`);
        else compareSchemas(walk, sub(a, key, name), sub(b, key, name), `${where}.${name}`);
      }
    } else if (SCHEMA_VALUES.has(key) && (isObject(va) || typeof va === "boolean") && (isObject(vb) || typeof vb === "boolean")) {
      compareSchemas(walk, sub(a, key), sub(b, key), `${where}.${key === "items" ? "[]" : key}`);
    } else if (SCHEMA_SETS.has(key) && Array.isArray(va) && Array.isArray(vb)) {
      compareMembers(walk, a, b, key, where);
    } else if (key === "prefixItems" && Array.isArray(va) && Array.isArray(vb) && va.length === vb.length) {
      va.forEach((_, i) => compareSchemas(walk, sub(a, key, i), sub(b, key, i), `${where}[${i}]`));
    } else if (VALUE_SETS.has(key) ? canonicalJson(asSet(va)) !== canonicalJson(asSet(vb)) : canonicalJson(va) !== canonicalJson(vb)) {
      diff("changed", key, `${key} ${short(va)} ≠ ${short(vb)}`);
    }
  }
}

/** allOf/anyOf/oneOf: each member of one side must equal a distinct member of the other. */
function compareMembers(walk: SchemaWalk, a: Resolved, b: Resolved, key: string, where: string): void {
  const la = a.schema[key] as Json[];
  const lb = b.schema[key] as Json[];
  const at = (x: Resolved, i: number): Located => ({ value: (x.schema[key] as Json[])[i]!, pointer: pointerJoin(x.pointer, key, i) });
  const unmatchedB = new Set(lb.map((_, i) => i));
  const unmatchedA: number[] = [];
  la.forEach((_, i) => {
    const j = [...unmatchedB].find((k) => equalSchemas(walk, at(a, i), at(b, k)));
    if (j === undefined) unmatchedA.push(i);
    else unmatchedB.delete(j);
  });
  const restB = [...unmatchedB];
  if (unmatchedA.length === 1 && restB.length === 1) {
    compareSchemas(walk, at(a, unmatchedA[0]!), at(b, restB[0]!), `${where}.${key}[${unmatchedA[0]}]`);
    return;
  }
  for (const i of unmatchedA)
    walk.report({
      kind: "removed",
      context: walk.context,
      pointer: pointerJoin(a.pointer, key, i),
      otherPointer: pointerJoin(b.pointer, key),
      message: `${walk.label}${where}: ${key} member ${i} has no equal in the other document`,
    });
  for (const j of restB)
    walk.report({
      kind: "added",
      context: walk.context,
      pointer: pointerJoin(a.pointer, key),
      otherPointer: pointerJoin(b.pointer, key, j),
      message: `${walk.label}${where}: ${key} member ${j} has no equal in the first document`,
    });
}
