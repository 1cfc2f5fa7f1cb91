/**
 * Compares two value types the way a client sees them. Requests break when
 * they accept less (a new required property, a narrower constraint, a
 * removed enum value); responses break when they promise less (a removed or
 * now-optional property, a removed value, another type).
 */
import type { Constraints, EnumNode, FieldNode, SpecIR, TypeNode } from "@specloom/core";
import { isHidden, requestVisibleFields, responseVisibleFields } from "@specloom/model";
import type { ApiChange, ApiChangeId } from "./api-change";

export type Direction = "request" | "response";

interface Side {
  readonly ir: SpecIR;
}

type Emit = (id: ApiChangeId, breaking: boolean, at: string, message: string) => void;

/** Enum values of a type that is an enum, a literal or a union of literals; undefined otherwise. */
function valuesOf(ir: SpecIR, type: TypeNode): (string | number | boolean)[] | undefined {
  if (type.kind === "ref" && type.refKind === "enum") return [...(ir.enums.find((e: EnumNode) => e.name === type.name)?.values ?? [])];
  if (type.kind === "literal") return [type.value];
  if (type.kind === "union" && type.variants.every((v) => v.kind === "literal"))
    return type.variants.map((v) => (v as { value: string | number | boolean }).value);
  return undefined;
}

/** Properties a client sees on this side, behind a model, schema or inline object (the model package's visibility rule). */
function propertiesOf(ir: SpecIR, type: TypeNode, direction: Direction): readonly FieldNode[] | undefined {
  if (type.kind === "object") {
    const hidden = direction === "response" ? "writeOnly" : "readOnly";
    return type.properties.filter((f) => !isHidden(f) && f.visibility !== hidden);
  }
  if (type.kind !== "ref") return undefined;
  if (type.refKind === "model") {
    const model = ir.models.find((m) => m.name === type.name);
    if (!model) return undefined;
    return direction === "response" ? responseVisibleFields(model) : requestVisibleFields(model);
  }
  if (type.refKind === "schema") {
    const schema = ir.schemas.find((s) => s.name === type.name);
    return schema ? propertiesOf(ir, schema.type, direction) : undefined;
  }
  return undefined;
}

function deref(ir: SpecIR, type: TypeNode): TypeNode {
  if (type.kind === "ref" && type.refKind === "schema") {
    const schema = ir.schemas.find((s) => s.name === type.name);
    if (schema && schema.type.kind !== "object") return deref(ir, schema.type);
  }
  return type;
}

const required = (f: FieldNode) => !f.optional;

/** Narrower for a request: a larger minimum, a smaller maximum, a new or changed pattern. */
function constraintChanges(a: Constraints, b: Constraints): { narrowed: string[]; widened: string[] } {
  const narrowed: string[] = [];
  const widened: string[] = [];
  const lower = (key: "minLength" | "minimum" | "exclusiveMinimum", name: string) => {
    if (a[key] === b[key]) return;
    if (b[key] !== undefined && (a[key] === undefined || b[key] > a[key])) narrowed.push(`${name} ${a[key] ?? "none"} → ${b[key]}`);
    else widened.push(`${name} ${a[key]} → ${b[key] ?? "none"}`);
  };
  const upper = (key: "maxLength" | "maximum" | "exclusiveMaximum", name: string) => {
    if (a[key] === b[key]) return;
    if (b[key] !== undefined && (a[key] === undefined || b[key] < a[key])) narrowed.push(`${name} ${a[key] ?? "none"} → ${b[key]}`);
    else widened.push(`${name} ${a[key]} → ${b[key] ?? "none"}`);
  };
  lower("minLength", "minLength");
  lower("minimum", "minimum");
  upper("maxLength", "maxLength");
  upper("maximum", "maximum");
  lower("exclusiveMinimum", "exclusiveMinimum");
  upper("exclusiveMaximum", "exclusiveMaximum");
  // Any other step may reject values the old one accepted; only dropping it accepts more.
  if (a.multipleOf !== b.multipleOf)
    (b.multipleOf !== undefined ? narrowed : widened).push(`multipleOf ${a.multipleOf ?? "none"} → ${b.multipleOf ?? "none"}`);
  if (a.pattern !== b.pattern) (b.pattern !== undefined ? narrowed : widened).push(`pattern ${a.pattern ?? "none"} → ${b.pattern ?? "none"}`);
  if (a.size !== b.size) (b.size === "int32" ? narrowed : widened).push(`size ${a.size ?? "int32"} → ${b.size ?? "int32"}`);
  return { narrowed, widened };
}

export function compareTypes(
  base: Side,
  head: Side,
  before: TypeNode,
  after: TypeNode,
  at: string,
  direction: Direction,
  emit: Emit,
  seen = new Set<string>(),
): void {
  const a = deref(base.ir, before);
  const b = deref(head.ir, after);
  const key = `${at}|${JSON.stringify(a)}|${JSON.stringify(b)}`;
  if (seen.has(key) || (a.kind === "ref" && b.kind === "ref" && seen.has(`${direction}:${a.name}->${b.name}`))) return;
  seen.add(key);
  if (a.kind === "ref" && b.kind === "ref") seen.add(`${direction}:${a.name}->${b.name}`);

  const va = valuesOf(base.ir, a);
  const vb = valuesOf(head.ir, b);
  if (va && vb) {
    for (const v of va.filter((x) => !vb.includes(x))) emit("enum-value-removed", true, at, `value ${JSON.stringify(v)} was removed`);
    // A new value breaks a client that switches over the response's values exhaustively; requests just accept more.
    for (const v of vb.filter((x) => !va.includes(x))) emit("enum-value-added", false, at, `value ${JSON.stringify(v)} was added`);
    return;
  }
  const pa = propertiesOf(base.ir, a, direction);
  const pb = propertiesOf(head.ir, b, direction);
  if (pa && pb) {
    compareProperties(base, head, pa, pb, at, direction, emit, seen);
    return;
  }
  if (a.kind === "array" && b.kind === "array") {
    compareTypes(base, head, a.items, b.items, `${at}[]`, direction, emit, seen);
    const narrowed =
      (b.minItems ?? 0) > (a.minItems ?? 0) ||
      (b.maxItems !== undefined && (a.maxItems === undefined || b.maxItems < a.maxItems)) ||
      (b.uniqueItems === true && a.uniqueItems !== true);
    if (direction === "request" && narrowed) emit("constraint-narrowed", true, at, `item count bounds narrowed`);
    return;
  }
  if (a.kind === "primitive" && b.kind === "primitive") {
    const ca = a.constraints ?? {};
    const cb = b.constraints ?? {};
    const widenedNumber = a.name === "integer" && b.name === "number";
    if (a.name !== b.name) {
      const breaking = direction === "response" || !widenedNumber;
      emit("type-changed", breaking, at, `type ${a.name} → ${b.name}`);
      return;
    }
    const fa = ca.customFormat ?? ca.format;
    const fb = cb.customFormat ?? cb.format;
    if ((fa ?? "") !== (fb ?? "")) {
      // Dropping a format accepts more in a request but promises less in a response.
      const breaking = direction === "response" || fb !== undefined;
      emit("format-changed", breaking, at, `format ${fa ?? "none"} → ${fb ?? "none"}`);
    }
    const { narrowed, widened } = constraintChanges(ca, cb);
    for (const n of narrowed) emit("constraint-narrowed", direction === "request", at, n);
    for (const w of widened) emit("constraint-widened", direction === "response", at, w);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b) && !(a.kind === "ref" && b.kind === "ref" && a.name === b.name)) {
    emit("type-changed", true, at, `type changed (${a.kind} → ${b.kind})`);
  }
}

function compareProperties(
  base: Side,
  head: Side,
  pa: readonly FieldNode[],
  pb: readonly FieldNode[],
  at: string,
  direction: Direction,
  emit: Emit,
  seen: Set<string>,
): void {
  const where = (name: string) => (at ? `${at}.${name}` : name);
  for (const f of pa) {
    const g = pb.find((x) => x.name === f.name);
    if (!g) {
      if (direction === "response") emit("response-property-removed", true, where(f.name), "property was removed");
      else emit("request-property-removed", false, where(f.name), "property is no longer accepted");
      continue;
    }
    if (required(f) !== required(g)) {
      if (direction === "request")
        emit(
          required(g) ? "request-property-became-required" : "request-property-became-optional",
          required(g),
          where(f.name),
          required(g) ? "became required" : "became optional",
        );
      else
        emit(
          required(g) ? "response-property-became-required" : "response-property-became-optional",
          !required(g),
          where(f.name),
          required(g) ? "is now always present" : "may now be absent",
        );
    }
    if (f.nullable !== g.nullable) {
      const breaking = direction === "request" ? !g.nullable : g.nullable;
      emit("type-changed", breaking, where(f.name), g.nullable ? "may now be null" : "may no longer be null");
    }
    compareTypes(base, head, f.type, g.type, where(f.name), direction, emit, seen);
  }
  for (const g of pb) {
    if (pa.some((x) => x.name === g.name)) continue;
    if (direction === "response") emit("response-property-added", false, where(g.name), "property was added");
    else emit("request-property-added", required(g), where(g.name), required(g) ? "new required property" : "new optional property");
  }
}

export type { ApiChange };
