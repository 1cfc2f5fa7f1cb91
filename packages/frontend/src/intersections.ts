/**
 * `A & B` of object types becomes an object that extends its named members
 * (OpenAPI `allOf`) and owns the anonymous members' properties; `Closed`, as a
 * base or a member, closes the object. A closed schema cannot be a base: its
 * `additionalProperties: false` would reject what the derived one adds.
 */
import ts from "typescript";
import type { FieldNode, ObjectType, TypeNode } from "@specloom/core";
import type { FrontendContext } from "./context";
import type { Site } from "./types";
import { isMarkerType } from "./schema-name-marker";
import { declOf } from "./locate";
import { nonNullableTypeOf } from "./type-values";
import { propertyCounts } from "./property-counts";

const CLOSED = "specloom.closed";
const ADDITIONAL = "specloom.additionalProperties";
const TAG = "specloom.tag";

/** `T` of an `AdditionalProperties<T>` the type extends or intersects. */
export function additionalPropertiesOf(type: ts.Type, checker: ts.TypeChecker): ts.Type | undefined {
  const prop = checker.getPropertyOfType(type, ADDITIONAL);
  return prop && nonNullableTypeOf(prop, checker);
}

/** Whether a type extends or intersects `Closed`. */
export function declaresClosed(type: ts.Type, checker: ts.TypeChecker): boolean {
  return checker.getPropertyOfType(type, CLOSED) !== undefined;
}

/** Reports closed bases that something is added to (`interface B extends A { … }`, `A & B`); a bare alias of one is fine. */
export function reportClosedBases(name: string, bases: readonly string[], ownCount: number, ctx: FrontendContext, node: ts.Node): void {
  if (bases.length + ownCount < 2) return;
  for (const base of bases) {
    const schema = ctx.schemas.get(base);
    if (schema?.type.kind === "object" && schema.type.closed) ctx.report("closed-base", { name, base }, node);
  }
}

/**
 * The object form of an intersection of object types, or undefined when a
 * member is not an object (a primitive with tags takes another path).
 */
export function intersectionObject(
  type: ts.IntersectionType,
  ctx: FrontendContext,
  site: Site,
  name: string,
  convert: (member: ts.Type) => TypeNode,
): ObjectType | undefined {
  const checker = ctx.checker;
  const members = type.types.filter((m) => !isMarkerType(m, checker) && !checker.getPropertyOfType(m, TAG));
  if (members.length === 0 || !members.every((m) => m.flags & ts.TypeFlags.Object)) return undefined;
  const bases: string[] = [];
  const own: FieldNode[] = [];
  for (const m of members) {
    const converted = convert(m);
    if (converted.kind === "ref" && converted.refKind !== "enum") {
      bases.push(converted.name);
      if (converted.refKind === "model" && !ctx.modelBases.has(converted.name))
        ctx.modelBases.set(converted.name, ctx.loc(declOf(type.aliasSymbol) ?? site.node));
    } else if (converted.kind === "object") {
      bases.push(...(converted.extends ?? []));
      own.push(...converted.properties);
    } else return undefined;
  }
  reportClosedBases(name, bases, own.length, ctx, site.node);
  const additional = additionalPropertiesOf(type, checker);
  return {
    kind: "object",
    properties: own,
    ...(bases.length ? { extends: bases } : {}),
    ...(declaresClosed(type, checker) ? { closed: true } : {}),
    ...(additional ? { additionalProperties: convert(additional) } : {}),
    ...propertyCounts(type.types, ctx, name, site.node),
  };
}
