/**
 * `MinProperties<N>` / `MaxProperties<N>`: markers, like `Closed`, that bound how many properties an object or a
 * record holds (OpenAPI `minProperties`/`maxProperties`). Markers rather than tags, so that one interface can
 * extend both (two tags would be two `"specloom.tag"` properties of different types, which tsc rejects).
 */
import ts from "typescript";
import type { TypeNode } from "@specloom/core";
import type { FrontendContext } from "./context";
import { isMarkerType } from "./schema-name-marker";
import { nonNullableTypeOf } from "./type-values";

export const MIN_PROPERTIES = "specloom.minProperties";
export const MAX_PROPERTIES = "specloom.maxProperties";

export interface PropertyCounts {
  minProperties?: number;
  maxProperties?: number;
}

const TAGS = [
  [MIN_PROPERTIES, "minProperties", "MinProperties"],
  [MAX_PROPERTIES, "maxProperties", "MaxProperties"],
] as const;

/** The number a marker holds, or the type's text when it is not a number literal. */
function markerValue(type: ts.Type, key: string, checker: ts.TypeChecker): number | string | undefined {
  const prop = checker.getPropertyOfType(type, key);
  if (!prop) return undefined;
  const value = nonNullableTypeOf(prop, checker);
  return value.isNumberLiteral() ? value.value : checker.typeToString(value);
}

/** Whether `type` (one type, or an intersection's member) is a `MinProperties`/`MaxProperties` marker. */
export function isCountMarker(type: ts.Type, checker: ts.TypeChecker): boolean {
  return isMarkerType(type, checker) && TAGS.some(([key]) => checker.getPropertyOfType(type, key) !== undefined);
}

/**
 * The counts the markers among `markers` declare (an intersection's members, an interface's direct bases): a base
 * schema's own counts stay with the base, whose allOf member checks them. Bad values are reported.
 */
export function propertyCounts(markers: readonly ts.Type[], ctx: FrontendContext, where: string, node: ts.Node): PropertyCounts {
  const counts: PropertyCounts = {};
  for (const marker of markers) {
    if (!isMarkerType(marker, ctx.checker)) continue;
    for (const [key, field, tag] of TAGS) {
      const value = markerValue(marker, key, ctx.checker);
      if (value === undefined) continue;
      if (typeof value === "number" && Number.isInteger(value) && value >= 0) counts[field] = value;
      else ctx.report("invalid-constraint", { tag: `${tag}<${value}>`, where, detail: "needs a whole number of at least 0" }, node);
    }
  }
  const { minProperties: min, maxProperties: max } = counts;
  if (min !== undefined && max !== undefined && min > max) {
    ctx.report(
      "constraint-contradiction",
      { tags: `MinProperties<${min}> and MaxProperties<${max}>`, where, detail: "the minimum count exceeds the maximum" },
      node,
    );
    return {};
  }
  return counts;
}

/** The direct bases of an interface (`interface A extends MinProperties<1>`), where its own markers are. */
export function directBases(type: ts.Type, checker: ts.TypeChecker): readonly ts.Type[] {
  const object = type as ts.ObjectType;
  if (!(type.flags & ts.TypeFlags.Object) || !(object.objectFlags & ts.ObjectFlags.Interface)) return [];
  return checker.getBaseTypes(object as ts.InterfaceType);
}

/** What counts the size of other values: `MaxProperties` on an array means `MaxItems`, on a string `MaxLength`. */
const SIMILAR: Partial<Record<string, string>> = { array: "Items", string: "Length" };

/** Reports counts on something that is neither an object nor a record, with the tag that counts that kind of value. */
export function reportMisplacedCounts(markers: readonly ts.Type[], converted: TypeNode, ctx: FrontendContext, where: string, node: ts.Node): void {
  const kind = converted.kind === "primitive" && converted.name === "string" ? "string" : converted.kind;
  const noun = converted.kind === "primitive" ? converted.name : converted.kind === "ref" ? converted.refKind : converted.kind;
  const described = `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
  for (const marker of markers) {
    for (const [key, , tag] of TAGS) {
      const value = markerValue(marker, key, ctx.checker);
      if (value === undefined) continue;
      const similar = SIMILAR[kind];
      const hint = similar ? ` Did you mean '${tag.slice(0, 3)}${similar}<${value}>'?` : "";
      ctx.report("property-count-misplaced", { tag: `${tag}<${value}>`, where, type: described, hint }, node);
    }
  }
}
