/**
 * TS type → IR TypeNode. One handler per type form; named object types become
 * schemas (registered once, referenced by `ref`), so recursion terminates.
 */
import ts from "typescript";
import { pascalCase, type TypeNode } from "@specloom/core";
import type { FrontendContext } from "./context";
import { declOf } from "./locate";
import { readDocs } from "./docs";
import { splitTags, splitUnionTags, variantConstraints } from "./tags";
import { applyTags, type FieldFacts } from "./apply-tags";
import { convertProperties } from "./fields";
import { enumRef } from "./enums";
import { defaultProblem } from "./default-check";
import { reportDuplicateSchema } from "./schema-names";
import { additionalPropertiesOf, declaresClosed, intersectionObject, reportClosedBases } from "./intersections";
import { declaredSchemaName, isMarkerType } from "./schema-name-marker";
import { directBases, isCountMarker, propertyCounts, reportMisplacedCounts } from "./property-counts";

const MAX_DEPTH = 40;

/** Where a type appears, for naming inline enums and for messages. */
export interface Site {
  readonly owner: string;
  readonly field: string;
  readonly node: ts.Node;
}

export interface Converted {
  readonly type: TypeNode;
  readonly nullable: boolean;
  readonly facts: FieldFacts;
}

const LIB_HINTS: Record<string, string> = {
  Map: "a Map has no JSON form; use Record<string, T>",
  ReadonlyMap: "a Map has no JSON form; use Record<string, T>",
  Set: "a Set has no JSON form; use T[]",
  ReadonlySet: "a Set has no JSON form; use T[]",
  Uint8Array: "binary data has no JSON form; use a base64 string",
  ArrayBuffer: "binary data has no JSON form; use a base64 string",
  Buffer: "binary data has no JSON form; use a base64 string",
};

const UNKNOWN: TypeNode = { kind: "primitive", name: "unknown" };

function isFromLib(sym: ts.Symbol | undefined): boolean {
  const d = declOf(sym);
  if (!d) return true;
  const f = d.getSourceFile().fileName;
  return /[\\/]typescript[\\/]lib[\\/]|[\\/]lib\.[\w.]+\.d\.ts$/.test(f);
}

/** Converts a property/parameter type: strips null/undefined, reads tags. */
export function convertValueType(type: ts.Type, ctx: FrontendContext, site: Site, depth = 0): Converted {
  const checker = ctx.checker;
  let nullable = false;
  let variants: ts.Type[] = type.isUnion() ? type.types : [type];
  if (variants.some((v) => v.flags & ts.TypeFlags.Null)) nullable = true;
  variants = variants.filter((v) => !(v.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
  const { bases, tags: allTags, baseTags } = splitUnionTags(variants, checker);
  const { tags, own } = variantConstraints(bases, allTags, baseTags);
  const aliasName = type.aliasSymbol && !isFromLib(type.aliasSymbol) ? type.aliasSymbol.getName() : undefined;
  const base =
    bases.length === 0
      ? undefined
      : bases.length === 1
        ? convertWithoutTags(bases[0]!, ctx, site, depth)
        : aliasName && bases.every((b) => b.flags & ts.TypeFlags.Object)
          ? namedUnion(aliasName, type, bases, ctx, site, depth, own)
          : convertUnion(bases, ctx, site, depth, aliasName, own);
  const { type: tagged, facts } = applyTags(base ?? { kind: "primitive", name: "string" }, tags, ctx, site);
  const problem = facts.default && defaultProblem(facts.default, tagged, nullable, ctx);
  if (problem) {
    const shown = facts.default!.kind === "sqlDefault" ? facts.default!.expr : JSON.stringify(facts.default!.value);
    ctx.report("default-mismatch", { value: shown, field: `${site.owner}.${site.field}`, detail: problem }, site.node);
  }
  return { type: tagged, nullable, facts };
}

/**
 * Intersections whose tags are being applied: `Closed & { … } & ReadOnly` has several members besides its tags, so
 * the intersection itself is the base, and converting it must not read its tags again.
 */
const tagsRead = new Set<ts.Type>();

function convertWithoutTags(base: ts.Type, ctx: FrontendContext, site: Site, depth: number): TypeNode {
  if (!base.isIntersection() || tagsRead.has(base)) return convertType(base, ctx, site, depth);
  tagsRead.add(base);
  try {
    return convertType(base, ctx, site, depth);
  } finally {
    tagsRead.delete(base);
  }
}

export function convertType(type: ts.Type, ctx: FrontendContext, site: Site, depth = 0): TypeNode {
  if (depth > MAX_DEPTH) {
    ctx.report("type-too-deep", { where: `${site.owner}.${site.field}`, max: MAX_DEPTH }, site.node);
    return UNKNOWN;
  }
  const f = type.flags;
  if (type.isUnion()) return convertValueType(type, ctx, site, depth + 1).type;
  if (type.isIntersection() && !tagsRead.has(type) && splitTags(type, ctx.checker).tags.size > 0) return convertValueType(type, ctx, site, depth + 1).type;
  if (type.isIntersection()) {
    const object = convertIntersection(type, ctx, site, depth);
    if (object) return object;
  }
  if (f & ts.TypeFlags.StringLiteral) return { kind: "literal", value: (type as ts.StringLiteralType).value };
  if (f & ts.TypeFlags.NumberLiteral) return { kind: "literal", value: (type as ts.NumberLiteralType).value };
  if (f & ts.TypeFlags.BooleanLiteral) return { kind: "literal", value: (type as { intrinsicName?: string }).intrinsicName === "true" };
  if (f & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral)) return { kind: "primitive", name: "string" };
  if (f & ts.TypeFlags.Number) return { kind: "primitive", name: "number" };
  if (f & ts.TypeFlags.Boolean) return { kind: "primitive", name: "boolean" };
  if (f & (ts.TypeFlags.BigInt | ts.TypeFlags.BigIntLiteral)) return { kind: "primitive", name: "integer", constraints: { size: "int64" } };
  if (f & ts.TypeFlags.Null) return { kind: "primitive", name: "null" };
  if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.NonPrimitive)) return UNKNOWN;
  if (f & ts.TypeFlags.Object) return convertObjectType(type as ts.ObjectType, ctx, site, depth);
  ctx.report(
    "unsupported-type",
    { type: ctx.typeText(type), where: `${site.owner}.${site.field}`, detail: "use a primitive, object, array or union type" },
    site.node,
  );
  return UNKNOWN;
}

function convertObjectType(type: ts.ObjectType, ctx: FrontendContext, site: Site, depth: number): TypeNode {
  const checker = ctx.checker;
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    const args = checker.getTypeArguments(type as ts.TypeReference);
    const items = args.length === 1 ? convertType(args[0]!, ctx, site, depth + 1) : convertUnion([...args], ctx, site, depth + 1);
    return { kind: "array", items };
  }
  const sym = type.getSymbol();
  if (sym?.getName() === "Date" && isFromLib(sym)) return { kind: "primitive", name: "string", constraints: { format: "date-time" } };
  if (sym?.getName() === "Promise" && isFromLib(sym)) {
    const [inner] = checker.getTypeArguments(type as ts.TypeReference);
    return inner ? convertType(inner, ctx, site, depth + 1) : UNKNOWN;
  }
  if (sym && sym.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class) && isFromLib(sym)) {
    // Map, Set, Uint8Array, RegExp…: their methods would become required JSON properties.
    ctx.report(
      "unsupported-type",
      {
        type: ctx.typeText(type),
        where: `${site.owner}.${site.field}`,
        detail: LIB_HINTS[sym.getName()] ?? "built-in JavaScript objects have no JSON form; use a plain object, array or string",
      },
      site.node,
    );
    return UNKNOWN;
  }
  // Only the entity interface itself is the model; Pick/Omit/Partial of it are shapes.
  const model = sym && ctx.models.get(sym);
  if (model) return { kind: "ref", name: model, refKind: "model" };
  const props = checker.getPropertiesOfType(type).filter((p) => !p.getName().startsWith("specloom."));
  const index = checker.getIndexInfosOfType(type);
  if (props.length === 0 && index.length > 0) {
    return { kind: "record", values: convertType(index[0]!.type, ctx, site, depth + 1) };
  }
  const name = schemaNameOf(type, ctx);
  if (!name) {
    const properties = convertProperties(type, props, ctx, site.owner, depth + 1, site.node);
    return { kind: "object", properties, ...(declaresClosed(type, checker) ? { closed: true } : {}), ...additionalOf(type, ctx, site, depth) };
  }
  if (!ctx.schemas.has(name)) registerSchema(name, type, props, ctx, site, depth);
  else if (type.objectFlags & (ts.ObjectFlags.Interface | ts.ObjectFlags.Reference)) {
    const decl = declOf(type.aliasSymbol && !isFromLib(type.aliasSymbol) ? type.aliasSymbol : type.getSymbol());
    if (decl) reportDuplicateSchema(name, ctx.schemas.get(name), ctx.loc(decl), ctx);
  }
  return { kind: "ref", name, refKind: "schema" };
}

/** `A & B`, `Closed & { … }`: a named schema when an alias names it, else an inline object. */
function convertIntersection(type: ts.IntersectionType, ctx: FrontendContext, site: Site, depth: number): TypeNode | undefined {
  const name = schemaNameOf(type, ctx);
  if (name && ctx.schemas.has(name)) return { kind: "ref", name, refKind: "schema" };
  const where = name ?? `${site.owner}.${site.field}`;
  const counted = countedNonObject(type, ctx, site, where, depth);
  if (counted) return counted;
  if (name) ctx.schemas.set(name, null); // recursion-safe, as registerSchema
  const object = intersectionObject(type, ctx, site, where, (m) => convertType(m, ctx, site, depth + 1));
  if (!name) return object;
  if (!object) {
    ctx.schemas.delete(name);
    return undefined;
  }
  const decl = declOf(type.aliasSymbol) ?? site.node;
  ctx.schemas.set(name, { kind: "schema", name, type: object, docs: readDocs(type.aliasSymbol, ctx.checker).docs, loc: ctx.loc(decl) });
  return { kind: "ref", name, refKind: "schema" };
}

/**
 * `Record<string, T> & MaxProperties<N>`: the record with its counts, inline like any record. Counts on a string,
 * an array or a primitive are reported and left out. Undefined for objects, which `intersectionObject` takes.
 */
function countedNonObject(type: ts.IntersectionType, ctx: FrontendContext, site: Site, where: string, depth: number): TypeNode | undefined {
  const { checker } = ctx;
  const markers = type.types.filter((m) => isCountMarker(m, checker));
  const rest = type.types.filter((m) => !isMarkerType(m, checker) && !checker.getPropertyOfType(m, "specloom.tag"));
  const lone = rest.length === 1 ? rest[0]! : undefined;
  if (markers.length === 0 || !lone) return undefined;
  const props = checker.getPropertiesOfType(lone).filter((p) => !p.getName().startsWith("specloom."));
  const isRecord = props.length === 0 && checker.getIndexInfosOfType(lone).length > 0;
  const objectLike = lone.flags & ts.TypeFlags.Object && !checker.isArrayType(lone) && !checker.isTupleType(lone);
  if (objectLike && !isRecord) return undefined;
  const converted = convertType(lone, ctx, site, depth + 1);
  if (converted.kind === "record") return { ...converted, ...propertyCounts(markers, ctx, where, site.node) };
  reportMisplacedCounts(markers, converted, ctx, where, site.node);
  return converted;
}

function registerSchema(name: string, type: ts.ObjectType, props: ts.Symbol[], ctx: FrontendContext, site: Site, depth: number): void {
  ctx.schemas.set(name, null);
  const sym = type.aliasSymbol && !isFromLib(type.aliasSymbol) ? type.aliasSymbol : type.getSymbol();
  const decl = declOf(sym) ?? site.node;
  const bases = namedBases(type, ctx);
  const own = bases.length ? props.filter((p) => declOf(p)?.parent === decl) : props;
  const properties = convertProperties(type, own, ctx, name, depth + 1, decl);
  reportClosedBases(name, bases, properties.length, ctx, decl);
  const closed = declaresClosed(type, ctx.checker);
  ctx.schemas.set(name, {
    kind: "schema",
    name,
    type: {
      kind: "object",
      properties,
      ...(bases.length ? { extends: bases } : {}),
      ...(closed ? { closed: true } : {}),
      // A base's marker stays with the base: in the allOf it would also restrict the base's own properties.
      ...(bases.length === 0 || declaresAdditional(type, ctx) ? additionalOf(type, ctx, { ...site, node: decl }, depth) : {}),
      ...propertyCounts(directBases(type, ctx.checker), ctx, name, decl),
    },
    docs: readDocs(sym, ctx.checker).docs,
    loc: ctx.loc(decl),
  });
}

/** `AdditionalProperties<T>`'s `T` as the object's `additionalProperties`. */
function additionalOf(type: ts.Type, ctx: FrontendContext, site: Site, depth: number): { additionalProperties?: TypeNode } {
  const additional = additionalPropertiesOf(type, ctx.checker);
  return additional ? { additionalProperties: convertType(additional, ctx, site, depth + 1) } : {};
}

const declaresAdditional = (type: ts.ObjectType, ctx: FrontendContext): boolean =>
  (type.objectFlags & ts.ObjectFlags.Interface) !== 0 &&
  ctx.checker.getBaseTypes(type as ts.InterfaceType).some((b) => isMarkerType(b, ctx.checker) && additionalPropertiesOf(b, ctx.checker) !== undefined);

/** `interface Card extends PaymentBase` → ['PaymentBase'], for non-generic interfaces. */
function namedBases(type: ts.ObjectType, ctx: FrontendContext): string[] {
  if (!(type.objectFlags & ts.ObjectFlags.Interface) || (type as ts.InterfaceType).typeParameters?.length) return [];
  const out: string[] = [];
  for (const b of ctx.checker.getBaseTypes(type as ts.InterfaceType)) {
    if (isMarkerType(b, ctx.checker)) continue; // `extends Closed` / `SchemaName<…>` mark the object; they are no base schema
    if (ctx.checker.getPropertyOfType(b, "specloom.entity") || isFromLib(b.getSymbol())) return [];
    const ref = convertType(b, ctx, { owner: "", field: "", node: declOf(type.getSymbol())! }, 1);
    if (ref.kind !== "ref") return [];
    out.push(ref.name);
  }
  return out;
}

/** Stable names: aliases and interfaces by name, generic instances by name + arguments. */
function schemaNameOf(type: ts.Type, ctx: FrontendContext): string | undefined {
  const argName = (t: ts.Type): string => {
    const n = schemaNameOf(t, ctx) ?? (t.getSymbol() && !isFromLib(t.getSymbol()) ? t.getSymbol()!.getName() : undefined);
    if (n) return n;
    if (ctx.checker.isArrayType(t)) return argName(ctx.checker.getTypeArguments(t as ts.TypeReference)[0]!) + "List";
    return pascalCase(ctx.typeText(t));
  };
  const projectAlias = ctx.aliasNames.get(type);
  if (projectAlias) return projectAlias;
  if (type.aliasSymbol && !isFromLib(type.aliasSymbol)) {
    const base = type.aliasSymbol.getName();
    return (declaredSchemaName(type, base, ctx) ?? base) + (type.aliasTypeArguments ?? []).map(argName).join("");
  }
  const sym = type.getSymbol();
  if (!sym || isFromLib(sym) || !(sym.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class))) return undefined;
  if (isMarkerType(type, ctx.checker)) return undefined;
  const ref = type as ts.TypeReference;
  const args = ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) !== 0 ? ctx.checker.getTypeArguments(ref) : [];
  return (declaredSchemaName(type, sym.getName(), ctx) ?? sym.getName()) + args.map(argName).join("");
}

/** `type PaymentMethod = Card | Bank` becomes a named schema (a oneOf component). */
function namedUnion(
  name: string,
  type: ts.Type,
  bases: readonly ts.Type[],
  ctx: FrontendContext,
  site: Site,
  depth: number,
  own?: readonly ReadonlyMap<string, ts.Type>[],
): TypeNode {
  if (!ctx.schemas.has(name)) {
    ctx.schemas.set(name, null);
    const decl = declOf(type.aliasSymbol) ?? site.node;
    const union = convertUnion(bases, ctx, site, depth + 1, undefined, own);
    ctx.schemas.set(name, { kind: "schema", name, type: union, docs: readDocs(type.aliasSymbol, ctx.checker).docs, loc: ctx.loc(decl) });
  }
  return { kind: "ref", name, refKind: "schema" };
}

/** Unions: literal sets become enums, objects with a literal tag become discriminated unions. */
function convertUnion(
  bases: readonly ts.Type[],
  ctx: FrontendContext,
  site: Site,
  depth: number,
  aliasName?: string,
  own?: readonly ReadonlyMap<string, ts.Type>[],
): TypeNode {
  const flags = bases.map((b) => b.flags);
  if (bases.length === 2 && flags.every((fl) => fl & ts.TypeFlags.BooleanLiteral)) return { kind: "primitive", name: "boolean" };
  if (bases.every((b) => b.isStringLiteral() || b.isNumberLiteral())) {
    return enumRef(bases, ctx, site, aliasName);
  }
  const variants = bases.map((b, i) => {
    const variant = convertType(b, ctx, site, depth + 1);
    const tags = own?.[i];
    return tags && tags.size > 0 ? applyTags(variant, tags, ctx, site).type : variant;
  });
  const discriminator = findDiscriminator(bases, ctx);
  return { kind: "union", variants, ...(discriminator ? { discriminator } : {}) };
}

function findDiscriminator(bases: readonly ts.Type[], ctx: FrontendContext) {
  if (!bases.every((b) => b.flags & ts.TypeFlags.Object)) return undefined;
  const first = ctx.checker.getPropertiesOfType(bases[0]!);
  for (const p of first) {
    const mapping: Record<string, number> = {};
    const ok = bases.every((b, i) => {
      const prop = ctx.checker.getPropertyOfType(b, p.getName());
      const t = prop && ctx.checker.getTypeOfSymbol(prop);
      if (!t || !(t.isStringLiteral() || t.isNumberLiteral()) || String(t.value) in mapping) return false;
      mapping[String(t.value)] = i;
      return true;
    });
    if (ok) return { property: p.getName(), mapping };
  }
  return undefined;
}
